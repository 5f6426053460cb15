window.YTD.profile.part0 = [
  {
    "profile" : {
      "description" : {
        "bio" : "小3娘👧と年中息子👦のワーママ。経理10年目。東上線で通勤中。パン作り🍞・朝ラン🏃‍♀️・猫のむぎ🐈 無言フォロー失礼します🙏",
        "website" : "https://t.co/nP4kT0ml3Q",
        "location" : "東京 板橋区"
      },
      "avatarMediaUrl" : "https://pbs.twimg.com/profile_images/1790000000000000000/nAoPaN00_400x400.jpg",
      "headerMediaUrl" : "https://pbs.twimg.com/profile_banners/1126827962165571586/1715340000"
    }
  }
]