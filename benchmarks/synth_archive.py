"""Generate a realistic synthetic X archive of N posts (deterministic for a seed).

Most posts of a real heavy user are ordinary chatter; a minority carry cues. The mix
here (about 78 % chatter, 22 % cue-bearing, a few reposts and replies) and the spread of
posting times (commute, lunch, evening, weekends) follow what the demo persona and the
dev set show, so that any gating the detector does is exercised as on a real account.

    python benchmarks/synth_archive.py 50000 benchmarks/out/synth-50000.zip
"""

from __future__ import annotations

import argparse
import json
import random
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

JST = ZoneInfo("Asia/Tokyo")

FOODS = ["ラーメン", "カレー", "オムライス", "唐揚げ", "パスタ", "寿司", "焼き魚定食", "牛丼",
         "チーズケーキ", "たこ焼き", "うどん", "餃子", "ハンバーグ", "サラダ", "パンケーキ"]
THINGS = ["新しいイヤホン", "冬用のコート", "観葉植物", "文庫本", "スニーカー", "マグカップ",
          "ゲームの新作", "加湿器", "手帳", "傘"]
SHOWS = ["あのドラマ", "今期のアニメ", "バラエティ", "映画の続編", "推しの配信", "サッカー中継",
         "料理番組", "ドキュメンタリー"]
FEELINGS = ["眠い", "疲れた〜", "最高", "しんどい", "幸せ", "まじか", "草", "つらい", "えらい"]
WEATHER = ["雨", "晴れ", "曇り", "雪", "台風", "猛暑", "寒波"]
EMOJI = ["😂", "🥲", "☕", "🍜", "✨", "😇", "🙏", "🔥", "💤", "🎉", "", "", ""]

CHATTER = [
    "今日のお昼は{food}。{feel}{emoji}",
    "{weather}の日は家から出たくない{emoji}",
    "{show}見てたらこんな時間…{feel}",
    "{thing}買っちゃった{emoji} 大事に使う",
    "週末は何しようかな。とりあえず寝る{emoji}",
    "仕事{feel}。早く帰りたい",
    "コンビニの新作スイーツ、当たりだった{emoji}",
    "最近ずっと{food}食べたい気分",
    "明日から本気出す(毎日言ってる){emoji}",
    "{show}の最終回、泣いた{emoji}",
    "部屋の片付けしたら一日終わった{emoji}",
    "猫の動画見てたら1時間経ってた",
    "今日も一日おつかれさまでした{emoji}",
    "ニュースで見たけど{weather}やばいらしい。みんな気をつけて",
    "久しぶりに{food}作った!わりと上手くできた{emoji}",
    "朝からコーヒー3杯目☕ {feel}",
    "{thing}のセールやってる…欲しい",
    "友達とLINEしてたら夜中になってた{emoji}",
    "読みかけの本、やっと読み終わった📚",
    "筋肉痛がひどい。運動不足すぎる",
    "髪切った{emoji} 短くしすぎたかも",
    "昨日の{show}、考察が止まらない",
    "電車で座れた日はそれだけで勝ち",
    "{weather}予報だったのに全然違った",
    "寝る前にスマホ見るのやめたい{emoji}",
    "新しいカフェ開拓したい気分",
    "給料日まであと5日…{feel}",
    "{food}と{food2}で迷って結局両方頼んだ{emoji}",
    "今年も残りわずか。早すぎる",
    "ゲームのイベント周回してたら朝{emoji}",
]

