"""X live connector: tweepy's real HTTP layer, mocked with ``responses`` (no network)."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
import responses
from live_helpers import assert_one_line_error, files_containing, fixture_json, run_main

from auditor.errors import AuthError, ConnectorError, RateLimited
from auditor.model import Post
from auditor.store import Store
from connectors.x_api import XApi

API = "https://api.twitter.com/2"
USER_ID = "1490000000000000001"
TOKEN = "tok-SECRET-0123456789abcdef"
PAGE2 = "7140dibdnow9c7btw423x7ph0x1z8s7v5bl2bvjp3vq4i"
RESET = 1893456000  # 2030-01-01T00:00:00Z


@pytest.fixture(autouse=True)
def _token(monkeypatch):
    monkeypatch.setenv("X_BEARER_TOKEN", TOKEN)
    monkeypatch.delenv("X_USER_ACCESS_TOKEN", raising=False)


def _user(rsps, body=None, status=200):
    rsps.get(f"{API}/users/by/username/hana_test", json=body or fixture_json("x_api", "user.json"), status=status)


def _query(**expected):
    """Match the query exactly on these keys (None: the key must be absent)."""

    def match(request):
        params = request.params or {}
        for key, value in expected.items():
            if params.get(key) != value:
                return False, f"{key}={params.get(key)!r}, expected {value!r}"
        return True, ""

    return match


def _timeline(rsps, body, *, token=None, since=None, status=200, headers=None):
    match = [_query(pagination_token=token, since_id=since)]
    rsps.get(f"{API}/users/{USER_ID}/tweets", json=body, status=status, headers=headers, match=match)


def _pages(rsps, *, second=None, second_status=200, second_headers=None):
    _timeline(rsps, second or fixture_json("x_api", "tweets_page2.json"), token=PAGE2,
              status=second_status, headers=second_headers)
    _timeline(rsps, fixture_json("x_api", "tweets_page1.json"))


@responses.activate
def test_pages_map_geo_media_and_remember_newest():
    _user(responses)
    _pages(responses)
    conn = XApi("@hana_test")
    profile = conn.profile()
    assert profile.handle == "hana_test" and profile.user_id == USER_ID
    assert profile.url == "https://hana.example.jp"  # t.co expanded
    assert profile.bio == "練馬区在住の会社員です" and profile.created_at.tzinfo is not None
    posts = list(conn.posts())
    assert [p.id for p in posts] == ["1790000000000000003", "1790000000000000002", "1790000000000000001"]
    first, reply, rt = posts
    assert first.text.startswith("石神井公園駅なう & 雨")  # &amp; unescaped
    assert first.created_at == datetime(2026, 5, 3, 12, 5, tzinfo=UTC)
    assert (first.geo.lat, first.geo.lon) == (35.7436, 139.6066)  # GeoJSON [lon, lat]
    assert first.geo.place_name == "練馬区, 東京都" and first.geo.place_type == "city"
    assert first.geo.country_code == "JP"
    assert first.media[0].url == "https://pbs.twimg.com/media/FakeMedia01.jpg"
    assert first.media[0].alt_text == "駅のホームから見た駅名標" and first.media[0].kind == "photo"
    assert first.url == "https://x.com/hana_test/status/1790000000000000003"
    # A place of type "poi" without coordinates: its (tiny) bounding box is its position.
    assert reply.is_reply and reply.geo.place_name == "スターバックス 石神井公園店"
    assert (reply.geo.lat, reply.geo.lon) == pytest.approx((35.744, 139.607))
    assert rt.is_repost and not rt.authored and rt.geo is None
    # The request asked for what the mapping needs.
    first_call = next(c for c in responses.calls if "/tweets" in c.request.url)
    query = first_call.request.params
    assert "geo" in query["tweet.fields"] and "attachments" in query["tweet.fields"]
    assert query["expansions"] == "geo.place_id,attachments.media_keys"
    assert "country_code" in query["place.fields"] and "alt_text" in query["media.fields"]
    assert first_call.request.headers["Authorization"] == f"Bearer {TOKEN}"
    assert conn.state == {"newest": {"id": "1790000000000000003", "at": "2026-05-03T12:05:00+00:00"}}
    assert conn.completed_walk["full"] is True and conn.completed_walk["count"] == 3


@responses.activate
def test_later_scan_asks_only_for_newer_posts():
    _user(responses)
    _timeline(responses, fixture_json("x_api", "tweets_newer.json"), since="1790000000000000003")
    conn = XApi("hana_test")
    conn.state = {"newest": {"id": "1790000000000000003", "at": "2026-05-03T12:05:00+00:00"}}
    assert [p.id for p in conn.posts()] == ["1790000000000000004"]
    assert conn.state["newest"]["id"] == "1790000000000000004"
    assert conn.completed_walk["full"] is False


@responses.activate
def test_rate_limit_keeps_position_and_next_run_resumes():
    _user(responses)
    _pages(responses, second=fixture_json("x_api", "error_429.json"), second_status=429,
           second_headers={"x-rate-limit-reset": str(RESET), "x-rate-limit-remaining": "0"})
    conn = XApi("hana_test")
    got = []
    with pytest.raises(RateLimited) as info:
        got.extend(conn.posts())
    assert info.value.reset_time == datetime.fromtimestamp(RESET, UTC)
    assert conn.state["walk"]["cursor"] == PAGE2 and conn.state["walk"]["count"] == 2
    state = json.loads(json.dumps(conn.state))  # what the store keeps

    responses.reset()
    _user(responses)
    _pages(responses)
    again = XApi("hana_test")
    again.state = state
    assert [p.id for p in again.posts()] == ["1790000000000000001"]
    timeline_calls = [c for c in responses.calls if "/tweets" in c.request.url]
    assert len(timeline_calls) == 1 and timeline_calls[0].request.params["pagination_token"] == PAGE2
    assert again.state["newest"]["id"] == "1790000000000000003"  # newest of the whole walk


@pytest.mark.parametrize(
    "status, body, expect",
    [
        (401, "error_401.json", "401"),
        (403, "error_403_453.json", "453"),
        (403, "error_403_not_enrolled.json", "403"),
    ],
)
@responses.activate
def test_plan_and_auth_errors_point_to_the_archive(status, body, expect):
    _user(responses)
    _timeline(responses, fixture_json("x_api", body), status=status)
    conn = XApi("hana_test")
    with pytest.raises(AuthError) as info:
        list(conn.posts())
    message = str(info.value)
    assert expect in message and "auditor scan <archive.zip>" in message
    assert "\n" not in message and TOKEN not in message


@responses.activate
def test_unknown_user_and_protected_timeline():
    responses.get(f"{API}/users/by/username/nobody_here_x", json=fixture_json("x_api", "user_not_found.json"))
    with pytest.raises(ConnectorError, match="見つかりません"):
        XApi("nobody_here_x").profile()
    _user(responses)
    _timeline(responses, fixture_json("x_api", "tweets_protected.json"))
    with pytest.raises(AuthError, match="非公開"):
        list(XApi("hana_test").posts())


def test_missing_token(monkeypatch):
    monkeypatch.delenv("X_BEARER_TOKEN")
    with pytest.raises(AuthError, match="X_BEARER_TOKEN"):
        XApi("hana_test")


@responses.activate
def test_user_context_token_resolves_own_account(monkeypatch):
    monkeypatch.setenv("X_USER_ACCESS_TOKEN", "user-ctx-token")
    responses.get(f"{API}/users/me", json=fixture_json("x_api", "user.json"))
    _timeline(responses, fixture_json("x_api", "tweets_newer.json"))
    conn = XApi("Hana_Test")
    assert conn.profile().user_id == USER_ID
    assert len(list(conn.posts())) == 1
    assert all(c.request.headers["Authorization"] == "Bearer user-ctx-token" for c in responses.calls)
    assert not any("/users/by/" in c.request.url for c in responses.calls)


# -- through the CLI ----------------------------------------------------------------------
@responses.activate
def test_cli_scan_then_incremental_scan_audits_whole_account(tmp_path, capsys):
    db = tmp_path / "db" / "h.sqlite3"
    out = tmp_path / "report"
    _user(responses)
    _pages(responses)
    code, stdout, err = run_main(capsys, "scan", "x", "@hana_test", "--out", out, "--db", db)
    assert code == 0, err
    doc = json.loads((out / "report.json").read_text())
    assert doc["n_posts"] == 3 and doc["profile"]["handle"] == "hana_test"
    assert any("contact" in p["labels"] for p in doc["posts"])

    responses.reset()
    _user(responses)
    _timeline(responses, fixture_json("x_api", "tweets_newer.json"), since="1790000000000000003")
    # The flagged posts of the last scan are looked up: still there.
    responses.get(f"{API}/tweets", json={"data": [{"id": "1790000000000000002", "text": "x",
                                                    "edit_history_tweet_ids": ["1790000000000000002"]}]})
    code, stdout, err = run_main(capsys, "scan", "x", "hana_test", "--out", out, "--db", db)
    assert code == 0, err
    doc = json.loads((out / "report.json").read_text())
    assert doc["n_posts"] == 4  # three stored + one new
    timeline = [c for c in responses.calls if f"/users/{USER_ID}/tweets" in c.request.url]
    assert len(timeline) == 1 and timeline[0].request.params["since_id"] == "1790000000000000003"
    # Nothing anywhere holds the token: reports, JSON, the database and its WAL.
    assert files_containing(tmp_path, TOKEN) == []
    assert TOKEN not in stdout + err


@responses.activate
def test_cli_drops_flagged_posts_deleted_since_last_scan(tmp_path, capsys):
    db = tmp_path / "h.sqlite3"
    _user(responses)
    _pages(responses)
    assert run_main(capsys, "scan", "x", "hana_test", "--out", tmp_path / "r", "--db", db)[0] == 0
    with Store(db) as store:
        flagged = {pid for pid, labels in store.scan_post_labels(store.scans()[0].id).items() if labels}
    assert "1790000000000000002" in flagged

    responses.reset()
    _user(responses)
    _timeline(responses, fixture_json("x_api", "tweets_none.json"), since="1790000000000000003")
    gone = {"errors": [
        {"value": pid, "detail": f"Could not find tweet with ids: [{pid}].", "title": "Not Found Error",
         "resource_type": "tweet", "parameter": "ids", "resource_id": pid,
         "type": "https://api.twitter.com/2/problems/resource-not-found"} for pid in sorted(flagged)]}
    responses.get(f"{API}/tweets", json=gone)
    code, _, err = run_main(capsys, "scan", "x", "hana_test", "--out", tmp_path / "r", "--db", db)
    assert code == 0, err
    lookup = next(c for c in responses.calls if c.request.url.startswith(f"{API}/tweets?"))
    assert set(lookup.request.params["ids"].split(",")) == flagged
    doc = json.loads((tmp_path / "r" / "report.json").read_text())
    assert doc["n_posts"] == 3 - len(flagged)
    assert "削除された投稿" in err


@responses.activate
def test_cli_full_rescan_forgets_deleted_posts(tmp_path, capsys):
    db = tmp_path / "h.sqlite3"
    _user(responses)
    _pages(responses)
    assert run_main(capsys, "scan", "x", "hana_test", "--out", tmp_path / "r", "--db", db)[0] == 0
    responses.reset()
    _user(responses)
    page1 = fixture_json("x_api", "tweets_page1.json")
    page1["data"] = page1["data"][:1]  # the reply was deleted
    _timeline(responses, fixture_json("x_api", "tweets_page2.json"), token=PAGE2)
    _timeline(responses, page1)
    code, _, err = run_main(capsys, "scan", "x", "hana_test", "--full", "--out", tmp_path / "r", "--db", db)
    assert code == 0, err
    with Store(db) as store:
        ids = [p.id for p in store.account_posts("x", "hana_test")]
        # An older post beyond what a walk reached (X returns ~3,200) is never dropped.
        old = Post("x", "1700000000000000000", "古い投稿", created_at=datetime(2020, 1, 1, tzinfo=UTC))
        store.save_account_posts("x", "hana_test", [old])
    assert ids == ["1790000000000000003", "1790000000000000001"]
    assert "削除された投稿 1 件" in err

    responses.reset()
    _user(responses)
    _pages(responses)
    assert run_main(capsys, "scan", "x", "hana_test", "--full", "--out", tmp_path / "r", "--db", db)[0] == 0
    with Store(db) as store:
        assert "1700000000000000000" in {p.id for p in store.account_posts("x", "hana_test")}


@responses.activate
def test_cli_rate_limit_stops_cleanly_then_resumes(tmp_path, capsys):
    db = tmp_path / "h.sqlite3"
    out = tmp_path / "r"
    _user(responses)
    _timeline(responses, fixture_json("x_api", "tweets_newer.json"))
    assert run_main(capsys, "scan", "x", "hana_test", "--out", out, "--db", db)[0] == 0

    responses.reset()
    _user(responses)
    _pages(responses, second=fixture_json("x_api", "error_429.json"), second_status=429,
           second_headers={"x-rate-limit-reset": str(RESET)})
    code, _, err = run_main(capsys, "scan", "x", "hana_test", "--full", "--out", out, "--db", db)
    assert_one_line_error(code, err, "利用上限")
    with Store(db) as store:
        assert len(store.scans()) == 1  # the earlier scan is intact
        kept = {p.id for p in store.account_posts("x", "hana_test")}
        assert {"1790000000000000003", "1790000000000000002"} <= kept  # fetched before the 429

    responses.reset()
    _user(responses)
    _pages(responses)
    code, _, err = run_main(capsys, "scan", "x", "hana_test", "--full", "--out", out, "--db", db)
    assert code == 0, err
    timeline = [c for c in responses.calls if "/tweets" in c.request.url]
    assert [c.request.params.get("pagination_token") for c in timeline] == [PAGE2]
    # The full walk completed across two runs: the post it no longer saw is dropped.
    doc = json.loads((out / "report.json").read_text())
    assert doc["n_posts"] == 3


@responses.activate
def test_cli_wait_counts_down_and_continues(tmp_path, capsys, monkeypatch):
    slept = []
    monkeypatch.setattr("auditor.live.sleep", slept.append)
    reset = int(datetime.now(UTC).timestamp()) + 5
    _user(responses)
    _timeline(responses, fixture_json("x_api", "error_429.json"), token=PAGE2, status=429,
              headers={"x-rate-limit-reset": str(reset)})
    _timeline(responses, fixture_json("x_api", "tweets_page2.json"), token=PAGE2)
    _timeline(responses, fixture_json("x_api", "tweets_page1.json"))
    code, _, err = run_main(capsys, "scan", "x", "hana_test", "--wait", "--out", tmp_path / "r",
                            "--db", tmp_path / "h.sqlite3")
    assert code == 0, err
    assert 1 <= len(slept) <= 7 and set(slept) == {1}
    assert json.loads((tmp_path / "r" / "report.json").read_text())["n_posts"] == 3


@pytest.mark.parametrize(
    "status, body, expect",
    [(401, "error_401.json", "auditor scan <archive.zip>"), (403, "error_403_453.json", "453")],
)
@responses.activate
def test_cli_auth_errors_are_one_line(tmp_path, capsys, status, body, expect):
    _user(responses)
    _timeline(responses, fixture_json("x_api", body), status=status)
    code, _, err = run_main(capsys, "scan", "x", "hana_test", "--out", tmp_path / "r", "--db", tmp_path / "h.db")
    assert_one_line_error(code, err, expect)
    assert TOKEN not in err


@responses.activate
def test_says_when_the_3200_window_cut_history_short():
    user = fixture_json("x_api", "user.json")
    user["data"]["public_metrics"]["tweet_count"] = 5000
    _user(responses, user)
    n_pages = 32
    for page in range(n_pages):
        body = {
            "data": [
                {"id": str(1790000000000000000 - page * 100 - i), "text": f"post {page}-{i}",
                 "created_at": f"2026-0{1 + page % 5}-1{i % 10}T00:00:00.000Z",
                 "edit_history_tweet_ids": ["1"]}
                for i in range(100)
            ],
            "meta": {"result_count": 100} | ({"next_token": f"t{page + 1}"} if page + 1 < n_pages else {}),
        }
        _timeline(responses, body, token=f"t{page}" if page else None)
    conn = XApi("hana_test")
    assert sum(1 for _ in conn.posts()) == 3200
    assert any("3,200" in w and "archive.zip" in w for w in conn.warnings)


@responses.activate
def test_expired_pagination_token_restarts_the_walk():
    _user(responses)
    bad = {"errors": [{"parameters": {"pagination_token": ["stale"]}, "message": "Invalid pagination_token"}],
           "title": "Invalid Request", "detail": "One or more parameters to your request was invalid.",
           "type": "https://api.twitter.com/2/problems/invalid-request"}
    _timeline(responses, bad, token="stale", status=400)
    _pages(responses)
    conn = XApi("hana_test")
    conn.state = {"walk": {"cursor": "stale", "since": None, "top": None, "oldest_at": None,
                           "started_at": "2026-01-01T00:00:00+00:00", "count": 7}}
    assert len(list(conn.posts())) == 3
    assert conn.completed_walk["count"] == 3 and any("最初から" in w for w in conn.warnings)
