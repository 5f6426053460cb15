"""Table-driven tests per recogniser: what must match (with kind/value) and what must not.

Each row is a post the recogniser has to get right *for a reason*: the attribution, the
tense, the validation. Sentences are ours, not the dev set's.
"""

from __future__ import annotations

import os

import pytest
from cue_helpers import found

from auditor.cues import detect

# A recogniser bug must fail the tests, not be swallowed (see detector._safe).
os.environ["AUDITOR_CUES_STRICT"] = "1"


def kinds(text: str, category: str) -> set[tuple[str, str | None]]:
    return {(f.kind, f.value) for f in found(text, category)}


MUST_MATCH: list[tuple[str, str, str, str | None]] = [
    # category, text, kind, value (None: any value)
    ("contact", "新しい番号は０９０－１１１１－２２２２です", "phone", "+819011112222"),
    ("contact", "急ぎは携帯(+81 80-1234-0000)まで", "phone", "+818012340000"),
    ("contact", "見つからなかったら07011112222に電話ください", "phone", "+817011112222"),
    ("contact", "ご依頼は taro.works@example.com まで", "email", "taro.works@example.com"),
    ("contact", "連絡はこちら hanako[at]example.jp へ", "email", "hanako@example.jp"),
    ("contact", "サブ垢作った→ @mikan_sub_1234", "sns_id", "@mikan_sub_1234"),
    ("contact", "LINE ID: haru_1234 で追加してね", "sns_id", "line:haru_1234"),
    ("contact", "作品は instagram.com/yui_1234", "sns_id", "instagram:yui_1234"),
    ("identity", "マイナンバー 1234 5678 9012 を控えとく", "mynumber", "123456789012"),
    ("identity", "クレカ 4111 1111 1111 1111 の再発行が来た", "card", "1111"),
    ("identity", "パスポート番号 TK1234567 で予約", "passport", "TK1234567"),
    ("identity", "納車!品川 330 あ 12-34 です", "plate", "品川 330 あ 12-34"),
    ("identity", "振込先 ゆうちょ銀行 〇一八店 普通 1234567", "bank_account", "1234567"),
    ("identity", "昨日で42歳になりました", "age", "42"),
    ("identity", "誕生日は3月14日です", "birthday", "03-14"),
    ("identity", "生年月日H12.4.1", "birthday", "2000-04-01"),
    ("identity", "はじめまして、高橋さくらと申します", "name", "高橋さくら"),
    ("home", "〒060-0001 札幌市中央区北1条西2丁目3-4 ハイツ201", "postcode", "060-0001"),
    ("home", "住所は福岡市博多区博多駅前4-5-6 ハイツ博多203です", "address", None),
    ("home", "調布市在住のエンジニアです", "municipality", "調布市"),
    ("home", "那覇市の首里に住んでるさー", "municipality", "那覇市"),
    ("home", "最寄りは琴似駅です", "station", "琴似駅"),
    ("home", "家が船橋だから朝が早い", "municipality", "船橋市"),
    ("home", "#港北区 住んで10年になります", "municipality", "横浜市港北区"),
    ("workplace", "静岡県庁の道路整備課で働いてます", "org", "静岡県庁"),
    ("workplace", "株式会社ソラノ物流 仙台営業所で配送やってます", "org", None),
    ("workplace", "会社の最寄りが本町駅なので昼は公園", "org", "本町駅"),
    ("school", "うちら緑ヶ丘中の吹部、金賞とった", "school", "緑ヶ丘中"),
    ("school", "北海道大学の農学部3年です", "school", "北海道大学"),
    ("school", "3年B組のグループ通知多すぎ", "grade", "3年B組"),
    ("family", "夫と2歳の娘と3人暮らし", "member_age", "娘:2"),
    ("family", "長男(7)と次女(3)が大げんか", "member_age", "息子:7"),
    ("family", "夫と2歳の娘と3人暮らし", "household_size", "3"),
    ("family", "ｳﾁﾉ ﾑｽﾒ ｶﾞ ﾆｭｳｶﾞｸ", "member", "娘"),
    ("routine", "毎朝7:42の東横線はいつも混む", "line", "東横線"),
    ("routine", "平日は19時過ぎに帰宅してる", "time", "19:00"),
    ("routine", "毎週火曜と金曜はジムに行ってる", "weekly", "火金"),
    ("whereabouts", "博多駅なう!", "now", "博多駅"),
    ("whereabouts", "明日から5日間バンコク✈️", "future", "バンコク"),
    ("whereabouts", "来週は出張で、その間うちは誰もいない", "away", None),
    ("whereabouts", "今ハチ公前にいます!", "now", "ハチ公"),
    ("whereabouts", "大学の友達と河原町で飲み会なう", "now", "河原町"),
    ("whereabouts", "推しのライブで今大阪城ホールにいる!", "now", "大阪城ホール"),
    ("home", "わし、広島市の南区に住んどるんじゃ", "municipality", "広島市"),
    ("home", "北九州の小倉に住んどるっちゃけど", "municipality", "北九州市"),
    ("routine", "金曜の夜はいつも近所の焼き鳥屋で一杯", "weekly", "金"),
    ("routine", "いつものカフェで作業中", "recurring", None),
    ("contact", "推しのライブ最高!私のインスタ→@me_1234", "sns_id", "@me_1234"),
    ("identity", "田中ゆうき、28歳。アオバ食品の営業部です", "age", "28"),
    ("home", "うちの最寄り、JR南浦和駅", "station", "南浦和駅"),
    ("home", "住まいは名古屋市の緑区です", "municipality", "名古屋市"),
    ("school", "息子は大阪市立天王寺中学校に通っています", "school", "大阪市立天王寺中学校"),
    ("workplace", "サイゼリヤでバイトしてます", "org", "サイゼリヤ"),
    ("routine", "土日は決まって円山公園をジョギング", "place", "円山公園"),
    ("home", "苫小牧に転勤してきて半年", "municipality", "苫小牧市"),
    ("home", "江東区民になって3年目", "municipality", "江東区"),
    ("home", "引っ越し先は所沢市です", "municipality", "所沢市"),
    ("home", "最寄りが西鉄の大橋駅なんだけど", "station", "大橋駅"),
    ("workplace", "ナナイロ印刷の広島営業所で経理担当しています", "org", "広島営業所"),
    ("school", "娘の通う桜小、明日は授業参観", "school", "桜小"),
    ("home", "上京して三軒茶屋で一人暮らし始めた", "neighbourhood", "三軒茶屋"),
    ("home", "大津に家を買いました!", "neighbourhood", "大津"),  # 大津市 and 大津町 exist
    ("workplace", "鈴鹿サーキットの近くの工場で働いてます", "org", None),
    ("workplace", "青森銀行の本店で窓口業務をしています", "org", "青森銀行"),
]


