"""The demo account, as data: the single source of truth for ``auditor demo``.

A fictional person, 高橋奈央 (@nao_pan_0000), a working mother in 東京都板橋区, posts on X
from 2026-04-01 to 2026-09-30. Everything about her, her family, her employer, the
shops and the school is invented; the ward, the station, the park, the river and the
venues are real places, and every contact detail is a fake-looking placeholder
(090-0000-…, example.com). Her home address uses 常盤台6丁目, which does not exist
(常盤台 has 1–4丁目), so it points at nobody's real home.

``POSTS`` is the timeline in Japanese local time with, for every post, the labels a
careful human gives it under ../shared/TAXONOMY.md (sorted category ids, ``()`` for
none). Labels judge the post's *text* only; what a geotag adds is ``DemoPost.geo_labels``.
``GROUND_TRUTH`` lists what a stranger could piece together, and ``DemoPost.truth``
says which post carries which item. ``scripts/build_demo.py`` turns this module into
the X archive in ``archive/`` and the oracle files beside it. PERSONA.md explains it.

Nothing here is random: seconds, ids and counts are derived from the text by hashing.
"""

from __future__ import annotations

import hashlib
import math
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

TZ = ZoneInfo("Asia/Tokyo")

CATEGORIES: tuple[str, ...] = (
    "home", "workplace", "school", "family", "routine", "whereabouts", "contact", "identity",
)

# --------------------------------------------------------------------------- account

ACCOUNT = {
    "username": "nao_pan_0000",
    "display_name": "なお🍞ワーママ",
    "email": "nao.t.0000@example.com",
    "created_at": "2019-05-10T12:34:56.789Z",
    "created_via": "web",
}

PROFILE = {
    "bio": "小3娘👧と年中息子👦のワーママ。経理10年目。東上線で通勤中。パン作り🍞・朝ラン🏃‍♀️・猫のむぎ🐈 無言フォロー失礼します🙏",
    "website": "https://t.co/nP4kT0ml3Q",
    "location": "東京 板橋区",
    "avatar": "https://pbs.twimg.com/profile_images/1790000000000000000/nAoPaN00_400x400.jpg",
    "header_timestamp": "1715340000",
}

#: What each profile field gives away (same rules as posts).
PROFILE_LABELS: dict[str, tuple[str, ...]] = {
    "display_name": (),
    "bio": ("family", "routine"),
    "location": ("home",),
    "website": (),
}

#: Other accounts that appear in mentions, replies and retweets (all fictional).
ACCOUNTS: dict[str, dict[str, str]] = {
    "mika_ikuji_0000": {"name": "みか🌸3y男子ママ", "id_str": "1380000000007700001"},
    "yukko_run_0000": {"name": "ゆっこ🏃‍♀️ゆるラン部", "id_str": "1450000000012300002"},
    "saki_bo_0000": {"name": "さき@簿記がんばる", "id_str": "1520000000034500003"},
    "tama_neko_0000": {"name": "たま🐈猫と暮らす", "id_str": "1260000000056700004"},
    "kaori_recipe00": {"name": "かおりの時短レシピ", "id_str": "1100000000078900005"},
    "nekodaily_0000": {"name": "今日の猫ニュース", "id_str": "1000000000090100006"},
    "mn_penguins00": {"name": "ミッドナイト・ペンギンズ official", "id_str": "1300000000023400007"},
    "tenki_navi0000": {"name": "てんきナビ", "id_str": "1050000000045600008"},
    "komugi_do_0000": {"name": "こむぎ堂(移動パン屋)", "id_str": "1600000000067800009"},
}

# --------------------------------------------------------------------------- places

#: Approximate points (WGS84). HOME is a point in 常盤台, ~300 m from ときわ台駅;
#: OFFICE is between 池袋駅東口 and Sunshine 60. Neither is a real person's address.
HOME = (35.76030, 139.68610)
OFFICE = (35.73050, 139.71630)
STATION = (35.75885, 139.68895)  # ときわ台駅
POINTS: dict[str, tuple[float, float]] = {
    "swim": (35.76350, 139.67700),  # the (fictional) swimming school near 上板橋駅
    "cafe": (35.75910, 139.68930),  # the (fictional) こもれび珈琲 by ときわ台駅
    "shimizu_port": (35.01550, 138.49600),  # 清水港
    "nihondaira": (34.97070, 138.46500),  # 日本平
    "shin_osaka": (34.73350, 135.50020),  # 新大阪駅
    "karuizawa_camp": (36.34300, 138.62000),  # a campsite in 軽井沢町
    "budokan": (35.69330, 139.74980),  # 日本武道館
}

#: v1.1-style place objects (``bbox``: west, south, east, north).
PLACES: dict[str, dict] = {
    "itabashi": {"name": "板橋区", "full_name": "東京 板橋区", "place_type": "city",
                 "bbox": (139.6196, 35.7427, 139.7290, 35.7998)},
    "toshima": {"name": "豊島区", "full_name": "東京 豊島区", "place_type": "city",
                "bbox": (139.6877, 35.7155, 139.7430, 35.7449)},
    "shizuoka": {"name": "静岡市", "full_name": "静岡 静岡市", "place_type": "city",
                 "bbox": (138.1000, 34.8800, 138.6000, 35.5500)},
    "osaka": {"name": "大阪市", "full_name": "大阪 大阪市", "place_type": "city",
              "bbox": (135.4000, 34.5700, 135.5800, 34.7500)},
    "karuizawa": {"name": "軽井沢町", "full_name": "長野 軽井沢町", "place_type": "city",
                  "bbox": (138.5000, 36.2800, 138.6600, 36.4200)},
    "budokan": {"name": "日本武道館", "full_name": "日本武道館", "place_type": "poi",
                "bbox": (139.7498, 35.6933, 139.7498, 35.6933)},
}

#: Deterministic offsets (metres north, metres east) for geotags around HOME and OFFICE.
_HOME_OFFSETS = [(30, -45), (-60, 20), (85, 70), (-20, -90), (10, 110), (-95, -30),
                 (55, -15), (-40, 60), (100, -60), (-70, -80), (5, 5), (45, 95), (-15, 40)]
_OFFICE_OFFSETS = [(12, -20), (-25, 8), (18, 30), (-8, -35), (30, 12), (-30, -10), (5, 22)]


@dataclass(frozen=True, slots=True)
class GeoTag:
    lat: float
    lon: float
    cluster: str  # "home" | "work" | "elsewhere"
    place: str | None = None  # key of PLACES


def _shift(point: tuple[float, float], north_m: float, east_m: float) -> tuple[float, float]:
    lat, lon = point
    dlat = north_m / 111_320.0
    dlon = east_m / (111_320.0 * math.cos(math.radians(lat)))
    return round(lat + dlat, 7), round(lon + dlon, 7)


def at_home(k: int, place: bool = False) -> GeoTag:
    lat, lon = _shift(HOME, *_HOME_OFFSETS[k])
    return GeoTag(lat, lon, "home", "itabashi" if place else None)


def at_work(k: int, place: bool = False) -> GeoTag:
    lat, lon = _shift(OFFICE, *_OFFICE_OFFSETS[k])
    return GeoTag(lat, lon, "work", "toshima" if place else None)


def at(point: str, place: str | None = None, north_m: float = 0, east_m: float = 0) -> GeoTag:
    lat, lon = _shift(POINTS[point], north_m, east_m)
    return GeoTag(lat, lon, "elsewhere", place)


def distance_m(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Haversine distance in metres."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin(
        (lon2 - lon1) / 2
    ) ** 2
    return 2 * 6_371_000 * math.asin(math.sqrt(h))


# --------------------------------------------------------------------------- posts


