"""Round 4 rule families: table-driven, with posts that must and must not match.

Each rule added in round 4 (ages in 「Nにもなって」, names on a name tag or after 本名/
フルネーム, unknown place names before 「の家を出て」 or 「住み」, explicit ownership of a
workplace despite hearsay in the sentence, self-introductions with a job between the
organisation and the name, people who live somewhere, a venue's address or station) has
cases that must be found and near misses that must not. The sentences are ours, written
for these tests (not copied from any labelled set); places are real, people and shops
are not. The learned layer is switched off here: these are the rules' promises.
"""

from __future__ import annotations

import os

import pytest
from cue_helpers import found

os.environ["AUDITOR_CUES_STRICT"] = "1"


pytestmark = pytest.mark.usefixtures("rules_only")


MUST_MATCH: list[tuple[str, str]] = [
    # identity: an age that opens a clause with 「にもなって」 / 「になって」
    ("identity", "38にもなって、遊園地の迷路で半泣きになった"),
    ("identity", "62になって、ようやく朝型の生活に変わった"),
    # identity: the author's name after 本名/フルネーム, or quoted from a name tag or card
    ("identity", "フルネームは松岡奈々子です。よく名字を間違えられる"),
    ("identity", "本名は北川大輔、ハンドルネームはだいだい"),
    ("identity", "新しい名札に「森下真理子」ってフルネームが入ってた"),
    ("identity", "名刺ができた。「株式会社トワ精工 経理課 長谷川修」の文字に背筋が伸びる"),
    # home: an unknown place before the author's house, or 〇〇住み
    ("home", "毎朝6時に藤ヶ丘の家を出て、バスで工場へ"),
    ("home", "向ヶ丘の家から大学まで小田急で30分"),
    ("home", "西荻住みだして3年、古本屋巡りが趣味になった"),
    ("home", "飯田橋の学生寮の窓から、毎晩お堀が見える"),
    # home: a residence not undone by an unrelated adjective or wish in another clause
    ("home", "盛岡市在住なんだけど、冷麺の美味しさは全国に広めたい"),
    ("home", "わが家の最寄り、京急の能見台なんだけど、快特が止まらない"),
    ("home", "引っ越してきて半年、吉祥寺の商店街にも詳しくなった"),
    # workplace: explicit ownership outweighs hearsay about the news
    ("workplace", "勤務先の県立北辰病院、来月から駐車場が有料になるらしい"),
    # workplace: a job between the organisation and the name
    ("workplace", "東奥日報新聞の記者、村井啓介です。取材させていただきました"),
    # whereabouts: nobody home; 「今は」 is still now
    ("whereabouts", "来週は5日間台北。家には誰もいないから荷物は再配達で"),
    ("whereabouts", "今は札幌駅で電車待ってる"),
    # family: a relative described by where they live, whatever the news about them
    ("family", "札幌在住の姉、来月引っ越すらしい"),
    ("family", "大阪勤務の夫、今週はずっと残業だって"),
    # routine: the author's own habit is still routine
    ("routine", "毎朝6時、ラジオ体操の会に行ってます"),
]

MUST_NOT_MATCH: list[tuple[str, str]] = [
    # identity: someone else's age or name, hearsay
    ("identity", "同期が38にもなって、まだ実家暮らししてるらしい"),
    ("identity", "お笑い芸人の〇〇、本名は北川大輔らしい"),
    ("identity", "上司の名刺に「株式会社トワ精工 部長 長谷川修」とあった"),
    ("identity", "友達の名札に「森下真理子」って書いてあった"),
    # home: someone's house, a wish, people who live there, a venue's address or station
    ("home", "友達の家から帰る途中、雨に降られた"),
    ("home", "もし北海道に住むなら小樽がいいな"),
    ("home", "函館に住んでる人のブログ、冬の準備が本気すぎる"),
    ("home", "旭山動物園の住所は旭川市東旭川町倉沼11番地18。冬も開園してる"),
    ("home", "京都の二条城は地下鉄の二条城前駅が最寄り。観光に便利"),
    ("home", "祖母の家の前の坂、子どもの頃はよく転んだ"),
    ("home", "アンケートの対象は「仙台市在住の20〜30代女性」だって"),
    ("home", "熊本に住んでる知り合いいわく、馬刺しは赤身が一番"),
    # workplace: a relative's or someone else's workplace
    ("workplace", "彼の勤務先の東西銀行、合併するらしい"),
    ("workplace", "うちの母、「丸亀製粉」で30年パートしてる"),
    ("workplace", "幼なじみが「北辰銀行」の支店長になったって"),
    ("workplace", "友達のお母さんが「花の店 こすもす」の店主さんで、ご予約お待ちしておりますって"),
    # family: someone else's relative, described by where they live
    ("family", "友達の横浜在住の兄がかっこいい"),
    ("family", "先輩の大阪勤務の旦那さん、優しそう"),
    # whereabouts: 「今も」 is "still", not "now"; a trip not taken
    ("whereabouts", "父は今も毎朝スマホで株価を見てる"),
    ("whereabouts", "連休はどこも混むから、今年は旅行しない派"),
    # routine: a broadcast's or a shop's schedule
    ("routine", "ラジオ体操って今も毎朝6時半から放送してるんだね"),
    ("routine", "毎晩25時からのラジオ、ハガキのネタが面白い"),
    ("routine", "毎週日曜の朝にやってる戦隊もの、大人が見ても熱い"),
]


@pytest.mark.parametrize(("category", "text"), MUST_MATCH)
def test_must_match(category: str, text: str) -> None:
    assert found(text, category), f"{category} not found in {text!r}"


@pytest.mark.parametrize(("category", "text"), MUST_NOT_MATCH)
def test_must_not_match(category: str, text: str) -> None:
    assert not found(text, category), f"{category} wrongly found in {text!r}"
