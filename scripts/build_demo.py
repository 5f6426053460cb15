#!/usr/bin/env python3
"""Build the demo X archive from ``auditor/demo/timeline.py``.

    python3 scripts/build_demo.py            # writes auditor/demo/archive/ and the oracle files
    python3 scripts/build_demo.py --out DIR  # writes the same files under DIR instead

Writes, under the output folder (default ``auditor/demo``):

- ``archive/data/tweets.js``, ``account.js``, ``profile.js``, ``manifest.js``, ``README.txt``:
  an X "Download your data" archive in the real format (``window.YTD.tweets.part0 = [...]``,
  every number a string, ``full_text`` HTML-escaped as X does, entity indices and
  ``display_text_range`` in code points of that escaped text, newest tweet first).
- ``expected.jsonl``: one post a line, ``{"id", "created_at", "text", "labels", "geo_labels",
  ...}``, the oracle in the format ``auditor eval`` reads (``text`` is unescaped).
- ``ground_truth.json``: the persona's planted facts and the tweet ids that carry each.

Deterministic: no clock, no randomness; ids, seconds and counts come from SHA-256 of the
post. Standard library only. Running it twice gives byte-identical files.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from auditor.demo import timeline as tl  # noqa: E402

TWITTER_EPOCH_MS = 1288834974657
GENERATED_AT = "2026-10-01T21:14:07.512Z"  # when the (fictional) archive was requested
DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
SOURCES = {
    "iphone": '<a href="http://twitter.com/download/iphone" rel="nofollow">Twitter for iPhone</a>',
    "web": '<a href="https://mobile.twitter.com" rel="nofollow">Twitter Web App</a>',
}
MAX_WEIGHTED_LENGTH = 280  # a non-Premium post: 140 full-width characters

HASHTAG_RE = re.compile(r"(?<![\w&])#([^\s#@!?！？、。「」()（）]+)")
MENTION_RE = re.compile(r"(?<![A-Za-z0-9_.])@([A-Za-z0-9_]{1,15})(?![A-Za-z0-9_.])")


# --------------------------------------------------------------------------- helpers


def h(*parts: object) -> int:
    """A stable 64-bit number from ``parts``."""
    data = "|".join(str(p) for p in parts).encode()
    return int.from_bytes(hashlib.sha256(data).digest()[:8], "big")


def snowflake(when: datetime, salt: str) -> int:
    """A Twitter snowflake id for ``when``: time in the top bits, so ids grow with time."""
    ms = int(when.timestamp()) * 1000 + h("ms", salt) % 1000
    worker = h("worker", salt) % 1024
    sequence = h("seq", salt) % 16
    return ((ms - TWITTER_EPOCH_MS) << 22) | (worker << 12) | sequence


def twitter_time(when: datetime) -> str:
    """``Wed Mar 22 07:41:49 +0000 2017`` (locale-independent)."""
    u = when.astimezone(UTC)
    return (
        f"{DAYS[u.weekday()]} {MONTHS[u.month - 1]} {u.day:02d} "
        f"{u.hour:02d}:{u.minute:02d}:{u.second:02d} +0000 {u.year}"
    )


def iso_ms(when: datetime, ms: int = 0) -> str:
    u = when.astimezone(UTC)
    return u.strftime("%Y-%m-%dT%H:%M:%S") + f".{ms:03d}Z"


def escape_text(text: str) -> str:
    """X stores ``full_text`` with &, < and > as HTML entities (quotes are left alone)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def weighted_length(text: str) -> int:
    """twitter-text v3 weighting: Latin and common punctuation count 1, the rest 2."""
    total = 0
    for ch in text:
        cp = ord(ch)
        light = cp <= 0x10FF or 0x2000 <= cp <= 0x200D or 0x2010 <= cp <= 0x201F or (
            0x2032 <= cp <= 0x2037
        )
        total += 1 if light else 2
    return total


def coord(x: float) -> str:
    return f"{x:.7f}".rstrip("0").rstrip(".")


# --------------------------------------------------------------------------- JSON writer