@dataclass(frozen=True, slots=True)
class DemoPost:
    local: str  # "YYYY-MM-DD HH:MM" Asia/Tokyo; seconds come from the text hash
    text: str  # as the author typed it (the archive stores it HTML-escaped)
    labels: tuple[str, ...]
    geo: GeoTag | None = None
    reply_to: str | None = None  # screen name of the account replied to
    thread_of: str | None = None  # ``local`` of her own earlier post (self-reply)
    retweet: bool = False
    source: str = "iphone"  # "iphone" | "web"
    urls: tuple[tuple[str, str], ...] = ()  # (t.co URL in text, expanded URL)
    truth: tuple[str, ...] = ()  # GROUND_TRUTH keys this post carries
    favorites: int | None = None  # None: derived from the hash
    retweets: int = 0

    @property
    def digest(self) -> bytes:
        return hashlib.sha256(f"{self.local}|{self.text}".encode()).digest()

    @property
    def created_at(self) -> datetime:
        """Aware local time. ``local`` is the nominal minute; a round minute (:00, :05, …)
        is nudged by 0–4 minutes and the second is set, both from the text hash, so the
        timeline reads naturally and stays stable."""
        base = datetime.strptime(self.local, "%Y-%m-%d %H:%M").replace(tzinfo=TZ)
        nudge = self.digest[1] % 5 if base.minute % 5 == 0 else 0
        return base.replace(minute=base.minute + nudge, second=self.digest[0] % 60)

    @property
    def geo_labels(self) -> tuple[str, ...]:
        """What the geotag alone gives away: home or work cluster, or a place visited."""
        if self.geo is None:
            return ()
        return {"home": ("home",), "work": ("workplace",)}.get(self.geo.cluster, ("whereabouts",))

    @property
    def all_labels(self) -> tuple[str, ...]:
        return tuple(sorted(set(self.labels) | set(self.geo_labels)))


def P(local: str, text: str, labels: str = "", **kw) -> DemoPost:
    """One post. ``labels``: space-separated category ids."""
    ids = tuple(sorted(labels.split()))
    unknown = set(ids) - set(CATEGORIES)
    if unknown:
        raise ValueError(f"{local}: unknown labels {unknown}")
    truth = kw.pop("truth", ())
    if isinstance(truth, str):
        truth = tuple(truth.split())
    return DemoPost(local, text, ids, truth=truth, **kw)


def RT(local: str, user: str, text: str, retweets: int) -> DemoPost:
    """A retweet: someone else's words, never labelled (the author did not write them)."""
    return DemoPost(local, f"RT @{user}: {text}", (), retweet=True, retweets=retweets,
                    favorites=0)


