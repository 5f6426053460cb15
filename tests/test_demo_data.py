"""The bundled demo archive: real X format, sane timeline, labels, and a reproducible build.

Standard library only (plus pytest), so it runs before any heavy dependency is installed.
"""

from __future__ import annotations

import html
import importlib.util
import json
import re
import subprocess
import sys
from collections import Counter
from datetime import datetime
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DEMO = ROOT / "auditor" / "demo"
DATA = DEMO / "archive" / "data"
BUILD = ROOT / "scripts" / "build_demo.py"

CATEGORIES = ("home", "workplace", "school", "family", "routine", "whereabouts", "contact",
              "identity")
TIME_FORMAT = "%a %b %d %H:%M:%S %z %Y"


def _load_build():
    spec = importlib.util.spec_from_file_location("build_demo", BUILD)
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)  # puts the repository root on sys.path
    return module


build = _load_build()
from auditor.demo import timeline as tl  # noqa: E402


def _read_ytd(name: str, prefix: str):
    text = (DATA / name).read_text(encoding="utf-8")
    assert text.startswith(prefix), f"{name} must start with {prefix!r}"
    return json.loads(text[len(prefix):])


@pytest.fixture(scope="module")
def tweets() -> list[dict]:
    items = _read_ytd("tweets.js", "window.YTD.tweets.part0 = ")
    assert all(set(item) == {"tweet"} for item in items)
    return [item["tweet"] for item in items]


