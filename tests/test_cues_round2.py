"""Round 2 rule families: table-driven, with posts that must and must not match.

Each family of the issue's recall failures (owner-operators, names with a space, ages
without 歳, dialect residence, aspect-marked whereabouts …) has cases that must be found
and near misses that must not (someone else's, a wish, the past, an example). The
sentences are ours, written for these tests; places are real, people and shops are not.
The learned layer is switched off here: these are the rules' promises.
"""

from __future__ import annotations

import os

import pytest
from cue_helpers import found

os.environ["AUDITOR_CUES_STRICT"] = "1"


pytestmark = pytest.mark.usefixtures("rules_only")


MUST_MATCH: list[tuple[str, str, str | None]] = [
    # category, text, kind (None: any kind)
    # -- workplace: owners, successors, staff, dialect job verbs, sections, shifts
    ("workplace", "米子で居酒屋「とりまる」をやってます。今夜も営業中", "org"),
    ("workplace", "祖父の代から続く『丸正味噌』の四代目です", "org"),
    ("workplace", "函館の『いさり火食堂』、母から継いで三年目になります", "org"),
    ("workplace", "鶴岡の「みどり苑」で介護福祉士をしています", "org"),
    ("workplace", "『はやせ歯科』で歯科衛生士しとります", "org"),
    ("workplace", "高千穂の『峰の湯旅館』で仲居しよります", "org"),
    ("workplace", "株式会社ミツバ電工 本社、総務部におります", "org"),
    ("workplace", "『かもめ書店』のシフト、今月は土日ばっかり", "org"),
    ("workplace", "うちの農園、『あさひファーム』って名前です", "org"),
    ("workplace", "Working at Hokuyo Trading in Otaru, mostly exports", "org"),
    ("workplace", "苫小牧港の第五北洋丸に乗っとります", "org"),
    ("workplace", "盛岡の『みちのく製麺』で毎朝そば打ってます", "org"),
    ("workplace", "本日20時まで『ことのは書房』のレジにいます", "org"),
    ("workplace", "登別市消防本部の救助隊です", "org"),
    ("workplace", "異動で釧路支店に来て一年たった", "org"),
    ("workplace", "ひなた亭のバイトは火木の17時から", "org"),
    ("workplace", "バイトは狸小路の古着屋『ムーンライト』で、週3です", "org"),
    ("workplace", "八戸の水産加工場で製造やってます", "org"),
    # -- identity: names with a space, kana names, cards, ages without 歳, milestones
    ("identity", "はじめまして、宮下 蓮です。よろしくお願いします", "name"),
    ("identity", "本名は「森岡 あかね」です", "name"),
    ("identity", "ハジメマシテ、ニシダ ケンゴ、富山の工業高の2年デス", "name"),
    ("identity", "名刺代わりに\n広報担当 小野寺 結衣\nyui.onodera@example.jp", "name"),
    ("identity", "41になりました。体力の衰えを感じる", "age"),
    ("identity", "今年で還暦。まだまだ現役です", "age"),
    ("identity", "今日で二十歳になりました!", "age"),
    ("identity", "高松市在住、36歳、会社員です", "age"),
    ("identity", "Turned 45 today, feeling old", "age"),
    ("identity", "私の誕生日(4月9日)、覚えてる人いる?", "birthday"),
    # -- home: dialect particles, 下宿, 〇〇市民, brackets, English, bio lists, hashtags
    ("home", "盛岡の大通さ住んでるから雪かきが大変だ", None),
    ("home", "会津若松で下宿しとります", "municipality"),
    ("home", "帯広市民なのに豚丼あんまり食べない", "municipality"),
    ("home", "うちのマンション(松戸市)の前の桜が満開", "municipality"),
    ("home", "I've been living in Kumamoto for three years", "municipality"),
    ("home", "保育士｜旭川｜コーヒー好き", "municipality"),
    ("home", "#旭川ママ #子育て中", "municipality"),
    ("home", "名前:山中 駿\n住み:宮城・石巻市\n趣味:釣り", "municipality"),
    # -- school: short names by shape, hyphen classes, staff
    ("school", "娘の桜ヶ丘小、今日は参観日だった", "school"),
    ("school", "みどり台中の吹奏楽部、定演に来てね", "school"),
    ("school", "3-2のみんな、卒業おめでとう", "grade"),
    ("school", "4月から県立松ヶ崎高校に赴任します", "school"),
    # -- family: parenthood without a kinship noun; self-description
    ("family", "二児の父です。週末はキャンプ", "member"),
    ("family", "第三子妊娠中、つわりがつらい", "member"),
    ("family", "釧路｜漁師の嫁｜魚料理", "member"),
    # -- whereabouts: aspect (〜中, arrivals, progressive at a place), meetings, away soon
    ("whereabouts", "妻と阿寒湖をドライブ中", "now"),
    ("whereabouts", "仙台駅の北改札で待ち合わせ中", "now"),
    ("whereabouts", "ついに知床来たー!", "now"),
    ("whereabouts", "青函フェリーに乗ってる", "now"),
    ("whereabouts", "19時に札幌駅の白い石像前で集合ね", "future"),
    ("whereabouts", "明日から4日ほど留守にします", "away"),
    ("whereabouts", "Just landed at 新千歳, heading downtown", "now"),
    # -- contact: friend codes, obfuscated addresses, profile URLs, (0) numbers
    ("contact", "フレンドコード SW-1111-2222-3333 申請待ってます", "sns_id"),
    ("contact", "連絡は taro.k (at) example (dot) jp まで", "email"),
    ("contact", "配信はこちら twitch.tv/mika_5555 毎晩やってます", "sns_id"),
    ("contact", "海外からは +81 (0)90-1111-2222 へ", "phone"),
    # -- routine in English
    ("routine", "Every Tuesday I swim at the city pool before work", "recurring"),
]