POSTS: list[DemoPost] = [
    # ================================================================ 2026-04
    P("2026-04-01 12:14", "新年度スタート🌸 と言いつつ、経理は前年度の締めが終わってないから全然新年度感ない😇"),
    P("2026-04-01 21:48", "毎週水曜は在宅勤務の日。通勤がないだけで体力の残り方が全然違う…水曜最高🙌", "routine", truth="routine.wfh_wednesday"),
    P("2026-04-02 07:51", "東上線、今日もぎゅうぎゅう🚃 新年度の初々しいスーツの人たちがいっぱい", "routine", truth="routine.commute_train"),
    P("2026-04-02 22:30", "春キャベツが安かったから大量に買った🥬 明日は回鍋肉にしよ"),
    P("2026-04-03 12:31", "会社の近くに新しいお弁当屋さんができてた🍱 唐揚げ弁当480円は偉い"),
    P("2026-04-03 23:05", "金曜の夜に飲むビールのために一週間がんばってる気がする🍺"),
    P("2026-04-04 09:24", "毎週土曜の朝は娘のスイミング🏊‍♀️ 見学席から見てると、クロールだいぶ上手になってきた", "family routine", truth="routine.saturday_swimming family.daughter"),
    P("2026-04-04 15:40", "石神井川沿いの桜、今日が満開かも🌸 近所にこんな景色があるのありがたい", "home", truth="home.neighbourhood"),
    P("2026-04-04 22:12", "猫のむぎ、桜の花びらを追いかけて網戸に激突してた🐈"),
    P("2026-04-05 06:52", "日曜の朝ラン🏃‍♀️ 5km。花見客がいない時間の桜並木は独り占め"),
    P("2026-04-05 13:10", "去年の春に行った京都の写真見返してたら、また行きたくなった。哲学の道の桜きれいだったな🌸"),
    P("2026-04-05 21:40", "明日から新学期。娘の上履き洗った、名札つけた、給食袋にアイロンかけた…あとは何だっけ😵", "family"),
    P("2026-04-06 07:47", "月曜の朝の電車、全員の顔が死んでる(私も)"),
    P("2026-04-06 20:55", "娘、3年生の新しいクラスは3年2組!担任は若い男の先生らしい。仲良しの子と同じクラスで一安心☺️", "family school", truth="school.class family.daughter"),
    P("2026-04-07 12:20", "ランチは今日もいつもの定食屋。サバ味噌が沁みる🐟", "routine"),
    P("2026-04-07 22:40", "ドラマ見ながら洗濯物たたむ時間が至福"),
    P("2026-04-08 12:08", "冷蔵庫の残り物でチャーハン🍳 お昼はこれで十分", geo=at_home(0, place=True)),
    P("2026-04-08 21:15", "Webの勉強はじめました💻 まずはHTMLから。<h1>とか<p>とか、タグって思ったより素直 #Web勉強中", source="web"),
    P("2026-04-09 07:55", "最寄りのときわ台駅、ホームから見える桜が今年もきれい🌸 毎朝これ見られるのはちょっと自慢", "home routine", truth="home.station"),
    P("2026-04-09 19:02", "帰宅。息子、保育園から家に着くまでに『抱っこ』って10回言った", "family"),
    P("2026-04-10 12:40", "経理あるある:月初は電卓の音がBGM"),
    P("2026-04-10 22:05", "新しいボディソープ、いい匂いすぎて風呂から出たくない🛁"),
    P("2026-04-11 09:32", "今日は平泳ぎの足の練習してる。見学席の方が寒い🥶", geo=at("swim")),
    P("2026-04-11 14:20", "ホットケーキミックスでスコーン焼いた。外サク中しっとり、天才では?"),
    P("2026-04-12 06:48", "今日も朝ラン🏃‍♀️ 川の鯉がでかい"),
    P("2026-04-12 16:30", "レシピメモ📝 鶏むね肉のレンジ蒸し\n鶏むね1枚に砂糖小さじ1→塩少々→酒大さじ1\nラップして600Wで3分、裏返して2分、そのまま10分放置\nしっとり!"),
    RT("2026-04-12 21:55", "kaori_recipe00", "【保存版】朝5分でできる作り置きおかず🍳 ①ちくわの磯辺焼き ②ピーマンのおかか和え ③にんじんしりしり", 1843),
    P("2026-04-13 07:44", "7時半に家を出て息子を保育園に送って、7時52分の東上線に滑り込むのが毎朝のミッション🏃‍♀️", "family routine", truth="routine.leave_home routine.commute_train family.son"),
    P("2026-04-13 21:30", "なんか喉が痛い。今日は早く寝よ"),
    P("2026-04-14 12:25", "池袋のオフィス、窓から見えるサンシャイン60に今日も励まされてる", "workplace", geo=at_work(0), truth="workplace.office_area"),
    P("2026-04-14 22:48", "ネットニュースで見たけど、池袋駅西口の再開発って完成は2030年代らしい。気が長い"),
    P("2026-04-15 15:05", "おやつ休憩。むぎが膝の上から降りてくれない🐈"),
    P("2026-04-15 22:10", "<script>alert(1)</script> を入力欄に入れるとアラートが出ちゃうサイトがあるんだって。これがXSS…こわ。 #Web勉強中", source="web"),
    P("2026-04-16 08:02", "今日の占い、うお座1位らしい。いいことあるかな🔮"),
    P("2026-04-16 20:50", "夫が夕飯作ってくれた日は世界が平和", "family", truth="family.spouse"),
    P("2026-04-17 12:50", "午後イチの会議、眠気との戦い確定☕"),
    P("2026-04-17 23:20", "韓ドラ一気見してたらこんな時間…"),
    P("2026-04-18 09:15", "今朝のスイミング、娘(8歳)が初めて25m泳ぎ切った😭👏", "family", geo=at("swim", north_m=10), truth="family.daughter"),
    P("2026-04-18 16:45", "近所のスーパー、土曜の夕方は戦場", "home"),
    P("2026-04-19 11:30", "一日雨☔ 家でひたすらパン生地こねてる #パン作り"),
    P("2026-04-19 20:40", "毎週日曜は朝6時半から、家から5分の石神井川沿いをゆるラン。走り始めて1年、5kmは余裕になった🏃‍♀️ #ランニング", "home routine", truth="routine.sunday_run home.neighbourhood"),
    P("2026-04-20 07:58", "雨の日の満員電車、他人の傘が刺さる☔"),
    P("2026-04-20 21:45", "@mika_ikuji_0000 わかる〜!懇談会の自己紹介、毎年何言うか迷う😂", reply_to="mika_ikuji_0000"),
    P("2026-04-21 12:10", "社食のカレー、月1でしか出ないのに毎回すぐ売り切れる🍛"),
    P("2026-04-21 22:15", "明日は朝イチでオンライン会議。寝坊できない"),
    P("2026-04-22 12:35", "在宅の日のお昼は、ときわ台駅前の「こもれび珈琲」でサンドイッチをテイクアウトするのがいつもの楽しみ☕", "home routine", truth="routine.usual_cafe"),
    P("2026-04-22 21:30", "続き。<img src=x onerror=alert(1)> みたいに画像タグでもスクリプトが動いちゃうことがあるらしい。入力はちゃんとエスケープ、覚えた📝 #Web勉強中", thread_of="2026-04-15 22:10", source="web"),
    P("2026-04-23 07:49", "息子がぐずって1本遅れた…いつもの7:52に乗れないと池袋の会社に着くのがギリギリになる", "family routine workplace", truth="routine.commute_train workplace.office_area"),
    P("2026-04-23 22:00", "ドラッグストアのポイント5倍デーに限って買うものがない"),
    P("2026-04-24 12:45", "同僚のさきちゃんが簿記2級合格🎉 お祝いにランチおごった"),
    P("2026-04-24 21:20", "週末ごほうびにピザ🍕 宅配ピザってなんでこんなにテンション上がるんだろ"),
    P("2026-04-25 13:30", "ニトリで収納ボックス買いすぎた。どこに置くの"),
    RT("2026-04-25 22:40", "nekodaily_0000", "猫が箱に入りたがる理由、研究者にも『よくわからない』らしい🐈📦", 5120),
    P("2026-04-26 07:05", "日曜ラン終わり。今日は8km🏃‍♀️ ゆっこさんと走ると喋ってるうちに距離が伸びる"),
    P("2026-04-26 18:30", "明日からまた一週間…サザエさん症候群🌊"),
    P("2026-04-27 08:04", "GW前の駆け込み仕事がえぐい"),
    P("2026-04-27 22:35", "@yukko_run_0000 日曜ありがとう〜!次は10km挑戦しよ🏃‍♀️", reply_to="yukko_run_0000"),
    P("2026-04-28 12:15", "お昼、8階の休憩スペースから池袋の街を眺めてる。つばさ事務機に入って10年、この景色も見慣れたな", "workplace", truth="workplace.employer workplace.office_area"),
    P("2026-04-28 21:50", "明日は昭和の日でお休み🎌 何も予定がないのが最高の予定"),
    P("2026-04-29 10:20", "祝日の朝、ゆっくりコーヒー淹れられる幸せ☕", geo=at_home(1)),
    P("2026-04-29 15:30", "娘と公園でバドミントン🏸 近所の城北中央公園、広くて助かる", "family home", truth="home.neighbourhood"),
    P("2026-04-30 07:50", "今日行けば明日休み(私の脳内では)。実際は明日も仕事"),
    P("2026-04-30 23:10", "GWの予定、静岡の実家に顔出すくらいかな〜", "family"),
    # ================================================================ 2026-05
    P("2026-05-01 07:46", "連休の谷間の出勤日、電車ガラガラで快適すぎる"),
    P("2026-05-01 12:30", "午後休もらえた!平日の午後の空気、新鮮すぎる"),
    P("2026-05-02 09:40", "連休中でもスイミングはある。見学席の常連さんたちもみんな眠そう"),
    P("2026-05-02 21:30", "明日から3日間、家族で静岡の実家に帰省🚗 5日の夜まで家は空っぽ。むぎはペットシッターさんにお願いした🐈 #GW", "family whereabouts", truth="whereabouts.gw_shizuoka family.parents"),
    P("2026-05-03 11:45", "清水港なう🐟 まぐろ丼の行列すごい", "whereabouts", geo=at("shimizu_port", place="shizuoka"), truth="whereabouts.gw_shizuoka"),
    P("2026-05-03 20:15", "父、今年で古希。孫に囲まれてずっとニコニコしてる☺️", "family", truth="family.parents"),
    P("2026-05-04 10:30", "日本平から富士山🗻 快晴!", "whereabouts", geo=at("nihondaira", place="shizuoka"), truth="whereabouts.gw_shizuoka"),
    P("2026-05-04 21:00", "母の手料理で3kg太る予感しかない", "family"),
    P("2026-05-05 18:50", "帰ってきた〜。渋滞で4時間😵 むぎがめちゃくちゃ甘えてくる", geo=at_home(2, place=True)),
    P("2026-05-06 14:20", "振替休日。洗濯機を3回まわした"),
    P("2026-05-07 07:53", "連休明けの東上線、いつもより混んでる気がする…", "routine"),
    P("2026-05-07 21:40", "かしわ餅、冷凍しといたのを解凍して食べた🍃 意外といける"),
    P("2026-05-08 12:20", "池袋でランチなう。会社の先輩に連れてきてもらった台湾料理屋、魯肉飯がうまい", "whereabouts", geo=at_work(1)),
    P("2026-05-08 22:30", "ミッドナイト・ペンギンズの新曲のMV、もう100回は見た🐧"),
    P("2026-05-09 09:28", "見学席の自販機、コーンポタージュがいつも売り切れ"),
    P("2026-05-09 17:00", "母の日のプレゼント、静岡の母にカーネーション送った💐", "family"),
    P("2026-05-10 06:45", "雨なので朝ランはお休み☔ 二度寝する"),
    P("2026-05-10 15:10", "娘と息子が描いてくれた母の日の似顔絵、冷蔵庫に貼った🥹", "family"),
    P("2026-05-11 07:50", "家から駅まで走って、ときわ台駅の階段をダッシュ。いつもの電車にギリ間に合った💦", "home routine", truth="home.station routine.commute_train"),
    P("2026-05-11 22:00", "今日も一日がんばった自分にアイス🍨"),
    P("2026-05-12 12:40", "月次締め、今日が山場…"),
    P("2026-05-12 23:15", "夜中に食べるカップ麺の背徳感😇"),
    P("2026-05-13 12:15", "在宅ランチは、こもれび珈琲のたまごサンド🥪 やっぱりここのが一番", "routine", truth="routine.usual_cafe"),
    P("2026-05-13 21:10", "JavaScript入門。console.log('hello') が表示されただけで嬉しい", source="web"),
    P("2026-05-14 08:00", "電車で読んでる小説、続きが気になって降りる駅を乗り過ごしそうになった📖"),
    P("2026-05-14 20:45", "息子が保育園で描いた絵、どう見てもむぎ(猫)なのに本人は『パパ』と言い張る", "family"),
    P("2026-05-15 12:05", "金曜のランチは自分へのごほうびにちょっといいパスタ🍝"),
    P("2026-05-15 22:20", "俳優の朝倉リョウさん、結婚発表だって。おめでとうございます🎉 https://t.co/Qe5Lm0Aa1B", urls=(("https://t.co/Qe5Lm0Aa1B", "https://news.example.com/entertainment/20260515-asakura"),)),
    P("2026-05-16 09:50", "スイミング終わり。帰りにパン屋に寄るのが毎週のお約束🥐", "routine", truth="routine.saturday_swimming"),
    P("2026-05-16 20:30", "@mika_ikuji_0000 運動会のお弁当、毎年悩むよね〜!唐揚げは絶対入れる派🍗", reply_to="mika_ikuji_0000"),
    P("2026-05-17 06:58", "朝ラン中、川で鴨の親子に遭遇🦆 かわいすぎて立ち止まった"),
    P("2026-05-17 14:00", "IKEAのソフトクリーム、50円の幸せ🍦"),
    P("2026-05-18 07:48", "朝の電車で英単語アプリやってる。30日続いた!"),
    P("2026-05-18 21:35", "最近ハマってるのは寝る前の読書📚 スマホを見る時間が減った"),
    P("2026-05-19 12:30", "今日はお弁当。冷凍食品だらけだけど、詰めただけでえらい"),
    P("2026-05-19 22:45", "板橋区に住んで8年目。子育てしやすいし家賃もそこそこ、わりと気に入ってる🏠", "home", truth="home.ward"),
    P("2026-05-20 12:40", "冷やし中華はじめました(家で)", geo=at_home(3)),
    P("2026-05-20 22:05", "乾燥機付きの洗濯機がほしい。切実に"),
    P("2026-05-21 07:56", "東上線、人身事故の影響で遅延…ときわ台で足止めされてる。会社に遅れる連絡した", "routine whereabouts", truth="routine.commute_train"),
    P("2026-05-21 21:50", "梅雨入り前に布団干したい"),
    P("2026-05-22 12:10", "山手線が止まってるらしい。使ってる人たち大変そう…"),
    P("2026-05-22 23:00", "金曜の夜は録画したバラエティの消化タイム📺"),
    P("2026-05-23 09:20", "スイミング見学しながら、来週の運動会の場所取り作戦会議(夫と)", "family"),
    P("2026-05-23 19:30", "ホットプレートで焼きそば。ソースの焦げる匂いが最高"),
    P("2026-05-24 07:10", "10km走れた!!!人生初🏃‍♀️✨ #ランニング"),
    P("2026-05-24 16:20", "昔住んでた高円寺がテレビに出てて懐かしかった。もう10年前か"),
    P("2026-05-25 07:45", "眠い。とにかく眠い"),
    P("2026-05-25 20:55", "運動会の練習で娘が日焼けして真っ赤。日焼け止め持たせなきゃ", "family"),
    P("2026-05-26 12:35", "会社の健康診断。バリウムの後の下剤が午後の仕事中に効いてくるのが怖い"),
    RT("2026-05-26 22:30", "tenki_navi0000", "【週末の天気】関東は土曜日にかけて晴れ☀️ 日曜は午後から雨の可能性があります。", 962),
    P("2026-05-27 12:20", "お昼寝したい誘惑との戦い"),
    P("2026-05-27 21:40", "猫って梅雨の時期ずっと寝てる気がする🐈 うらやましい"),
    P("2026-05-28 07:52", "いつもの7:52発、今日は座れた!奇跡", "routine", truth="routine.commute_train"),
    P("2026-05-28 22:10", "運動会のお弁当、何入れよう。毎年同じになる"),
    P("2026-05-29 21:15", "明日は板橋区立みずき台小の運動会!結衣は3年2組で赤組🔴 朝6時半から夫が校庭の場所取りに並ぶ予定。晴れますように☀️", "family school whereabouts", truth="school.name school.class family.daughter whereabouts.sports_day"),
    P("2026-05-30 10:40", "運動会なう。娘、徒競走2位🥈 がんばった!", "family whereabouts", truth="whereabouts.sports_day"),
    P("2026-05-30 21:00", "運動会終わった〜。親の方が疲れてる説"),
    P("2026-05-31 13:30", "明日は運動会の振替休日。娘と二人でお出かけする予定", "family"),
    # ================================================================ 2026-06
    P("2026-06-01 11:00", "娘と二人で水族館🐧 平日は空いてて最高", "family whereabouts"),
    P("2026-06-01 22:00", "有休とってよかった。たまには二人時間も大事"),
    P("2026-06-02 07:50", "6月。梅雨入りまでカウントダウン"),
    P("2026-06-02 12:45", "株式会社つばさ事務機 池袋支店、本日から冷房解禁🎐 経理課の島は日当たりが良すぎて暑い", "workplace", geo=at_work(2, place=True), truth="workplace.employer"),
    P("2026-06-03 12:10", "そうめんの季節がきた"),
    P("2026-06-03 21:30", "ニュースでやってた『空き巣は留守宅をSNSで探す』って話、こわすぎる… https://t.co/Hk3vZ9pL2d", urls=(("https://t.co/Hk3vZ9pL2d", "https://news.example.com/society/20260603-akisu-sns"),)),
    P("2026-06-04 07:58", "雨の日の東上線、遅延と混雑のダブルパンチ☔", "routine"),
    P("2026-06-04 22:20", "名古屋の手羽先せんべいをいただいた。ビールが進む"),
    P("2026-06-05 12:30", "駅ビルのパン屋でメロンパン買ったら焼きたてだった🍈"),
    P("2026-06-05 23:05", "金曜夜のひとりカラオケ(お風呂で)"),
    P("2026-06-06 09:35", "毎週土曜9時からのスイミング、もうすぐ進級テスト。娘より私が緊張してる", "family routine", truth="routine.saturday_swimming"),
    P("2026-06-06 15:00", "紫陽花がきれいな季節。近所の遊歩道が青一色💠", "home", truth="home.neighbourhood"),
    P("2026-06-07 06:40", "朝ランの前に、ベランダから見えた朝焼けがきれいすぎた🌅 遠くにサンシャイン60も見える", "home", geo=at_home(4, place=True), truth="home.balcony_view"),
    P("2026-06-07 19:45", "明日から仕事…日曜の夜は一瞬で終わる"),
    P("2026-06-08 07:47", "雨。長靴の息子を保育園に送ってからダッシュ☔", "family"),
    P("2026-06-08 21:10", "この前観た映画、まだ余韻に浸ってる🎬"),
    P("2026-06-09 12:15", "会社の近くのカフェ、新作のレモネードがおいしい🍋"),
    P("2026-06-09 22:40", "ミニトマトの苗、実が3つしかならない🍅 肥料が足りないのかな"),
    P("2026-06-10 15:20", "おやつはコンビニの新作プリン🍮"),
    P("2026-06-10 21:00", "HTMLとCSSで自己紹介ページを作ってみた。背景色を変えるだけで1時間溶けた", source="web"),
    P("2026-06-11 08:05", "池袋着。今日も一日がんばろ", "whereabouts"),
    P("2026-06-11 20:30", "冷たい麦茶がおいしい季節になった"),
    P("2026-06-12 12:40", "同僚とランチで推し活トーク。世代が違っても推しがいる人とは分かり合える"),
    P("2026-06-12 22:50", "ひとり時間🍷 録りためたドラマを消化する"),
    P("2026-06-13 09:40", "進級テスト合格!!!娘えらい!!!🎉", "family", geo=at("swim", east_m=12)),
    P("2026-06-13 18:00", "誕生日前夜祭と称して、夫がケーキを買ってきてくれた🎂", "family identity", truth="identity.birthday"),
    P("2026-06-14 09:00", "今日で38歳になりました🎂 30代後半もマイペースにいきます。おめでとうメッセージありがとう!", "identity", truth="identity.age identity.birthday", favorites=34),
    P("2026-06-14 20:20", "子どもたちから手紙をもらった。『ママいつもありがとう』で泣いた😭", "family", geo=at_home(5)),
    P("2026-06-15 07:55", "週明けの月曜、いつも通りの満員電車"),
    P("2026-06-15 21:30", "@saki_bo_0000 プレゼントありがとう!ハンドクリームさっそく使ってる🤲", reply_to="saki_bo_0000"),
    P("2026-06-16 12:20", "ランチはビルの下のコンビニで済ませた。梅雨の日は外に出たくない"),
    P("2026-06-16 22:15", "むぎ、雷にびびって押し入れから出てこない⚡🐈"),
    P("2026-06-17 12:30", "こもれび珈琲でテイクアウト待ち。店長さんに『いつものですね』って言われた☕", "routine whereabouts", geo=at("cafe"), truth="routine.usual_cafe"),
    P("2026-06-17 21:45", "父の日のプレゼント、静岡の父に焼酎を送った🍶", "family"),
    P("2026-06-18 07:49", "今日は息子の保育園の遠足。お弁当作りで5時起き😪", "family"),
    P("2026-06-18 22:00", "雨予報だったのに晴れた。晴れ女の本領発揮☀️"),
    P("2026-06-19 12:10", "午後から大阪支店とオンライン会議。関西弁に囲まれると癒される"),
    P("2026-06-19 23:30", "寝る前のストレッチ、3日坊主を脱した"),
    P("2026-06-20 09:25", "今日のスイミング見学はパパ担当。私は家でのんびり", "family"),
    P("2026-06-20 14:40", "パン作り、今日はベーコンエピに挑戦🥖 #パン作り"),
    P("2026-06-21 06:50", "朝ラン。夏至の朝は明るくなるのが早い🌞"),
    P("2026-06-21 18:20", "父の日。夫は子どもたちから肩たたき券をもらってた😂", "family"),
    P("2026-06-22 07:44", "月曜の朝、目覚ましを3回止めた記憶がある"),
    P("2026-06-22 21:20", "最近、夜のヨガ動画を見ながらストレッチするのにハマってる🧘‍♀️"),
    P("2026-06-23 12:50", "オフィスのエアコン、経理の席だけ寒すぎ問題。カーディガン必須"),
    P("2026-06-23 22:30", "今日、改札で定期入れを落としたら親切な方が拾ってくださった😭 ありがとうございました"),
    P("2026-06-24 12:05", "冷凍うどんは正義", geo=at_home(6)),
    P("2026-06-24 20:40", "Progateのレッスン、JavaScript編クリア🎉 次はもう少し大きいものを作りたい", source="web"),
    P("2026-06-25 08:01", "傘忘れた。駅から会社まで走るしかない☔"),
    P("2026-06-25 21:50", "今日の夕飯は麻婆豆腐🌶 辛くしすぎて水がぶ飲み"),
    P("2026-06-26 12:30", "評判のケーキ屋さん『パティスリー・リュンヌ』、電話予約(03-0000-5521)で誕生日ケーキを取り置きできるらしい🎂 メモ"),
    P("2026-06-26 22:40", "今週もよく働いた。えらい、私"),
    P("2026-06-27 14:00", "今日はみずき台小の土曜授業参観。3年2組の教室で、娘が手を挙げて発表してた!成長🥹", "family school", truth="school.name school.class"),
    P("2026-06-27 21:10", "@mika_ikuji_0000 今日はお疲れさま!参観のあとのお茶、楽しかった☕", reply_to="mika_ikuji_0000"),
    P("2026-06-28 07:00", "雨で朝ランは中止。代わりに家で筋トレ💪"),
    P("2026-06-28 15:30", "サイズアウトした息子の服、フリマに出したら即売れた", "family"),
    P("2026-06-28 22:10", "フリマアプリで子ども服を譲ってくださる方へ🙏 DMが送れないのでこちらに書きます\n〒174-0071 東京都板橋区常盤台6丁目12-5 コーポときわ203\n高橋奈央 宛\nTEL 090-0000-4821\nよろしくお願いします!", "contact home identity", truth="home.postcode home.address identity.name contact.phone"),
    P("2026-06-29 07:46", "6月ももう終わり。早すぎない?"),
    P("2026-06-29 22:20", "半年分の家計簿を見返して反省会。コンビニ代…"),
    P("2026-06-30 12:35", "夏のボーナス出た🎉 何に使おうか考えてる時間が一番楽しい"),
    RT("2026-06-30 23:00", "mn_penguins00", "【お知らせ】9月12日(土) 日本武道館公演、チケット一般発売決定!🐧 詳細はオフィシャルサイトにて #ペンギンズ武道館", 3388),
    # ================================================================ 2026-07
    P("2026-07-01 12:20", "ひとり流しそうめん(ただのそうめん)"),
    P("2026-07-01 21:15", "来週の火水は大阪出張。2日間、夫がワンオペ…頼んだ🙏", "family whereabouts", truth="whereabouts.osaka_trip"),
    P("2026-07-02 07:52", "暑すぎて駅まで歩くだけで汗だく🥵"),
    P("2026-07-02 22:05", "息子の『なんで?』攻撃がすごい。なんで空は青いの?なんで猫はニャーなの?", "family"),
    P("2026-07-03 12:40", "出張の新幹線、窓側がとれた🚄"),
    P("2026-07-03 22:30", "金曜日のアイスは別腹🍦"),
    P("2026-07-04 09:30", "スイミング、夏は見学席が暑い🥵 うちわ必須"),
    P("2026-07-04 17:20", "夕方の公園でセミが鳴き始めた。夏だ"),
    P("2026-07-05 06:45", "7月の朝ランは6時台でも暑い。水分補給大事"),
    P("2026-07-05 20:00", "出張の準備。子どもたちへの置き手紙も書いた✉️", "family"),
    P("2026-07-06 07:50", "週明けから仕事が山積み。今週は長い…"),
    P("2026-07-06 22:10", "夫にゴミの日と保育園の持ち物リストを渡した📝 完璧", "family"),
    P("2026-07-07 10:15", "新大阪着🚄 もうたこ焼きの匂いがする", "whereabouts", geo=at("shin_osaka", place="osaka"), truth="whereabouts.osaka_trip"),
    P("2026-07-07 21:30", "大阪の夜、ひとりで串カツ。出張の醍醐味", "whereabouts", truth="whereabouts.osaka_trip"),
    P("2026-07-08 19:40", "出張から帰宅。家の中がすごいことになってた。夫と子どもたち、楽しかったようで何より", "family"),
    P("2026-07-09 07:48", "出張疲れで体が重い…でも今日も東上線に揺られる", "routine"),
    P("2026-07-09 21:55", "七夕の短冊、娘は『ケーキ屋さんになれますように』、息子は『カブトムシ』🎋", "family", geo=at_home(7, place=True)),
    P("2026-07-10 12:20", "今日の社内報に自分の写真が載ってた。恥ずかしい"),
    P("2026-07-10 22:45", "この前の大阪出張、結局たこ焼き4回食べた🐙"),
    P("2026-07-11 09:20", "夏休みの短期水泳教室、申し込み完了"),
    P("2026-07-11 14:30", "かき氷、家で作ると100円で済む🍧"),
    P("2026-07-12 07:05", "朝ラン後のコンビニのアイスコーヒーが最高すぎる"),
    P("2026-07-12 16:00", "義母から桃が届いた🍑 夫の実家の桃は毎年甘い", "family"),
    P("2026-07-13 07:55", "電車の冷房が強すぎる。カーディガン持ってきて正解"),
    P("2026-07-13 21:00", "近所の夏祭りのポスター貼ってあった🏮 8月1日、ときわ台の商店街", "home", truth="home.neighbourhood"),
    P("2026-07-14 12:15", "同僚の結婚式の二次会、幹事を頼まれてしまった"),
    P("2026-07-14 22:35", "洗濯物が乾かない。乾燥機…"),
    P("2026-07-15 12:25", "蝉の声がBGM"),
    P("2026-07-15 22:00", "Webページに天気予報を表示する練習。APIって面白い", source="web"),
    P("2026-07-16 08:03", "家の最寄りのときわ台から会社のある池袋まで、今朝は一度も開かない側のドアの前に立てた。小さな勝利", "home routine workplace", truth="home.station routine.commute_train workplace.office_area"),
    P("2026-07-16 21:40", "夏休みの自由研究って、実質親の宿題でもあるよね…"),
    P("2026-07-17 12:35", "暑すぎてランチに出る気力ゼロ。デスクでおにぎり"),
    P("2026-07-17 23:10", "今日は月がきれい🌙"),
    P("2026-07-18 09:45", "夏休み前最後のスイミング。娘、背泳ぎで25m泳げるように!", "family"),
    P("2026-07-18 20:00", "ホットプレートでお好み焼き🎉 ひっくり返すの成功した"),
    P("2026-07-19 07:00", "日曜の朝6時半、石神井川沿いはもう30℃近い。いつものランナー仲間と『暑いですね』の挨拶", "routine", truth="routine.sunday_run"),
    P("2026-07-19 15:00", "プール行ってきた。日焼けした"),
    P("2026-07-20 10:30", "海の日だけど海には行かない。エアコンの効いた部屋が一番", geo=at_home(8)),
    P("2026-07-20 19:00", "蒼、今日で5歳🎂 『もう赤ちゃんじゃない』って胸張ってた", "family", truth="family.son"),
    P("2026-07-21 07:50", "連休明け、眠い…"),
    P("2026-07-21 12:20", "池袋のオフィスから見える入道雲がすごい☁️", "workplace", geo=at_work(3), truth="workplace.office_area"),
    P("2026-07-21 22:00", "娘、今日は終業式。通知表の『よくできました』の数を数えて一喜一憂してた", "family"),
    P("2026-07-22 12:30", "学童がお休みの日なので娘も家にいる。お昼は二人でオムライス🍳", "family"),
    RT("2026-07-22 21:20", "kaori_recipe00", "夏バテ防止!豚しゃぶと夏野菜の冷製サラダ🥗 ポン酢とごま油を1:1で混ぜるだけ", 2210),
    P("2026-07-23 07:45", "夏休みの朝は、娘を学童に送ってから出勤。学童のお弁当作りがきつい", "family"),
    P("2026-07-23 22:30", "テレビで高校野球の地方大会やってた。高校球児がまぶしい⚾"),
    P("2026-07-24 12:10", "お昼は池袋東口の『定食いろは』。ここの唐揚げ定食が毎週金曜の楽しみ", "routine", truth="routine.friday_lunch"),
    P("2026-07-24 22:50", "今月の電気代が怖い⚡"),
    P("2026-07-25 11:00", "夏休みの自由研究、娘と一緒に氷の溶け方を観察中🧊", "family"),
    P("2026-07-25 21:30", "遠くで花火の音が聞こえる🎆 どこの花火大会だろ"),
    P("2026-07-26 06:55", "朝ラン。5kmで限界。夏は無理しない"),
    P("2026-07-26 17:40", "スーパーの半額シールに吸い寄せられる夕方"),
    P("2026-07-27 07:52", "7:52発、冷房の風が直撃する位置に立てた。今日は勝ち", "routine", truth="routine.commute_train"),
    P("2026-07-27 21:15", "夏の疲れが出てきた。早く寝よ"),
    P("2026-07-28 12:40", "数字がぴったり合った瞬間の快感は何にも代えがたい"),
    P("2026-07-28 22:10", "@yukko_run_0000 秋のハーフ、エントリーしたよ!一緒にがんばろ🏃‍♀️", reply_to="yukko_run_0000"),
    P("2026-07-29 15:10", "おやつにスイカ🍉"),
    P("2026-07-29 22:40", "ずっと欲しかった電気圧力鍋、ポチった"),
    P("2026-07-30 08:00", "朝から35℃予報。溶ける"),
    P("2026-07-30 21:45", "母の誕生日。電話したら『66歳にもなるとね〜』って笑ってた📞", "family", truth="family.parents"),
    P("2026-07-31 12:30", "明日から8月!夏休みの予定、ほぼ白紙"),
    P("2026-07-31 22:00", "明日は近所の夏祭り。息子が金魚すくいやる気満々🐟", "family home whereabouts", truth="whereabouts.summer_festival"),
    # ================================================================ 2026-08
    P("2026-08-01 19:30", "夏祭りなう🏮 焼きとうもろこしの匂いに勝てない", "whereabouts", truth="whereabouts.summer_festival"),
    P("2026-08-01 22:30", "夏祭りで子どもたちが金魚2匹ゲット。水槽買いに行かなきゃ🐠", "family"),
    P("2026-08-02 07:05", "朝ランしてたら、昨日のお祭りの片付けをしてる人たちがいた。おつかれさまです"),
    P("2026-08-02 14:20", "金魚の名前は『ぷくちゃん』と『きんちゃん』に決定🐟"),
    P("2026-08-03 07:48", "夏休み期間は電車がちょっと空いてる"),
    P("2026-08-03 21:00", "夫、今日で42歳🎂 おめでとう!ケーキは子どもたちとデコった", "family", truth="family.spouse"),
    P("2026-08-04 12:25", "今日のランチは後輩とカレー。辛さ5倍は無謀だった🔥"),
    P("2026-08-04 22:20", "インスタでパンの記録つけてます🍞 → @nao.pan.0000 よかったら覗いてください", "contact", truth="contact.instagram"),
    P("2026-08-05 12:15", "そうめん、もう飽きた"),
    P("2026-08-05 21:30", "自分のパン写真のギャラリーページを作ってみた。CSSのグリッド便利すぎる", source="web"),
    P("2026-08-06 07:55", "朝の電車で読むニュース、暗い話題が多くてつらい"),
    P("2026-08-06 22:40", "夜のアイスが止まらない。夏のせいにしておく🍨"),
    P("2026-08-07 12:05", "お盆前の支払い処理でバタバタ。夏季休暇まであと半日"),
    P("2026-08-07 23:00", "お盆休みに入る前の金曜の夜、解放感がすごい🍺"),
    P("2026-08-08 10:00", "夏休み中もスイミングは通常営業。見学席の扇風機が神"),
    P("2026-08-08 16:30", "電気圧力鍋で角煮つくった。神家電"),
    P("2026-08-09 06:50", "今朝のランは @yukko_run_0000 さんと合流🏃‍♀️ 二人だと坂もがんばれる"),
    P("2026-08-09 20:15", "テレビの北海道特集見てたらジンギスカン食べたくなった"),
    P("2026-08-10 07:50", "お盆前の月曜、電車ガラガラ"),
    P("2026-08-10 21:30", "明日から夏休み!今年は長めにとれて嬉しい"),
    P("2026-08-11 11:00", "キャンプに向けて車の荷台を整理。うちの車(板橋 530 せ 00-38)も洗車しといた🚗✨", "identity", geo=at_home(9), truth="identity.car_plate"),
    P("2026-08-11 22:00", "テントって本当に車に入るの?パズルみたいになってきた"),
    P("2026-08-12 21:00", "明日から2泊3日で家族4人、軽井沢でキャンプ🏕 15日まで家は空っぽなので、金魚のエサは自動給餌機にお任せ🐟", "family whereabouts", truth="whereabouts.karuizawa"),
    P("2026-08-13 14:30", "軽井沢に到着!涼しい〜!東京より10℃低い🌲", "whereabouts", geo=at("karuizawa_camp", place="karuizawa"), truth="whereabouts.karuizawa"),
    P("2026-08-13 21:00", "キャンプの夜、子どもたちと星空観察🌌 息子は3分で寝た", "family whereabouts", geo=at("karuizawa_camp", north_m=40, east_m=-25), truth="whereabouts.karuizawa"),
    P("2026-08-14 10:20", "旧軽井沢銀座なう。ジャムの試食で満腹", "whereabouts", truth="whereabouts.karuizawa"),
    P("2026-08-15 19:00", "キャンプから帰宅!洗濯物の山…", geo=at_home(10, place=True)),
    P("2026-08-16 10:00", "軽井沢の写真を整理。また来年も行きたいな"),
    P("2026-08-16 22:00", "明日から仕事…休みボケが深刻"),
    P("2026-08-17 07:46", "久々の満員電車、体がなまってる"),
    P("2026-08-17 12:30", "お盆明け、なんだか静か", geo=at_work(4, place=True)),
    P("2026-08-18 22:10", "今日も暑かった。帰り道の坂がつらい"),
    P("2026-08-19 12:20", "在宅ランチは、こもれび珈琲のカレーパン。毎週水曜はここって決めてる", "routine", truth="routine.usual_cafe routine.wfh_wednesday"),
    P("2026-08-19 21:40", "娘の自由研究、なんとか完成🧊 親子で達成感", "family"),
    P("2026-08-20 08:00", "東上線、車両点検で5分遅れ。朝の5分は大きい…", "routine"),
    P("2026-08-20 21:15", "朝顔、最後の一輪が咲いた🌺"),
    P("2026-08-21 12:45", "後輩に仕訳のコツを教えたら『わかりやすい!』って言われた。嬉しい"),
    P("2026-08-21 22:30", "今日はもう何もしない日"),
    P("2026-08-22 09:30", "今日は保護者見学デー。娘のクロールのフォームがきれいになってて感動", "family", geo=at("swim", north_m=-8, east_m=5)),
    P("2026-08-22 15:00", "金魚の水槽、水換えしたら元気になった🐟"),
    P("2026-08-23 07:00", "朝ラン、少し涼しくなってきた気がする(気のせい)"),
    P("2026-08-23 13:00", "高校時代の友達から結婚の報告。おめでとう!"),
    P("2026-08-24 07:50", "月曜。寝不足。"),
    P("2026-08-24 21:45", "宿題チェックしたら、娘の漢字ドリルが手つかずだった…今夜は特訓", "family"),
    P("2026-08-25 12:10", "会社の近くに新しいジムができたらしい。通う未来は見えない"),
    P("2026-08-25 22:30", "保育園のお迎えで、息子に『ママおそい』って言われた。ごめんよ…", "family"),
    P("2026-08-26 12:00", "お昼は納豆ごはん。簡単が一番"),
    P("2026-08-26 20:30", "みずき台小PTAバザーの件、3年2組の保護者の皆さまへ(娘がお世話になってます)。連絡用にLINE IDを載せておきます→ nao_tk_0000 追加お願いします🙏", "contact family school", truth="contact.line school.name school.class"),
    P("2026-08-27 07:52", "夏休みもあと少し。朝の電車がまた混み始めた"),
    P("2026-08-27 21:20", "夏の終わりの夕焼けがきれいだった🌇"),
    P("2026-08-28 12:35", "池袋のオフィス、窓際の席になった。景色はいいけど暑い", "workplace", geo=at_work(5), truth="workplace.office_area"),
    P("2026-08-28 22:50", "週末は何もしない予定を立てた(立ててない)"),
    P("2026-08-29 10:00", "待ち時間に読んでた本が泣けるやつで困った📖"),
    P("2026-08-29 19:30", "夏の最後に家族で手持ち花火🎇", "family"),
    P("2026-08-30 06:45", "朝ラン。ハーフに向けて15km走った!"),
    P("2026-08-30 21:00", "明日から2学期。娘は『もう夏休み終わり?』って絶望してる", "family"),
    P("2026-08-31 07:47", "8月最終日。今年の夏も一瞬だった"),
    P("2026-08-31 22:15", "給食が始まる安心感、全国の保護者が感じてるはず"),
    # ================================================================ 2026-09
    P("2026-09-01 07:50", "防災の日。今年は職場の防災訓練で点呼係"),
    P("2026-09-01 21:30", "9/12の武道館、当選してた!!!ミッドナイト・ペンギンズ🐧 その日は夫に子どもたちを任せて一人で参戦します", "family whereabouts", truth="whereabouts.budokan"),
    P("2026-09-02 12:20", "秋の新作スイーツの情報だけで生きていける"),
    P("2026-09-02 21:00", "XSSの勉強してて思ったけど、SNSに書いたことって全部残るんだよね…気をつけよ", source="web"),
    P("2026-09-03 07:55", "中吊り広告がもう秋の旅行ばっかり"),
    P("2026-09-03 22:00", "ヘチマって、あんなに大きくなるんだね"),
    P("2026-09-04 12:15", "同期とランチ。入社10年の同期会をやろうって話になった"),
    P("2026-09-04 23:00", "週末はむぎと一緒にごろごろする予定🐈"),
    P("2026-09-05 09:20", "毎週土曜9時のスイミング、娘が『もう1年通ってる』って自慢してた🏊‍♀️ 上板橋のときわスイミング、コーチが優しくて好き", "family routine", truth="routine.saturday_swimming"),
    P("2026-09-05 14:40", "秋服を見に行ったけど、まだ暑くて試着する気にならない"),
    P("2026-09-06 06:50", "ハーフまであと1ヶ月。今日は12km🏃‍♀️"),
    P("2026-09-06 19:30", "@tama_neko_0000 むぎも同じおもちゃ持ってる!すぐ飽きるんだよね🐈", reply_to="tama_neko_0000"),
    P("2026-09-07 07:45", "毎朝7時半に家を出て、息子を保育園に送って、7:52の東上線。1年半やっても朝のバタバタには慣れない", "family routine", truth="routine.leave_home routine.commute_train"),
    P("2026-09-07 21:40", "帰りは17時15分に会社を出て、18時に息子を保育園にお迎え、18時20分に帰宅。平日は毎日これの繰り返し", "family routine", truth="routine.return_home"),
    P("2026-09-08 12:30", "台風が近づいてるらしい🌀 帰宅時間に直撃しませんように"),
    P("2026-09-08 22:20", "台風に備えてベランダの物を全部しまった"),
    P("2026-09-09 12:10", "外はすごい雨☔ 家でよかった"),
    P("2026-09-09 20:50", "作ったページを友達に見せたら褒められた✨ Webの勉強、半年続いてる", source="web"),
    P("2026-09-10 07:58", "台風一過の青空☀️ 電車も平常運転でひと安心"),
    P("2026-09-10 22:10", "息子の保育園の運動会の練習、かけっこで毎回転ぶらしい😂", "family"),
    P("2026-09-11 12:40", "ライブ用にネイルした💅 ペンギンカラー"),
    P("2026-09-11 22:30", "夫が『明日はパパが遊園地に連れてく』って子どもたちと盛り上がってる", "family"),
    P("2026-09-12 16:30", "これから武道館!!!🐧 ミッドナイト・ペンギンズ、初武道館おめでとう!声枯らす! #ペンギンズ武道館", "whereabouts", geo=at("budokan", place="budokan"), truth="whereabouts.budokan", favorites=41),
    P("2026-09-12 22:50", "最高だった…😭 余韻で電車を乗り過ごしそう"),
    P("2026-09-13 10:30", "昨日の武道館、セトリが最高すぎた。一生忘れない #ペンギンズ武道館"),
    RT("2026-09-13 21:00", "mn_penguins00", "日本武道館2days、本当にありがとうございました!🐧 また会おうね #ペンギンズ武道館", 12804),
    P("2026-09-14 07:50", "ライブ明けの月曜、心はまだ武道館"),
    P("2026-09-14 21:00", "敬老の日のプレゼント選び、毎年悩む"),
    P("2026-09-15 12:20", "会社の近くのパン屋に秋限定のさつまいもパンが出てた🍠"),
    P("2026-09-15 22:40", "ハロウィンの仮装グッズ、もう100均に並んでた🎃"),
    P("2026-09-16 12:30", "さつまいもパンの残りでランチ"),
    P("2026-09-16 21:20", "JavaScriptでおみくじを作った。大吉しか出ない設定にした(自分用)", source="web"),
    P("2026-09-17 07:47", "朝晩ちょっと涼しくなってきた"),
    P("2026-09-17 22:00", "シルバーウィークは5連休!どこも混んでそうだから近場で過ごす予定"),
    P("2026-09-18 12:10", "連休前の金曜、月中の処理を終わらせないと帰れない"),
    P("2026-09-18 22:30", "@mika_ikuji_0000 連休中に公園でピクニックしよ〜!うちの子たちも喜ぶ🧺", "family", reply_to="mika_ikuji_0000"),
    P("2026-09-19 09:40", "連休初日もスイミング。娘、来月から上のクラスに進級!", "family"),
    P("2026-09-19 15:30", "近所の公園でママ友ファミリーとピクニック🧺 うちの子たちも芝生を転がりまくってる", "family home"),
    P("2026-09-20 06:55", "今朝のランは少し涼しくて走りやすかった🏃‍♀️"),
    P("2026-09-20 18:00", "おはぎ作った。あんこは市販"),
    P("2026-09-21 11:00", "敬老の日。静岡の父と母にビデオ通話。子どもたちが歌ってあげてた🎤", "family"),
    P("2026-09-21 20:30", "連休3日目。家事しかしてない"),
    P("2026-09-22 14:00", "空が高い。ベランダでコーヒー☕", geo=at_home(11, place=True)),
    P("2026-09-22 21:45", "明日で連休終わり。明後日からの仕事が想像できない"),
    P("2026-09-23 10:30", "秋分の日。家でのんびり"),
    P("2026-09-23 22:00", "連休最終日の夜、洗濯物を畳みながら来週の予定を確認中"),
    P("2026-09-24 07:52", "連休明けの東上線。みんなの顔に『行きたくない』って書いてある", "routine"),
    P("2026-09-24 21:10", "会社の近くでドラマのロケやってた。誰だかわからなかったけど"),
    P("2026-09-25 12:30", "池袋のオフィスで、下期の予算資料とにらめっこ中📊", "whereabouts workplace", geo=at_work(6), truth="workplace.office_area"),
    P("2026-09-25 22:20", "来週から10月。ハーフマラソンまであと2週間!"),
    P("2026-09-26 09:35", "今日で今のクラスは最後。娘がコーチにお手紙を渡してた", "family"),
    P("2026-09-26 17:00", "本屋で料理本を買った。秋はおうちごはんを充実させたい"),
    P("2026-09-27 06:50", "最後の長距離練習、18km完了🏃‍♀️"),
    P("2026-09-27 20:40", "アイロンがけしながら見てたドラマ、最終回で泣いた"),
    P("2026-09-28 07:49", "月曜の朝、雨。駅前に傘の花が咲いてる"),
    P("2026-09-28 22:00", "今日は推しの誕生日🎂 ペンギンズのボーカル、ハルくん29歳おめでとう!!"),
    P("2026-09-29 12:15", "上期の締めでピリピリ。あと1日!"),
    P("2026-09-29 21:30", "明日で9月も終わり。半年ってあっという間だな"),
    P("2026-09-30 12:20", "上期最終日。なんだか落ち着かない"),
    P("2026-09-30 22:30", "昔の投稿を見返してたら、色々書きすぎてたかも…と思い始めた。そろそろ整理しようかな"),
]