def dump_ytd(value: object, indent: int = 0) -> str:
    """Pretty-print like the ``data/*.js`` files of a real archive.

    ``"key" : value``, two-space indent, every array element on its own line, empty
    containers as ``[ ]`` / ``{ }``, non-ASCII kept as UTF-8.
    """
    pad = "  " * indent
    inner = "  " * (indent + 1)
    if isinstance(value, dict):
        if not value:
            return "{ }"
        items = [f"{inner}{json.dumps(k, ensure_ascii=False)} : {dump_ytd(v, indent + 1)}"
                 for k, v in value.items()]
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    if isinstance(value, list | tuple):
        if not value:
            return "[ ]"
        items = [f"{inner}{dump_ytd(v, indent + 1)}" for v in value]
        return "[\n" + ",\n".join(items) + "\n" + pad + "]"
    return json.dumps(value, ensure_ascii=False)


def dump_jackson(value: object, indent: int = 0) -> str:
    """Pretty-print like ``manifest.js`` (Jackson's default printer: ``[ {`` … ``} ]``)."""
    pad = "  " * indent
    inner = "  " * (indent + 1)
    if isinstance(value, dict):
        if not value:
            return "{ }"
        items = [f"{inner}{json.dumps(k, ensure_ascii=False)} : {dump_jackson(v, indent + 1)}"
                 for k, v in value.items()]
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    if isinstance(value, list | tuple):
        if not value:
            return "[ ]"
        return "[ " + ", ".join(dump_jackson(v, indent) for v in value) + " ]"
    return json.dumps(value, ensure_ascii=False)


# --------------------------------------------------------------------------- tweets


def account_id() -> str:
    created = datetime.fromisoformat(tl.ACCOUNT["created_at"].replace("Z", "+00:00"))
    return str(snowflake(created, "account:" + tl.ACCOUNT["username"]))


def tweet_ids(posts: list[tl.DemoPost]) -> dict[str, str]:
    """``DemoPost.local`` → id_str, checked unique and increasing with time."""
    ids: dict[str, str] = {}
    last = -1
    for p in sorted(posts, key=lambda p: p.created_at):
        if p.local in ids:
            raise SystemExit(f"two posts at {p.local}")
        n = snowflake(p.created_at, p.local + p.text)
        if n <= last:
            raise SystemExit(f"id not increasing at {p.local}")
        last = n
        ids[p.local] = str(n)
    return ids


def entities(full_text: str, post: tl.DemoPost) -> dict:
    hashtags = [{"text": m.group(1), "indices": [str(m.start()), str(m.end())]}
                for m in HASHTAG_RE.finditer(full_text)]
    mentions = []
    for m in MENTION_RE.finditer(full_text):
        acct = tl.ACCOUNTS.get(m.group(1))
        if acct is None:  # not an X account (an Instagram handle, say): X links nothing
            continue
        mentions.append({
            "name": acct["name"],
            "screen_name": m.group(1),
            "indices": [str(m.start()), str(m.end())],
            "id_str": acct["id_str"],
            "id": acct["id_str"],
        })
    urls = []
    for short, expanded in post.urls:
        start = full_text.index(short)
        display = expanded.split("://", 1)[1]
        if len(display) > 26:
            display = display[:26] + "…"
        urls.append({
            "url": short,
            "expanded_url": expanded,
            "display_url": display,
            "indices": [str(start), str(start + len(short))],
        })
    return {"hashtags": hashtags, "symbols": [], "user_mentions": mentions, "urls": urls}


def place_object(key: str) -> dict:
    p = tl.PLACES[key]
    west, south, east, north = p["bbox"]
    ring = [[coord(west), coord(south)], [coord(east), coord(south)],
            [coord(east), coord(north)], [coord(west), coord(north)]]
    place_id = f"{h('place', key):016x}"
    return {
        "id": place_id,
        "url": f"https://api.twitter.com/1.1/geo/id/{place_id}.json",
        "place_type": p["place_type"],
        "name": p["name"],
        "full_name": p["full_name"],
        "country_code": "JP",
        "country": "日本",
        "contained_within": [],
        "bounding_box": {"type": "Polygon", "coordinates": [ring]},
        "attributes": {},
    }


def favorites(post: tl.DemoPost) -> int:
    if post.favorites is not None:
        return post.favorites
    r = h("fav", post.local) % 100
    return 0 if r < 30 else 1 + r % 4 if r < 80 else 5 + r % 9