MUST_NOT_MATCH: list[tuple[str, str]] = [
    # workplace: wishes, games, relatives' jobs, past jobs, someone else's shop, reviews
    ("workplace", "いつか『白樺珈琲』みたいなお店で働きたい"),
    ("workplace", "『星のかけら』やってます、ランク上げ中"),
    ("workplace", "夫が来月から札幌支社に単身赴任"),
    ("workplace", "友達のお店『ひなた食堂』、最高でした"),
    ("workplace", "香川のうどん屋の営業時間まとめサイト、便利"),
    ("workplace", "札幌の某コールセンター勤務、今日も疲れた"),
    ("workplace", "『珈琲ミモザ』で毎朝勉強してる"),
    ("workplace", "夜勤のシフトは毎月第2週"),
    ("workplace", "早番からの夜勤、体がきしむ"),
    ("workplace", "釧路で漁師やってる親父の手伝い"),
    ("workplace", "浦和みなみ小でPTA役員やってます"),
    # identity: someone else's name or age, stage names, templates
    ("identity", "日本代表の藤川選手、29歳で主将とかすごい"),
    ("identity", "個人勢Vtuberの星野ルナです、よろしく"),
    ("identity", "祖母の米寿のお祝いで温泉へ"),
    ("identity", "自己紹介テンプレ置いとく\n名前:\n年齢:\n住み:"),
    # home: the past, wishes, travel tags, others' stations
    ("home", "地元の函館を離れてもう15年"),
    ("home", "宝くじ当たったら石垣島に移住する"),
    ("home", "#星空 #天体写真 #長野 #阿智村"),
    ("home", "取引先の担当さん、最寄りが大宮らしい"),
    ("home", "宛名の書き方見本「〒100-0000 東京都千代田区1-2-3 山田様」"),
    # school: someone else's child, a relative's workplace
    ("school", "知り合いの息子さんが北斗大の医学部らしい"),
    ("school", "父が長年勤めた青葉高校を定年退職した"),
    # family: other people's relatives, pets, suppositions, generic talk, fiction
    ("family", "ママ友の旦那さん、消防士らしい"),
    ("family", "利用者さんのお孫さん(5歳)が面会に来てくれた"),
    ("family", "あの芸人さんの奥さん、料理上手なんだって"),
    ("family", "うちの次男(柴犬・3歳)が今日もいたずら"),
    ("family", "もし子どもができたら海の近くに住みたい"),
    ("family", "家族って難しいよね、距離感が"),
    ("family", "韓ドラの姑、いびり方がえげつない"),
    # whereabouts: activities without a place, relatives' plans, habits, new posts, quotes
    ("whereabouts", "休憩なう☕"),
    ("whereabouts", "娘が今日から「ひばり幼稚園」の年少さん"),
    ("whereabouts", "毎年正月は妻の実家の宮崎で過ごすのが恒例"),
    ("whereabouts", "今日から北洋損保の函館支店勤務です"),
    ("whereabouts", "「函館駅で待ってる」ってセリフ、あの映画の名場面"),
    ("whereabouts", "【注意喚起】「〇〇駅なう」みたいな投稿は危ないので気をつけて"),
    # contact: markup, prose after a service name, placeholders, others' accounts
    ("contact", "<img src=x onerror=alert(1)>"),
    ("contact", "Tip: never post your room number on Instagram. Seriously."),
    ("contact", "携帯番号は 0X0-XXXX-XXXX の11桁"),
    ("contact", "観光協会のインスタ(@visit_otaru_5555)の写真がきれい"),
    ("contact", "詐欺の電話、090-1111-2222 からかかってきた"),
]


@pytest.mark.parametrize(("category", "text", "kind"), MUST_MATCH)
def test_must_match(category: str, text: str, kind: str | None) -> None:
    got = found(text, category)
    assert got, f"nothing for {category}: {text}"
    if kind is not None:
        assert kind in {f.kind for f in got}, [(f.kind, f.value) for f in got]
    for f in got:
        assert f.text == text[f.start : f.end]
        assert f.reason and 0 < f.weight <= 1


@pytest.mark.parametrize(("category", "text"), MUST_NOT_MATCH)
def test_must_not_match(category: str, text: str) -> None:
    assert found(text, category) == [], [(f.kind, f.text) for f in found(text, category)]


def test_romaji_gazetteer_reads_hepburn() -> None:
    from auditor.cues.english import romaji, romaji_places

    assert romaji("トウキョウ") == "tokyo"
    assert romaji("サッポロ") == "sapporo"
    places = romaji_places()
    assert places["sapporo"] == "札幌市"
    assert places["naha"] == "那覇市"
    assert places["osaka"] == "大阪市"  # the city, not a town that reads (o)saka


def test_quoted_examples_are_dropped_but_not_the_rest() -> None:
    text = "「明日から沖縄!」って投稿は危ないらしい。ちなみに私は那覇市在住です"
    assert found(text, "whereabouts") == []
    assert [f.value for f in found(text, "home")] == ["那覇市"]