# --------------------------------------------------------------------------- ground truth

#: What a stranger can piece together. ``posts`` are filled in from ``DemoPost.truth``;
#: ``from_geotags`` items are carried by the geotags of that cluster instead.
GROUND_TRUTH: dict[str, dict] = {
    # identity
    "identity.name": {"category": "identity", "value": "高橋奈央 (たかはし なお)"},
    "identity.birthday": {"category": "identity", "value": "6月14日 (1988-06-14)"},
    "identity.age": {"category": "identity", "value": "38歳 (2026-06-14 から)"},
    "identity.car_plate": {"category": "identity", "value": "板橋 530 せ 00-38"},
    # home
    "home.ward": {"category": "home", "value": "東京都板橋区"},
    "home.station": {"category": "home", "value": "ときわ台駅 (東武東上線)"},
    "home.neighbourhood": {"category": "home", "value": "常盤台: 石神井川沿い・城北中央公園・ときわ台の商店街"},
    "home.balcony_view": {"category": "home", "value": "ベランダからサンシャイン60が見える"},
    "home.postcode": {"category": "home", "value": "174-0071"},
    "home.address": {"category": "home", "value": "〒174-0071 東京都板橋区常盤台6丁目12-5 コーポときわ203 (6丁目は実在しない)"},
    "home.coordinates": {"category": "home", "value": f"{HOME[0]:.5f}, {HOME[1]:.5f} (±150 m)", "from_geotags": "home"},
    # workplace
    "workplace.employer": {"category": "workplace", "value": "株式会社つばさ事務機 池袋支店 経理課 (入社10年)"},
    "workplace.office_area": {"category": "workplace", "value": "池袋 (東口側、サンシャイン60が見えるビルの8階)"},
    "workplace.coordinates": {"category": "workplace", "value": f"{OFFICE[0]:.5f}, {OFFICE[1]:.5f} (±60 m)", "from_geotags": "work"},
    # school
    "school.name": {"category": "school", "value": "板橋区立みずき台小学校 (娘が在学)"},
    "school.class": {"category": "school", "value": "3年2組"},
    # family
    "family.spouse": {"category": "family", "value": "夫 (42歳、8月3日生まれ)"},
    "family.daughter": {"category": "family", "value": "長女 結衣 (8歳、小学3年、土曜にスイミング)"},
    "family.son": {"category": "family", "value": "長男 蒼 (7月20日で5歳、保育園)"},
    "family.parents": {"category": "family", "value": "静岡の実家: 父 (今年70歳・古希)、母 (66歳、7月30日生まれ)"},
    # routine
    "routine.leave_home": {"category": "routine", "value": "平日7:30に家を出る → 保育園 → ときわ台駅"},
    "routine.commute_train": {"category": "routine", "value": "東武東上線 ときわ台 7:52発 → 池袋"},
    "routine.return_home": {"category": "routine", "value": "17:15退社 → 18:00保育園 → 18:20帰宅"},
    "routine.wfh_wednesday": {"category": "routine", "value": "毎週水曜は在宅勤務"},
    "routine.saturday_swimming": {"category": "routine", "value": "毎週土曜9:00 娘のスイミング (上板橋の ときわスイミング)"},
    "routine.sunday_run": {"category": "routine", "value": "毎週日曜6:30 石神井川沿いをラン"},
    "routine.usual_cafe": {"category": "routine", "value": "水曜の昼 ときわ台駅前の こもれび珈琲"},
    "routine.friday_lunch": {"category": "routine", "value": "金曜の昼 池袋東口の 定食いろは"},
    # whereabouts (announced or live)
    "whereabouts.gw_shizuoka": {"category": "whereabouts", "value": "2026-05-03〜05-05 静岡(清水)の実家へ帰省、家は空っぽ (5/2 予告)"},
    "whereabouts.sports_day": {"category": "whereabouts", "value": "2026-05-30 朝から みずき台小の運動会 (5/29 予告)"},
    "whereabouts.osaka_trip": {"category": "whereabouts", "value": "2026-07-07〜07-08 大阪出張 (7/1 予告)"},
    "whereabouts.summer_festival": {"category": "whereabouts", "value": "2026-08-01 夜 ときわ台の商店街の夏祭り (7/31 予告)"},
    "whereabouts.karuizawa": {"category": "whereabouts", "value": "2026-08-13〜08-15 家族で軽井沢キャンプ、家は空っぽ (8/12 予告)"},
    "whereabouts.budokan": {"category": "whereabouts", "value": "2026-09-12 夕方 日本武道館のライブ、一人で (9/1 予告)"},
    # contact
    "contact.phone": {"category": "contact", "value": "090-0000-4821"},
    "contact.line": {"category": "contact", "value": "LINE ID nao_tk_0000"},
    "contact.instagram": {"category": "contact", "value": "Instagram @nao.pan.0000"},
}


def posts_by_time() -> list[DemoPost]:
    return sorted(POSTS, key=lambda p: p.created_at)
