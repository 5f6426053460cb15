window.__THAR_CONFIG = {
  "userInfo" : {
    "accountId" : "1126827962165571586",
    "userName" : "nao_pan_0000",
    "displayName" : "なお🍞ワーママ"
  },
  "archiveInfo" : {
    "sizeBytes" : "389761",
    "generationDate" : "2026-10-01T21:14:07.512Z",
    "isPartialArchive" : false,
    "maxPartSizeBytes" : "53687091200"
  },
  "readmeInfo" : {
    "fileName" : "data/README.txt",
    "directory" : "data/",
    "name" : "README.txt"
  },
  "dataTypes" : {
    "account" : {
      "files" : [ {
        "fileName" : "data/account.js",
        "globalName" : "YTD.account.part0",
        "count" : "1"
      } ]
    },
    "profile" : {
      "mediaDirectory" : "data/profile_media",
      "files" : [ {
        "fileName" : "data/profile.js",
        "globalName" : "YTD.profile.part0",
        "count" : "1"
      } ]
    },
    "tweets" : {
      "mediaDirectory" : "data/tweets_media",
      "files" : [ {
        "fileName" : "data/tweets.js",
        "globalName" : "YTD.tweets.part0",
        "count" : "362"
      } ]
    }
  }
}