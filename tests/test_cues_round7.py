"""Round 7 rule families: table-driven, with posts that must and must not match.

Round 7 added: a named organisation with working life after it (残業, 昼休み, 夜勤), a job one is
promoted or hired into at a named organisation, years in a job there, a back-office job
after its name (〇〇商事の経理), 「うちの〇〇果樹園」, not a job left behind (昔, 前の職場) or an office's
switchboard number, school staff words (非常勤, 事務); an adverb-like word no longer starts an
organisation's name, a job word inside a katakana word (アパート) is no job; self-introduction
lists ending in an age (「〇〇住み、17歳」), a date then 生まれ, the author's age in a household list
(「夫41、私37」), an ID number a few words after its card, an age hashtag among the author's own
tags, a name after 「わたしの名前」, amateur radio call signs (identity and contact); nobody but a
pet at home, 誰もおらん; なう after an unnamed venue or a street, a relative named after なう as a
companion, a question line before 今 that hedges nothing after it, 〜ぶり not a past, an unnamed
spot with 「におります」 and a stated time, a relative's own trip and the weather not the author's whereabouts; strangers called おばあちゃん,
ご家族, pets called 長男 and children in general advice not family; tips, publication schedules
and other people's habits not routine; 上の子/下の子, children raised, a relative who lives in a
named place; handles after 繋がろ/交換 and an arrow, a lower-case 「id:」, LINE's QR link, accounts
of a classmate; landlines of tourist offices, farm stands and municipal sections; 「住んでる川口」,
「〜に家建てた」, 「〇〇市の坂本です」, 「〇〇の我が家」; schools in fiction. The sentences are ours, written for
these tests (not copied from any labelled set); places are real, people, schools and shops
are not. The learned layer is off.
"""

from __future__ import annotations

import os

import pytest
from cue_helpers import found

os.environ["AUDITOR_CUES_STRICT"] = "1"


pytestmark = pytest.mark.usefixtures("rules_only")


MUST_MATCH: list[tuple[str, str]] = [
    # workplace: working life after a named organisation, a job one became there
    ("workplace", "能代南郵便局、年賀状の仕分けで今週ずっと残業"),
    ("workplace", "昼休み、富山県庁東別館の屋上からの立山がきれい"),
    ("workplace", "さくら台中央病院の外科病棟で主任看護師になりました"),
    ("workplace", "諏訪湖西高校で理科の非常勤やってます"),
    ("workplace", "福島学芸大学の事務やってます。入試の時期は泊まり込み"),
    ("workplace", "宇部のみどり幼稚園で先生しよります"),
    ("workplace", "北陸コールサービス金沢センターで電話対応して4年になる"),
    ("workplace", "丸福商事の経理、月末はほぼ徹夜"),
    ("workplace", "うちの小松原果樹園、梨狩りは9月1日から"),
    # identity: ages after a self-introduction list, a date then 生まれ, a household list
    ("identity", "釧路住み、19歳。寒いのは慣れた"),
    ("identity", "昭和58年5月5日、こどもの日生まれです"),
    ("identity", "妻38、私40、娘12。みんな寅年じゃないけど"),
    ("identity", "社員証なくした…番号 E0203881 のやつ、見かけたら教えて"),
    ("identity", "JH3XYZ、堺市から毎晩7MHzでCQ出してます"),
    ("contact", "QSLカードはビューロー経由で。こちら JR6ABC です"),
    ("identity", "うちの車(練馬 500 さ 12-34)、当て逃げされた…誰か見てない?"),
    ("identity", "#ljk #18歳 #春から大学生 卒業式おわった"),
    ("identity", "今日はあたしの誕生日!ケーキ3個食べる"),
    ("identity", "わたしの名前 森川ゆず ってよく男子と間違われる"),
    # school: a name without its suffix in brackets after the kind of school
    ("school", "ウチの高校(旭川東)、文化祭の一般公開なくなった"),
    # whereabouts: nobody at home, なう after an unnamed venue or a street
    ("whereabouts", "今夜から二泊で実家。家にはハムスターだけ"),
    ("whereabouts", "週末は家族みんな出払ってるので宅配は月曜で"),
    ("whereabouts", "明日は夫も私も遅番で家は誰もおらんけ"),
    ("whereabouts", "竹下通りなう、人多すぎ"),
    ("whereabouts", "登別の地獄谷の展望台なう。硫黄の匂いすごい"),
    ("whereabouts", "旭川の動物園なう🐻 娘がホッキョクグマに夢中"),
    ("whereabouts", "明日から娘と二人で金沢旅行"),
    ("whereabouts", "なにしよん?今ちょうど兼六園おるけん、暇なら来て"),
    ("whereabouts", "3年ぶりに松本の実家へ帰省中。そばがうまい"),
    ("whereabouts", "今夜は盆踊りの受付係。21時まで本部テントにおります"),
    # family: 上の子/下の子, children raised, a relative in a named place
    ("family", "上の子は部活、下の子は塾。夕飯が三回に分かれる"),
    ("family", "帯広で小学生3人育ててます"),
    ("family", "盆休みは宮崎の祖父母に会いに行く"),
    # contact: a handle after an arrow, LINE's QR link
    ("contact", "インスタ交換しよって言われたので置いとく、これ私のです→ @riko_0412_x"),
    ("contact", "同い年の子と繋がりたい!繋がろ→ @haru_2009_sun"),
    ("contact", "LINEのQRはこちら、同じクラスの人だけ追加してね line.me/ti/p/Xy7Kq2"),
    ("contact", "SMSでいいので 070-5512-8843 に一言もらえたら迎えに行くよ"),
    ("contact", "LINE教えてって言われたので→ id: kaho_s_0917 ここから追加してね"),
    # home: the place after 住んでる, a house built there
    ("home", "住んでる所沢、ベルーナドームまで自転車で行ける"),
    ("home", "去年、八戸の是川に家建てました。庭がある暮らし"),
    ("home", "青森市の工藤です。町内会の雪かき当番の件でご連絡します"),
    ("home", "はじめまして、徳島の森本たえ子と申します。藍染めが趣味です"),
    ("home", "今年も紫陽花が咲いた。鎌倉の我が家の庭、見頃は来週"),
]