CUES = [
    "{city}在住、{feel}な毎日です",
    "最寄りの{station}、今日も人多い",
    "うちの近所に新しいパン屋できてた🥐",
    "毎朝{hh}時{mm}分の電車に乗るのがルーティン",
    "毎週{dow}曜はジムの日💪",
    "今{station}なう。待ち合わせ早く着きすぎた",
    "明日から3日間{trip}旅行!家は空っぽ✈️",
    "娘の{school}の運動会、朝から場所取り",
    "息子が{age}歳になりました🎂",
    "夫と二人で{food}食べに来た",
    "{company}で働いてもう{age}年目",
    "連絡はこちらまで 090-0000-{num}",
    "インスタもやってます→ @user_{num}",
    "今日で{age2}歳になりました🎉",
    "{station}から{line}で通勤してます",
    "うちのマンションのベランダから見える夕焼け🌇 #{city}",
    "これから{venue}!楽しみすぎる",
    "母の誕生日に{thing}をプレゼントした",
    "{school}の2年3組、文化祭は劇をやります",
    "帰宅はだいたい{hh2}時過ぎ。そこから自炊",
]

STATIONS = ["三鷹駅", "吉祥寺駅", "大宮駅", "博多駅", "札幌駅", "仙台駅", "金沢駅", "那覇空港駅",
            "梅田駅", "天神駅", "中野駅", "蒲田駅", "船橋駅", "武蔵小杉駅", "高崎駅", "岡山駅"]
LINES = ["中央線", "東横線", "京王線", "御堂筋線", "地下鉄南北線", "JR鹿児島本線", "田園都市線"]
SCHOOLS = ["さくら小学校", "みなと中", "青葉台高校", "ひばりが丘小", "北斗高専", "東都大"]
COMPANIES = ["株式会社アオバ食品", "ミナト銀行本店", "ひかり総合病院", "カフェ・ルナ", "北陽電機"]
VENUES = ["東京ドーム", "横浜アリーナ", "武道館", "京セラドーム", "ZOZOマリン"]
TRIPS = ["沖縄", "京都", "北海道", "台湾", "金沢", "福岡"]
DOW = "月火水木金土日"


def _cities() -> list[str]:
    shared = Path(__file__).resolve().parents[2] / "shared" / "data"
    for csv in sorted(shared.glob("jp_municipal_population*.csv")):
        rows = csv.read_text(encoding="utf-8").splitlines()[1:]
        names = [r.split(",")[2] for r in rows if r.split(",")[2]]
        if names:
            return names
    return ["練馬区", "世田谷区", "札幌市北区", "横浜市青葉区", "那覇市", "金沢市", "仙台市青葉区"]


def _fill(tpl: str, rng: random.Random, cities: list[str]) -> str:
    return tpl.format(
        food=rng.choice(FOODS), food2=rng.choice(FOODS), thing=rng.choice(THINGS),
        show=rng.choice(SHOWS), feel=rng.choice(FEELINGS), weather=rng.choice(WEATHER),
        emoji=rng.choice(EMOJI), city=rng.choice(cities), station=rng.choice(STATIONS),
        hh=rng.choice([6, 7, 8]), mm=f"{rng.randrange(0, 60, 5):02d}", hh2=rng.choice([18, 19, 20, 21]),
        dow=rng.choice(DOW), trip=rng.choice(TRIPS), school=rng.choice(SCHOOLS),
        age=rng.randint(2, 12), age2=rng.randint(18, 55), company=rng.choice(COMPANIES),
        num=f"{rng.randint(0, 9999):04d}", line=rng.choice(LINES), venue=rng.choice(VENUES),
    )


TAILS = ["", "", "", "笑", "w", "www", "!", "…", "〜", "（´-`）", "ほんとに", "まじで", "やばい", "ですね", "かな"]
OPENERS = ["", "", "", "", "てか", "そういえば", "今日は", "さっき", "なんか", "やっと", "結局", "朝から"]


def _vary(text: str, rng: random.Random) -> str:
    """Real timelines rarely repeat a post word for word: vary openers, tails and numbers."""
    text = rng.choice(OPENERS) + text + rng.choice(TAILS) + rng.choice(EMOJI)
    if rng.random() < 0.35:
        text += f" {rng.randint(2, 99)}{rng.choice(['回目', '日目', '分', '円', '%', '個', '時間'])}"
    return text


