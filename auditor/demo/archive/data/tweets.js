window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2105290250795565068"
          ],
          "editableUntil" : "2026-09-30T14:34:44.623Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "41"
      ],
      "favorite_count" : "4",
      "id_str" : "2105290250795565068",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2105290250795565068",
      "created_at" : "Wed Sep 30 13:34:44 +0000 2026",
      "favorited" : false,
      "full_text" : "昔の投稿を見返してたら、色々書きすぎてたかも…と思い始めた。そろそろ整理しようかな",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2105136610661617667"
          ],
          "editableUntil" : "2026-09-30T04:24:14.590Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "16"
      ],
      "favorite_count" : "4",
      "id_str" : "2105136610661617667",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2105136610661617667",
      "created_at" : "Wed Sep 30 03:24:14 +0000 2026",
      "favorited" : false,
      "full_text" : "上期最終日。なんだか落ち着かない",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2104912029727268868"
          ],
          "editableUntil" : "2026-09-29T13:31:49.284Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "22"
      ],
      "favorite_count" : "0",
      "id_str" : "2104912029727268868",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2104912029727268868",
      "created_at" : "Tue Sep 29 12:31:49 +0000 2026",
      "favorited" : false,
      "full_text" : "明日で9月も終わり。半年ってあっという間だな",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2104772505637838857"
          ],
          "editableUntil" : "2026-09-29T04:17:24.360Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "16"
      ],
      "favorite_count" : "0",
      "id_str" : "2104772505637838857",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2104772505637838857",
      "created_at" : "Tue Sep 29 03:17:24 +0000 2026",
      "favorited" : false,
      "full_text" : "上期の締めでピリピリ。あと1日!",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2104557212810944521"
          ],
          "editableUntil" : "2026-09-28T14:01:54.539Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "36"
      ],
      "favorite_count" : "1",
      "id_str" : "2104557212810944521",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2104557212810944521",
      "created_at" : "Mon Sep 28 13:01:54 +0000 2026",
      "favorited" : false,
      "full_text" : "今日は推しの誕生日🎂 ペンギンズのボーカル、ハルくん29歳おめでとう!!",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2104342743337594895"
          ],
          "editableUntil" : "2026-09-27T23:49:41.634Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "18"
      ],
      "favorite_count" : "0",
      "id_str" : "2104342743337594895",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2104342743337594895",
      "created_at" : "Sun Sep 27 22:49:41 +0000 2026",
      "favorited" : false,
      "full_text" : "月曜の朝、雨。駅前に傘の花が咲いてる",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2104175200097161231"
          ],
          "editableUntil" : "2026-09-27T12:43:56.242Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "24"
      ],
      "favorite_count" : "4",
      "id_str" : "2104175200097161231",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2104175200097161231",
      "created_at" : "Sun Sep 27 11:43:56 +0000 2026",
      "favorited" : false,
      "full_text" : "アイロンがけしながら見てたドラマ、最終回で泣いた",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2103966014937751559"
          ],
          "editableUntil" : "2026-09-26T22:52:42.083Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "19"
      ],
      "favorite_count" : "0",
      "id_str" : "2103966014937751559",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2103966014937751559",
      "created_at" : "Sat Sep 26 21:52:42 +0000 2026",
      "favorited" : false,
      "full_text" : "最後の長距離練習、18km完了🏃‍♀️",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2103757249128353795"
          ],
          "editableUntil" : "2026-09-26T09:03:08.819Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "26"
      ],
      "favorite_count" : "5",
      "id_str" : "2103757249128353795",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2103757249128353795",
      "created_at" : "Sat Sep 26 08:03:08 +0000 2026",
      "favorited" : false,
      "full_text" : "本屋で料理本を買った。秋はおうちごはんを充実させたい",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2103645279938584588"
          ],
          "editableUntil" : "2026-09-26T01:38:13.335Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "26"
      ],
      "favorite_count" : "4",
      "id_str" : "2103645279938584588",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2103645279938584588",
      "created_at" : "Sat Sep 26 00:38:13 +0000 2026",
      "favorited" : false,
      "full_text" : "今日で今のクラスは最後。娘がコーチにお手紙を渡してた",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2103474614931709958"
          ],
          "editableUntil" : "2026-09-25T14:20:03.534Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "23"
      ],
      "favorite_count" : "3",
      "id_str" : "2103474614931709958",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2103474614931709958",
      "created_at" : "Fri Sep 25 13:20:03 +0000 2026",
      "favorited" : false,
      "full_text" : "来週から10月。ハーフマラソンまであと2週間!",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2103326318081187851"
          ],
          "editableUntil" : "2026-09-25T04:30:46.483Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "24"
      ],
      "favorite_count" : "2",
      "id_str" : "2103326318081187851",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2103326318081187851",
      "created_at" : "Fri Sep 25 03:30:46 +0000 2026",
      "favorited" : false,
      "full_text" : "池袋のオフィスで、下期の予算資料とにらめっこ中📊",
      "lang" : "ja",
      "coordinates" : {
        "type" : "Point",
        "coordinates" : [
          "139.7165435",
          "35.7305449"
        ]
      },
      "geo" : {
        "type" : "Point",
        "coordinates" : [
          "35.7305449",
          "139.7165435"
        ]
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2103095481153130504"
          ],
          "editableUntil" : "2026-09-24T13:13:30.341Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "29"
      ],
      "favorite_count" : "1",
      "id_str" : "2103095481153130504",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2103095481153130504",
      "created_at" : "Thu Sep 24 12:13:30 +0000 2026",
      "favorited" : false,
      "full_text" : "会社の近くでドラマのロケやってた。誰だかわからなかったけど",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2102894001975201799"
          ],
          "editableUntil" : "2026-09-23T23:52:54.755Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "7",
      "id_str" : "2102894001975201799",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2102894001975201799",
      "created_at" : "Wed Sep 23 22:52:54 +0000 2026",
      "favorited" : false,
      "full_text" : "連休明けの東上線。みんなの顔に『行きたくない』って書いてある",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2102745207077601286"
          ],
          "editableUntil" : "2026-09-23T14:01:39.244Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "26"
      ],
      "favorite_count" : "0",
      "id_str" : "2102745207077601286",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2102745207077601286",
      "created_at" : "Wed Sep 23 13:01:39 +0000 2026",
      "favorited" : false,
      "full_text" : "連休最終日の夜、洗濯物を畳みながら来週の予定を確認中",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2102572289781223426"
          ],
          "editableUntil" : "2026-09-23T02:34:32.601Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "11"
      ],
      "favorite_count" : "1",
      "id_str" : "2102572289781223426",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2102572289781223426",
      "created_at" : "Wed Sep 23 01:34:32 +0000 2026",
      "favorited" : false,
      "full_text" : "秋分の日。家でのんびり",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2102379458198306825"
          ],
          "editableUntil" : "2026-09-22T13:48:17.366Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "24"
      ],
      "favorite_count" : "4",
      "id_str" : "2102379458198306825",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2102379458198306825",
      "created_at" : "Tue Sep 22 12:48:17 +0000 2026",
      "favorited" : false,
      "full_text" : "明日で連休終わり。明後日からの仕事が想像できない",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2102262143529431049"
          ],
          "editableUntil" : "2026-09-22T06:02:07.690Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "15"
      ],
      "favorite_count" : "9",
      "id_str" : "2102262143529431049",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2102262143529431049",
      "created_at" : "Tue Sep 22 05:02:07 +0000 2026",
      "favorited" : false,
      "full_text" : "空が高い。ベランダでコーヒー☕",
      "lang" : "ja",
      "coordinates" : {
        "type" : "Point",
        "coordinates" : [
          "139.6871517",
          "35.7607042"
        ]
      },
      "geo" : {
        "type" : "Point",
        "coordinates" : [
          "35.7607042",
          "139.6871517"
        ]
      },
      "place" : {
        "id" : "b75ad1bf3ebacd74",
        "url" : "https://api.twitter.com/1.1/geo/id/b75ad1bf3ebacd74.json",
        "place_type" : "city",
        "name" : "板橋区",
        "full_name" : "東京 板橋区",
        "country_code" : "JP",
        "country" : "日本",
        "contained_within" : [ ],
        "bounding_box" : {
          "type" : "Polygon",
          "coordinates" : [
            [
              [
                "139.6196",
                "35.7427"
              ],
              [
                "139.729",
                "35.7427"
              ],
              [
                "139.729",
                "35.7998"
              ],
              [
                "139.6196",
                "35.7998"
              ]
            ]
          ]
        },
        "attributes" : { }
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2101997610732933122"
          ],
          "editableUntil" : "2026-09-21T12:30:58.724Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "14"
      ],
      "favorite_count" : "2",
      "id_str" : "2101997610732933122",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2101997610732933122",
      "created_at" : "Mon Sep 21 11:30:58 +0000 2026",
      "favorited" : false,
      "full_text" : "連休3日目。家事しかしてない",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2101854914674262017"
          ],
          "editableUntil" : "2026-09-21T03:03:56.515Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "32"
      ],
      "favorite_count" : "2",
      "id_str" : "2101854914674262017",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2101854914674262017",
      "created_at" : "Mon Sep 21 02:03:56 +0000 2026",
      "favorited" : false,
      "full_text" : "敬老の日。静岡の父と母にビデオ通話。子どもたちが歌ってあげてた🎤",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2101597878700277771"
          ],
          "editableUntil" : "2026-09-20T10:02:34.772Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "13"
      ],
      "favorite_count" : "13",
      "id_str" : "2101597878700277771",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2101597878700277771",
      "created_at" : "Sun Sep 20 09:02:34 +0000 2026",
      "favorited" : false,
      "full_text" : "おはぎ作った。あんこは市販",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2101431053537652746"
          ],
          "editableUntil" : "2026-09-19T22:59:40.447Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "23"
      ],
      "favorite_count" : "3",
      "id_str" : "2101431053537652746",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2101431053537652746",
      "created_at" : "Sat Sep 19 21:59:40 +0000 2026",
      "favorited" : false,
      "full_text" : "今朝のランは少し涼しくて走りやすかった🏃‍♀️",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2101197128826744843"
          ],
          "editableUntil" : "2026-09-19T07:30:08.654Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "40"
      ],
      "favorite_count" : "3",
      "id_str" : "2101197128826744843",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2101197128826744843",
      "created_at" : "Sat Sep 19 06:30:08 +0000 2026",
      "favorited" : false,
      "full_text" : "近所の公園でママ友ファミリーとピクニック🧺 うちの子たちも芝生を転がりまくってる",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2101109138678870029"
          ],
          "editableUntil" : "2026-09-19T01:40:30.798Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "26"
      ],
      "favorite_count" : "7",
      "id_str" : "2101109138678870029",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2101109138678870029",
      "created_at" : "Sat Sep 19 00:40:30 +0000 2026",
      "favorited" : false,
      "full_text" : "連休初日もスイミング。娘、来月から上のクラスに進級!",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2100941420811104256"
          ],
          "editableUntil" : "2026-09-18T14:34:02.526Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "みか🌸3y男子ママ",
            "screen_name" : "mika_ikuji_0000",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "1380000000007700001",
            "id" : "1380000000007700001"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "17",
        "43"
      ],
      "favorite_count" : "4",
      "in_reply_to_status_id_str" : "2100925563840258055",
      "id_str" : "2100941420811104256",
      "in_reply_to_user_id" : "1380000000007700001",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2100941420811104256",
      "in_reply_to_status_id" : "2100925563840258055",
      "created_at" : "Fri Sep 18 13:34:02 +0000 2026",
      "favorited" : false,
      "full_text" : "@mika_ikuji_0000 連休中に公園でピクニックしよ〜!うちの子たちも喜ぶ🧺",
      "lang" : "ja",
      "in_reply_to_screen_name" : "mika_ikuji_0000",
      "in_reply_to_user_id_str" : "1380000000007700001"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2100785627185790991"
          ],
          "editableUntil" : "2026-09-18T04:14:58.196Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "24"
      ],
      "favorite_count" : "1",
      "id_str" : "2100785627185790991",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2100785627185790991",
      "created_at" : "Fri Sep 18 03:14:58 +0000 2026",
      "favorited" : false,
      "full_text" : "連休前の金曜、月中の処理を終わらせないと帰れない",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2100571659466412038"
          ],
          "editableUntil" : "2026-09-17T14:04:45.321Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "32"
      ],
      "favorite_count" : "1",
      "id_str" : "2100571659466412038",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2100571659466412038",
      "created_at" : "Thu Sep 17 13:04:45 +0000 2026",
      "favorited" : false,
      "full_text" : "シルバーウィークは5連休!どこも混んでそうだから近場で過ごす予定",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2100356032496914434"
          ],
          "editableUntil" : "2026-09-16T23:47:55.136Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "14"
      ],
      "favorite_count" : "1",
      "id_str" : "2100356032496914434",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2100356032496914434",
      "created_at" : "Wed Sep 16 22:47:55 +0000 2026",
      "favorited" : false,
      "full_text" : "朝晩ちょっと涼しくなってきた",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2100198926066163721"
          ],
          "editableUntil" : "2026-09-16T13:23:38.184Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "37"
      ],
      "favorite_count" : "2",
      "id_str" : "2100198926066163721",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2100198926066163721",
      "created_at" : "Wed Sep 16 12:23:38 +0000 2026",
      "favorited" : false,
      "full_text" : "JavaScriptでおみくじを作った。大吉しか出ない設定にした(自分用)",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2100064714980876300"
          ],
          "editableUntil" : "2026-09-16T04:30:20.204Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "14"
      ],
      "favorite_count" : "10",
      "id_str" : "2100064714980876300",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2100064714980876300",
      "created_at" : "Wed Sep 16 03:30:20 +0000 2026",
      "favorited" : false,
      "full_text" : "さつまいもパンの残りでランチ",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2099855766533455885"
          ],
          "editableUntil" : "2026-09-15T14:40:02.004Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "24"
      ],
      "favorite_count" : "3",
      "id_str" : "2099855766533455885",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2099855766533455885",
      "created_at" : "Tue Sep 15 13:40:02 +0000 2026",
      "favorited" : false,
      "full_text" : "ハロウィンの仮装グッズ、もう100均に並んでた🎃",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2099700476438532111"
          ],
          "editableUntil" : "2026-09-15T04:22:58.145Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "26"
      ],
      "favorite_count" : "2",
      "id_str" : "2099700476438532111",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2099700476438532111",
      "created_at" : "Tue Sep 15 03:22:58 +0000 2026",
      "favorited" : false,
      "full_text" : "会社の近くのパン屋に秋限定のさつまいもパンが出てた🍠",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2099469401442668550"
          ],
          "editableUntil" : "2026-09-14T13:04:46.454Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "17"
      ],
      "favorite_count" : "2",
      "id_str" : "2099469401442668550",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2099469401442668550",
      "created_at" : "Mon Sep 14 12:04:46 +0000 2026",
      "favorited" : false,
      "full_text" : "敬老の日のプレゼント選び、毎年悩む",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2099269818193166343"
          ],
          "editableUntil" : "2026-09-13T23:51:41.494Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "16"
      ],
      "favorite_count" : "0",
      "id_str" : "2099269818193166343",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2099269818193166343",
      "created_at" : "Sun Sep 13 22:51:41 +0000 2026",
      "favorited" : false,
      "full_text" : "ライブ明けの月曜、心はまだ武道館",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2099105982710751244"
          ],
          "editableUntil" : "2026-09-13T13:00:40.467Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "ペンギンズ武道館",
            "indices" : [
              "54",
              "63"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "ミッドナイト・ペンギンズ official",
            "screen_name" : "mn_penguins00",
            "indices" : [
              "3",
              "17"
            ],
            "id_str" : "1300000000023400007",
            "id" : "1300000000023400007"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "63"
      ],
      "favorite_count" : "0",
      "id_str" : "2099105982710751244",
      "truncated" : false,
      "retweet_count" : "12804",
      "id" : "2099105982710751244",
      "created_at" : "Sun Sep 13 12:00:40 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @mn_penguins00: 日本武道館2days、本当にありがとうございました!🐧 また会おうね #ペンギンズ武道館",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2098947275302207493"
          ],
          "editableUntil" : "2026-09-13T02:30:01.959Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "ペンギンズ武道館",
            "indices" : [
              "24",
              "33"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "33"
      ],
      "favorite_count" : "0",
      "id_str" : "2098947275302207493",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2098947275302207493",
      "created_at" : "Sun Sep 13 01:30:01 +0000 2026",
      "favorited" : false,
      "full_text" : "昨日の武道館、セトリが最高すぎた。一生忘れない #ペンギンズ武道館",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2098771563514896398"
          ],
          "editableUntil" : "2026-09-12T14:51:48.637Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "21"
      ],
      "favorite_count" : "4",
      "id_str" : "2098771563514896398",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2098771563514896398",
      "created_at" : "Sat Sep 12 13:51:48 +0000 2026",
      "favorited" : false,
      "full_text" : "最高だった…😭 余韻で電車を乗り過ごしそう",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2098676272122449932"
          ],
          "editableUntil" : "2026-09-12T08:33:09.271Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "ペンギンズ武道館",
            "indices" : [
              "41",
              "50"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "50"
      ],
      "favorite_count" : "41",
      "id_str" : "2098676272122449932",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2098676272122449932",
      "created_at" : "Sat Sep 12 07:33:09 +0000 2026",
      "favorited" : false,
      "full_text" : "これから武道館!!!🐧 ミッドナイト・ペンギンズ、初武道館おめでとう!声枯らす! #ペンギンズ武道館",
      "lang" : "ja",
      "coordinates" : {
        "type" : "Point",
        "coordinates" : [
          "139.7498",
          "35.6933"
        ]
      },
      "geo" : {
        "type" : "Point",
        "coordinates" : [
          "35.6933",
          "139.7498"
        ]
      },
      "place" : {
        "id" : "8b1d12a6f3ab8657",
        "url" : "https://api.twitter.com/1.1/geo/id/8b1d12a6f3ab8657.json",
        "place_type" : "poi",
        "name" : "日本武道館",
        "full_name" : "日本武道館",
        "country_code" : "JP",
        "country" : "日本",
        "contained_within" : [ ],
        "bounding_box" : {
          "type" : "Polygon",
          "coordinates" : [
            [
              [
                "139.7498",
                "35.6933"
              ],
              [
                "139.7498",
                "35.6933"
              ],
              [
                "139.7498",
                "35.6933"
              ],
              [
                "139.7498",
                "35.6933"
              ]
            ]
          ]
        },
        "attributes" : { }
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2098403769101504516"
          ],
          "editableUntil" : "2026-09-11T14:30:19.900Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "33"
      ],
      "favorite_count" : "1",
      "id_str" : "2098403769101504516",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2098403769101504516",
      "created_at" : "Fri Sep 11 13:30:19 +0000 2026",
      "favorited" : false,
      "full_text" : "夫が『明日はパパが遊園地に連れてく』って子どもたちと盛り上がってる",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2098255837111914501"
          ],
          "editableUntil" : "2026-09-11T04:42:29.062Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "19"
      ],
      "favorite_count" : "2",
      "id_str" : "2098255837111914501",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2098255837111914501",
      "created_at" : "Fri Sep 11 03:42:29 +0000 2026",
      "favorited" : false,
      "full_text" : "ライブ用にネイルした💅 ペンギンカラー",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2098037147417169935"
          ],
          "editableUntil" : "2026-09-10T14:13:30.415Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "3",
      "id_str" : "2098037147417169935",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2098037147417169935",
      "created_at" : "Thu Sep 10 13:13:30 +0000 2026",
      "favorited" : false,
      "full_text" : "息子の保育園の運動会の練習、かけっこで毎回転ぶらしい😂",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2097822051240325122"
          ],
          "editableUntil" : "2026-09-09T23:58:47.295Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "22"
      ],
      "favorite_count" : "5",
      "id_str" : "2097822051240325122",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2097822051240325122",
      "created_at" : "Wed Sep 09 22:58:47 +0000 2026",
      "favorited" : false,
      "full_text" : "台風一過の青空☀️ 電車も平常運転でひと安心",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2097654677466071046"
          ],
          "editableUntil" : "2026-09-09T12:53:42.651Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "34"
      ],
      "favorite_count" : "8",
      "id_str" : "2097654677466071046",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2097654677466071046",
      "created_at" : "Wed Sep 09 11:53:42 +0000 2026",
      "favorited" : false,
      "full_text" : "作ったページを友達に見せたら褒められた✨ Webの勉強、半年続いてる",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2097523760414298125"
          ],
          "editableUntil" : "2026-09-09T04:13:29.932Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "14"
      ],
      "favorite_count" : "11",
      "id_str" : "2097523760414298125",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2097523760414298125",
      "created_at" : "Wed Sep 09 03:13:29 +0000 2026",
      "favorited" : false,
      "full_text" : "外はすごい雨☔ 家でよかった",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2097314971219288073"
          ],
          "editableUntil" : "2026-09-08T14:23:50.006Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "19"
      ],
      "favorite_count" : "4",
      "id_str" : "2097314971219288073",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2097314971219288073",
      "created_at" : "Tue Sep 08 13:23:50 +0000 2026",
      "favorited" : false,
      "full_text" : "台風に備えてベランダの物を全部しまった",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2097166230147973132"
          ],
          "editableUntil" : "2026-09-08T04:32:47.355Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "12",
      "id_str" : "2097166230147973132",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2097166230147973132",
      "created_at" : "Tue Sep 08 03:32:47 +0000 2026",
      "favorited" : false,
      "full_text" : "台風が近づいてるらしい🌀 帰宅時間に直撃しませんように",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2096942363990630401"
          ],
          "editableUntil" : "2026-09-07T13:43:13.390Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "53"
      ],
      "favorite_count" : "3",
      "id_str" : "2096942363990630401",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2096942363990630401",
      "created_at" : "Mon Sep 07 12:43:13 +0000 2026",
      "favorited" : false,
      "full_text" : "帰りは17時15分に会社を出て、18時に息子を保育園にお迎え、18時20分に帰宅。平日は毎日これの繰り返し",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2096732528893997058"
          ],
          "editableUntil" : "2026-09-06T23:49:24.629Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "50"
      ],
      "favorite_count" : "2",
      "id_str" : "2096732528893997058",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2096732528893997058",
      "created_at" : "Sun Sep 06 22:49:24 +0000 2026",
      "favorited" : false,
      "full_text" : "毎朝7時半に家を出て、息子を保育園に送って、7:52の東上線。1年半やっても朝のバタバタには慣れない",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2096546645750816775"
          ],
          "editableUntil" : "2026-09-06T11:30:46.275Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "たま🐈猫と暮らす",
            "screen_name" : "tama_neko_0000",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "1260000000056700004",
            "id" : "1260000000056700004"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "16",
        "40"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2096541360097574923",
      "id_str" : "2096546645750816775",
      "in_reply_to_user_id" : "1260000000056700004",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2096546645750816775",
      "in_reply_to_status_id" : "2096541360097574923",
      "created_at" : "Sun Sep 06 10:30:46 +0000 2026",
      "favorited" : false,
      "full_text" : "@tama_neko_0000 むぎも同じおもちゃ持ってる!すぐ飽きるんだよね🐈",
      "lang" : "ja",
      "in_reply_to_screen_name" : "tama_neko_0000",
      "in_reply_to_user_id_str" : "1260000000056700004"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2096355297110192140"
          ],
          "editableUntil" : "2026-09-05T22:50:25.459Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "22"
      ],
      "favorite_count" : "4",
      "id_str" : "2096355297110192140",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2096355297110192140",
      "created_at" : "Sat Sep 05 21:50:25 +0000 2026",
      "favorited" : false,
      "full_text" : "ハーフまであと1ヶ月。今日は12km🏃‍♀️",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2096112191369322497"
          ],
          "editableUntil" : "2026-09-05T06:44:24.125Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "26"
      ],
      "favorite_count" : "0",
      "id_str" : "2096112191369322497",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2096112191369322497",
      "created_at" : "Sat Sep 05 05:44:24 +0000 2026",
      "favorited" : false,
      "full_text" : "秋服を見に行ったけど、まだ暑くて試着する気にならない",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2096030561355145221"
          ],
          "editableUntil" : "2026-09-05T01:20:02.218Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "60"
      ],
      "favorite_count" : "0",
      "id_str" : "2096030561355145221",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2096030561355145221",
      "created_at" : "Sat Sep 05 00:20:02 +0000 2026",
      "favorited" : false,
      "full_text" : "毎週土曜9時のスイミング、娘が『もう1年通ってる』って自慢してた🏊‍♀️ 上板橋のときわスイミング、コーチが優しくて好き",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2095875618033389575"
          ],
          "editableUntil" : "2026-09-04T15:04:21.767Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "18"
      ],
      "favorite_count" : "3",
      "id_str" : "2095875618033389575",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2095875618033389575",
      "created_at" : "Fri Sep 04 14:04:21 +0000 2026",
      "favorited" : false,
      "full_text" : "週末はむぎと一緒にごろごろする予定🐈",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2095712576529080322"
          ],
          "editableUntil" : "2026-09-04T04:16:29.405Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "2",
      "id_str" : "2095712576529080322",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2095712576529080322",
      "created_at" : "Fri Sep 04 03:16:29 +0000 2026",
      "favorited" : false,
      "full_text" : "同期とランチ。入社10年の同期会をやろうって話になった",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2095497619699744779"
          ],
          "editableUntil" : "2026-09-03T14:02:19.124Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "18"
      ],
      "favorite_count" : "4",
      "id_str" : "2095497619699744779",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2095497619699744779",
      "created_at" : "Thu Sep 03 13:02:19 +0000 2026",
      "favorited" : false,
      "full_text" : "ヘチマって、あんなに大きくなるんだね",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2095284714254147587"
          ],
          "editableUntil" : "2026-09-02T23:56:19.192Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "16"
      ],
      "favorite_count" : "8",
      "id_str" : "2095284714254147587",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2095284714254147587",
      "created_at" : "Wed Sep 02 22:56:19 +0000 2026",
      "favorited" : false,
      "full_text" : "中吊り広告がもう秋の旅行ばっかり",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2095120533027966989"
          ],
          "editableUntil" : "2026-09-02T13:03:55.101Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "40"
      ],
      "favorite_count" : "0",
      "id_str" : "2095120533027966989",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2095120533027966989",
      "created_at" : "Wed Sep 02 12:03:55 +0000 2026",
      "favorited" : false,
      "full_text" : "XSSの勉強してて思ったけど、SNSに書いたことって全部残るんだよね…気をつけよ",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2094989129307160582"
          ],
          "editableUntil" : "2026-09-02T04:21:46.781Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "20"
      ],
      "favorite_count" : "1",
      "id_str" : "2094989129307160582",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2094989129307160582",
      "created_at" : "Wed Sep 02 03:21:46 +0000 2026",
      "favorited" : false,
      "full_text" : "秋の新作スイーツの情報だけで生きていける",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2094765485289918473"
          ],
          "editableUntil" : "2026-09-01T13:33:05.316Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "54"
      ],
      "favorite_count" : "3",
      "id_str" : "2094765485289918473",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2094765485289918473",
      "created_at" : "Tue Sep 01 12:33:05 +0000 2026",
      "favorited" : false,
      "full_text" : "9/12の武道館、当選してた!!!ミッドナイト・ペンギンズ🐧 その日は夫に子どもたちを任せて一人で参戦します",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2094559171205910542"
          ],
          "editableUntil" : "2026-08-31T23:53:16.392Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "19"
      ],
      "favorite_count" : "13",
      "id_str" : "2094559171205910542",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2094559171205910542",
      "created_at" : "Mon Aug 31 22:53:16 +0000 2026",
      "favorited" : false,
      "full_text" : "防災の日。今年は職場の防災訓練で点呼係",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2094413801475919885"
          ],
          "editableUntil" : "2026-08-31T14:15:37.810Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "23"
      ],
      "favorite_count" : "0",
      "id_str" : "2094413801475919885",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2094413801475919885",
      "created_at" : "Mon Aug 31 13:15:37 +0000 2026",
      "favorited" : false,
      "full_text" : "給食が始まる安心感、全国の保護者が感じてるはず",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2094195262070116367"
          ],
          "editableUntil" : "2026-08-30T23:47:13.752Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "16"
      ],
      "favorite_count" : "4",
      "id_str" : "2094195262070116367",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2094195262070116367",
      "created_at" : "Sun Aug 30 22:47:13 +0000 2026",
      "favorited" : false,
      "full_text" : "8月最終日。今年の夏も一瞬だった",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2094033325612449792"
          ],
          "editableUntil" : "2026-08-30T13:03:44.351Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "2",
      "id_str" : "2094033325612449792",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2094033325612449792",
      "created_at" : "Sun Aug 30 12:03:44 +0000 2026",
      "favorited" : false,
      "full_text" : "明日から2学期。娘は『もう夏休み終わり?』って絶望してる",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2093817950721212428"
          ],
          "editableUntil" : "2026-08-29T22:47:55.836Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "19"
      ],
      "favorite_count" : "0",
      "id_str" : "2093817950721212428",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2093817950721212428",
      "created_at" : "Sat Aug 29 21:47:55 +0000 2026",
      "favorited" : false,
      "full_text" : "朝ラン。ハーフに向けて15km走った!",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2093647553094324227"
          ],
          "editableUntil" : "2026-08-29T11:30:49.485Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "14"
      ],
      "favorite_count" : "1",
      "id_str" : "2093647553094324227",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2093647553094324227",
      "created_at" : "Sat Aug 29 10:30:49 +0000 2026",
      "favorited" : false,
      "full_text" : "夏の最後に家族で手持ち花火🎇",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2093503913449488391"
          ],
          "editableUntil" : "2026-08-29T02:00:03.225Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "21"
      ],
      "favorite_count" : "4",
      "id_str" : "2093503913449488391",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2093503913449488391",
      "created_at" : "Sat Aug 29 01:00:03 +0000 2026",
      "favorited" : false,
      "full_text" : "待ち時間に読んでた本が泣けるやつで困った📖",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2093335545098940418"
          ],
          "editableUntil" : "2026-08-28T14:51:00.871Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "21"
      ],
      "favorite_count" : "1",
      "id_str" : "2093335545098940418",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2093335545098940418",
      "created_at" : "Fri Aug 28 13:51:00 +0000 2026",
      "favorited" : false,
      "full_text" : "週末は何もしない予定を立てた(立ててない)",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2093180669982138376"
          ],
          "editableUntil" : "2026-08-28T04:35:35.710Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "26"
      ],
      "favorite_count" : "4",
      "id_str" : "2093180669982138376",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2093180669982138376",
      "created_at" : "Fri Aug 28 03:35:35 +0000 2026",
      "favorited" : false,
      "full_text" : "池袋のオフィス、窓際の席になった。景色はいいけど暑い",
      "lang" : "ja",
      "coordinates" : {
        "type" : "Point",
        "coordinates" : [
          "139.7161893",
          "35.7302305"
        ]
      },
      "geo" : {
        "type" : "Point",
        "coordinates" : [
          "35.7302305",
          "139.7161893"
        ]
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2092951190708547595"
          ],
          "editableUntil" : "2026-08-27T13:23:43.891Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "17"
      ],
      "favorite_count" : "3",
      "id_str" : "2092951190708547595",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2092951190708547595",
      "created_at" : "Thu Aug 27 12:23:43 +0000 2026",
      "favorited" : false,
      "full_text" : "夏の終わりの夕焼けがきれいだった🌇",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2092747070785744909"
          ],
          "editableUntil" : "2026-08-26T23:52:37.400Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "21"
      ],
      "favorite_count" : "2",
      "id_str" : "2092747070785744909",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2092747070785744909",
      "created_at" : "Wed Aug 26 22:52:37 +0000 2026",
      "favorited" : false,
      "full_text" : "夏休みもあと少し。朝の電車がまた混み始めた",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2092576346133577743"
          ],
          "editableUntil" : "2026-08-26T12:34:13.011Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "83"
      ],
      "favorite_count" : "7",
      "id_str" : "2092576346133577743",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2092576346133577743",
      "created_at" : "Wed Aug 26 11:34:13 +0000 2026",
      "favorited" : false,
      "full_text" : "みずき台小PTAバザーの件、3年2組の保護者の皆さまへ(娘がお世話になってます)。連絡用にLINE IDを載せておきます→ nao_tk_0000 追加お願いします🙏",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2092447206448103438"
          ],
          "editableUntil" : "2026-08-26T04:01:04.934Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "14"
      ],
      "favorite_count" : "4",
      "id_str" : "2092447206448103438",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2092447206448103438",
      "created_at" : "Wed Aug 26 03:01:04 +0000 2026",
      "favorited" : false,
      "full_text" : "お昼は納豆ごはん。簡単が一番",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2092243097265397764"
          ],
          "editableUntil" : "2026-08-25T14:30:01.628Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "31"
      ],
      "favorite_count" : "3",
      "id_str" : "2092243097265397764",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2092243097265397764",
      "created_at" : "Tue Aug 25 13:30:01 +0000 2026",
      "favorited" : false,
      "full_text" : "保育園のお迎えで、息子に『ママおそい』って言われた。ごめんよ…",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2092088076054515727"
          ],
          "editableUntil" : "2026-08-25T04:14:01.185Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "3",
      "id_str" : "2092088076054515727",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2092088076054515727",
      "created_at" : "Tue Aug 25 03:14:01 +0000 2026",
      "favorited" : false,
      "full_text" : "会社の近くに新しいジムができたらしい。通う未来は見えない",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2091870084459700236"
          ],
          "editableUntil" : "2026-08-24T13:47:47.800Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "31"
      ],
      "favorite_count" : "0",
      "id_str" : "2091870084459700236",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2091870084459700236",
      "created_at" : "Mon Aug 24 12:47:47 +0000 2026",
      "favorited" : false,
      "full_text" : "宿題チェックしたら、娘の漢字ドリルが手つかずだった…今夜は特訓",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2091659733080870927"
          ],
          "editableUntil" : "2026-08-23T23:51:56.643Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "7"
      ],
      "favorite_count" : "4",
      "id_str" : "2091659733080870927",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2091659733080870927",
      "created_at" : "Sun Aug 23 22:51:56 +0000 2026",
      "favorited" : false,
      "full_text" : "月曜。寝不足。",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2091376126234890242"
          ],
          "editableUntil" : "2026-08-23T05:04:59.043Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "21"
      ],
      "favorite_count" : "3",
      "id_str" : "2091376126234890242",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2091376126234890242",
      "created_at" : "Sun Aug 23 04:04:59 +0000 2026",
      "favorited" : false,
      "full_text" : "高校時代の友達から結婚の報告。おめでとう!",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2091284833017557000"
          ],
          "editableUntil" : "2026-08-22T23:02:13.406Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "24"
      ],
      "favorite_count" : "0",
      "id_str" : "2091284833017557000",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2091284833017557000",
      "created_at" : "Sat Aug 22 22:02:13 +0000 2026",
      "favorited" : false,
      "full_text" : "朝ラン、少し涼しくなってきた気がする(気のせい)",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2091043867252379653"
          ],
          "editableUntil" : "2026-08-22T07:04:42.969Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "19"
      ],
      "favorite_count" : "2",
      "id_str" : "2091043867252379653",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2091043867252379653",
      "created_at" : "Sat Aug 22 06:04:42 +0000 2026",
      "favorited" : false,
      "full_text" : "金魚の水槽、水換えしたら元気になった🐟",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2090960501728702470"
          ],
          "editableUntil" : "2026-08-22T01:33:26.806Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "33"
      ],
      "favorite_count" : "0",
      "id_str" : "2090960501728702470",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2090960501728702470",
      "created_at" : "Sat Aug 22 00:33:26 +0000 2026",
      "favorited" : false,
      "full_text" : "今日は保護者見学デー。娘のクロールのフォームがきれいになってて感動",
      "lang" : "ja",
      "coordinates" : {
        "type" : "Point",
        "coordinates" : [
          "139.6770554",
          "35.7634281"
        ]
      },
      "geo" : {
        "type" : "Point",
        "coordinates" : [
          "35.7634281",
          "139.6770554"
        ]
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2090794577231527943"
          ],
          "editableUntil" : "2026-08-21T14:34:06.350Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "11"
      ],
      "favorite_count" : "5",
      "id_str" : "2090794577231527943",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2090794577231527943",
      "created_at" : "Fri Aug 21 13:34:06 +0000 2026",
      "favorited" : false,
      "full_text" : "今日はもう何もしない日",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2090647195108327434"
          ],
          "editableUntil" : "2026-08-21T04:48:28.638Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "32"
      ],
      "favorite_count" : "0",
      "id_str" : "2090647195108327434",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2090647195108327434",
      "created_at" : "Fri Aug 21 03:48:28 +0000 2026",
      "favorited" : false,
      "full_text" : "後輩に仕訳のコツを教えたら『わかりやすい!』って言われた。嬉しい",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2090412546148802574"
          ],
          "editableUntil" : "2026-08-20T13:16:03.451Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "13"
      ],
      "favorite_count" : "3",
      "id_str" : "2090412546148802574",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2090412546148802574",
      "created_at" : "Thu Aug 20 12:16:03 +0000 2026",
      "favorited" : false,
      "full_text" : "朝顔、最後の一輪が咲いた🌺",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2090212701838868489"
          ],
          "editableUntil" : "2026-08-20T00:01:57.499Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "23"
      ],
      "favorite_count" : "0",
      "id_str" : "2090212701838868489",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2090212701838868489",
      "created_at" : "Wed Aug 19 23:01:57 +0000 2026",
      "favorited" : false,
      "full_text" : "東上線、車両点検で5分遅れ。朝の5分は大きい…",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2090056998081789959"
          ],
          "editableUntil" : "2026-08-19T13:43:14.283Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "21"
      ],
      "favorite_count" : "0",
      "id_str" : "2090056998081789959",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2090056998081789959",
      "created_at" : "Wed Aug 19 12:43:14 +0000 2026",
      "favorited" : false,
      "full_text" : "娘の自由研究、なんとか完成🧊 親子で達成感",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2089915320362442761"
          ],
          "editableUntil" : "2026-08-19T04:20:15.587Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "33"
      ],
      "favorite_count" : "3",
      "id_str" : "2089915320362442761",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2089915320362442761",
      "created_at" : "Wed Aug 19 03:20:15 +0000 2026",
      "favorited" : false,
      "full_text" : "在宅ランチは、こもれび珈琲のカレーパン。毎週水曜はここって決めてる",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2089701834621775883"
          ],
          "editableUntil" : "2026-08-18T14:11:56.211Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "17"
      ],
      "favorite_count" : "1",
      "id_str" : "2089701834621775883",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2089701834621775883",
      "created_at" : "Tue Aug 18 13:11:56 +0000 2026",
      "favorited" : false,
      "full_text" : "今日も暑かった。帰り道の坂がつらい",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2089193097241067521"
          ],
          "editableUntil" : "2026-08-17T04:30:24.749Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "11"
      ],
      "favorite_count" : "0",
      "id_str" : "2089193097241067521",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2089193097241067521",
      "created_at" : "Mon Aug 17 03:30:24 +0000 2026",
      "favorited" : false,
      "full_text" : "お盆明け、なんだか静か",
      "lang" : "ja",
      "coordinates" : {
        "type" : "Point",
        "coordinates" : [
          "139.7164328",
          "35.7307695"
        ]
      },
      "geo" : {
        "type" : "Point",
        "coordinates" : [
          "35.7307695",
          "139.7164328"
        ]
      },
      "place" : {
        "id" : "89977b520a32008e",
        "url" : "https://api.twitter.com/1.1/geo/id/89977b520a32008e.json",
        "place_type" : "city",
        "name" : "豊島区",
        "full_name" : "東京 豊島区",
        "country_code" : "JP",
        "country" : "日本",
        "contained_within" : [ ],
        "bounding_box" : {
          "type" : "Polygon",
          "coordinates" : [
            [
              [
                "139.6877",
                "35.7155"
              ],
              [
                "139.743",
                "35.7155"
              ],
              [
                "139.743",
                "35.7449"
              ],
              [
                "139.6877",
                "35.7449"
              ]
            ]
          ]
        },
        "attributes" : { }
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2089121758486573070"
          ],
          "editableUntil" : "2026-08-16T23:46:55.650Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "15"
      ],
      "favorite_count" : "8",
      "id_str" : "2089121758486573070",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2089121758486573070",
      "created_at" : "Sun Aug 16 22:46:55 +0000 2026",
      "favorited" : false,
      "full_text" : "久々の満員電車、体がなまってる",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2088974587829055498"
          ],
          "editableUntil" : "2026-08-16T14:02:07.755Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "14"
      ],
      "favorite_count" : "0",
      "id_str" : "2088974587829055498",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2088974587829055498",
      "created_at" : "Sun Aug 16 13:02:07 +0000 2026",
      "favorited" : false,
      "full_text" : "明日から仕事…休みボケが深刻",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2088793272451416079"
          ],
          "editableUntil" : "2026-08-16T02:01:38.724Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "20"
      ],
      "favorite_count" : "0",
      "id_str" : "2088793272451416079",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2088793272451416079",
      "created_at" : "Sun Aug 16 01:01:38 +0000 2026",
      "favorited" : false,
      "full_text" : "軽井沢の写真を整理。また来年も行きたいな",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2088566931382038530"
          ],
          "editableUntil" : "2026-08-15T11:02:14.328Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "15"
      ],
      "favorite_count" : "1",
      "id_str" : "2088566931382038530",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2088566931382038530",
      "created_at" : "Sat Aug 15 10:02:14 +0000 2026",
      "favorited" : false,
      "full_text" : "キャンプから帰宅!洗濯物の山…",
      "lang" : "ja",
      "coordinates" : {
        "type" : "Point",
        "coordinates" : [
          "139.6861554",
          "35.7603449"
        ]
      },
      "geo" : {
        "type" : "Point",
        "coordinates" : [
          "35.7603449",
          "139.6861554"
        ]
      },
      "place" : {
        "id" : "b75ad1bf3ebacd74",
        "url" : "https://api.twitter.com/1.1/geo/id/b75ad1bf3ebacd74.json",
        "place_type" : "city",
        "name" : "板橋区",
        "full_name" : "東京 板橋区",
        "country_code" : "JP",
        "country" : "日本",
        "contained_within" : [ ],
        "bounding_box" : {
          "type" : "Polygon",
          "coordinates" : [
            [
              [
                "139.6196",
                "35.7427"
              ],
              [
                "139.729",
                "35.7427"
              ],
              [
                "139.729",
                "35.7998"
              ],
              [
                "139.6196",
                "35.7998"
              ]
            ]
          ]
        },
        "attributes" : { }
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2088073778354147330"
          ],
          "editableUntil" : "2026-08-14T02:22:37.983Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "18"
      ],
      "favorite_count" : "2",
      "id_str" : "2088073778354147330",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2088073778354147330",
      "created_at" : "Fri Aug 14 01:22:37 +0000 2026",
      "favorited" : false,
      "full_text" : "旧軽井沢銀座なう。ジャムの試食で満腹",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2087872345760579587"
          ],
          "editableUntil" : "2026-08-13T13:02:12.881Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "2",
      "id_str" : "2087872345760579587",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2087872345760579587",
      "created_at" : "Thu Aug 13 12:02:12 +0000 2026",
      "favorited" : false,
      "full_text" : "キャンプの夜、子どもたちと星空観察🌌 息子は3分で寝た",
      "lang" : "ja",
      "coordinates" : {
        "type" : "Point",
        "coordinates" : [
          "138.6197212",
          "36.3433593"
        ]
      },
      "geo" : {
        "type" : "Point",
        "coordinates" : [
          "36.3433593",
          "138.6197212"
        ]
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2087773650501357575"
          ],
          "editableUntil" : "2026-08-13T06:30:01.748Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "22"
      ],
      "favorite_count" : "1",
      "id_str" : "2087773650501357575",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2087773650501357575",
      "created_at" : "Thu Aug 13 05:30:01 +0000 2026",
      "favorited" : false,
      "full_text" : "軽井沢に到着!涼しい〜!東京より10℃低い🌲",
      "lang" : "ja",
      "coordinates" : {
        "type" : "Point",
        "coordinates" : [
          "138.62",
          "36.343"
        ]
      },
      "geo" : {
        "type" : "Point",
        "coordinates" : [
          "36.343",
          "138.62"
        ]
      },
      "place" : {
        "id" : "65a36912268fe4b0",
        "url" : "https://api.twitter.com/1.1/geo/id/65a36912268fe4b0.json",
        "place_type" : "city",
        "name" : "軽井沢町",
        "full_name" : "長野 軽井沢町",
        "country_code" : "JP",
        "country" : "日本",
        "contained_within" : [ ],
        "bounding_box" : {
          "type" : "Polygon",
          "coordinates" : [
            [
              [
                "138.5",
                "36.28"
              ],
              [
                "138.66",
                "36.28"
              ],
              [
                "138.66",
                "36.42"
              ],
              [
                "138.5",
                "36.42"
              ]
            ]
          ]
        },
        "attributes" : { }
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2087510047528747015"
          ],
          "editableUntil" : "2026-08-12T13:02:34.244Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "54"
      ],
      "favorite_count" : "3",
      "id_str" : "2087510047528747015",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2087510047528747015",
      "created_at" : "Wed Aug 12 12:02:34 +0000 2026",
      "favorited" : false,
      "full_text" : "明日から2泊3日で家族4人、軽井沢でキャンプ🏕 15日まで家は空っぽなので、金魚のエサは自動給餌機にお任せ🐟",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2087163031156371471"
          ],
          "editableUntil" : "2026-08-11T14:03:38.228Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "26"
      ],
      "favorite_count" : "3",
      "id_str" : "2087163031156371471",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2087163031156371471",
      "created_at" : "Tue Aug 11 13:03:38 +0000 2026",
      "favorited" : false,
      "full_text" : "テントって本当に車に入るの?パズルみたいになってきた",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2086996808520716289"
          ],
          "editableUntil" : "2026-08-11T03:03:08.439Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "45"
      ],
      "favorite_count" : "4",
      "id_str" : "2086996808520716289",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2086996808520716289",
      "created_at" : "Tue Aug 11 02:03:08 +0000 2026",
      "favorited" : false,
      "full_text" : "キャンプに向けて車の荷台を整理。うちの車(板橋 530 せ 00-38)も洗車しといた🚗✨",
      "lang" : "ja",
      "coordinates" : {
        "type" : "Point",
        "coordinates" : [
          "139.6852144",
          "35.7596712"
        ]
      },
      "geo" : {
        "type" : "Point",
        "coordinates" : [
          "35.7596712",
          "139.6852144"
        ]
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2086792281956323342"
          ],
          "editableUntil" : "2026-08-10T13:30:25.499Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "20"
      ],
      "favorite_count" : "0",
      "id_str" : "2086792281956323342",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2086792281956323342",
      "created_at" : "Mon Aug 10 12:30:25 +0000 2026",
      "favorited" : false,
      "full_text" : "明日から夏休み!今年は長めにとれて嬉しい",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2086586871820845069"
          ],
          "editableUntil" : "2026-08-09T23:54:11.861Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "13"
      ],
      "favorite_count" : "3",
      "id_str" : "2086586871820845069",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2086586871820845069",
      "created_at" : "Sun Aug 09 22:54:11 +0000 2026",
      "favorited" : false,
      "full_text" : "お盆前の月曜、電車ガラガラ",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2086411342971179013"
          ],
          "editableUntil" : "2026-08-09T12:16:42.018Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "26"
      ],
      "favorite_count" : "0",
      "id_str" : "2086411342971179013",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2086411342971179013",
      "created_at" : "Sun Aug 09 11:16:42 +0000 2026",
      "favorited" : false,
      "full_text" : "テレビの北海道特集見てたらジンギスカン食べたくなった",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2086209347627999232"
          ],
          "editableUntil" : "2026-08-08T22:54:03.316Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "ゆっこ🏃‍♀️ゆるラン部",
            "screen_name" : "yukko_run_0000",
            "indices" : [
              "7",
              "22"
            ],
            "id_str" : "1450000000012300002",
            "id" : "1450000000012300002"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "44"
      ],
      "favorite_count" : "3",
      "id_str" : "2086209347627999232",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2086209347627999232",
      "created_at" : "Sat Aug 08 21:54:03 +0000 2026",
      "favorited" : false,
      "full_text" : "今朝のランは @yukko_run_0000 さんと合流🏃‍♀️ 二人だと坂もがんばれる",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2085992761463853068"
          ],
          "editableUntil" : "2026-08-08T08:33:24.861Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "16"
      ],
      "favorite_count" : "3",
      "id_str" : "2085992761463853068",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2085992761463853068",
      "created_at" : "Sat Aug 08 07:33:24 +0000 2026",
      "favorited" : false,
      "full_text" : "電気圧力鍋で角煮つくった。神家電",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2085893917035790344"
          ],
          "editableUntil" : "2026-08-08T02:00:38.420Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "25"
      ],
      "favorite_count" : "1",
      "id_str" : "2085893917035790344",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2085893917035790344",
      "created_at" : "Sat Aug 08 01:00:38 +0000 2026",
      "favorited" : false,
      "full_text" : "夏休み中もスイミングは通常営業。見学席の扇風機が神",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2085728341771857921"
          ],
          "editableUntil" : "2026-08-07T15:02:42.829Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "22"
      ],
      "favorite_count" : "13",
      "id_str" : "2085728341771857921",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2085728341771857921",
      "created_at" : "Fri Aug 07 14:02:42 +0000 2026",
      "favorited" : false,
      "full_text" : "お盆休みに入る前の金曜の夜、解放感がすごい🍺",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2085562824938504206"
          ],
          "editableUntil" : "2026-08-07T04:05:00.530Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "25"
      ],
      "favorite_count" : "2",
      "id_str" : "2085562824938504206",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2085562824938504206",
      "created_at" : "Fri Aug 07 03:05:00 +0000 2026",
      "favorited" : false,
      "full_text" : "お盆前の支払い処理でバタバタ。夏季休暇まであと半日",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2085360332776742921"
          ],
          "editableUntil" : "2026-08-06T14:40:22.642Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "22"
      ],
      "favorite_count" : "2",
      "id_str" : "2085360332776742921",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2085360332776742921",
      "created_at" : "Thu Aug 06 13:40:22 +0000 2026",
      "favorited" : false,
      "full_text" : "夜のアイスが止まらない。夏のせいにしておく🍨",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2085138297170669573"
          ],
          "editableUntil" : "2026-08-05T23:58:04.113Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "23"
      ],
      "favorite_count" : "0",
      "id_str" : "2085138297170669573",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2085138297170669573",
      "created_at" : "Wed Aug 05 22:58:04 +0000 2026",
      "favorited" : false,
      "full_text" : "朝の電車で読むニュース、暗い話題が多くてつらい",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2084980562870480901"
          ],
          "editableUntil" : "2026-08-05T13:31:17.429Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "36"
      ],
      "favorite_count" : "2",
      "id_str" : "2084980562870480901",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2084980562870480901",
      "created_at" : "Wed Aug 05 12:31:17 +0000 2026",
      "favorited" : false,
      "full_text" : "自分のパン写真のギャラリーページを作ってみた。CSSのグリッド便利すぎる",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2084841325475749901"
          ],
          "editableUntil" : "2026-08-05T04:18:01.847Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "10"
      ],
      "favorite_count" : "2",
      "id_str" : "2084841325475749901",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2084841325475749901",
      "created_at" : "Wed Aug 05 03:18:01 +0000 2026",
      "favorited" : false,
      "full_text" : "そうめん、もう飽きた",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2084631012793143311"
          ],
          "editableUntil" : "2026-08-04T14:22:18.345Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "45"
      ],
      "favorite_count" : "3",
      "id_str" : "2084631012793143311",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2084631012793143311",
      "created_at" : "Tue Aug 04 13:22:18 +0000 2026",
      "favorited" : false,
      "full_text" : "インスタでパンの記録つけてます🍞 → @nao.pan.0000 よかったら覗いてください",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2084481254269149187"
          ],
          "editableUntil" : "2026-08-04T04:27:13.266Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "25"
      ],
      "favorite_count" : "4",
      "id_str" : "2084481254269149187",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2084481254269149187",
      "created_at" : "Tue Aug 04 03:27:13 +0000 2026",
      "favorited" : false,
      "full_text" : "今日のランチは後輩とカレー。辛さ5倍は無謀だった🔥",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2084249062951665678"
          ],
          "editableUntil" : "2026-08-03T13:04:34.439Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "5",
      "id_str" : "2084249062951665678",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2084249062951665678",
      "created_at" : "Mon Aug 03 12:04:34 +0000 2026",
      "favorited" : false,
      "full_text" : "夫、今日で42歳🎂 おめでとう!ケーキは子どもたちとデコった",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2084048758787682308"
          ],
          "editableUntil" : "2026-08-02T23:48:38.198Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "17"
      ],
      "favorite_count" : "3",
      "id_str" : "2084048758787682308",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2084048758787682308",
      "created_at" : "Sun Aug 02 22:48:38 +0000 2026",
      "favorited" : false,
      "full_text" : "夏休み期間は電車がちょっと空いてる",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2083784860431515660"
          ],
          "editableUntil" : "2026-08-02T06:20:00.112Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "25"
      ],
      "favorite_count" : "11",
      "id_str" : "2083784860431515660",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2083784860431515660",
      "created_at" : "Sun Aug 02 05:20:00 +0000 2026",
      "favorited" : false,
      "full_text" : "金魚の名前は『ぷくちゃん』と『きんちゃん』に決定🐟",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2083676578554265603"
          ],
          "editableUntil" : "2026-08-01T23:09:43.478Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "37"
      ],
      "favorite_count" : "5",
      "id_str" : "2083676578554265603",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2083676578554265603",
      "created_at" : "Sat Aug 01 22:09:43 +0000 2026",
      "favorited" : false,
      "full_text" : "朝ランしてたら、昨日のお祭りの片付けをしてる人たちがいた。おつかれさまです",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2083546856309108745"
          ],
          "editableUntil" : "2026-08-01T14:34:15.139Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "29"
      ],
      "favorite_count" : "0",
      "id_str" : "2083546856309108745",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2083546856309108745",
      "created_at" : "Sat Aug 01 13:34:15 +0000 2026",
      "favorited" : false,
      "full_text" : "夏祭りで子どもたちが金魚2匹ゲット。水槽買いに行かなきゃ🐠",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2083500921847369733"
          ],
          "editableUntil" : "2026-08-01T11:31:44.228Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "23"
      ],
      "favorite_count" : "3",
      "id_str" : "2083500921847369733",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2083500921847369733",
      "created_at" : "Sat Aug 01 10:31:44 +0000 2026",
      "favorited" : false,
      "full_text" : "夏祭りなう🏮 焼きとうもろこしの匂いに勝てない",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2083176672985128967"
          ],
          "editableUntil" : "2026-07-31T14:03:17.130Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "24"
      ],
      "favorite_count" : "13",
      "id_str" : "2083176672985128967",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2083176672985128967",
      "created_at" : "Fri Jul 31 13:03:17 +0000 2026",
      "favorited" : false,
      "full_text" : "明日は近所の夏祭り。息子が金魚すくいやる気満々🐟",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2083032508080685057"
          ],
          "editableUntil" : "2026-07-31T04:30:25.981Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "18"
      ],
      "favorite_count" : "0",
      "id_str" : "2083032508080685057",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2083032508080685057",
      "created_at" : "Fri Jul 31 03:30:25 +0000 2026",
      "favorited" : false,
      "full_text" : "明日から8月!夏休みの予定、ほぼ白紙",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2082809720778846208"
          ],
          "editableUntil" : "2026-07-30T13:45:08.429Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "1",
      "id_str" : "2082809720778846208",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2082809720778846208",
      "created_at" : "Thu Jul 30 12:45:08 +0000 2026",
      "favorited" : false,
      "full_text" : "母の誕生日。電話したら『66歳にもなるとね〜』って笑ってた📞",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2082602720832110606"
          ],
          "editableUntil" : "2026-07-30T00:02:36.937Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "12"
      ],
      "favorite_count" : "10",
      "id_str" : "2082602720832110606",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2082602720832110606",
      "created_at" : "Wed Jul 29 23:02:36 +0000 2026",
      "favorited" : false,
      "full_text" : "朝から35℃予報。溶ける",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2082462361469870086"
          ],
          "editableUntil" : "2026-07-29T14:44:51.908Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "18"
      ],
      "favorite_count" : "0",
      "id_str" : "2082462361469870086",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2082462361469870086",
      "created_at" : "Wed Jul 29 13:44:51 +0000 2026",
      "favorited" : false,
      "full_text" : "ずっと欲しかった電気圧力鍋、ポチった",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2082347965102112769"
          ],
          "editableUntil" : "2026-07-29T07:10:17.292Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "8"
      ],
      "favorite_count" : "2",
      "id_str" : "2082347965102112769",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2082347965102112769",
      "created_at" : "Wed Jul 29 06:10:17 +0000 2026",
      "favorited" : false,
      "full_text" : "おやつにスイカ🍉",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2082091917252943884"
          ],
          "editableUntil" : "2026-07-28T14:12:51.480Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "ゆっこ🏃‍♀️ゆるラン部",
            "screen_name" : "yukko_run_0000",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "1450000000012300002",
            "id" : "1450000000012300002"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "16",
        "42"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2082073296266297345",
      "id_str" : "2082091917252943884",
      "in_reply_to_user_id" : "1450000000012300002",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2082091917252943884",
      "in_reply_to_status_id" : "2082073296266297345",
      "created_at" : "Tue Jul 28 13:12:51 +0000 2026",
      "favorited" : false,
      "full_text" : "@yukko_run_0000 秋のハーフ、エントリーしたよ!一緒にがんばろ🏃‍♀️",
      "lang" : "ja",
      "in_reply_to_screen_name" : "yukko_run_0000",
      "in_reply_to_user_id_str" : "1450000000012300002"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2081947770117677067"
          ],
          "editableUntil" : "2026-07-28T04:40:03.982Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "24"
      ],
      "favorite_count" : "0",
      "id_str" : "2081947770117677067",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2081947770117677067",
      "created_at" : "Tue Jul 28 03:40:03 +0000 2026",
      "favorited" : false,
      "full_text" : "数字がぴったり合った瞬間の快感は何にも代えがたい",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2081715380317626379"
          ],
          "editableUntil" : "2026-07-27T13:16:37.312Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "14"
      ],
      "favorite_count" : "0",
      "id_str" : "2081715380317626379",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2081715380317626379",
      "created_at" : "Mon Jul 27 12:16:37 +0000 2026",
      "favorited" : false,
      "full_text" : "夏の疲れが出てきた。早く寝よ",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2081512916510232587"
          ],
          "editableUntil" : "2026-07-26T23:52:06.651Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "0",
      "id_str" : "2081512916510232587",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2081512916510232587",
      "created_at" : "Sun Jul 26 22:52:06 +0000 2026",
      "favorited" : false,
      "full_text" : "7:52発、冷房の風が直撃する位置に立てた。今日は勝ち",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2081299506782375939"
          ],
          "editableUntil" : "2026-07-26T09:44:05.492Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "20"
      ],
      "favorite_count" : "9",
      "id_str" : "2081299506782375939",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2081299506782375939",
      "created_at" : "Sun Jul 26 08:44:05 +0000 2026",
      "favorited" : false,
      "full_text" : "スーパーの半額シールに吸い寄せられる夕方",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2081137116551217157"
          ],
          "editableUntil" : "2026-07-25T22:58:48.549Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "18"
      ],
      "favorite_count" : "3",
      "id_str" : "2081137116551217157",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2081137116551217157",
      "created_at" : "Sat Jul 25 21:58:48 +0000 2026",
      "favorited" : false,
      "full_text" : "朝ラン。5kmで限界。夏は無理しない",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2080994123677720588"
          ],
          "editableUntil" : "2026-07-25T13:30:36.796Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "23"
      ],
      "favorite_count" : "2",
      "id_str" : "2080994123677720588",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2080994123677720588",
      "created_at" : "Sat Jul 25 12:30:36 +0000 2026",
      "favorited" : false,
      "full_text" : "遠くで花火の音が聞こえる🎆 どこの花火大会だろ",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2080836454478475274"
          ],
          "editableUntil" : "2026-07-25T03:04:05.768Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "24"
      ],
      "favorite_count" : "11",
      "id_str" : "2080836454478475274",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2080836454478475274",
      "created_at" : "Sat Jul 25 02:04:05 +0000 2026",
      "favorited" : false,
      "full_text" : "夏休みの自由研究、娘と一緒に氷の溶け方を観察中🧊",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2080652592733655041"
          ],
          "editableUntil" : "2026-07-24T14:53:29.279Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "10"
      ],
      "favorite_count" : "3",
      "id_str" : "2080652592733655041",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2080652592733655041",
      "created_at" : "Fri Jul 24 13:53:29 +0000 2026",
      "favorited" : false,
      "full_text" : "今月の電気代が怖い⚡",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2080491834374639618"
          ],
          "editableUntil" : "2026-07-24T04:14:41.524Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "33"
      ],
      "favorite_count" : "3",
      "id_str" : "2080491834374639618",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2080491834374639618",
      "created_at" : "Fri Jul 24 03:14:41 +0000 2026",
      "favorited" : false,
      "full_text" : "お昼は池袋東口の『定食いろは』。ここの唐揚げ定食が毎週金曜の楽しみ",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2080284445889904654"
          ],
          "editableUntil" : "2026-07-23T14:30:36.587Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "1",
      "id_str" : "2080284445889904654",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2080284445889904654",
      "created_at" : "Thu Jul 23 13:30:36 +0000 2026",
      "favorited" : false,
      "full_text" : "テレビで高校野球の地方大会やってた。高校球児がまぶしい⚾",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2080062555261468679"
          ],
          "editableUntil" : "2026-07-22T23:48:53.769Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "32"
      ],
      "favorite_count" : "0",
      "id_str" : "2080062555261468679",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2080062555261468679",
      "created_at" : "Wed Jul 22 22:48:53 +0000 2026",
      "favorited" : false,
      "full_text" : "夏休みの朝は、娘を学童に送ってから出勤。学童のお弁当作りがきつい",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2079904641621020673"
          ],
          "editableUntil" : "2026-07-22T13:21:23.323Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "かおりの時短レシピ",
            "screen_name" : "kaori_recipe00",
            "indices" : [
              "3",
              "18"
            ],
            "id_str" : "1100000000078900005",
            "id" : "1100000000078900005"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "59"
      ],
      "favorite_count" : "0",
      "id_str" : "2079904641621020673",
      "truncated" : false,
      "retweet_count" : "2210",
      "id" : "2079904641621020673",
      "created_at" : "Wed Jul 22 12:21:23 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @kaori_recipe00: 夏バテ防止!豚しゃぶと夏野菜の冷製サラダ🥗 ポン酢とごま油を1:1で混ぜるだけ",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2079771508225077248"
          ],
          "editableUntil" : "2026-07-22T04:32:22.493Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "1",
      "id_str" : "2079771508225077248",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2079771508225077248",
      "created_at" : "Wed Jul 22 03:32:22 +0000 2026",
      "favorited" : false,
      "full_text" : "学童がお休みの日なので娘も家にいる。お昼は二人でオムライス🍳",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2079552837776310278"
          ],
          "editableUntil" : "2026-07-21T14:03:27.672Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "35"
      ],
      "favorite_count" : "3",
      "id_str" : "2079552837776310278",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2079552837776310278",
      "created_at" : "Tue Jul 21 13:03:27 +0000 2026",
      "favorited" : false,
      "full_text" : "娘、今日は終業式。通知表の『よくできました』の数を数えて一喜一憂してた",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2079406242260852750"
          ],
          "editableUntil" : "2026-07-21T04:20:56.498Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "21"
      ],
      "favorite_count" : "0",
      "id_str" : "2079406242260852750",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2079406242260852750",
      "created_at" : "Tue Jul 21 03:20:56 +0000 2026",
      "favorited" : false,
      "full_text" : "池袋のオフィスから見える入道雲がすごい☁️",
      "lang" : "ja",
      "coordinates" : {
        "type" : "Point",
        "coordinates" : [
          "139.7159127",
          "35.7304281"
        ]
      },
      "geo" : {
        "type" : "Point",
        "coordinates" : [
          "35.7304281",
          "139.7159127"
        ]
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2079338379107483655"
          ],
          "editableUntil" : "2026-07-20T23:51:16.455Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "8"
      ],
      "favorite_count" : "3",
      "id_str" : "2079338379107483655",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2079338379107483655",
      "created_at" : "Mon Jul 20 22:51:16 +0000 2026",
      "favorited" : false,
      "full_text" : "連休明け、眠い…",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2079144382334259214"
          ],
          "editableUntil" : "2026-07-20T11:00:24.663Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "2",
      "id_str" : "2079144382334259214",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2079144382334259214",
      "created_at" : "Mon Jul 20 10:00:24 +0000 2026",
      "favorited" : false,
      "full_text" : "蒼、今日で5歳🎂 『もう赤ちゃんじゃない』って胸張ってた",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2079016922936737796"
          ],
          "editableUntil" : "2026-07-20T02:33:55.956Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "1",
      "id_str" : "2079016922936737796",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2079016922936737796",
      "created_at" : "Mon Jul 20 01:33:55 +0000 2026",
      "favorited" : false,
      "full_text" : "海の日だけど海には行かない。エアコンの効いた部屋が一番",
      "lang" : "ja",
      "coordinates" : {
        "type" : "Point",
        "coordinates" : [
          "139.6854358",
          "35.7611983"
        ]
      },
      "geo" : {
        "type" : "Point",
        "coordinates" : [
          "35.7611983",
          "139.6854358"
        ]
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2078722193573392385"
          ],
          "editableUntil" : "2026-07-19T07:02:46.687Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "14"
      ],
      "favorite_count" : "0",
      "id_str" : "2078722193573392385",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2078722193573392385",
      "created_at" : "Sun Jul 19 06:02:46 +0000 2026",
      "favorited" : false,
      "full_text" : "プール行ってきた。日焼けした",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2078601845037285386"
          ],
          "editableUntil" : "2026-07-18T23:04:33.174Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "44"
      ],
      "favorite_count" : "4",
      "id_str" : "2078601845037285386",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2078601845037285386",
      "created_at" : "Sat Jul 18 22:04:33 +0000 2026",
      "favorited" : false,
      "full_text" : "日曜の朝6時半、石神井川沿いはもう30℃近い。いつものランナー仲間と『暑いですね』の挨拶",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2078435485567447055"
          ],
          "editableUntil" : "2026-07-18T12:03:29.839Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "26"
      ],
      "favorite_count" : "0",
      "id_str" : "2078435485567447055",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2078435485567447055",
      "created_at" : "Sat Jul 18 11:03:29 +0000 2026",
      "favorited" : false,
      "full_text" : "ホットプレートでお好み焼き🎉 ひっくり返すの成功した",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2078280710441115651"
          ],
          "editableUntil" : "2026-07-18T01:48:28.926Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "29"
      ],
      "favorite_count" : "7",
      "id_str" : "2078280710441115651",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2078280710441115651",
      "created_at" : "Sat Jul 18 00:48:28 +0000 2026",
      "favorited" : false,
      "full_text" : "夏休み前最後のスイミング。娘、背泳ぎで25m泳げるように!",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2078120351066492933"
          ],
          "editableUntil" : "2026-07-17T15:11:15.061Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "9"
      ],
      "favorite_count" : "12",
      "id_str" : "2078120351066492933",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2078120351066492933",
      "created_at" : "Fri Jul 17 14:11:15 +0000 2026",
      "favorited" : false,
      "full_text" : "今日は月がきれい🌙",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2077961199261073420"
          ],
          "editableUntil" : "2026-07-17T04:38:51.036Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "23"
      ],
      "favorite_count" : "13",
      "id_str" : "2077961199261073420",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2077961199261073420",
      "created_at" : "Fri Jul 17 03:38:51 +0000 2026",
      "favorited" : false,
      "full_text" : "暑すぎてランチに出る気力ゼロ。デスクでおにぎり",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2077736176280113157"
          ],
          "editableUntil" : "2026-07-16T13:44:41.667Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "24"
      ],
      "favorite_count" : "2",
      "id_str" : "2077736176280113157",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2077736176280113157",
      "created_at" : "Thu Jul 16 12:44:41 +0000 2026",
      "favorited" : false,
      "full_text" : "夏休みの自由研究って、実質親の宿題でもあるよね…",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2077529434314149896"
          ],
          "editableUntil" : "2026-07-16T00:03:10.477Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "48"
      ],
      "favorite_count" : "0",
      "id_str" : "2077529434314149896",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2077529434314149896",
      "created_at" : "Wed Jul 15 23:03:10 +0000 2026",
      "favorited" : false,
      "full_text" : "家の最寄りのときわ台から会社のある池袋まで、今朝は一度も開かない側のドアの前に立てた。小さな勝利",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2077378590148419589"
          ],
          "editableUntil" : "2026-07-15T14:03:46.550Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "5",
      "id_str" : "2077378590148419589",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2077378590148419589",
      "created_at" : "Wed Jul 15 13:03:46 +0000 2026",
      "favorited" : false,
      "full_text" : "Webページに天気予報を表示する練習。APIって面白い",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2077233043583877133"
          ],
          "editableUntil" : "2026-07-15T04:25:25.698Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "7"
      ],
      "favorite_count" : "13",
      "id_str" : "2077233043583877133",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2077233043583877133",
      "created_at" : "Wed Jul 15 03:25:25 +0000 2026",
      "favorited" : false,
      "full_text" : "蝉の声がBGM",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2077024752017952782"
          ],
          "editableUntil" : "2026-07-14T14:37:44.532Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "13"
      ],
      "favorite_count" : "2",
      "id_str" : "2077024752017952782",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2077024752017952782",
      "created_at" : "Tue Jul 14 13:37:44 +0000 2026",
      "favorited" : false,
      "full_text" : "洗濯物が乾かない。乾燥機…",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2076869189884932107"
          ],
          "editableUntil" : "2026-07-14T04:19:35.960Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "22"
      ],
      "favorite_count" : "0",
      "id_str" : "2076869189884932107",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2076869189884932107",
      "created_at" : "Tue Jul 14 03:19:35 +0000 2026",
      "favorited" : false,
      "full_text" : "同僚の結婚式の二次会、幹事を頼まれてしまった",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2076638480296288263"
          ],
          "editableUntil" : "2026-07-13T13:02:50.794Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "32"
      ],
      "favorite_count" : "0",
      "id_str" : "2076638480296288263",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2076638480296288263",
      "created_at" : "Mon Jul 13 12:02:50 +0000 2026",
      "favorited" : false,
      "full_text" : "近所の夏祭りのポスター貼ってあった🏮 8月1日、ときわ台の商店街",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2076441391180955651"
          ],
          "editableUntil" : "2026-07-12T23:59:40.262Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "24"
      ],
      "favorite_count" : "2",
      "id_str" : "2076441391180955651",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2076441391180955651",
      "created_at" : "Sun Jul 12 22:59:40 +0000 2026",
      "favorited" : false,
      "full_text" : "電車の冷房が強すぎる。カーディガン持ってきて正解",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2076200245412851720"
          ],
          "editableUntil" : "2026-07-12T08:01:27.540Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "22"
      ],
      "favorite_count" : "3",
      "id_str" : "2076200245412851720",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2076200245412851720",
      "created_at" : "Sun Jul 12 07:01:27 +0000 2026",
      "favorited" : false,
      "full_text" : "義母から桃が届いた🍑 夫の実家の桃は毎年甘い",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2076066362699608069"
          ],
          "editableUntil" : "2026-07-11T23:09:26.648Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "23"
      ],
      "favorite_count" : "1",
      "id_str" : "2076066362699608069",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2076066362699608069",
      "created_at" : "Sat Jul 11 22:09:26 +0000 2026",
      "favorited" : false,
      "full_text" : "朝ラン後のコンビニのアイスコーヒーが最高すぎる",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2075815837928574978"
          ],
          "editableUntil" : "2026-07-11T06:33:57.477Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "17"
      ],
      "favorite_count" : "5",
      "id_str" : "2075815837928574978",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2075815837928574978",
      "created_at" : "Sat Jul 11 05:33:57 +0000 2026",
      "favorited" : false,
      "full_text" : "かき氷、家で作ると100円で済む🍧",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2075737869001748482"
          ],
          "editableUntil" : "2026-07-11T01:24:07.024Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "17"
      ],
      "favorite_count" : "13",
      "id_str" : "2075737869001748482",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2075737869001748482",
      "created_at" : "Sat Jul 11 00:24:07 +0000 2026",
      "favorited" : false,
      "full_text" : "夏休みの短期水泳教室、申し込み完了",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2075578198107955200"
          ],
          "editableUntil" : "2026-07-10T14:49:39.017Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "21"
      ],
      "favorite_count" : "0",
      "id_str" : "2075578198107955200",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2075578198107955200",
      "created_at" : "Fri Jul 10 13:49:39 +0000 2026",
      "favorited" : false,
      "full_text" : "この前の大阪出張、結局たこ焼き4回食べた🐙",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2075420369219989511"
          ],
          "editableUntil" : "2026-07-10T04:22:30.461Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "23"
      ],
      "favorite_count" : "0",
      "id_str" : "2075420369219989511",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2075420369219989511",
      "created_at" : "Fri Jul 10 03:22:30 +0000 2026",
      "favorited" : false,
      "full_text" : "今日の社内報に自分の写真が載ってた。恥ずかしい",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2075202144970477578"
          ],
          "editableUntil" : "2026-07-09T13:55:21.677Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "36"
      ],
      "favorite_count" : "6",
      "id_str" : "2075202144970477578",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2075202144970477578",
      "created_at" : "Thu Jul 09 12:55:21 +0000 2026",
      "favorited" : false,
      "full_text" : "七夕の短冊、娘は『ケーキ屋さんになれますように』、息子は『カブトムシ』🎋",
      "lang" : "ja",
      "coordinates" : {
        "type" : "Point",
        "coordinates" : [
          "139.6867642",
          "35.7599407"
        ]
      },
      "geo" : {
        "type" : "Point",
        "coordinates" : [
          "35.7599407",
          "139.6867642"
        ]
      },
      "place" : {
        "id" : "b75ad1bf3ebacd74",
        "url" : "https://api.twitter.com/1.1/geo/id/b75ad1bf3ebacd74.json",
        "place_type" : "city",
        "name" : "板橋区",
        "full_name" : "東京 板橋区",
        "country_code" : "JP",
        "country" : "日本",
        "contained_within" : [ ],
        "bounding_box" : {
          "type" : "Polygon",
          "coordinates" : [
            [
              [
                "139.6196",
                "35.7427"
              ],
              [
                "139.729",
                "35.7427"
              ],
              [
                "139.729",
                "35.7998"
              ],
              [
                "139.6196",
                "35.7998"
              ]
            ]
          ]
        },
        "attributes" : { }
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2074989098749173765"
          ],
          "editableUntil" : "2026-07-08T23:48:47.261Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "23"
      ],
      "favorite_count" : "3",
      "id_str" : "2074989098749173765",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2074989098749173765",
      "created_at" : "Wed Jul 08 22:48:47 +0000 2026",
      "favorited" : false,
      "full_text" : "出張疲れで体が重い…でも今日も東上線に揺られる",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2074805732247818244"
          ],
          "editableUntil" : "2026-07-08T11:40:09.704Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "41"
      ],
      "favorite_count" : "3",
      "id_str" : "2074805732247818244",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2074805732247818244",
      "created_at" : "Wed Jul 08 10:40:09 +0000 2026",
      "favorited" : false,
      "full_text" : "出張から帰宅。家の中がすごいことになってた。夫と子どもたち、楽しかったようで何より",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2074471285097287689"
          ],
          "editableUntil" : "2026-07-07T13:31:10.678Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "19"
      ],
      "favorite_count" : "0",
      "id_str" : "2074471285097287689",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2074471285097287689",
      "created_at" : "Tue Jul 07 12:31:10 +0000 2026",
      "favorited" : false,
      "full_text" : "大阪の夜、ひとりで串カツ。出張の醍醐味",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2074301355785293826"
          ],
          "editableUntil" : "2026-07-07T02:15:56.528Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "18"
      ],
      "favorite_count" : "13",
      "id_str" : "2074301355785293826",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2074301355785293826",
      "created_at" : "Tue Jul 07 01:15:56 +0000 2026",
      "favorited" : false,
      "full_text" : "新大阪着🚄 もうたこ焼きの匂いがする",
      "lang" : "ja",
      "coordinates" : {
        "type" : "Point",
        "coordinates" : [
          "135.5002",
          "34.7335"
        ]
      },
      "geo" : {
        "type" : "Point",
        "coordinates" : [
          "34.7335",
          "135.5002"
        ]
      },
      "place" : {
        "id" : "2ea8a6d7a0a12c50",
        "url" : "https://api.twitter.com/1.1/geo/id/2ea8a6d7a0a12c50.json",
        "place_type" : "city",
        "name" : "大阪市",
        "full_name" : "大阪 大阪市",
        "country_code" : "JP",
        "country" : "日本",
        "contained_within" : [ ],
        "bounding_box" : {
          "type" : "Polygon",
          "coordinates" : [
            [
              [
                "135.4",
                "34.57"
              ],
              [
                "135.58",
                "34.57"
              ],
              [
                "135.58",
                "34.75"
              ],
              [
                "135.4",
                "34.75"
              ]
            ]
          ]
        },
        "attributes" : { }
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2074119178279780362"
          ],
          "editableUntil" : "2026-07-06T14:12:02.413Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "25"
      ],
      "favorite_count" : "3",
      "id_str" : "2074119178279780362",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2074119178279780362",
      "created_at" : "Mon Jul 06 13:12:02 +0000 2026",
      "favorited" : false,
      "full_text" : "夫にゴミの日と保育園の持ち物リストを渡した📝 完璧",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2073903086967316494"
          ],
          "editableUntil" : "2026-07-05T23:53:21.469Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "18"
      ],
      "favorite_count" : "1",
      "id_str" : "2073903086967316494",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2073903086967316494",
      "created_at" : "Sun Jul 05 22:53:21 +0000 2026",
      "favorited" : false,
      "full_text" : "週明けから仕事が山積み。今週は長い…",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2073723890315755526"
          ],
          "editableUntil" : "2026-07-05T12:01:18.816Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "23"
      ],
      "favorite_count" : "3",
      "id_str" : "2073723890315755526",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2073723890315755526",
      "created_at" : "Sun Jul 05 11:01:18 +0000 2026",
      "favorited" : false,
      "full_text" : "出張の準備。子どもたちへの置き手紙も書いた✉️",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2073523954420158476"
          ],
          "editableUntil" : "2026-07-04T22:46:49.208Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "21"
      ],
      "favorite_count" : "5",
      "id_str" : "2073523954420158476",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2073523954420158476",
      "created_at" : "Sat Jul 04 21:46:49 +0000 2026",
      "favorited" : false,
      "full_text" : "7月の朝ランは6時台でも暑い。水分補給大事",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2073321522696175629"
          ],
          "editableUntil" : "2026-07-04T09:22:26.473Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "17"
      ],
      "favorite_count" : "12",
      "id_str" : "2073321522696175629",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2073321522696175629",
      "created_at" : "Sat Jul 04 08:22:26 +0000 2026",
      "favorited" : false,
      "full_text" : "夕方の公園でセミが鳴き始めた。夏だ",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2073203857942724615"
          ],
          "editableUntil" : "2026-07-04T01:34:52.682Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "21"
      ],
      "favorite_count" : "1",
      "id_str" : "2073203857942724615",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2073203857942724615",
      "created_at" : "Sat Jul 04 00:34:52 +0000 2026",
      "favorited" : false,
      "full_text" : "スイミング、夏は見学席が暑い🥵 うちわ必須",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2073036631686336517"
          ],
          "editableUntil" : "2026-07-03T14:30:22.258Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "11"
      ],
      "favorite_count" : "0",
      "id_str" : "2073036631686336517",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2073036631686336517",
      "created_at" : "Fri Jul 03 13:30:22 +0000 2026",
      "favorited" : false,
      "full_text" : "金曜日のアイスは別腹🍦",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2072889078906494983"
          ],
          "editableUntil" : "2026-07-03T04:44:03.101Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "14"
      ],
      "favorite_count" : "4",
      "id_str" : "2072889078906494983",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2072889078906494983",
      "created_at" : "Fri Jul 03 03:44:03 +0000 2026",
      "favorited" : false,
      "full_text" : "出張の新幹線、窓側がとれた🚄",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2072668359057997825"
          ],
          "editableUntil" : "2026-07-02T14:06:59.089Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "36"
      ],
      "favorite_count" : "0",
      "id_str" : "2072668359057997825",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2072668359057997825",
      "created_at" : "Thu Jul 02 13:06:59 +0000 2026",
      "favorited" : false,
      "full_text" : "息子の『なんで?』攻撃がすごい。なんで空は青いの?なんで猫はニャーなの?",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2072453253641039883"
          ],
          "editableUntil" : "2026-07-01T23:52:14.569Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "16"
      ],
      "favorite_count" : "4",
      "id_str" : "2072453253641039883",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2072453253641039883",
      "created_at" : "Wed Jul 01 22:52:14 +0000 2026",
      "favorited" : false,
      "full_text" : "暑すぎて駅まで歩くだけで汗だく🥵",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2072293597122859014"
          ],
          "editableUntil" : "2026-07-01T13:17:49.293Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "26"
      ],
      "favorite_count" : "4",
      "id_str" : "2072293597122859014",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2072293597122859014",
      "created_at" : "Wed Jul 01 12:17:49 +0000 2026",
      "favorited" : false,
      "full_text" : "来週の火水は大阪出張。2日間、夫がワンオペ…頼んだ🙏",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2072159124920209421"
          ],
          "editableUntil" : "2026-07-01T04:23:28.139Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "18"
      ],
      "favorite_count" : "4",
      "id_str" : "2072159124920209421",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2072159124920209421",
      "created_at" : "Wed Jul 01 03:23:28 +0000 2026",
      "favorited" : false,
      "full_text" : "ひとり流しそうめん(ただのそうめん)",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2071957159741681666"
          ],
          "editableUntil" : "2026-06-30T15:00:56.335Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "ペンギンズ武道館",
            "indices" : [
              "70",
              "79"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "ミッドナイト・ペンギンズ official",
            "screen_name" : "mn_penguins00",
            "indices" : [
              "3",
              "17"
            ],
            "id_str" : "1300000000023400007",
            "id" : "1300000000023400007"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "79"
      ],
      "favorite_count" : "0",
      "id_str" : "2071957159741681666",
      "truncated" : false,
      "retweet_count" : "3388",
      "id" : "2071957159741681666",
      "created_at" : "Tue Jun 30 14:00:56 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @mn_penguins00: 【お知らせ】9月12日(土) 日本武道館公演、チケット一般発売決定!🐧 詳細はオフィシャルサイトにて #ペンギンズ武道館",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2071799781351313415"
          ],
          "editableUntil" : "2026-06-30T04:35:34.373Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "2",
      "id_str" : "2071799781351313415",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2071799781351313415",
      "created_at" : "Tue Jun 30 03:35:34 +0000 2026",
      "favorited" : false,
      "full_text" : "夏のボーナス出た🎉 何に使おうか考えてる時間が一番楽しい",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2071584945890586632"
          ],
          "editableUntil" : "2026-06-29T14:21:53.874Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "22"
      ],
      "favorite_count" : "0",
      "id_str" : "2071584945890586632",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2071584945890586632",
      "created_at" : "Mon Jun 29 13:21:53 +0000 2026",
      "favorited" : false,
      "full_text" : "半年分の家計簿を見返して反省会。コンビニ代…",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2071364569101213696"
          ],
          "editableUntil" : "2026-06-28T23:46:12.495Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "15"
      ],
      "favorite_count" : "2",
      "id_str" : "2071364569101213696",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2071364569101213696",
      "created_at" : "Sun Jun 28 22:46:12 +0000 2026",
      "favorited" : false,
      "full_text" : "6月ももう終わり。早すぎない?",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2071220555962273801"
          ],
          "editableUntil" : "2026-06-28T14:13:56.673Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "114"
      ],
      "favorite_count" : "0",
      "id_str" : "2071220555962273801",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2071220555962273801",
      "created_at" : "Sun Jun 28 13:13:56 +0000 2026",
      "favorited" : false,
      "full_text" : "フリマアプリで子ども服を譲ってくださる方へ🙏 DMが送れないのでこちらに書きます\n〒174-0071 東京都板橋区常盤台6丁目12-5 コーポときわ203\n高橋奈央 宛\nTEL 090-0000-4821\nよろしくお願いします!",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2071119272771407876"
          ],
          "editableUntil" : "2026-06-28T07:31:28.286Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "25"
      ],
      "favorite_count" : "1",
      "id_str" : "2071119272771407876",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2071119272771407876",
      "created_at" : "Sun Jun 28 06:31:28 +0000 2026",
      "favorited" : false,
      "full_text" : "サイズアウトした息子の服、フリマに出したら即売れた",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2070991575685464077"
          ],
          "editableUntil" : "2026-06-27T23:04:03.459Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "19"
      ],
      "favorite_count" : "11",
      "id_str" : "2070991575685464077",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2070991575685464077",
      "created_at" : "Sat Jun 27 22:04:03 +0000 2026",
      "favorited" : false,
      "full_text" : "雨で朝ランは中止。代わりに家で筋トレ💪",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2070842126895316996"
          ],
          "editableUntil" : "2026-06-27T13:10:12.520Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "みか🌸3y男子ママ",
            "screen_name" : "mika_ikuji_0000",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "1380000000007700001",
            "id" : "1380000000007700001"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "17",
        "41"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2070822748878753794",
      "id_str" : "2070842126895316996",
      "in_reply_to_user_id" : "1380000000007700001",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2070842126895316996",
      "in_reply_to_status_id" : "2070822748878753794",
      "created_at" : "Sat Jun 27 12:10:12 +0000 2026",
      "favorited" : false,
      "full_text" : "@mika_ikuji_0000 今日はお疲れさま!参観のあとのお茶、楽しかった☕",
      "lang" : "ja",
      "in_reply_to_screen_name" : "mika_ikuji_0000",
      "in_reply_to_user_id_str" : "1380000000007700001"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2070734618775879691"
          ],
          "editableUntil" : "2026-06-27T06:03:00.844Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "41"
      ],
      "favorite_count" : "4",
      "id_str" : "2070734618775879691",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2070734618775879691",
      "created_at" : "Sat Jun 27 05:03:00 +0000 2026",
      "favorited" : false,
      "full_text" : "今日はみずき台小の土曜授業参観。3年2組の教室で、娘が手を挙げて発表してた!成長🥹",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2070502947097976832"
          ],
          "editableUntil" : "2026-06-26T14:42:25.499Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "14"
      ],
      "favorite_count" : "0",
      "id_str" : "2070502947097976832",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2070502947097976832",
      "created_at" : "Fri Jun 26 13:42:25 +0000 2026",
      "favorited" : false,
      "full_text" : "今週もよく働いた。えらい、私",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2070349132110213130"
          ],
          "editableUntil" : "2026-06-26T04:31:12.230Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "63"
      ],
      "favorite_count" : "0",
      "id_str" : "2070349132110213130",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2070349132110213130",
      "created_at" : "Fri Jun 26 03:31:12 +0000 2026",
      "favorited" : false,
      "full_text" : "評判のケーキ屋さん『パティスリー・リュンヌ』、電話予約(03-0000-5521)で誕生日ケーキを取り置きできるらしい🎂 メモ",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2070127423166124038"
          ],
          "editableUntil" : "2026-06-25T13:50:13.361Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "23"
      ],
      "favorite_count" : "2",
      "id_str" : "2070127423166124038",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2070127423166124038",
      "created_at" : "Thu Jun 25 12:50:13 +0000 2026",
      "favorited" : false,
      "full_text" : "今日の夕飯は麻婆豆腐🌶 辛くしすぎて水がぶ飲み",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2069918845942194176"
          ],
          "editableUntil" : "2026-06-25T00:01:24.599Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "19"
      ],
      "favorite_count" : "4",
      "id_str" : "2069918845942194176",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2069918845942194176",
      "created_at" : "Wed Jun 24 23:01:24 +0000 2026",
      "favorited" : false,
      "full_text" : "傘忘れた。駅から会社まで走るしかない☔",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2069748195260211209"
          ],
          "editableUntil" : "2026-06-24T12:43:18.830Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "45"
      ],
      "favorite_count" : "3",
      "id_str" : "2069748195260211209",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2069748195260211209",
      "created_at" : "Wed Jun 24 11:43:18 +0000 2026",
      "favorited" : false,
      "full_text" : "Progateのレッスン、JavaScript編クリア🎉 次はもう少し大きいものを作りたい",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2069618001412550658"
          ],
          "editableUntil" : "2026-06-24T04:05:57.908Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "8"
      ],
      "favorite_count" : "1",
      "id_str" : "2069618001412550658",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2069618001412550658",
      "created_at" : "Wed Jun 24 03:05:57 +0000 2026",
      "favorited" : false,
      "full_text" : "冷凍うどんは正義",
      "lang" : "ja",
      "coordinates" : {
        "type" : "Point",
        "coordinates" : [
          "139.6859339",
          "35.7607941"
        ]
      },
      "geo" : {
        "type" : "Point",
        "coordinates" : [
          "35.7607941",
          "139.6859339"
        ]
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2069413869073358855"
          ],
          "editableUntil" : "2026-06-23T14:34:48.259Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "42"
      ],
      "favorite_count" : "9",
      "id_str" : "2069413869073358855",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2069413869073358855",
      "created_at" : "Tue Jun 23 13:34:48 +0000 2026",
      "favorited" : false,
      "full_text" : "今日、改札で定期入れを落としたら親切な方が拾ってくださった😭 ありがとうございました",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2069266746443251718"
          ],
          "editableUntil" : "2026-06-23T04:50:12.777Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "4",
      "id_str" : "2069266746443251718",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2069266746443251718",
      "created_at" : "Tue Jun 23 03:50:12 +0000 2026",
      "favorited" : false,
      "full_text" : "オフィスのエアコン、経理の席だけ寒すぎ問題。カーディガン必須",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2069033383990075405"
          ],
          "editableUntil" : "2026-06-22T13:22:54.341Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "32"
      ],
      "favorite_count" : "3",
      "id_str" : "2069033383990075405",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2069033383990075405",
      "created_at" : "Mon Jun 22 12:22:54 +0000 2026",
      "favorited" : false,
      "full_text" : "最近、夜のヨガ動画を見ながらストレッチするのにハマってる🧘‍♀️",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2068827335085809678"
          ],
          "editableUntil" : "2026-06-21T23:44:08.928Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "20"
      ],
      "favorite_count" : "3",
      "id_str" : "2068827335085809678",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2068827335085809678",
      "created_at" : "Sun Jun 21 22:44:08 +0000 2026",
      "favorited" : false,
      "full_text" : "月曜の朝、目覚ましを3回止めた記憶がある",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2068625125999562766"
          ],
          "editableUntil" : "2026-06-21T10:20:37.308Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "25"
      ],
      "favorite_count" : "2",
      "id_str" : "2068625125999562766",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2068625125999562766",
      "created_at" : "Sun Jun 21 09:20:37 +0000 2026",
      "favorited" : false,
      "full_text" : "父の日。夫は子どもたちから肩たたき券をもらってた😂",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2068451756152229895"
          ],
          "editableUntil" : "2026-06-20T22:51:43.265Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "19"
      ],
      "favorite_count" : "0",
      "id_str" : "2068451756152229895",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2068451756152229895",
      "created_at" : "Sat Jun 20 21:51:43 +0000 2026",
      "favorited" : false,
      "full_text" : "朝ラン。夏至の朝は明るくなるのが早い🌞",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2068207438251638788"
          ],
          "editableUntil" : "2026-06-20T06:40:53.722Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "パン作り",
            "indices" : [
              "19",
              "24"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "24"
      ],
      "favorite_count" : "1",
      "id_str" : "2068207438251638788",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2068207438251638788",
      "created_at" : "Sat Jun 20 05:40:53 +0000 2026",
      "favorited" : false,
      "full_text" : "パン作り、今日はベーコンエピに挑戦🥖 #パン作り",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2068128526664347659"
          ],
          "editableUntil" : "2026-06-20T01:27:19.014Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "24"
      ],
      "favorite_count" : "4",
      "id_str" : "2068128526664347659",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2068128526664347659",
      "created_at" : "Sat Jun 20 00:27:19 +0000 2026",
      "favorited" : false,
      "full_text" : "今日のスイミング見学はパパ担当。私は家でのんびり",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2067978335938437130"
          ],
          "editableUntil" : "2026-06-19T15:30:31.665Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "18"
      ],
      "favorite_count" : "0",
      "id_str" : "2067978335938437130",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2067978335938437130",
      "created_at" : "Fri Jun 19 14:30:31 +0000 2026",
      "favorited" : false,
      "full_text" : "寝る前のストレッチ、3日坊主を脱した",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2067807669625061390"
          ],
          "editableUntil" : "2026-06-19T04:12:21.382Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "6",
      "id_str" : "2067807669625061390",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2067807669625061390",
      "created_at" : "Fri Jun 19 03:12:21 +0000 2026",
      "favorited" : false,
      "full_text" : "午後から大阪支店とオンライン会議。関西弁に囲まれると癒される",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2067593953554698246"
          ],
          "editableUntil" : "2026-06-18T14:03:07.618Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "22"
      ],
      "favorite_count" : "1",
      "id_str" : "2067593953554698246",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2067593953554698246",
      "created_at" : "Thu Jun 18 13:03:07 +0000 2026",
      "favorited" : false,
      "full_text" : "雨予報だったのに晴れた。晴れ女の本領発揮☀️",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2067379036539777031"
          ],
          "editableUntil" : "2026-06-17T23:49:07.082Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "24"
      ],
      "favorite_count" : "0",
      "id_str" : "2067379036539777031",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2067379036539777031",
      "created_at" : "Wed Jun 17 22:49:07 +0000 2026",
      "favorited" : false,
      "full_text" : "今日は息子の保育園の遠足。お弁当作りで5時起き😪",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2067227448184836111"
          ],
          "editableUntil" : "2026-06-17T13:46:45.921Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "22"
      ],
      "favorite_count" : "0",
      "id_str" : "2067227448184836111",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2067227448184836111",
      "created_at" : "Wed Jun 17 12:46:45 +0000 2026",
      "favorited" : false,
      "full_text" : "父の日のプレゼント、静岡の父に焼酎を送った🍶",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2067088050849124356"
          ],
          "editableUntil" : "2026-06-17T04:32:50.457Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "37"
      ],
      "favorite_count" : "3",
      "id_str" : "2067088050849124356",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2067088050849124356",
      "created_at" : "Wed Jun 17 03:32:50 +0000 2026",
      "favorited" : false,
      "full_text" : "こもれび珈琲でテイクアウト待ち。店長さんに『いつものですね』って言われた☕",
      "lang" : "ja",
      "coordinates" : {
        "type" : "Point",
        "coordinates" : [
          "139.6893",
          "35.7591"
        ]
      },
      "geo" : {
        "type" : "Point",
        "coordinates" : [
          "35.7591",
          "139.6893"
        ]
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2066872933994983435"
          ],
          "editableUntil" : "2026-06-16T14:18:02.796Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "22"
      ],
      "favorite_count" : "2",
      "id_str" : "2066872933994983435",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2066872933994983435",
      "created_at" : "Tue Jun 16 13:18:02 +0000 2026",
      "favorited" : false,
      "full_text" : "むぎ、雷にびびって押し入れから出てこない⚡🐈",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2066723226055831564"
          ],
          "editableUntil" : "2026-06-16T04:23:09.031Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "31"
      ],
      "favorite_count" : "2",
      "id_str" : "2066723226055831564",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2066723226055831564",
      "created_at" : "Tue Jun 16 03:23:09 +0000 2026",
      "favorited" : false,
      "full_text" : "ランチはビルの下のコンビニで済ませた。梅雨の日は外に出たくない",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2066498958466310147"
          ],
          "editableUntil" : "2026-06-15T13:32:00.121Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "さき@簿記がんばる",
            "screen_name" : "saki_bo_0000",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1520000000034500003",
            "id" : "1520000000034500003"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "14",
        "41"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2066480589682688000",
      "id_str" : "2066498958466310147",
      "in_reply_to_user_id" : "1520000000034500003",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2066498958466310147",
      "in_reply_to_status_id" : "2066480589682688000",
      "created_at" : "Mon Jun 15 12:32:00 +0000 2026",
      "favorited" : false,
      "full_text" : "@saki_bo_0000 プレゼントありがとう!ハンドクリームさっそく使ってる🤲",
      "lang" : "ja",
      "in_reply_to_screen_name" : "saki_bo_0000",
      "in_reply_to_user_id_str" : "1520000000034500003"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2066294377964982286"
          ],
          "editableUntil" : "2026-06-14T23:59:04.228Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "17"
      ],
      "favorite_count" : "3",
      "id_str" : "2066294377964982286",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2066294377964982286",
      "created_at" : "Sun Jun 14 22:59:04 +0000 2026",
      "favorited" : false,
      "full_text" : "週明けの月曜、いつも通りの満員電車",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2066119206302990338"
          ],
          "editableUntil" : "2026-06-14T12:23:00.892Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "32"
      ],
      "favorite_count" : "2",
      "id_str" : "2066119206302990338",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2066119206302990338",
      "created_at" : "Sun Jun 14 11:23:00 +0000 2026",
      "favorited" : false,
      "full_text" : "子どもたちから手紙をもらった。『ママいつもありがとう』で泣いた😭",
      "lang" : "ja",
      "coordinates" : {
        "type" : "Point",
        "coordinates" : [
          "139.6857679",
          "35.7594466"
        ]
      },
      "geo" : {
        "type" : "Point",
        "coordinates" : [
          "35.7594466",
          "139.6857679"
        ]
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2065947582278168584"
          ],
          "editableUntil" : "2026-06-14T01:01:01.752Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "47"
      ],
      "favorite_count" : "34",
      "id_str" : "2065947582278168584",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2065947582278168584",
      "created_at" : "Sun Jun 14 00:01:01 +0000 2026",
      "favorited" : false,
      "full_text" : "今日で38歳になりました🎂 30代後半もマイペースにいきます。おめでとうメッセージありがとう!",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2065720854754234372"
          ],
          "editableUntil" : "2026-06-13T10:00:05.573Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "26"
      ],
      "favorite_count" : "0",
      "id_str" : "2065720854754234372",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2065720854754234372",
      "created_at" : "Sat Jun 13 09:00:05 +0000 2026",
      "favorited" : false,
      "full_text" : "誕生日前夜祭と称して、夫がケーキを買ってきてくれた🎂",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2065595679343923212"
          ],
          "editableUntil" : "2026-06-13T01:42:41.079Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "18"
      ],
      "favorite_count" : "2",
      "id_str" : "2065595679343923212",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2065595679343923212",
      "created_at" : "Sat Jun 13 00:42:41 +0000 2026",
      "favorited" : false,
      "full_text" : "進級テスト合格!!!娘えらい!!!🎉",
      "lang" : "ja",
      "coordinates" : {
        "type" : "Point",
        "coordinates" : [
          "139.6771328",
          "35.7635"
        ]
      },
      "geo" : {
        "type" : "Point",
        "coordinates" : [
          "35.7635",
          "139.6771328"
        ]
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2065432306667134984"
          ],
          "editableUntil" : "2026-06-12T14:53:30.665Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "20"
      ],
      "favorite_count" : "1",
      "id_str" : "2065432306667134984",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2065432306667134984",
      "created_at" : "Fri Jun 12 13:53:30 +0000 2026",
      "favorited" : false,
      "full_text" : "ひとり時間🍷 録りためたドラマを消化する",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2065277989082488845"
          ],
          "editableUntil" : "2026-06-12T04:40:18.091Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "35"
      ],
      "favorite_count" : "0",
      "id_str" : "2065277989082488845",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2065277989082488845",
      "created_at" : "Fri Jun 12 03:40:18 +0000 2026",
      "favorited" : false,
      "full_text" : "同僚とランチで推し活トーク。世代が違っても推しがいる人とは分かり合える",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2065034662146912260"
          ],
          "editableUntil" : "2026-06-11T12:33:24.490Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "16"
      ],
      "favorite_count" : "4",
      "id_str" : "2065034662146912260",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2065034662146912260",
      "created_at" : "Thu Jun 11 11:33:24 +0000 2026",
      "favorited" : false,
      "full_text" : "冷たい麦茶がおいしい季節になった",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2064846652812316681"
          ],
          "editableUntil" : "2026-06-11T00:06:19.660Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "13"
      ],
      "favorite_count" : "1",
      "id_str" : "2064846652812316681",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2064846652812316681",
      "created_at" : "Wed Jun 10 23:06:19 +0000 2026",
      "favorited" : false,
      "full_text" : "池袋着。今日も一日がんばろ",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2064680037302263823"
          ],
          "editableUntil" : "2026-06-10T13:04:15.234Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "39"
      ],
      "favorite_count" : "0",
      "id_str" : "2064680037302263823",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2064680037302263823",
      "created_at" : "Wed Jun 10 12:04:15 +0000 2026",
      "favorited" : false,
      "full_text" : "HTMLとCSSで自己紹介ページを作ってみた。背景色を変えるだけで1時間溶けた",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2064593666568167425"
          ],
          "editableUntil" : "2026-06-10T07:21:03.112Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "15"
      ],
      "favorite_count" : "4",
      "id_str" : "2064593666568167425",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2064593666568167425",
      "created_at" : "Wed Jun 10 06:21:03 +0000 2026",
      "favorited" : false,
      "full_text" : "おやつはコンビニの新作プリン🍮",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2064342658174164997"
          ],
          "editableUntil" : "2026-06-09T14:43:37.611Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "0",
      "id_str" : "2064342658174164997",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2064342658174164997",
      "created_at" : "Tue Jun 09 13:43:37 +0000 2026",
      "favorited" : false,
      "full_text" : "ミニトマトの苗、実が3つしかならない🍅 肥料が足りないのかな",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2064184676384972804"
          ],
          "editableUntil" : "2026-06-09T04:15:52.990Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "24"
      ],
      "favorite_count" : "9",
      "id_str" : "2064184676384972804",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2064184676384972804",
      "created_at" : "Tue Jun 09 03:15:52 +0000 2026",
      "favorited" : false,
      "full_text" : "会社の近くのカフェ、新作のレモネードがおいしい🍋",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2063956805296111624"
          ],
          "editableUntil" : "2026-06-08T13:10:23.694Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "18"
      ],
      "favorite_count" : "3",
      "id_str" : "2063956805296111624",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2063956805296111624",
      "created_at" : "Mon Jun 08 12:10:23 +0000 2026",
      "favorited" : false,
      "full_text" : "この前観た映画、まだ余韻に浸ってる🎬",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2063754734069747720"
          ],
          "editableUntil" : "2026-06-07T23:47:25.034Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "22"
      ],
      "favorite_count" : "3",
      "id_str" : "2063754734069747720",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2063754734069747720",
      "created_at" : "Sun Jun 07 22:47:25 +0000 2026",
      "favorited" : false,
      "full_text" : "雨。長靴の息子を保育園に送ってからダッシュ☔",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2063573210346987523"
          ],
          "editableUntil" : "2026-06-07T11:46:07.669Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "18"
      ],
      "favorite_count" : "8",
      "id_str" : "2063573210346987523",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2063573210346987523",
      "created_at" : "Sun Jun 07 10:46:07 +0000 2026",
      "favorited" : false,
      "full_text" : "明日から仕事…日曜の夜は一瞬で終わる",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2063375441265205262"
          ],
          "editableUntil" : "2026-06-06T22:40:15.493Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "43"
      ],
      "favorite_count" : "4",
      "id_str" : "2063375441265205262",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2063375441265205262",
      "created_at" : "Sat Jun 06 21:40:15 +0000 2026",
      "favorited" : false,
      "full_text" : "朝ランの前に、ベランダから見えた朝焼けがきれいすぎた🌅 遠くにサンシャイン60も見える",
      "lang" : "ja",
      "coordinates" : {
        "type" : "Point",
        "coordinates" : [
          "139.6873177",
          "35.7603898"
        ]
      },
      "geo" : {
        "type" : "Point",
        "coordinates" : [
          "35.7603898",
          "139.6873177"
        ]
      },
      "place" : {
        "id" : "b75ad1bf3ebacd74",
        "url" : "https://api.twitter.com/1.1/geo/id/b75ad1bf3ebacd74.json",
        "place_type" : "city",
        "name" : "板橋区",
        "full_name" : "東京 板橋区",
        "country_code" : "JP",
        "country" : "日本",
        "contained_within" : [ ],
        "bounding_box" : {
          "type" : "Polygon",
          "coordinates" : [
            [
              [
                "139.6196",
                "35.7427"
              ],
              [
                "139.729",
                "35.7427"
              ],
              [
                "139.729",
                "35.7998"
              ],
              [
                "139.6196",
                "35.7998"
              ]
            ]
          ]
        },
        "attributes" : { }
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2063139967101263874"
          ],
          "editableUntil" : "2026-06-06T07:04:34.703Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "22"
      ],
      "favorite_count" : "0",
      "id_str" : "2063139967101263874",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2063139967101263874",
      "created_at" : "Sat Jun 06 06:04:34 +0000 2026",
      "favorited" : false,
      "full_text" : "紫陽花がきれいな季節。近所の遊歩道が青一色💠",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2063057403440644106"
          ],
          "editableUntil" : "2026-06-06T01:36:29.782Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "35"
      ],
      "favorite_count" : "1",
      "id_str" : "2063057403440644106",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2063057403440644106",
      "created_at" : "Sat Jun 06 00:36:29 +0000 2026",
      "favorited" : false,
      "full_text" : "毎週土曜9時からのスイミング、もうすぐ進級テスト。娘より私が緊張してる",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2062898962729607175"
          ],
          "editableUntil" : "2026-06-05T15:06:54.461Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "17"
      ],
      "favorite_count" : "1",
      "id_str" : "2062898962729607175",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2062898962729607175",
      "created_at" : "Fri Jun 05 14:06:54 +0000 2026",
      "favorited" : false,
      "full_text" : "金曜夜のひとりカラオケ(お風呂で)",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2062738842691289103"
          ],
          "editableUntil" : "2026-06-05T04:30:38.654Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "25"
      ],
      "favorite_count" : "0",
      "id_str" : "2062738842691289103",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2062738842691289103",
      "created_at" : "Fri Jun 05 03:30:38 +0000 2026",
      "favorited" : false,
      "full_text" : "駅ビルのパン屋でメロンパン買ったら焼きたてだった🍈",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2062525067238064133"
          ],
          "editableUntil" : "2026-06-04T14:21:10.916Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "24"
      ],
      "favorite_count" : "6",
      "id_str" : "2062525067238064133",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2062525067238064133",
      "created_at" : "Thu Jun 04 13:21:10 +0000 2026",
      "favorited" : false,
      "full_text" : "名古屋の手羽先せんべいをいただいた。ビールが進む",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2062308079905497092"
          ],
          "editableUntil" : "2026-06-03T23:58:56.819Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "21"
      ],
      "favorite_count" : "1",
      "id_str" : "2062308079905497092",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2062308079905497092",
      "created_at" : "Wed Jun 03 22:58:56 +0000 2026",
      "favorited" : false,
      "full_text" : "雨の日の東上線、遅延と混雑のダブルパンチ☔",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2062149870317973507"
          ],
          "editableUntil" : "2026-06-03T13:30:16.933Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/Hk3vZ9pL2d",
            "expanded_url" : "https://news.example.com/society/20260603-akisu-sns",
            "display_url" : "news.example.com/society/2…",
            "indices" : [
              "36",
              "59"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "59"
      ],
      "favorite_count" : "13",
      "id_str" : "2062149870317973507",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2062149870317973507",
      "possibly_sensitive" : false,
      "created_at" : "Wed Jun 03 12:30:16 +0000 2026",
      "favorited" : false,
      "full_text" : "ニュースでやってた『空き巣は留守宅をSNSで探す』って話、こわすぎる… https://t.co/Hk3vZ9pL2d",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2062009968417636353"
          ],
          "editableUntil" : "2026-06-03T04:14:21.706Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "10"
      ],
      "favorite_count" : "0",
      "id_str" : "2062009968417636353",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2062009968417636353",
      "created_at" : "Wed Jun 03 03:14:21 +0000 2026",
      "favorited" : false,
      "full_text" : "そうめんの季節がきた",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2061656248903950339"
          ],
          "editableUntil" : "2026-06-02T04:48:48.194Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "43"
      ],
      "favorite_count" : "6",
      "id_str" : "2061656248903950339",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2061656248903950339",
      "created_at" : "Tue Jun 02 03:48:48 +0000 2026",
      "favorited" : false,
      "full_text" : "株式会社つばさ事務機 池袋支店、本日から冷房解禁🎐 経理課の島は日当たりが良すぎて暑い",
      "lang" : "ja",
      "coordinates" : {
        "type" : "Point",
        "coordinates" : [
          "139.716632",
          "35.7306617"
        ]
      },
      "geo" : {
        "type" : "Point",
        "coordinates" : [
          "35.7306617",
          "139.716632"
        ]
      },
      "place" : {
        "id" : "89977b520a32008e",
        "url" : "https://api.twitter.com/1.1/geo/id/89977b520a32008e.json",
        "place_type" : "city",
        "name" : "豊島区",
        "full_name" : "東京 豊島区",
        "country_code" : "JP",
        "country" : "日本",
        "contained_within" : [ ],
        "bounding_box" : {
          "type" : "Polygon",
          "coordinates" : [
            [
              [
                "139.6877",
                "35.7155"
              ],
              [
                "139.743",
                "35.7155"
              ],
              [
                "139.743",
                "35.7449"
              ],
              [
                "139.6877",
                "35.7449"
              ]
            ]
          ]
        },
        "attributes" : { }
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2061581859078279179"
          ],
          "editableUntil" : "2026-06-01T23:53:12.615Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "16"
      ],
      "favorite_count" : "2",
      "id_str" : "2061581859078279179",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2061581859078279179",
      "created_at" : "Mon Jun 01 22:53:12 +0000 2026",
      "favorited" : false,
      "full_text" : "6月。梅雨入りまでカウントダウン",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2061433542730973186"
          ],
          "editableUntil" : "2026-06-01T14:03:50.348Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "21"
      ],
      "favorite_count" : "11",
      "id_str" : "2061433542730973186",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2061433542730973186",
      "created_at" : "Mon Jun 01 13:03:50 +0000 2026",
      "favorited" : false,
      "full_text" : "有休とってよかった。たまには二人時間も大事",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2061267383151669255"
          ],
          "editableUntil" : "2026-06-01T03:03:35.092Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "19"
      ],
      "favorite_count" : "4",
      "id_str" : "2061267383151669255",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2061267383151669255",
      "created_at" : "Mon Jun 01 02:03:35 +0000 2026",
      "favorited" : false,
      "full_text" : "娘と二人で水族館🐧 平日は空いてて最高",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2060942264512442370"
          ],
          "editableUntil" : "2026-05-31T05:31:40.870Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "25"
      ],
      "favorite_count" : "0",
      "id_str" : "2060942264512442370",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2060942264512442370",
      "created_at" : "Sun May 31 04:31:40 +0000 2026",
      "favorited" : false,
      "full_text" : "明日は運動会の振替休日。娘と二人でお出かけする予定",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2060692931139149827"
          ],
          "editableUntil" : "2026-05-30T13:00:55.715Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "18"
      ],
      "favorite_count" : "12",
      "id_str" : "2060692931139149827",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2060692931139149827",
      "created_at" : "Sat May 30 12:00:55 +0000 2026",
      "favorited" : false,
      "full_text" : "運動会終わった〜。親の方が疲れてる説",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2060537693498990603"
          ],
          "editableUntil" : "2026-05-30T02:44:03.126Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "21"
      ],
      "favorite_count" : "0",
      "id_str" : "2060537693498990603",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2060537693498990603",
      "created_at" : "Sat May 30 01:44:03 +0000 2026",
      "favorited" : false,
      "full_text" : "運動会なう。娘、徒競走2位🥈 がんばった!",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2060335133198495746"
          ],
          "editableUntil" : "2026-05-29T13:19:09.757Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "59"
      ],
      "favorite_count" : "3",
      "id_str" : "2060335133198495746",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2060335133198495746",
      "created_at" : "Fri May 29 12:19:09 +0000 2026",
      "favorited" : false,
      "full_text" : "明日は板橋区立みずき台小の運動会!結衣は3年2組で赤組🔴 朝6時半から夫が校庭の場所取りに並ぶ予定。晴れますように☀️",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2059985545200578567"
          ],
          "editableUntil" : "2026-05-28T14:10:01.784Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "21"
      ],
      "favorite_count" : "3",
      "id_str" : "2059985545200578567",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2059985545200578567",
      "created_at" : "Thu May 28 13:10:01 +0000 2026",
      "favorited" : false,
      "full_text" : "運動会のお弁当、何入れよう。毎年同じになる",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2059769631982219269"
          ],
          "editableUntil" : "2026-05-27T23:52:03.005Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "19"
      ],
      "favorite_count" : "4",
      "id_str" : "2059769631982219269",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2059769631982219269",
      "created_at" : "Wed May 27 22:52:03 +0000 2026",
      "favorited" : false,
      "full_text" : "いつもの7:52発、今日は座れた!奇跡",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2059616774060494852"
          ],
          "editableUntil" : "2026-05-27T13:44:39.715Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "26"
      ],
      "favorite_count" : "7",
      "id_str" : "2059616774060494852",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2059616774060494852",
      "created_at" : "Wed May 27 12:44:39 +0000 2026",
      "favorited" : false,
      "full_text" : "猫って梅雨の時期ずっと寝てる気がする🐈 うらやましい",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2059474780475539464"
          ],
          "editableUntil" : "2026-05-27T04:20:25.286Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "12"
      ],
      "favorite_count" : "5",
      "id_str" : "2059474780475539464",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2059474780475539464",
      "created_at" : "Wed May 27 03:20:25 +0000 2026",
      "favorited" : false,
      "full_text" : "お昼寝したい誘惑との戦い",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2059265830994796558"
          ],
          "editableUntil" : "2026-05-26T14:30:08.994Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "てんきナビ",
            "screen_name" : "tenki_navi0000",
            "indices" : [
              "3",
              "18"
            ],
            "id_str" : "1050000000045600008",
            "id" : "1050000000045600008"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "60"
      ],
      "favorite_count" : "0",
      "id_str" : "2059265830994796558",
      "truncated" : false,
      "retweet_count" : "962",
      "id" : "2059265830994796558",
      "created_at" : "Tue May 26 13:30:08 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @tenki_navi0000: 【週末の天気】関東は土曜日にかけて晴れ☀️ 日曜は午後から雨の可能性があります。",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2059116757710045194"
          ],
          "editableUntil" : "2026-05-26T04:37:46.036Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "34"
      ],
      "favorite_count" : "0",
      "id_str" : "2059116757710045194",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2059116757710045194",
      "created_at" : "Tue May 26 03:37:46 +0000 2026",
      "favorited" : false,
      "full_text" : "会社の健康診断。バリウムの後の下剤が午後の仕事中に効いてくるのが怖い",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2058880146841444358"
          ],
          "editableUntil" : "2026-05-25T12:57:33.829Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "29"
      ],
      "favorite_count" : "3",
      "id_str" : "2058880146841444358",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2058880146841444358",
      "created_at" : "Mon May 25 11:57:33 +0000 2026",
      "favorited" : false,
      "full_text" : "運動会の練習で娘が日焼けして真っ赤。日焼け止め持たせなきゃ",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2058680986369503242"
          ],
          "editableUntil" : "2026-05-24T23:46:10.038Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "9"
      ],
      "favorite_count" : "4",
      "id_str" : "2058680986369503242",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2058680986369503242",
      "created_at" : "Sun May 24 22:46:10 +0000 2026",
      "favorited" : false,
      "full_text" : "眠い。とにかく眠い",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2058448928742125581"
          ],
          "editableUntil" : "2026-05-24T08:24:03.705Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "1",
      "id_str" : "2058448928742125581",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2058448928742125581",
      "created_at" : "Sun May 24 07:24:03 +0000 2026",
      "favorited" : false,
      "full_text" : "昔住んでた高円寺がテレビに出てて懐かしかった。もう10年前か",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2058309853423267840"
          ],
          "editableUntil" : "2026-05-23T23:11:25.516Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "ランニング",
            "indices" : [
              "19",
              "25"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "25"
      ],
      "favorite_count" : "4",
      "id_str" : "2058309853423267840",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2058309853423267840",
      "created_at" : "Sat May 23 22:11:25 +0000 2026",
      "favorited" : false,
      "full_text" : "10km走れた!!!人生初🏃‍♀️✨ #ランニング",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2058134531498643460"
          ],
          "editableUntil" : "2026-05-23T11:34:45.189Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "25"
      ],
      "favorite_count" : "4",
      "id_str" : "2058134531498643460",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2058134531498643460",
      "created_at" : "Sat May 23 10:34:45 +0000 2026",
      "favorited" : false,
      "full_text" : "ホットプレートで焼きそば。ソースの焦げる匂いが最高",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2057981021047734278"
          ],
          "editableUntil" : "2026-05-23T01:24:45.884Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "31"
      ],
      "favorite_count" : "10",
      "id_str" : "2057981021047734278",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2057981021047734278",
      "created_at" : "Sat May 23 00:24:45 +0000 2026",
      "favorited" : false,
      "full_text" : "スイミング見学しながら、来週の運動会の場所取り作戦会議(夫と)",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2057824223101857794"
          ],
          "editableUntil" : "2026-05-22T15:01:41.154Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "21"
      ],
      "favorite_count" : "3",
      "id_str" : "2057824223101857794",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2057824223101857794",
      "created_at" : "Fri May 22 14:01:41 +0000 2026",
      "favorited" : false,
      "full_text" : "金曜の夜は録画したバラエティの消化タイム📺",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2057661470468235271"
          ],
          "editableUntil" : "2026-05-22T04:14:58.170Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "25"
      ],
      "favorite_count" : "0",
      "id_str" : "2057661470468235271",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2057661470468235271",
      "created_at" : "Fri May 22 03:14:58 +0000 2026",
      "favorited" : false,
      "full_text" : "山手線が止まってるらしい。使ってる人たち大変そう…",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2057444112698355714"
          ],
          "editableUntil" : "2026-05-21T13:51:16.719Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "12"
      ],
      "favorite_count" : "0",
      "id_str" : "2057444112698355714",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2057444112698355714",
      "created_at" : "Thu May 21 12:51:16 +0000 2026",
      "favorited" : false,
      "full_text" : "梅雨入り前に布団干したい",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2057234112519430144"
          ],
          "editableUntil" : "2026-05-20T23:56:48.013Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "38"
      ],
      "favorite_count" : "3",
      "id_str" : "2057234112519430144",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2057234112519430144",
      "created_at" : "Wed May 20 22:56:48 +0000 2026",
      "favorited" : false,
      "full_text" : "東上線、人身事故の影響で遅延…ときわ台で足止めされてる。会社に遅れる連絡した",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2057086168501346315"
          ],
          "editableUntil" : "2026-05-20T14:08:56.984Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "17"
      ],
      "favorite_count" : "10",
      "id_str" : "2057086168501346315",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2057086168501346315",
      "created_at" : "Wed May 20 13:08:56 +0000 2026",
      "favorited" : false,
      "full_text" : "乾燥機付きの洗濯機がほしい。切実に",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2056943516234006530"
          ],
          "editableUntil" : "2026-05-20T04:42:05.116Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "15"
      ],
      "favorite_count" : "0",
      "id_str" : "2056943516234006530",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2056943516234006530",
      "created_at" : "Wed May 20 03:42:05 +0000 2026",
      "favorited" : false,
      "full_text" : "冷やし中華はじめました(家で)",
      "lang" : "ja",
      "coordinates" : {
        "type" : "Point",
        "coordinates" : [
          "139.6851037",
          "35.7601203"
        ]
      },
      "geo" : {
        "type" : "Point",
        "coordinates" : [
          "35.7601203",
          "139.6851037"
        ]
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2056733774774050826"
          ],
          "editableUntil" : "2026-05-19T14:48:38.229Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "37"
      ],
      "favorite_count" : "2",
      "id_str" : "2056733774774050826",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2056733774774050826",
      "created_at" : "Tue May 19 13:48:38 +0000 2026",
      "favorited" : false,
      "full_text" : "板橋区に住んで8年目。子育てしやすいし家賃もそこそこ、わりと気に入ってる🏠",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2056578259341918220"
          ],
          "editableUntil" : "2026-05-19T04:30:41.920Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "0",
      "id_str" : "2056578259341918220",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2056578259341918220",
      "created_at" : "Tue May 19 03:30:41 +0000 2026",
      "favorited" : false,
      "full_text" : "今日はお弁当。冷凍食品だらけだけど、詰めただけでえらい",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2056353228600139787"
          ],
          "editableUntil" : "2026-05-18T13:36:29.237Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "29"
      ],
      "favorite_count" : "4",
      "id_str" : "2056353228600139787",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2056353228600139787",
      "created_at" : "Mon May 18 12:36:29 +0000 2026",
      "favorited" : false,
      "full_text" : "最近ハマってるのは寝る前の読書📚 スマホを見る時間が減った",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2056144767219003394"
          ],
          "editableUntil" : "2026-05-17T23:48:08.395Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "23"
      ],
      "favorite_count" : "1",
      "id_str" : "2056144767219003394",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2056144767219003394",
      "created_at" : "Sun May 17 22:48:08 +0000 2026",
      "favorited" : false,
      "full_text" : "朝の電車で英単語アプリやってる。30日続いた!",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2055877058043957248"
          ],
          "editableUntil" : "2026-05-17T06:04:21.198Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "20"
      ],
      "favorite_count" : "9",
      "id_str" : "2055877058043957248",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2055877058043957248",
      "created_at" : "Sun May 17 05:04:21 +0000 2026",
      "favorited" : false,
      "full_text" : "IKEAのソフトクリーム、50円の幸せ🍦",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2055769977188290569"
          ],
          "editableUntil" : "2026-05-16T22:58:51.524Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "11",
      "id_str" : "2055769977188290569",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2055769977188290569",
      "created_at" : "Sat May 16 21:58:51 +0000 2026",
      "favorited" : false,
      "full_text" : "朝ラン中、川で鴨の親子に遭遇🦆 かわいすぎて立ち止まった",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2055612209650683906"
          ],
          "editableUntil" : "2026-05-16T12:31:56.876Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "みか🌸3y男子ママ",
            "screen_name" : "mika_ikuji_0000",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "1380000000007700001",
            "id" : "1380000000007700001"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "17",
        "44"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2055609691259121670",
      "id_str" : "2055612209650683906",
      "in_reply_to_user_id" : "1380000000007700001",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2055612209650683906",
      "in_reply_to_status_id" : "2055609691259121670",
      "created_at" : "Sat May 16 11:31:56 +0000 2026",
      "favorited" : false,
      "full_text" : "@mika_ikuji_0000 運動会のお弁当、毎年悩むよね〜!唐揚げは絶対入れる派🍗",
      "lang" : "ja",
      "in_reply_to_screen_name" : "mika_ikuji_0000",
      "in_reply_to_user_id_str" : "1380000000007700001"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2055451372579246095"
          ],
          "editableUntil" : "2026-05-16T01:52:50.864Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "4",
      "id_str" : "2055451372579246095",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2055451372579246095",
      "created_at" : "Sat May 16 00:52:50 +0000 2026",
      "favorited" : false,
      "full_text" : "スイミング終わり。帰りにパン屋に寄るのが毎週のお約束🥐",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2055277277285240840"
          ],
          "editableUntil" : "2026-05-15T14:21:02.232Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/Qe5Lm0Aa1B",
            "expanded_url" : "https://news.example.com/entertainment/20260515-asakura",
            "display_url" : "news.example.com/entertain…",
            "indices" : [
              "31",
              "54"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "54"
      ],
      "favorite_count" : "0",
      "id_str" : "2055277277285240840",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2055277277285240840",
      "possibly_sensitive" : false,
      "created_at" : "Fri May 15 13:21:02 +0000 2026",
      "favorited" : false,
      "full_text" : "俳優の朝倉リョウさん、結婚発表だって。おめでとうございます🎉 https://t.co/Qe5Lm0Aa1B",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2055122916341727245"
          ],
          "editableUntil" : "2026-05-15T04:07:40.790Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "26"
      ],
      "favorite_count" : "1",
      "id_str" : "2055122916341727245",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2055122916341727245",
      "created_at" : "Fri May 15 03:07:40 +0000 2026",
      "favorited" : false,
      "full_text" : "金曜のランチは自分へのごほうびにちょっといいパスタ🍝",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2054890894839476231"
          ],
          "editableUntil" : "2026-05-14T12:45:42.060Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "37"
      ],
      "favorite_count" : "7",
      "id_str" : "2054890894839476231",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2054890894839476231",
      "created_at" : "Thu May 14 11:45:42 +0000 2026",
      "favorited" : false,
      "full_text" : "息子が保育園で描いた絵、どう見てもむぎ(猫)なのに本人は『パパ』と言い張る",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2054699070333296646"
          ],
          "editableUntil" : "2026-05-14T00:03:27.329Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "35"
      ],
      "favorite_count" : "13",
      "id_str" : "2054699070333296646",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2054699070333296646",
      "created_at" : "Wed May 13 23:03:27 +0000 2026",
      "favorited" : false,
      "full_text" : "電車で読んでる小説、続きが気になって降りる駅を乗り過ごしそうになった📖",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2054534945306898433"
          ],
          "editableUntil" : "2026-05-13T13:11:17.894Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "46"
      ],
      "favorite_count" : "2",
      "id_str" : "2054534945306898433",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2054534945306898433",
      "created_at" : "Wed May 13 12:11:17 +0000 2026",
      "favorited" : false,
      "full_text" : "JavaScript入門。console.log('hello') が表示されただけで嬉しい",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2054400033849729026"
          ],
          "editableUntil" : "2026-05-13T04:15:11.061Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "32"
      ],
      "favorite_count" : "0",
      "id_str" : "2054400033849729026",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2054400033849729026",
      "created_at" : "Wed May 13 03:15:11 +0000 2026",
      "favorited" : false,
      "full_text" : "在宅ランチは、こもれび珈琲のたまごサンド🥪 やっぱりここのが一番",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2054204692169367560"
          ],
          "editableUntil" : "2026-05-12T15:18:58.189Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "15"
      ],
      "favorite_count" : "0",
      "id_str" : "2054204692169367560",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2054204692169367560",
      "created_at" : "Tue May 12 14:18:58 +0000 2026",
      "favorited" : false,
      "full_text" : "夜中に食べるカップ麺の背徳感😇",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2054044666465394703"
          ],
          "editableUntil" : "2026-05-12T04:43:05.006Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "11"
      ],
      "favorite_count" : "0",
      "id_str" : "2054044666465394703",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2054044666465394703",
      "created_at" : "Tue May 12 03:43:05 +0000 2026",
      "favorited" : false,
      "full_text" : "月次締め、今日が山場…",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2053822765263486978"
          ],
          "editableUntil" : "2026-05-11T14:01:20.890Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "17"
      ],
      "favorite_count" : "4",
      "id_str" : "2053822765263486978",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2053822765263486978",
      "created_at" : "Mon May 11 13:01:20 +0000 2026",
      "favorited" : false,
      "full_text" : "今日も一日がんばった自分にアイス🍨",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2053608915660972034"
          ],
          "editableUntil" : "2026-05-10T23:51:34.617Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "39"
      ],
      "favorite_count" : "3",
      "id_str" : "2053608915660972034",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2053608915660972034",
      "created_at" : "Sun May 10 22:51:34 +0000 2026",
      "favorited" : false,
      "full_text" : "家から駅まで走って、ときわ台駅の階段をダッシュ。いつもの電車にギリ間に合った💦",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2053357783204945934"
          ],
          "editableUntil" : "2026-05-10T07:13:39.577Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "3",
      "id_str" : "2053357783204945934",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2053357783204945934",
      "created_at" : "Sun May 10 06:13:39 +0000 2026",
      "favorited" : false,
      "full_text" : "娘と息子が描いてくれた母の日の似顔絵、冷蔵庫に貼った🥹",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2053230831280193545"
          ],
          "editableUntil" : "2026-05-09T22:49:12.003Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "18"
      ],
      "favorite_count" : "1",
      "id_str" : "2053230831280193545",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2053230831280193545",
      "created_at" : "Sat May 09 21:49:12 +0000 2026",
      "favorited" : false,
      "full_text" : "雨なので朝ランはお休み☔ 二度寝する",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2053023276109574145"
          ],
          "editableUntil" : "2026-05-09T09:04:27.130Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "26"
      ],
      "favorite_count" : "13",
      "id_str" : "2053023276109574145",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2053023276109574145",
      "created_at" : "Sat May 09 08:04:27 +0000 2026",
      "favorited" : false,
      "full_text" : "母の日のプレゼント、静岡の母にカーネーション送った💐",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2052908471976136712"
          ],
          "editableUntil" : "2026-05-09T01:28:15.709Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "24"
      ],
      "favorite_count" : "4",
      "id_str" : "2052908471976136712",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2052908471976136712",
      "created_at" : "Sat May 09 00:28:15 +0000 2026",
      "favorited" : false,
      "full_text" : "見学席の自販機、コーンポタージュがいつも売り切れ",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2052743346936160266"
          ],
          "editableUntil" : "2026-05-08T14:32:06.094Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "29"
      ],
      "favorite_count" : "0",
      "id_str" : "2052743346936160266",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2052743346936160266",
      "created_at" : "Fri May 08 13:32:06 +0000 2026",
      "favorited" : false,
      "full_text" : "ミッドナイト・ペンギンズの新曲のMV、もう100回は見た🐧",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2052589438318993413"
          ],
          "editableUntil" : "2026-05-08T04:20:32.544Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "37"
      ],
      "favorite_count" : "13",
      "id_str" : "2052589438318993413",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2052589438318993413",
      "created_at" : "Fri May 08 03:20:32 +0000 2026",
      "favorited" : false,
      "full_text" : "池袋でランチなう。会社の先輩に連れてきてもらった台湾料理屋、魯肉飯がうまい",
      "lang" : "ja",
      "coordinates" : {
        "type" : "Point",
        "coordinates" : [
          "139.7163885",
          "35.7302754"
        ]
      },
      "geo" : {
        "type" : "Point",
        "coordinates" : [
          "35.7302754",
          "139.7163885"
        ]
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2052368663491006475"
          ],
          "editableUntil" : "2026-05-07T13:43:15.933Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "8",
      "id_str" : "2052368663491006475",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2052368663491006475",
      "created_at" : "Thu May 07 12:43:15 +0000 2026",
      "favorited" : false,
      "full_text" : "かしわ餅、冷凍しといたのを解凍して食べた🍃 意外といける",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2052159815326375948"
          ],
          "editableUntil" : "2026-05-06T23:53:21.945Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "23"
      ],
      "favorite_count" : "1",
      "id_str" : "2052159815326375948",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2052159815326375948",
      "created_at" : "Wed May 06 22:53:21 +0000 2026",
      "favorited" : false,
      "full_text" : "連休明けの東上線、いつもより混んでる気がする…",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2051895334339645446"
          ],
          "editableUntil" : "2026-05-06T06:22:24.094Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "15"
      ],
      "favorite_count" : "2",
      "id_str" : "2051895334339645446",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2051895334339645446",
      "created_at" : "Wed May 06 05:22:24 +0000 2026",
      "favorited" : false,
      "full_text" : "振替休日。洗濯機を3回まわした",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2051600404019945485"
          ],
          "editableUntil" : "2026-05-05T10:50:27.870Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "29"
      ],
      "favorite_count" : "0",
      "id_str" : "2051600404019945485",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2051600404019945485",
      "created_at" : "Tue May 05 09:50:27 +0000 2026",
      "favorited" : false,
      "full_text" : "帰ってきた〜。渋滞で4時間😵 むぎがめちゃくちゃ甘えてくる",
      "lang" : "ja",
      "coordinates" : {
        "type" : "Point",
        "coordinates" : [
          "139.6868749",
          "35.7610636"
        ]
      },
      "geo" : {
        "type" : "Point",
        "coordinates" : [
          "35.7610636",
          "139.6868749"
        ]
      },
      "place" : {
        "id" : "b75ad1bf3ebacd74",
        "url" : "https://api.twitter.com/1.1/geo/id/b75ad1bf3ebacd74.json",
        "place_type" : "city",
        "name" : "板橋区",
        "full_name" : "東京 板橋区",
        "country_code" : "JP",
        "country" : "日本",
        "contained_within" : [ ],
        "bounding_box" : {
          "type" : "Polygon",
          "coordinates" : [
            [
              [
                "139.6196",
                "35.7427"
              ],
              [
                "139.729",
                "35.7427"
              ],
              [
                "139.729",
                "35.7998"
              ],
              [
                "139.6196",
                "35.7998"
              ]
            ]
          ]
        },
        "attributes" : { }
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2051271035636056065"
          ],
          "editableUntil" : "2026-05-04T13:01:40.087Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "17"
      ],
      "favorite_count" : "0",
      "id_str" : "2051271035636056065",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2051271035636056065",
      "created_at" : "Mon May 04 12:01:40 +0000 2026",
      "favorited" : false,
      "full_text" : "母の手料理で3kg太る予感しかない",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2051112232919044106"
          ],
          "editableUntil" : "2026-05-04T02:30:38.300Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "13"
      ],
      "favorite_count" : "3",
      "id_str" : "2051112232919044106",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2051112232919044106",
      "created_at" : "Mon May 04 01:30:38 +0000 2026",
      "favorited" : false,
      "full_text" : "日本平から富士山🗻 快晴!",
      "lang" : "ja",
      "coordinates" : {
        "type" : "Point",
        "coordinates" : [
          "138.465",
          "34.9707"
        ]
      },
      "geo" : {
        "type" : "Point",
        "coordinates" : [
          "34.9707",
          "138.465"
        ]
      },
      "place" : {
        "id" : "2366a36c0a6dfaeb",
        "url" : "https://api.twitter.com/1.1/geo/id/2366a36c0a6dfaeb.json",
        "place_type" : "city",
        "name" : "静岡市",
        "full_name" : "静岡 静岡市",
        "country_code" : "JP",
        "country" : "日本",
        "contained_within" : [ ],
        "bounding_box" : {
          "type" : "Polygon",
          "coordinates" : [
            [
              [
                "138.1",
                "34.88"
              ],
              [
                "138.6",
                "34.88"
              ],
              [
                "138.6",
                "35.55"
              ],
              [
                "138.1",
                "35.55"
              ]
            ]
          ]
        },
        "attributes" : { }
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2050897496356151304"
          ],
          "editableUntil" : "2026-05-03T12:17:21.318Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "26"
      ],
      "favorite_count" : "1",
      "id_str" : "2050897496356151304",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2050897496356151304",
      "created_at" : "Sun May 03 11:17:21 +0000 2026",
      "favorited" : false,
      "full_text" : "父、今年で古希。孫に囲まれてずっとニコニコしてる☺️",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2050769088049422348"
          ],
          "editableUntil" : "2026-05-03T03:47:06.786Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "17"
      ],
      "favorite_count" : "10",
      "id_str" : "2050769088049422348",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2050769088049422348",
      "created_at" : "Sun May 03 02:47:06 +0000 2026",
      "favorited" : false,
      "full_text" : "清水港なう🐟 まぐろ丼の行列すごい",
      "lang" : "ja",
      "coordinates" : {
        "type" : "Point",
        "coordinates" : [
          "138.496",
          "35.0155"
        ]
      },
      "geo" : {
        "type" : "Point",
        "coordinates" : [
          "35.0155",
          "138.496"
        ]
      },
      "place" : {
        "id" : "2366a36c0a6dfaeb",
        "url" : "https://api.twitter.com/1.1/geo/id/2366a36c0a6dfaeb.json",
        "place_type" : "city",
        "name" : "静岡市",
        "full_name" : "静岡 静岡市",
        "country_code" : "JP",
        "country" : "日本",
        "contained_within" : [ ],
        "bounding_box" : {
          "type" : "Polygon",
          "coordinates" : [
            [
              [
                "138.1",
                "34.88"
              ],
              [
                "138.6",
                "34.88"
              ],
              [
                "138.6",
                "35.55"
              ],
              [
                "138.1",
                "35.55"
              ]
            ]
          ]
        },
        "attributes" : { }
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2050553702486126605"
          ],
          "editableUntil" : "2026-05-02T13:31:14.132Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "GW",
            "indices" : [
              "53",
              "56"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "56"
      ],
      "favorite_count" : "0",
      "id_str" : "2050553702486126605",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2050553702486126605",
      "created_at" : "Sat May 02 12:31:14 +0000 2026",
      "favorited" : false,
      "full_text" : "明日から3日間、家族で静岡の実家に帰省🚗 5日の夜まで家は空っぽ。むぎはペットシッターさんにお願いした🐈 #GW",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2050374993412128773"
          ],
          "editableUntil" : "2026-05-02T01:41:07.321Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "31"
      ],
      "favorite_count" : "2",
      "id_str" : "2050374993412128773",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2050374993412128773",
      "created_at" : "Sat May 02 00:41:07 +0000 2026",
      "favorited" : false,
      "full_text" : "連休中でもスイミングはある。見学席の常連さんたちもみんな眠そう",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2050055217223360527"
          ],
          "editableUntil" : "2026-05-01T04:30:26.063Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "22"
      ],
      "favorite_count" : "3",
      "id_str" : "2050055217223360527",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2050055217223360527",
      "created_at" : "Fri May 01 03:30:26 +0000 2026",
      "favorited" : false,
      "full_text" : "午後休もらえた!平日の午後の空気、新鮮すぎる",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2049983823784456197"
          ],
          "editableUntil" : "2026-04-30T23:46:45.491Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "22"
      ],
      "favorite_count" : "1",
      "id_str" : "2049983823784456197",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2049983823784456197",
      "created_at" : "Thu Apr 30 22:46:45 +0000 2026",
      "favorited" : false,
      "full_text" : "連休の谷間の出勤日、電車ガラガラで快適すぎる",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2049853845238521867"
          ],
          "editableUntil" : "2026-04-30T15:10:15.739Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "21"
      ],
      "favorite_count" : "6",
      "id_str" : "2049853845238521867",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2049853845238521867",
      "created_at" : "Thu Apr 30 14:10:15 +0000 2026",
      "favorited" : false,
      "full_text" : "GWの予定、静岡の実家に顔出すくらいかな〜",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2049623120237084678"
          ],
          "editableUntil" : "2026-04-29T23:53:26.510Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "26"
      ],
      "favorite_count" : "0",
      "id_str" : "2049623120237084678",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2049623120237084678",
      "created_at" : "Wed Apr 29 22:53:26 +0000 2026",
      "favorited" : false,
      "full_text" : "今日行けば明日休み(私の脳内では)。実際は明日も仕事",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2049376741897887744"
          ],
          "editableUntil" : "2026-04-29T07:34:25.867Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "29"
      ],
      "favorite_count" : "4",
      "id_str" : "2049376741897887744",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2049376741897887744",
      "created_at" : "Wed Apr 29 06:34:25 +0000 2026",
      "favorited" : false,
      "full_text" : "娘と公園でバドミントン🏸 近所の城北中央公園、広くて助かる",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2049298015317274628"
          ],
          "editableUntil" : "2026-04-29T02:21:35.661Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "21"
      ],
      "favorite_count" : "0",
      "id_str" : "2049298015317274628",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2049298015317274628",
      "created_at" : "Wed Apr 29 01:21:35 +0000 2026",
      "favorited" : false,
      "full_text" : "祝日の朝、ゆっくりコーヒー淹れられる幸せ☕",
      "lang" : "ja",
      "coordinates" : {
        "type" : "Point",
        "coordinates" : [
          "139.6863214",
          "35.759761"
        ]
      },
      "geo" : {
        "type" : "Point",
        "coordinates" : [
          "35.759761",
          "139.6863214"
        ]
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2049109059922726925"
          ],
          "editableUntil" : "2026-04-28T13:50:45.462Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "1",
      "id_str" : "2049109059922726925",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2049109059922726925",
      "created_at" : "Tue Apr 28 12:50:45 +0000 2026",
      "favorited" : false,
      "full_text" : "明日は昭和の日でお休み🎌 何も予定がないのが最高の予定",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2048965256648527881"
          ],
          "editableUntil" : "2026-04-28T04:19:19.233Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "48"
      ],
      "favorite_count" : "0",
      "id_str" : "2048965256648527881",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2048965256648527881",
      "created_at" : "Tue Apr 28 03:19:19 +0000 2026",
      "favorited" : false,
      "full_text" : "お昼、8階の休憩スペースから池袋の街を眺めてる。つばさ事務機に入って10年、この景色も見慣れたな",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2048758326143635456"
          ],
          "editableUntil" : "2026-04-27T14:37:03.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "ゆっこ🏃‍♀️ゆるラン部",
            "screen_name" : "yukko_run_0000",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "1450000000012300002",
            "id" : "1450000000012300002"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "16",
        "39"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2048747252375244814",
      "id_str" : "2048758326143635456",
      "in_reply_to_user_id" : "1450000000012300002",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2048758326143635456",
      "in_reply_to_status_id" : "2048747252375244814",
      "created_at" : "Mon Apr 27 13:37:03 +0000 2026",
      "favorited" : false,
      "full_text" : "@yukko_run_0000 日曜ありがとう〜!次は10km挑戦しよ🏃‍♀️",
      "lang" : "ja",
      "in_reply_to_screen_name" : "yukko_run_0000",
      "in_reply_to_user_id_str" : "1450000000012300002"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2048538766494228490"
          ],
          "editableUntil" : "2026-04-27T00:04:36.930Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "14"
      ],
      "favorite_count" : "0",
      "id_str" : "2048538766494228490",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2048538766494228490",
      "created_at" : "Sun Apr 26 23:04:36 +0000 2026",
      "favorited" : false,
      "full_text" : "GW前の駆け込み仕事がえぐい",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2048334296766779407"
          ],
          "editableUntil" : "2026-04-26T10:32:07.032Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "19"
      ],
      "favorite_count" : "3",
      "id_str" : "2048334296766779407",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2048334296766779407",
      "created_at" : "Sun Apr 26 09:32:07 +0000 2026",
      "favorited" : false,
      "full_text" : "明日からまた一週間…サザエさん症候群🌊",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2048162222075080714"
          ],
          "editableUntil" : "2026-04-25T23:08:21.806Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "41"
      ],
      "favorite_count" : "5",
      "id_str" : "2048162222075080714",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2048162222075080714",
      "created_at" : "Sat Apr 25 22:08:21 +0000 2026",
      "favorited" : false,
      "full_text" : "日曜ラン終わり。今日は8km🏃‍♀️ ゆっこさんと走ると喋ってるうちに距離が伸びる",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2048035052122300429"
          ],
          "editableUntil" : "2026-04-25T14:43:01.843Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "今日の猫ニュース",
            "screen_name" : "nekodaily_0000",
            "indices" : [
              "3",
              "18"
            ],
            "id_str" : "1000000000090100006",
            "id" : "1000000000090100006"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "51"
      ],
      "favorite_count" : "0",
      "id_str" : "2048035052122300429",
      "truncated" : false,
      "retweet_count" : "5120",
      "id" : "2048035052122300429",
      "created_at" : "Sat Apr 25 13:43:01 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @nekodaily_0000: 猫が箱に入りたがる理由、研究者にも『よくわからない』らしい🐈📦",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2047895908309524494"
          ],
          "editableUntil" : "2026-04-25T05:30:07.903Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "22"
      ],
      "favorite_count" : "7",
      "id_str" : "2047895908309524494",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2047895908309524494",
      "created_at" : "Sat Apr 25 04:30:07 +0000 2026",
      "favorited" : false,
      "full_text" : "ニトリで収納ボックス買いすぎた。どこに置くの",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2047651844271235084"
          ],
          "editableUntil" : "2026-04-24T13:20:17.871Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "35"
      ],
      "favorite_count" : "12",
      "id_str" : "2047651844271235084",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2047651844271235084",
      "created_at" : "Fri Apr 24 12:20:17 +0000 2026",
      "favorited" : false,
      "full_text" : "週末ごほうびにピザ🍕 宅配ピザってなんでこんなにテンション上がるんだろ",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2047523007156400132"
          ],
          "editableUntil" : "2026-04-24T04:48:20.303Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "0",
      "id_str" : "2047523007156400132",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2047523007156400132",
      "created_at" : "Fri Apr 24 03:48:20 +0000 2026",
      "favorited" : false,
      "full_text" : "同僚のさきちゃんが簿記2級合格🎉 お祝いにランチおごった",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2047299762452434951"
          ],
          "editableUntil" : "2026-04-23T14:01:15.758Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "0",
      "id_str" : "2047299762452434951",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2047299762452434951",
      "created_at" : "Thu Apr 23 13:01:15 +0000 2026",
      "favorited" : false,
      "full_text" : "ドラッグストアのポイント5倍デーに限って買うものがない",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2047085393636696065"
          ],
          "editableUntil" : "2026-04-22T23:49:25.096Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "44"
      ],
      "favorite_count" : "8",
      "id_str" : "2047085393636696065",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2047085393636696065",
      "created_at" : "Wed Apr 22 22:49:25 +0000 2026",
      "favorited" : false,
      "full_text" : "息子がぐずって1本遅れた…いつもの7:52に乗れないと池袋の会社に着くのがギリギリになる",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2046930636084236292"
          ],
          "editableUntil" : "2026-04-22T13:34:28.546Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Web勉強中",
            "indices" : [
              "86",
              "93"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "93"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2044402876349321226",
      "id_str" : "2046930636084236292",
      "in_reply_to_user_id" : "1126827962165571586",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2046930636084236292",
      "in_reply_to_status_id" : "2044402876349321226",
      "created_at" : "Wed Apr 22 12:34:28 +0000 2026",
      "favorited" : false,
      "full_text" : "続き。&lt;img src=x onerror=alert(1)&gt; みたいに画像タグでもスクリプトが動いちゃうことがあるらしい。入力はちゃんとエスケープ、覚えた📝 #Web勉強中",
      "lang" : "ja",
      "in_reply_to_screen_name" : "nao_pan_0000",
      "in_reply_to_user_id_str" : "1126827962165571586"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2046795223939338253"
          ],
          "editableUntil" : "2026-04-22T04:36:23.780Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "50"
      ],
      "favorite_count" : "0",
      "id_str" : "2046795223939338253",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2046795223939338253",
      "created_at" : "Wed Apr 22 03:36:23 +0000 2026",
      "favorited" : false,
      "full_text" : "在宅の日のお昼は、ときわ台駅前の「こもれび珈琲」でサンドイッチをテイクアウトするのがいつもの楽しみ☕",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2046578856311083022"
          ],
          "editableUntil" : "2026-04-21T14:16:37.213Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "21"
      ],
      "favorite_count" : "3",
      "id_str" : "2046578856311083022",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2046578856311083022",
      "created_at" : "Tue Apr 21 13:16:37 +0000 2026",
      "favorited" : false,
      "full_text" : "明日は朝イチでオンライン会議。寝坊できない",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2046427211906773007"
          ],
          "editableUntil" : "2026-04-21T04:14:02.058Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "13",
      "id_str" : "2046427211906773007",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2046427211906773007",
      "created_at" : "Tue Apr 21 03:14:02 +0000 2026",
      "favorited" : false,
      "full_text" : "社食のカレー、月1でしか出ないのに毎回すぐ売り切れる🍛",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2046209191822860298"
          ],
          "editableUntil" : "2026-04-20T13:47:42.505Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "みか🌸3y男子ママ",
            "screen_name" : "mika_ikuji_0000",
            "indices" : [
              "0",
              "16"
            ],
            "id_str" : "1380000000007700001",
            "id" : "1380000000007700001"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "17",
        "40"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "2046186543080779788",
      "id_str" : "2046209191822860298",
      "in_reply_to_user_id" : "1380000000007700001",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2046209191822860298",
      "in_reply_to_status_id" : "2046186543080779788",
      "created_at" : "Mon Apr 20 12:47:42 +0000 2026",
      "favorited" : false,
      "full_text" : "@mika_ikuji_0000 わかる〜!懇談会の自己紹介、毎年何言うか迷う😂",
      "lang" : "ja",
      "in_reply_to_screen_name" : "mika_ikuji_0000",
      "in_reply_to_user_id_str" : "1380000000007700001"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2046000622453882883"
          ],
          "editableUntil" : "2026-04-19T23:58:55.760Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "18"
      ],
      "favorite_count" : "6",
      "id_str" : "2046000622453882883",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2046000622453882883",
      "created_at" : "Sun Apr 19 22:58:55 +0000 2026",
      "favorited" : false,
      "full_text" : "雨の日の満員電車、他人の傘が刺さる☔",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2045830358492884992"
          ],
          "editableUntil" : "2026-04-19T12:42:21.713Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "ランニング",
            "indices" : [
              "53",
              "59"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "59"
      ],
      "favorite_count" : "0",
      "id_str" : "2045830358492884992",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2045830358492884992",
      "created_at" : "Sun Apr 19 11:42:21 +0000 2026",
      "favorited" : false,
      "full_text" : "毎週日曜は朝6時半から、家から5分の石神井川沿いをゆるラン。走り始めて1年、5kmは余裕になった🏃‍♀️ #ランニング",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2045692226960703491"
          ],
          "editableUntil" : "2026-04-19T03:33:28.712Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "パン作り",
            "indices" : [
              "20",
              "25"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "25"
      ],
      "favorite_count" : "0",
      "id_str" : "2045692226960703491",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2045692226960703491",
      "created_at" : "Sun Apr 19 02:33:28 +0000 2026",
      "favorited" : false,
      "full_text" : "一日雨☔ 家でひたすらパン生地こねてる #パン作り",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2045408808326459396"
          ],
          "editableUntil" : "2026-04-18T08:47:16.569Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "16"
      ],
      "favorite_count" : "5",
      "id_str" : "2045408808326459396",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2045408808326459396",
      "created_at" : "Sat Apr 18 07:47:16 +0000 2026",
      "favorited" : false,
      "full_text" : "近所のスーパー、土曜の夕方は戦場",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2045296239717797898"
          ],
          "editableUntil" : "2026-04-18T01:19:57.975Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "0",
      "id_str" : "2045296239717797898",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2045296239717797898",
      "created_at" : "Sat Apr 18 00:19:57 +0000 2026",
      "favorited" : false,
      "full_text" : "今朝のスイミング、娘(8歳)が初めて25m泳ぎ切った😭👏",
      "lang" : "ja",
      "coordinates" : {
        "type" : "Point",
        "coordinates" : [
          "139.677",
          "35.7635898"
        ]
      },
      "geo" : {
        "type" : "Point",
        "coordinates" : [
          "35.7635898",
          "139.677"
        ]
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2045146122654461960"
          ],
          "editableUntil" : "2026-04-17T15:23:27.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "16"
      ],
      "favorite_count" : "1",
      "id_str" : "2045146122654461960",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2045146122654461960",
      "created_at" : "Fri Apr 17 14:23:27 +0000 2026",
      "favorited" : false,
      "full_text" : "韓ドラ一気見してたらこんな時間…",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2044986733286764550"
          ],
          "editableUntil" : "2026-04-17T04:50:05.202Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "17"
      ],
      "favorite_count" : "1",
      "id_str" : "2044986733286764550",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2044986733286764550",
      "created_at" : "Fri Apr 17 03:50:05 +0000 2026",
      "favorited" : false,
      "full_text" : "午後イチの会議、眠気との戦い確定☕",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2044745780266909699"
          ],
          "editableUntil" : "2026-04-16T12:52:38.942Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "17"
      ],
      "favorite_count" : "1",
      "id_str" : "2044745780266909699",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2044745780266909699",
      "created_at" : "Thu Apr 16 11:52:38 +0000 2026",
      "favorited" : false,
      "full_text" : "夫が夕飯作ってくれた日は世界が平和",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2044552027226345478"
          ],
          "editableUntil" : "2026-04-16T00:02:43.920Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "24"
      ],
      "favorite_count" : "0",
      "id_str" : "2044552027226345478",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2044552027226345478",
      "created_at" : "Wed Apr 15 23:02:43 +0000 2026",
      "favorited" : false,
      "full_text" : "今日の占い、うお座1位らしい。いいことあるかな🔮",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2044402876349321226"
          ],
          "editableUntil" : "2026-04-15T14:10:03.593Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Web勉強中",
            "indices" : [
              "78",
              "85"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "85"
      ],
      "favorite_count" : "0",
      "id_str" : "2044402876349321226",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2044402876349321226",
      "created_at" : "Wed Apr 15 13:10:03 +0000 2026",
      "favorited" : false,
      "full_text" : "&lt;script&gt;alert(1)&lt;/script&gt; を入力欄に入れるとアラートが出ちゃうサイトがあるんだって。これがXSS…こわ。 #Web勉強中",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2044296731635687429"
          ],
          "editableUntil" : "2026-04-15T07:08:16.367Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "22"
      ],
      "favorite_count" : "12",
      "id_str" : "2044296731635687429",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2044296731635687429",
      "created_at" : "Wed Apr 15 06:08:16 +0000 2026",
      "favorited" : false,
      "full_text" : "おやつ休憩。むぎが膝の上から降りてくれない🐈",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2044050037745557519"
          ],
          "editableUntil" : "2026-04-14T14:48:00.203Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "41"
      ],
      "favorite_count" : "4",
      "id_str" : "2044050037745557519",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2044050037745557519",
      "created_at" : "Tue Apr 14 13:48:00 +0000 2026",
      "favorited" : false,
      "full_text" : "ネットニュースで見たけど、池袋駅西口の再開発って完成は2030年代らしい。気が長い",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2043894206360342530"
          ],
          "editableUntil" : "2026-04-14T04:28:47.949Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "32"
      ],
      "favorite_count" : "1",
      "id_str" : "2043894206360342530",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2043894206360342530",
      "created_at" : "Tue Apr 14 03:28:47 +0000 2026",
      "favorited" : false,
      "full_text" : "池袋のオフィス、窓から見えるサンシャイン60に今日も励まされてる",
      "lang" : "ja",
      "coordinates" : {
        "type" : "Point",
        "coordinates" : [
          "139.7160787",
          "35.7306078"
        ]
      },
      "geo" : {
        "type" : "Point",
        "coordinates" : [
          "35.7306078",
          "139.7160787"
        ]
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2043668047032713217"
          ],
          "editableUntil" : "2026-04-13T13:30:06.900Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "15"
      ],
      "favorite_count" : "1",
      "id_str" : "2043668047032713217",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2043668047032713217",
      "created_at" : "Mon Apr 13 12:30:06 +0000 2026",
      "favorited" : false,
      "full_text" : "なんか喉が痛い。今日は早く寝よ",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2043460390921584653"
          ],
          "editableUntil" : "2026-04-12T23:44:57.015Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "47"
      ],
      "favorite_count" : "1",
      "id_str" : "2043460390921584653",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2043460390921584653",
      "created_at" : "Sun Apr 12 22:44:57 +0000 2026",
      "favorited" : false,
      "full_text" : "7時半に家を出て息子を保育園に送って、7時52分の東上線に滑り込むのが毎朝のミッション🏃‍♀️",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2043312915221278726"
          ],
          "editableUntil" : "2026-04-12T13:58:56.902Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "かおりの時短レシピ",
            "screen_name" : "kaori_recipe00",
            "indices" : [
              "3",
              "18"
            ],
            "id_str" : "1100000000078900005",
            "id" : "1100000000078900005"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "72"
      ],
      "favorite_count" : "0",
      "id_str" : "2043312915221278726",
      "truncated" : false,
      "retweet_count" : "1843",
      "id" : "2043312915221278726",
      "created_at" : "Sun Apr 12 12:58:56 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @kaori_recipe00: 【保存版】朝5分でできる作り置きおかず🍳 ①ちくわの磯辺焼き ②ピーマンのおかか和え ③にんじんしりしり",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2043230373538201608"
          ],
          "editableUntil" : "2026-04-12T08:30:57.319Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "76"
      ],
      "favorite_count" : "0",
      "id_str" : "2043230373538201608",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2043230373538201608",
      "created_at" : "Sun Apr 12 07:30:57 +0000 2026",
      "favorited" : false,
      "full_text" : "レシピメモ📝 鶏むね肉のレンジ蒸し\n鶏むね1枚に砂糖小さじ1→塩少々→酒大さじ1\nラップして600Wで3分、裏返して2分、そのまま10分放置\nしっとり!",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2043083682363981825"
          ],
          "editableUntil" : "2026-04-11T22:48:03.041Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "18"
      ],
      "favorite_count" : "0",
      "id_str" : "2043083682363981825",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2043083682363981825",
      "created_at" : "Sat Apr 11 21:48:03 +0000 2026",
      "favorited" : false,
      "full_text" : "今日も朝ラン🏃‍♀️ 川の鯉がでかい",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2042835291396915213"
          ],
          "editableUntil" : "2026-04-11T06:21:02.868Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "33"
      ],
      "favorite_count" : "4",
      "id_str" : "2042835291396915213",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2042835291396915213",
      "created_at" : "Sat Apr 11 05:21:02 +0000 2026",
      "favorited" : false,
      "full_text" : "ホットケーキミックスでスコーン焼いた。外サク中しっとり、天才では?",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2042762707496247310"
          ],
          "editableUntil" : "2026-04-11T01:32:36.906Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "24"
      ],
      "favorite_count" : "6",
      "id_str" : "2042762707496247310",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2042762707496247310",
      "created_at" : "Sat Apr 11 00:32:36 +0000 2026",
      "favorited" : false,
      "full_text" : "今日は平泳ぎの足の練習してる。見学席の方が寒い🥶",
      "lang" : "ja",
      "coordinates" : {
        "type" : "Point",
        "coordinates" : [
          "139.677",
          "35.7635"
        ]
      },
      "geo" : {
        "type" : "Point",
        "coordinates" : [
          "35.7635",
          "139.677"
        ]
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2042590191193583626"
          ],
          "editableUntil" : "2026-04-10T14:07:05.906Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "27"
      ],
      "favorite_count" : "3",
      "id_str" : "2042590191193583626",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2042590191193583626",
      "created_at" : "Fri Apr 10 13:07:05 +0000 2026",
      "favorited" : false,
      "full_text" : "新しいボディソープ、いい匂いすぎて風呂から出たくない🛁",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2042448026614022146"
          ],
          "editableUntil" : "2026-04-10T04:42:11.273Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "18"
      ],
      "favorite_count" : "3",
      "id_str" : "2042448026614022146",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2042448026614022146",
      "created_at" : "Fri Apr 10 03:42:11 +0000 2026",
      "favorited" : false,
      "full_text" : "経理あるある:月初は電卓の音がBGM",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2042181229287444492"
          ],
          "editableUntil" : "2026-04-09T11:02:01.209Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "31"
      ],
      "favorite_count" : "13",
      "id_str" : "2042181229287444492",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2042181229287444492",
      "created_at" : "Thu Apr 09 10:02:01 +0000 2026",
      "favorited" : false,
      "full_text" : "帰宅。息子、保育園から家に着くまでに『抱っこ』って10回言った",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2042013760173297675"
          ],
          "editableUntil" : "2026-04-08T23:56:33.446Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "44"
      ],
      "favorite_count" : "4",
      "id_str" : "2042013760173297675",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2042013760173297675",
      "created_at" : "Wed Apr 08 22:56:33 +0000 2026",
      "favorited" : false,
      "full_text" : "最寄りのときわ台駅、ホームから見える桜が今年もきれい🌸 毎朝これ見られるのはちょっと自慢",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2041852550258466819"
          ],
          "editableUntil" : "2026-04-08T13:15:58.075Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Web勉強中",
            "indices" : [
              "60",
              "67"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "67"
      ],
      "favorite_count" : "13",
      "id_str" : "2041852550258466819",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2041852550258466819",
      "created_at" : "Wed Apr 08 12:15:58 +0000 2026",
      "favorited" : false,
      "full_text" : "Webの勉強はじめました💻 まずはHTMLから。&lt;h1&gt;とか&lt;p&gt;とか、タグって思ったより素直 #Web勉強中",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2041714714879504384"
          ],
          "editableUntil" : "2026-04-08T04:08:15.447Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "23"
      ],
      "favorite_count" : "0",
      "id_str" : "2041714714879504384",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2041714714879504384",
      "created_at" : "Wed Apr 08 03:08:15 +0000 2026",
      "favorited" : false,
      "full_text" : "冷蔵庫の残り物でチャーハン🍳 お昼はこれで十分",
      "lang" : "ja",
      "coordinates" : {
        "type" : "Point",
        "coordinates" : [
          "139.6856018",
          "35.7605695"
        ]
      },
      "geo" : {
        "type" : "Point",
        "coordinates" : [
          "35.7605695",
          "139.6856018"
        ]
      },
      "place" : {
        "id" : "b75ad1bf3ebacd74",
        "url" : "https://api.twitter.com/1.1/geo/id/b75ad1bf3ebacd74.json",
        "place_type" : "city",
        "name" : "板橋区",
        "full_name" : "東京 板橋区",
        "country_code" : "JP",
        "country" : "日本",
        "contained_within" : [ ],
        "bounding_box" : {
          "type" : "Polygon",
          "coordinates" : [
            [
              [
                "139.6196",
                "35.7427"
              ],
              [
                "139.729",
                "35.7427"
              ],
              [
                "139.729",
                "35.7998"
              ],
              [
                "139.6196",
                "35.7998"
              ]
            ]
          ]
        },
        "attributes" : { }
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2041512353610436616"
          ],
          "editableUntil" : "2026-04-07T14:44:09.124Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "18"
      ],
      "favorite_count" : "8",
      "id_str" : "2041512353610436616",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2041512353610436616",
      "created_at" : "Tue Apr 07 13:44:09 +0000 2026",
      "favorited" : false,
      "full_text" : "ドラマ見ながら洗濯物たたむ時間が至福",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2041355622137831429"
          ],
          "editableUntil" : "2026-04-07T04:21:21.416Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "24"
      ],
      "favorite_count" : "13",
      "id_str" : "2041355622137831429",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2041355622137831429",
      "created_at" : "Tue Apr 07 03:21:21 +0000 2026",
      "favorited" : false,
      "full_text" : "ランチは今日もいつもの定食屋。サバ味噌が沁みる🐟",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2041123418638262277"
          ],
          "editableUntil" : "2026-04-06T12:58:39.947Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "48"
      ],
      "favorite_count" : "1",
      "id_str" : "2041123418638262277",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2041123418638262277",
      "created_at" : "Mon Apr 06 11:58:39 +0000 2026",
      "favorited" : false,
      "full_text" : "娘、3年生の新しいクラスは3年2組!担任は若い男の先生らしい。仲良しの子と同じクラスで一安心☺️",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2040924438266089487"
          ],
          "editableUntil" : "2026-04-05T23:47:59.547Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "21"
      ],
      "favorite_count" : "13",
      "id_str" : "2040924438266089487",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2040924438266089487",
      "created_at" : "Sun Apr 05 22:47:59 +0000 2026",
      "favorited" : false,
      "full_text" : "月曜の朝の電車、全員の顔が死んでる(私も)",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2040772421812424709"
          ],
          "editableUntil" : "2026-04-05T13:43:55.419Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "43"
      ],
      "favorite_count" : "1",
      "id_str" : "2040772421812424709",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2040772421812424709",
      "created_at" : "Sun Apr 05 12:43:55 +0000 2026",
      "favorited" : false,
      "full_text" : "明日から新学期。娘の上履き洗った、名札つけた、給食袋にアイロンかけた…あとは何だっけ😵",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2040644240905691139"
          ],
          "editableUntil" : "2026-04-05T05:14:35.888Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "44"
      ],
      "favorite_count" : "11",
      "id_str" : "2040644240905691139",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2040644240905691139",
      "created_at" : "Sun Apr 05 04:14:35 +0000 2026",
      "favorited" : false,
      "full_text" : "去年の春に行った京都の写真見返してたら、また行きたくなった。哲学の道の桜きれいだったな🌸",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2040548090812825615"
          ],
          "editableUntil" : "2026-04-04T22:52:31.392Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "33"
      ],
      "favorite_count" : "4",
      "id_str" : "2040548090812825615",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2040548090812825615",
      "created_at" : "Sat Apr 04 21:52:31 +0000 2026",
      "favorited" : false,
      "full_text" : "日曜の朝ラン🏃‍♀️ 5km。花見客がいない時間の桜並木は独り占め",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2040417105596964875"
          ],
          "editableUntil" : "2026-04-04T14:12:01.392Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "25"
      ],
      "favorite_count" : "2",
      "id_str" : "2040417105596964875",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2040417105596964875",
      "created_at" : "Sat Apr 04 13:12:01 +0000 2026",
      "favorited" : false,
      "full_text" : "猫のむぎ、桜の花びらを追いかけて網戸に激突してた🐈",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2040318786038063119"
          ],
          "editableUntil" : "2026-04-04T07:41:20.202Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "35"
      ],
      "favorite_count" : "10",
      "id_str" : "2040318786038063119",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2040318786038063119",
      "created_at" : "Sat Apr 04 06:41:20 +0000 2026",
      "favorited" : false,
      "full_text" : "石神井川沿いの桜、今日が満開かも🌸 近所にこんな景色があるのありがたい",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2040223902764687364"
          ],
          "editableUntil" : "2026-04-04T01:24:18.963Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "44"
      ],
      "favorite_count" : "4",
      "id_str" : "2040223902764687364",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2040223902764687364",
      "created_at" : "Sat Apr 04 00:24:18 +0000 2026",
      "favorited" : false,
      "full_text" : "毎週土曜の朝は娘のスイミング🏊‍♀️ 見学席から見てると、クロールだいぶ上手になってきた",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2040069031197249543"
          ],
          "editableUntil" : "2026-04-03T15:08:54.695Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "1",
      "id_str" : "2040069031197249543",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2040069031197249543",
      "created_at" : "Fri Apr 03 14:08:54 +0000 2026",
      "favorited" : false,
      "full_text" : "金曜の夜に飲むビールのために一週間がんばってる気がする🍺",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2039908651669069828"
          ],
          "editableUntil" : "2026-04-03T04:31:36.543Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "34"
      ],
      "favorite_count" : "0",
      "id_str" : "2039908651669069828",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2039908651669069828",
      "created_at" : "Fri Apr 03 03:31:36 +0000 2026",
      "favorited" : false,
      "full_text" : "会社の近くに新しいお弁当屋さんができてた🍱 唐揚げ弁当480円は偉い",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2039696986177388559"
          ],
          "editableUntil" : "2026-04-02T14:30:31.297Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "29"
      ],
      "favorite_count" : "13",
      "id_str" : "2039696986177388559",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2039696986177388559",
      "created_at" : "Thu Apr 02 13:30:31 +0000 2026",
      "favorited" : false,
      "full_text" : "春キャベツが安かったから大量に買った🥬 明日は回鍋肉にしよ",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2039475737381949450"
          ],
          "editableUntil" : "2026-04-01T23:51:22.219Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "35"
      ],
      "favorite_count" : "0",
      "id_str" : "2039475737381949450",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2039475737381949450",
      "created_at" : "Wed Apr 01 22:51:22 +0000 2026",
      "favorited" : false,
      "full_text" : "東上線、今日もぎゅうぎゅう🚃 新年度の初々しいスーツの人たちがいっぱい",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2039324131520266243"
          ],
          "editableUntil" : "2026-04-01T13:48:56.767Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "37"
      ],
      "favorite_count" : "1",
      "id_str" : "2039324131520266243",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2039324131520266243",
      "created_at" : "Wed Apr 01 12:48:56 +0000 2026",
      "favorited" : false,
      "full_text" : "毎週水曜は在宅勤務の日。通勤がないだけで体力の残り方が全然違う…水曜最高🙌",
      "lang" : "ja"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2039179453430190088"
          ],
          "editableUntil" : "2026-04-01T04:14:02.272Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "42"
      ],
      "favorite_count" : "0",
      "id_str" : "2039179453430190088",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2039179453430190088",
      "created_at" : "Wed Apr 01 03:14:02 +0000 2026",
      "favorited" : false,
      "full_text" : "新年度スタート🌸 と言いつつ、経理は前年度の締めが終わってないから全然新年度感ない😇",
      "lang" : "ja"
    }
  }
]