def build_tweet(post: tl.DemoPost, ids: dict[str, str], own_id: str) -> dict:
    full_text = escape_text(post.text)
    if weighted_length(post.text) > MAX_WEIGHTED_LENGTH and not post.retweet:
        raise SystemExit(f"{post.local}: too long for a post ({weighted_length(post.text)})")
    tid = ids[post.local]
    created = post.created_at
    start = 0
    if post.reply_to:
        prefix = f"@{post.reply_to} "
        if not post.text.startswith(prefix):
            raise SystemExit(f"{post.local}: a reply must start with {prefix!r}")
        start = len(prefix)
    if post.retweet and not post.text.startswith("RT @"):
        raise SystemExit(f"{post.local}: a retweet must start with 'RT @'")
    tweet: dict = {
        "edit_info": {
            "initial": {
                "editTweetIds": [tid],
                "editableUntil": iso_ms(created + timedelta(hours=1), h("ms", tid) % 1000),
                "editsRemaining": "5",
                "isEditEligible": not post.retweet,
            }
        },
        "retweeted": False,
        "source": tl_source(post),
        "entities": entities(full_text, post),
        "display_text_range": [str(start), str(len(full_text))],
        "favorite_count": str(favorites(post)),
    }
    reply = reply_fields(post, ids, own_id)
    if reply:
        tweet["in_reply_to_status_id_str"] = reply["status"]
    tweet["id_str"] = tid
    if reply:
        tweet["in_reply_to_user_id"] = reply["user"]
    tweet["truncated"] = False
    tweet["retweet_count"] = str(post.retweets)
    tweet["id"] = tid
    if reply:
        tweet["in_reply_to_status_id"] = reply["status"]
    if post.urls:
        tweet["possibly_sensitive"] = False
    tweet["created_at"] = twitter_time(created)
    tweet["favorited"] = False
    tweet["full_text"] = full_text
    tweet["lang"] = "ja"
    if reply:
        tweet["in_reply_to_screen_name"] = reply["screen_name"]
        tweet["in_reply_to_user_id_str"] = reply["user"]
    if post.geo is not None:
        lat, lon = coord(post.geo.lat), coord(post.geo.lon)
        tweet["coordinates"] = {"type": "Point", "coordinates": [lon, lat]}
        tweet["geo"] = {"type": "Point", "coordinates": [lat, lon]}
        if post.geo.place:
            tweet["place"] = place_object(post.geo.place)
    return tweet


def tl_source(post: tl.DemoPost) -> str:
    return SOURCES[post.source]


def reply_fields(post: tl.DemoPost, ids: dict[str, str], own_id: str) -> dict | None:
    if post.thread_of:
        return {"status": ids[post.thread_of], "user": own_id,
                "screen_name": tl.ACCOUNT["username"]}
    if post.reply_to:
        minutes = 4 + h("lag", post.local) % 90
        parent_time = post.created_at - timedelta(minutes=minutes)
        status = snowflake(parent_time, f"parent:{post.reply_to}:{post.local}")
        return {"status": str(status), "user": tl.ACCOUNTS[post.reply_to]["id_str"],
                "screen_name": post.reply_to}
    return None


# --------------------------------------------------------------------------- files