@pytest.mark.parametrize(("category", "text", "kind", "value"), MUST_MATCH)
def test_must_match(category: str, text: str, kind: str, value: str | None) -> None:
    got = kinds(text, category)
    if value is None:
        assert kind in {k for k, _ in got}, got
    else:
        assert (kind, value) in got, got


MUST_NOT_MATCH: list[tuple[str, str]] = [
    # contact: numbers and accounts that are not the author's
    ("contact", "サポート窓口(0120-000-318)、30分待ちはつらい"),
    ("contact", "このパン屋さん、電話で取り置きできる☎03-1111-2222"),
    ("contact", "050-1111-2222 から「税務署です」って電話、完全に詐欺"),
    ("contact", "090-1234-5678って例に使われがちな番号"),
    ("contact", "推しの公式インスタ(@star_official_99)更新きた"),
    ("contact", "お問い合わせ:info@example.co.jp(株式会社ひだまり)"),
    ("contact", "@taro_99 ありがとう!また遊ぼう"),
    # identity: other people's ages and birthdays, hearsay numbers
    ("identity", "うちの犬、今日で10歳!"),
    ("identity", "推しのバースデー🎂 今日で25歳!"),
    ("identity", "元カレの誕生日(3/8)をまだ覚えてる"),
    ("identity", "クレカ番号 4111 1111 1111 1111 ってテスト用の番号なんだって"),
    ("identity", "春日井ことはさんです(推し声優)"),
    ("identity", "30代になって体力が落ちた"),
    # home: past, wishes, other people's homes, news
    ("home", "高校まで住んでた函館、もう15年帰ってない"),
    ("home", "住みたい街ランキング、今年も吉祥寺が上位"),
    ("home", "ドラマの主人公の家、目黒区って設定らしい"),
    ("home", "この間のニュース、横浜市のマンションで水漏れ"),
    ("home", "関西在住の方へ:おすすめ教えて"),
    ("home", "市役所の住所は〒980-0000 仙台市青葉区国分町3-7-1です"),
    # workplace: wishes, news, generic work talk
    ("workplace", "ミナト銀行みたいな福利厚生いいとこ行きたいなぁ"),
    ("workplace", "【速報】ミナト電機、本社を大阪市北区から品川へ移転"),
    ("workplace", "残業続きで疲れた…"),
    ("workplace", "職場のお局さんがまた機嫌悪い"),
    ("workplace", "大阪でネイリストしてます"),
    # school: unnamed schools and sports news
    ("school", "学校だるい、明日小テスト"),
    ("school", "高校野球、翠嶺学園が9回裏に逆転サヨナラ"),
    ("school", "箱根駅伝、青葉台大学の3区の選手すごかった"),
    # family: idioms and other people's relatives
    ("family", "母の日のカーネーション売り場が華やか"),
    ("family", "ママチャリで坂道はきつい"),
    ("family", "友達の子ども、もう小学生なんだって"),
    ("family", "店員のお姉さんが優しかった"),
    ("family", "ハムスターの兄弟がケンカしてる"),
    ("family", "子どもの頃は大阪に住んでた"),
    # routine: one-offs, wishes, complaints
    ("routine", "毎日毎日暑すぎて溶ける"),
    ("routine", "朝ヨガ始めたい。でも続くかな"),
    ("routine", "今週末は金沢に一人旅の予定"),
    ("routine", "雨の日の通勤ってなんであんなに疲れるんだろう"),
    # whereabouts: told afterwards, other people, forecasts, wishes
    ("whereabouts", "先週末の大阪遠征わず USJ最高だった"),
    ("whereabouts", "去年の夏に行った石垣島の海、今見返しても青い"),
    ("whereabouts", "友達が今ハワイにいるらしい"),
    ("whereabouts", "推しが今日福岡でライブしてる!"),
    ("whereabouts", "台風10号、明日には九州南部に上陸する見込み"),
    ("whereabouts", "いつか北海道でカニ食べ放題するのが夢"),
    ("whereabouts", "近鉄の車掌さん、アナウンス上手すぎ"),
    ("whereabouts", "名古屋市千種区今池9-8-15に送ってください"),
    ("whereabouts", "今日は渋谷で買い物してきた!"),
    ("whereabouts", "友達が今ハワイにいる"),
    ("home", "札幌在住の姉が遊びに来た"),
    ("routine", "毎朝ウォーキングしてる人ってえらい"),
    ("family", "たこ焼き器は一家に一台や"),
    ("identity", "大谷翔平、今日で30歳!"),
    ("contact", "【お知らせ】当店の電話番号が変わりました。新番号:011-000-5678"),
    ("contact", "このお店の予約はInstagramのDMから(@cafe_hoshi_1234)"),
    ("contact", "人気声優の〇〇さん、インスタ始めたらしい!@seiyu_1234"),
    ("contact", "このYouTuberのサブ垢@game_1234、知ってる?"),
    ("contact", "このカフェ(03-0000-1234)、Wi-Fi使えて最高"),
    ("home", "東京ドームの最寄り駅は水道橋です"),
    ("routine", "市の広報:毎月第2水曜日は図書館休館日です"),
    ("family", "息子さんの合格おめでとうございます!"),
    ("workplace", "友達がスタバでバイト始めたらしい"),
    ("home", "彼氏が福岡に転勤になった"),
    ("whereabouts", "来週から推しが全国ツアー!東京公演は行けないけど"),
    ("contact", "この番号から電話きたけど誰?080-0000-9999"),
    ("identity", "豊橋市民です、手筒花火が楽しみ"),
    ("home", "いとこが盛岡に住んでる"),
    ("workplace", "取引先の大阪支社に挨拶に行ってきた"),
    ("home", "都会で一人暮らしってさみしい"),
]


@pytest.mark.parametrize(("category", "text"), MUST_NOT_MATCH)
def test_must_not_match(category: str, text: str) -> None:
    assert found(text, category) == []


def test_finding_fields_follow_the_contract() -> None:
    fs = detect("練馬区在住、最寄りは石神井公園駅。携帯 090-1111-2222")
    assert fs
    for f in fs:
        assert f.post_id is None and f.field == "text" and f.source == "text"
        assert 0 < f.weight <= 1
        assert f.reason and f.reason_en and f.kind


def test_offsets_after_normalisation() -> None:
    text = "ｵｯｽ ﾊﾞｲﾄ先は ｻﾝｸｽﾀｰ江坂駅前店。携帯：０９０－１１１１－２２２２"
    fs = detect(text)
    phone = next(f for f in fs if f.kind == "phone")
    assert phone.text == "０９０－１１１１－２２２２" == text[phone.start : phone.end]
    for f in fs:
        assert text[f.start : f.end] == f.text
