window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "nao.t.0000@example.com",
      "createdVia" : "web",
      "username" : "nao_pan_0000",
      "accountId" : "1126827962165571586",
      "createdAt" : "2019-05-10T12:34:56.789Z",
      "accountDisplayName" : "なお🍞ワーママ"
    }
  }
]