@pytest.fixture(scope="module")
def expected() -> list[dict]:
    lines = (DEMO / "expected.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines]


@pytest.fixture(scope="module")
def by_id(tweets) -> dict[str, dict]:
    return {t["id_str"]: t for t in tweets}


# --------------------------------------------------------------------------- format


def test_all_archive_files_parse():
    account = _read_ytd("account.js", "window.YTD.account.part0 = ")
    profile = _read_ytd("profile.js", "window.YTD.profile.part0 = ")
    manifest = _read_ytd("manifest.js", "window.__THAR_CONFIG = ")
    acc = account[0]["account"]
    assert {"username", "accountId", "accountDisplayName", "createdAt"} <= set(acc)
    desc = profile[0]["profile"]["description"]
    assert {"bio", "website", "location"} <= set(desc)
    assert manifest["userInfo"]["accountId"] == acc["accountId"]
    assert manifest["userInfo"]["userName"] == acc["username"]
    assert set(manifest["dataTypes"]) >= {"tweets", "account", "profile"}
    assert (DATA / "README.txt").read_text(encoding="utf-8").strip()


def test_manifest_counts_and_size(tweets):
    manifest = _read_ytd("manifest.js", "window.__THAR_CONFIG = ")
    entry = manifest["dataTypes"]["tweets"]["files"][0]
    assert entry == {"fileName": "data/tweets.js", "globalName": "YTD.tweets.part0",
                     "count": str(len(tweets))}
    size = sum((DATA / n).stat().st_size for n in
               ("tweets.js", "account.js", "profile.js", "README.txt"))
    assert manifest["archiveInfo"]["sizeBytes"] == str(size)


def test_pretty_printed_like_a_real_archive():
    head = (DATA / "tweets.js").read_text(encoding="utf-8")[:200]
    assert head.startswith('window.YTD.tweets.part0 = [\n  {\n    "tweet" : {\n')
    assert '"hashtags" : [ ]' in (DATA / "tweets.js").read_text(encoding="utf-8")


def test_at_least_200_tweets(tweets, expected):
    assert len(tweets) >= 200
    assert len(tweets) == len(expected) == len(tl.POSTS)


def test_every_number_is_a_string(tweets):
    for t in tweets:
        for key in ("id", "id_str", "favorite_count", "retweet_count"):
            assert isinstance(t[key], str) and t[key].isdigit(), (t["id_str"], key)
        assert all(isinstance(x, str) for x in t["display_text_range"])
        assert t["id"] == t["id_str"]
        assert t["lang"] == "ja"
        assert t["retweeted"] is False and t["favorited"] is False and t["truncated"] is False
        assert set(t["entities"]) == {"hashtags", "symbols", "user_mentions", "urls"}


def test_ids_unique_and_increasing_with_time(tweets):
    ids = [int(t["id_str"]) for t in tweets]
    assert len(set(ids)) == len(ids)
    ordered = sorted(tweets, key=lambda t: datetime.strptime(t["created_at"], TIME_FORMAT))
    ordered_ids = [int(t["id_str"]) for t in ordered]
    assert ordered_ids == sorted(ordered_ids)
    for t in tweets:  # a snowflake's top bits are its time in ms since the Twitter epoch
        ms = (int(t["id_str"]) >> 22) + build.TWITTER_EPOCH_MS
        when = datetime.strptime(t["created_at"], TIME_FORMAT)
        assert int(when.timestamp()) == ms // 1000


def test_created_at_parses_and_is_utc(tweets):
    for t in tweets:
        when = datetime.strptime(t["created_at"], TIME_FORMAT)
        assert when.utcoffset().total_seconds() == 0
        assert t["created_at"].endswith(" +0000 2026")


def test_full_text_is_html_escaped_like_x(tweets, expected):
    texts = {row["id"]: row["text"] for row in expected}
    for t in tweets:
        assert "<" not in t["full_text"] and ">" not in t["full_text"]
        assert html.unescape(t["full_text"]) == texts[t["id_str"]]
    raw = [texts[t["id_str"]] for t in tweets]
    assert any("<script>alert(1)</script>" in x for x in raw)
    assert any("<img src=x onerror=alert(1)>" in x for x in raw)


def test_entity_indices_point_into_full_text(tweets):
    for t in tweets:
        text = t["full_text"]
        start, end = map(int, t["display_text_range"])
        assert 0 <= start <= end == len(text)
        ents = t["entities"]
        for tag in ents["hashtags"]:
            a, b = map(int, tag["indices"])
            assert text[a:b] == "#" + tag["text"]
        for m in ents["user_mentions"]:
            a, b = map(int, m["indices"])
            assert text[a:b] == "@" + m["screen_name"]
            assert {"name", "screen_name", "id_str", "indices"} <= set(m)
        for u in ents["urls"]:
            a, b = map(int, u["indices"])
            assert text[a:b] == u["url"] and u["expanded_url"].startswith("https://")


def test_replies_and_retweets(tweets, expected):
    rows = {row["id"]: row for row in expected}
    replies = [t for t in tweets if "in_reply_to_status_id_str" in t]
    assert len(replies) >= 5
    for t in replies:
        assert int(t["in_reply_to_status_id_str"]) < int(t["id_str"])
        assert t["in_reply_to_user_id_str"] and t["in_reply_to_screen_name"]
        assert rows[t["id_str"]]["is_reply"]
        if t["in_reply_to_screen_name"] != "nao_pan_0000":
            mention = "@" + t["in_reply_to_screen_name"] + " "
            assert t["full_text"].startswith(mention)
            assert int(t["display_text_range"][0]) == len(mention)
    rts = [t for t in tweets if t["full_text"].startswith("RT @")]
    assert len(rts) >= 3
    for t in rts:
        assert rows[t["id_str"]]["is_retweet"] and rows[t["id_str"]]["labels"] == []
        assert t["entities"]["user_mentions"][0]["indices"][0] == "3"


# --------------------------------------------------------------------------- geotags


def test_geotags(tweets, expected):
    rows = {row["id"]: row for row in expected}
    geo = [t for t in tweets if "coordinates" in t]
    assert 20 <= len(geo) <= 35
    clusters = Counter()
    for t in geo:
        lon, lat = t["coordinates"]["coordinates"]
        assert t["coordinates"]["type"] == "Point" and t["geo"]["type"] == "Point"
        assert t["geo"]["coordinates"] == [lat, lon]
        assert isinstance(lat, str) and isinstance(lon, str)
        point = (float(lat), float(lon))
        cluster = rows[t["id_str"]]["geo"]["cluster"]
        clusters[cluster] += 1
        if cluster == "home":
            assert tl.distance_m(point, tl.HOME) <= 150
        elif cluster == "work":
            assert tl.distance_m(point, tl.OFFICE) <= 100
        else:
            assert tl.distance_m(point, tl.HOME) > 250  # outside the home cluster
        if "place" in t:
            place = t["place"]
            assert {"full_name", "name", "place_type", "country_code", "bounding_box"} <= set(place)
            assert place["country_code"] == "JP"
            assert place["bounding_box"]["type"] == "Polygon"
    assert clusters["home"] >= 8 and clusters["work"] >= 5 and clusters["elsewhere"] >= 5
    assert sum("place" in t for t in geo) >= 8
    without_geo = [t for t in tweets if "coordinates" not in t]
    assert all("geo" not in t and "place" not in t for t in without_geo)


# --------------------------------------------------------------------------- labels


def test_labels_are_valid_and_sorted(expected):
    for row in expected:
        assert row["labels"] == sorted(set(row["labels"]))
        assert set(row["labels"]) <= set(CATEGORIES)
        assert set(row["geo_labels"]) <= set(CATEGORIES)


def test_every_category_appears(expected):
    seen = Counter(label for row in expected for label in row["labels"])
    for cat in CATEGORIES:
        assert seen[cat] >= 3, cat


def test_mostly_ordinary_chatter(expected):
    own = [row for row in expected if not row["is_retweet"]]
    empty = sum(not row["labels"] for row in own)
    assert 0.6 <= empty / len(own) <= 0.8


def test_posting_times_look_human(expected):
    hours = Counter(datetime.fromisoformat(row["created_at"]).hour for row in expected)
    assert not any(hours[h] for h in range(1, 6)), "nobody posts at 1–5 am here"
    weekday_mornings = [
        row for row in expected
        if (d := datetime.fromisoformat(row["created_at"])).weekday() in (0, 1, 3, 4)
        and 7 <= d.hour < 9
    ]
    assert len(weekday_mornings) >= 40  # the commute train
    saturdays = [row for row in expected
                 if (d := datetime.fromisoformat(row["created_at"])).weekday() == 5
                 and d.hour == 9]
    assert len(saturdays) >= 12  # the weekly swimming class
    for row in expected:
        assert datetime.fromisoformat(row["created_at"]).utcoffset().total_seconds() == 9 * 3600


def test_posts_fit_in_a_post():
    for p in tl.POSTS:
        if not p.retweet:
            assert build.weighted_length(p.text) <= build.MAX_WEIGHTED_LENGTH, p.local


def test_profile_leaks_something():
    profile = _read_ytd("profile.js", "window.YTD.profile.part0 = ")[0]["profile"]
    assert "板橋区" in profile["description"]["location"]
    assert re.search("娘|息子", profile["description"]["bio"])


# --------------------------------------------------------------------------- ground truth


def test_ground_truth_points_at_real_posts(by_id):
    truth = json.loads((DEMO / "ground_truth.json").read_text(encoding="utf-8"))
    for key, item in truth["items"].items():
        assert item["posts"], key
        assert item["category"] in CATEGORIES
        for pid in item["posts"]:
            assert pid in by_id, (key, pid)


def test_persona_md_lists_the_carrier_ids(by_id):
    persona = (DEMO / "PERSONA.md").read_text(encoding="utf-8")
    mentioned = set(re.findall(r"\b\d{19}\b", persona))
    assert mentioned <= set(by_id) | {json.loads((DEMO / "ground_truth.json").read_text(
        encoding="utf-8"))["account"]["accountId"]}
    truth = json.loads((DEMO / "ground_truth.json").read_text(encoding="utf-8"))
    for key, item in truth["items"].items():
        for pid in item["posts"]:
            assert pid in mentioned, (key, pid)


# --------------------------------------------------------------------------- reproducible


def test_rebuild_is_byte_identical(tmp_path):
    subprocess.run([sys.executable, str(BUILD), "--out", str(tmp_path)], check=True,
                   capture_output=True)
    produced = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*") if p.is_file())
    assert produced, "the build wrote nothing"
    for rel in produced:
        assert (tmp_path / rel).read_bytes() == (DEMO / rel).read_bytes(), f"{rel} differs"
    committed = {p.relative_to(DEMO) for p in (DEMO / "archive").rglob("*") if p.is_file()}
    assert committed <= set(produced)