MUST_NOT_MATCH: list[tuple[str, str]] = [
    # workplace: the way to work, a breakfast before work, an inpatient
    ("workplace", "いつものドトール大宮東口店で、出勤前のコーヒー"),
    ("workplace", "毎朝の京急で出勤。今日も座れなかった"),
    ("workplace", "みなと中央病院に入院中。夜勤の看護師さんが優しい"),
    ("workplace", "小学校の頃の担任に同窓会で会えた"),
    ("workplace", "アパートの更新料、高すぎ"),
    ("workplace", "駅前の北洋銀行の窓口、今日はすごく混んでた"),
    ("workplace", "松江市役所 代表0852-11-2233(平日のみ)、手続きの前に確認を"),
    ("workplace", "昔、熱海の旅館で仲居してた頃は毎日へとへとだった"),
    ("workplace", "前の職場の室蘭の工場、辞めてもう3年"),
    ("workplace", "うちの札幌東高の制服、冬でもスカート短い"),
    # identity: a relative's birth and grade, someone else's car, a product code
    ("identity", "3月3日、ひな祭りの日に生まれた姪っ子"),
    ("identity", "型番JA1ABCのケーブル、どこにも売ってない"),
    ("identity", "昨日はJA1XYZさんと交信できた、うれしい"),
    ("identity", "私20時には帰るね"),
    ("identity", "#娘 #12歳 #ピアノ発表会 よく頑張った"),
    ("identity", "息子10歳!#10歳 #誕生日"),
    ("school", "春から地元の高校(県立)に通う"),
    # contact: a classmate's account, a service name before a handle, public offices
    ("contact", "同じクラスの子のTikTok @mina.dance がバズってる"),
    ("contact", "道の駅の直売所、出品の問い合わせは0235-11-2233(平日)"),
    ("contact", "霧島の観光案内所(0995-11-2233)、地図を送ってくれるって"),
    ("contact", "児童手当の問い合わせ:鳥取市こども家庭課 0857-11-2233"),
    ("contact", "知らない番号からSMS来た 080-1111-2345 に折り返したら当選だって"),
    # family: people in a district, a senior's children
    ("family", "渋谷の娘たちってみんなおしゃれ"),
    ("family", "隣の席の先輩、3人の子持ちなのに定時で帰っててすごい"),
    # home: 住んでる + a generic noun, a time before a move
    ("home", "住んでる部屋は日当たりだけが取り柄"),
    ("home", "私10年前に引っ越した"),
    ("home", "京都の山本さんです、ってよく紹介される"),
    ("home", "子どもの頃は高崎の家に住んでた"),
    # whereabouts: a relative is the subject of なう or goes on their own trip; weather, quakes
    ("whereabouts", "5年ぶりに仙台行ってきた。牛タン最高"),
    ("whereabouts", "ねえ、今から渋谷行くの?"),
    ("whereabouts", "もう10年この町にいます"),
    ("whereabouts", "今日は総務課におります"),
    ("whereabouts", "息子が修学旅行で京都なう"),
    ("whereabouts", "長女、明日から合宿で菅平。静かな三日間になりそう"),
    ("whereabouts", "中2の息子の「緑ヶ丘中」、来週は修学旅行で奈良"),
    ("whereabouts", "夫(営業)が今日から研修で博多へ。夕飯は簡単に済ませよう"),
    ("whereabouts", "明日の北陸、朝はかなり冷え込み。金沢は雪の予報"),
    ("whereabouts", "さっき石垣島で震度3。揺れはすぐおさまった"),
    # family: strangers called grandma, other families, pets called by kinship words
    ("family", "横断歩道で困ってそうなおばあちゃんの荷物を持った"),
    ("family", "向かいの席に座ったご家族、赤ちゃんがずっとにこにこしてた"),
    ("family", "うちの長女(トイプードル・3歳)、今日もお散歩拒否"),
    ("family", "家族割に入ったら携帯代が少し安くなった"),
    ("family", "子どもの写真をSNSに上げるときは制服に気をつけて、って学校から手紙が来た"),
    ("family", "焼き鳥は親鳥派?ひな鳥派?"),
    ("family", "県立こども病院の救急当番はホームページで確認できる"),
    # routine: a tip for anyone, a publication's schedule, other people's habits, the past
    ("routine", "ランニング初心者は週3回でOK。無理しないのが一番"),
    ("routine", "毎週金曜更新の連載マンガ、今週は休み"),
    ("routine", "毎朝ジムに行ってる人ほんとすごい"),
    ("routine", "学生のころは毎週カラオケ行ってたなあ"),
    # school: schools in dramas and anime
    ("school", "ドラマの2年B組、最終回で泣いた"),
    ("school", "あのアニメの桜ヶ丘高校、実在しないのが悲しい"),
]


@pytest.mark.parametrize(("category", "text"), MUST_MATCH)
def test_round7_rules_find(category: str, text: str) -> None:
    assert found(text, category), f"{category} missed: {text}"


@pytest.mark.parametrize(("category", "text"), MUST_NOT_MATCH)
def test_round7_rules_do_not_find(category: str, text: str) -> None:
    assert not found(text, category), f"{category} wrongly found: {text}"