def render() -> dict[Path, bytes]:
    """Every file the build writes, relative to ``out``, as bytes."""
    posts = tl.posts_by_time()
    ids = tweet_ids(posts)
    own_id = account_id()
    username = tl.ACCOUNT["username"]

    newest_first = list(reversed(posts))
    tweets = [{"tweet": build_tweet(p, ids, own_id)} for p in newest_first]
    files: dict[Path, bytes] = {}
    data = Path("archive") / "data"
    files[data / "tweets.js"] = ("window.YTD.tweets.part0 = " + dump_ytd(tweets)).encode()
    account = [{"account": {
        "email": tl.ACCOUNT["email"],
        "createdVia": tl.ACCOUNT["created_via"],
        "username": username,
        "accountId": own_id,
        "createdAt": tl.ACCOUNT["created_at"],
        "accountDisplayName": tl.ACCOUNT["display_name"],
    }}]
    files[data / "account.js"] = ("window.YTD.account.part0 = " + dump_ytd(account)).encode()
    profile = [{"profile": {
        "description": {
            "bio": tl.PROFILE["bio"],
            "website": tl.PROFILE["website"],
            "location": tl.PROFILE["location"],
        },
        "avatarMediaUrl": tl.PROFILE["avatar"],
        "headerMediaUrl": "https://pbs.twimg.com/profile_banners/"
                          f"{own_id}/{tl.PROFILE['header_timestamp']}",
    }}]
    files[data / "profile.js"] = ("window.YTD.profile.part0 = " + dump_ytd(profile)).encode()
    files[data / "README.txt"] = README.encode()
    size = sum(len(b) for b in files.values())
    manifest = {
        "userInfo": {"accountId": own_id, "userName": username,
                     "displayName": tl.ACCOUNT["display_name"]},
        "archiveInfo": {"sizeBytes": str(size), "generationDate": GENERATED_AT,
                        "isPartialArchive": False, "maxPartSizeBytes": "53687091200"},
        "readmeInfo": {"fileName": "data/README.txt", "directory": "data/",
                       "name": "README.txt"},
        "dataTypes": {
            "account": {"files": [{"fileName": "data/account.js",
                                   "globalName": "YTD.account.part0", "count": "1"}]},
            "profile": {"mediaDirectory": "data/profile_media",
                        "files": [{"fileName": "data/profile.js",
                                   "globalName": "YTD.profile.part0", "count": "1"}]},
            "tweets": {"mediaDirectory": "data/tweets_media",
                       "files": [{"fileName": "data/tweets.js",
                                  "globalName": "YTD.tweets.part0",
                                  "count": str(len(tweets))}]},
        },
    }
    files[data / "manifest.js"] = ("window.__THAR_CONFIG = " + dump_jackson(manifest)).encode()

    lines = []
    for p in posts:
        lines.append(json.dumps({
            "id": ids[p.local],
            "created_at": p.created_at.isoformat(),
            "text": p.text,
            "labels": list(p.labels),
            "geo_labels": list(p.geo_labels),
            "is_reply": bool(p.reply_to or p.thread_of),
            "is_retweet": p.retweet,
            "geo": None if p.geo is None else {"lat": p.geo.lat, "lon": p.geo.lon,
                                               "cluster": p.geo.cluster},
            "truth": list(p.truth),
        }, ensure_ascii=False))
    files[Path("expected.jsonl")] = ("\n".join(lines) + "\n").encode()
    files[Path("ground_truth.json")] = (
        json.dumps(ground_truth(posts, ids), ensure_ascii=False, indent=2) + "\n"
    ).encode()
    return files


def ground_truth(posts: list[tl.DemoPost], ids: dict[str, str]) -> dict:
    items = {}
    for key, item in tl.GROUND_TRUTH.items():
        cluster = item.get("from_geotags")
        if cluster:
            carriers = [ids[p.local] for p in posts if p.geo and p.geo.cluster == cluster]
        else:
            carriers = [ids[p.local] for p in posts if key in p.truth]
        items[key] = {"category": item["category"], "value": item["value"], "posts": carriers}
    return {
        "account": {"username": tl.ACCOUNT["username"], "accountId": account_id()},
        "profile_labels": {k: list(v) for k, v in tl.PROFILE_LABELS.items()},
        "home_point": {"lat": tl.HOME[0], "lon": tl.HOME[1], "station": "ときわ台駅",
                       "station_point": {"lat": tl.STATION[0], "lon": tl.STATION[1]}},
        "office_point": {"lat": tl.OFFICE[0], "lon": tl.OFFICE[1]},
        "items": items,
    }


README = """\
X (Twitter) archive — demo account @nao_pan_0000
================================================

This is a small, made-up archive in the format of X's "Download your data" export.
It was generated by scripts/build_demo.py for the demo of the self-exposure auditor.
The person, her family, her employer, the school and the shops are fictional; phone
numbers, IDs and e-mail addresses are placeholders.

このアーカイブは auditor のデモ用に作られた架空のものです。登場する人物・勤務先・
学校・店舗はすべて架空で、電話番号や ID もダミーです。

data/tweets.js     posts (window.YTD.tweets.part0), newest first
data/account.js    account (username, accountId, createdAt, display name)
data/profile.js    profile (bio, website, location)
data/manifest.js   what the archive holds (window.__THAR_CONFIG)
"""


def write(out: Path) -> list[Path]:
    written = []
    for rel, data in render().items():
        path = out / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "auditor" / "demo",
                        help="output folder (default: auditor/demo)")
    args = parser.parse_args(argv)
    for path in write(args.out):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