def _post_time(rng: random.Random, day: datetime) -> datetime:
    weekday = day.weekday() < 5
    hours = ([7, 7, 8, 12, 12, 19, 20, 21, 22, 22, 23, 0] if weekday
             else [9, 10, 11, 13, 14, 15, 16, 18, 20, 21, 22, 23, 0, 1])
    return day.replace(hour=rng.choice(hours), minute=rng.randrange(60), second=rng.randrange(60))


def texts(n: int, seed: int = 7) -> list[str]:
    """Just the post texts (for benchmarks that time the NLP alone)."""
    return [t["full_text"] for t in _tweets(n, seed)]


def _tweets(n: int, seed: int) -> list[dict]:
    rng = random.Random(seed)
    cities = _cities()
    start = datetime(2019, 1, 1, tzinfo=JST)
    span_days = max(1, n // 20)  # ~20 posts a day, a heavy user
    out = []
    base_id = 1_100_000_000_000_000_000
    for i in range(n):
        day = start + timedelta(days=rng.randrange(span_days))
        at = _post_time(rng, day)
        r = rng.random()
        if r < 0.04:
            text = "RT @news_jp: " + _fill(rng.choice(CHATTER), rng, cities)
        elif r < 0.22:
            text = _vary(_fill(rng.choice(CUES), rng, cities), rng)
        else:
            text = _vary(_fill(rng.choice(CHATTER), rng, cities), rng)
            if rng.random() < 0.3:  # longer posts: two sentences
                text += "\n" + _vary(_fill(rng.choice(CHATTER), rng, cities), rng)
        tid = str(base_id + int(at.timestamp()) * 1000 + i % 1000)
        tweet = {
            "retweeted": False, "source": "Twitter for iPhone",
            "entities": {"hashtags": [], "symbols": [], "user_mentions": [], "urls": []},
            "display_text_range": ["0", str(len(text))], "favorite_count": "0",
            "id_str": tid, "truncated": False, "retweet_count": "0", "id": tid,
            "created_at": at.astimezone(UTC).strftime("%a %b %d %H:%M:%S +0000 %Y"),
            "favorited": False,
            "full_text": text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"),
            "lang": "ja",
        }
        if rng.random() < 0.05:
            tweet["in_reply_to_status_id_str"] = str(base_id + rng.randrange(10**9))
        out.append(tweet)
    return out


def write_archive(n: int, path: Path, *, seed: int = 7, drop: int = 0) -> Path:
    """Write a zip archive of ``n`` posts; ``drop`` removes that many posts (a clean-up)."""
    tweets = _tweets(n, seed)
    if drop:
        rng = random.Random(seed + 1)
        for idx in sorted(rng.sample(range(len(tweets)), drop), reverse=True):
            del tweets[idx]
    path.parent.mkdir(parents=True, exist_ok=True)
    body = json.dumps([{"tweet": t} for t in tweets], ensure_ascii=False, indent=2)
    account = [{"account": {"username": "synthetic_user", "accountId": "1",
                            "accountDisplayName": "合成ユーザー", "createdAt": "2018-12-01T00:00:00.000Z"}}]
    profile = [{"profile": {"description": {"bio": "会社員。猫と暮らしてます", "website": "",
                                            "location": "東京"}}}]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("data/tweets.js", "window.YTD.tweets.part0 = " + body)
        zf.writestr("data/account.js", "window.YTD.account.part0 = " + json.dumps(account, ensure_ascii=False))
        zf.writestr("data/profile.js", "window.YTD.profile.part0 = " + json.dumps(profile, ensure_ascii=False))
    return path


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", type=int)
    ap.add_argument("out", type=Path)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--drop", type=int, default=0, help="leave out this many posts")
    args = ap.parse_args()
    write_archive(args.n, args.out, seed=args.seed, drop=args.drop)
    print(args.out)


if __name__ == "__main__":
    main()
