"""Mastodon: Mastodon.py's real HTTP layer, mocked with ``responses`` (no network)."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
import responses
from live_helpers import assert_one_line_error, fixture_json, run_main

from auditor.errors import ConnectorError, InputError, RateLimited
from auditor.store import Store
from connectors.mastodon import MastodonAccount, html_to_text

BASE = "https://mastodon.example/api/v1"
ACCOUNT_ID = "110000000000000001"
STATUSES = f"{BASE}/accounts/{ACCOUNT_ID}/statuses"


def _query(**expected):
    def match(request):
        params = request.params or {}
        for key, value in expected.items():
            if params.get(key) != value:
                return False, f"{key}={params.get(key)!r}"
        return True, ""

    return match


def _site(rsps, *, page2_status=200, newer=None):
    rsps.get(f"{BASE}/accounts/lookup", json=fixture_json("mastodon", "account.json"))
    link = f'<{STATUSES}?max_id=110000000000000020>; rel="next", <{STATUSES}?min_id=110000000000000030>; rel="prev"'
    if page2_status == 200:
        rsps.get(STATUSES, json=fixture_json("mastodon", "statuses_page2.json"),
                 match=[_query(max_id="110000000000000020")])
    else:
        rsps.get(STATUSES, status=429, json={"error": "Too many requests"},
                 headers={"X-RateLimit-Limit": "300", "X-RateLimit-Remaining": "0",
                          "X-RateLimit-Reset": "2030-01-01T00:00:00.000Z"},
                 match=[_query(max_id="110000000000000020")])
    rsps.get(STATUSES, json=[], match=[_query(max_id="110000000000000010")])
    rsps.get(STATUSES, json=newer or [], match=[_query(since_id="110000000000000030", max_id=None)])
    rsps.get(STATUSES, json=fixture_json("mastodon", "statuses_page1.json"), headers={"Link": link},
             match=[_query(max_id=None, since_id=None)])


def test_html_to_text():
    assert html_to_text("<p>a &amp; b<br />c</p><p>d</p>") == "a & b\nc\n\nd"
    assert html_to_text('<p><a href="https://x"><span class="invisible">https://</span>x.jp</a></p>') == "https://x.jp"
    assert html_to_text("<p>&lt;script&gt;</p>") == "<script>"


@responses.activate
def test_statuses_pages_media_boosts_and_html():
    _site(responses)
    conn = MastodonAccount("@hana@Mastodon.example")
    profile = conn.profile()
    assert profile.handle == "hana@mastodon.example" and profile.display_name == "はな"
    assert profile.bio == "練馬区在住 & 会社員\n子ども2人\n勤務先: https://example.co.jp"
    posts = list(conn.posts())
    assert [p.id for p in posts] == ["110000000000000030", "110000000000000020", "110000000000000010"]
    own, boost, reply = posts
    assert own.text == "娘の運動会 <石神井小>\n\n楽しかった\nまた来年"
    assert own.created_at == datetime(2026, 5, 3, 12, 5, tzinfo=UTC)
    assert own.media[0].alt_text == "校門の前で撮った写真" and own.media[0].kind == "photo"
    assert own.url == "https://mastodon.example/@hana/110000000000000030"
    assert boost.is_repost and boost.text == "速報: 大雨" and boost.created_at.day == 2
    assert reply.is_reply and reply.text == "@friend 連絡は 090-0000-1234 まで"
    assert conn.state["newest"]["id"] == "110000000000000030"


@responses.activate
def test_incremental_scan_uses_since_id():
    _site(responses)
    conn = MastodonAccount("hana@mastodon.example")
    conn.state = {"newest": {"id": "110000000000000030", "at": "2026-05-03T12:05:00+00:00"}}
    assert list(conn.posts()) == []
    assert any(c.request.params.get("since_id") == "110000000000000030" for c in responses.calls)


@responses.activate
def test_rate_limit_and_resume():
    _site(responses, page2_status=429)
    conn = MastodonAccount("hana@mastodon.example")
    got = []
    with pytest.raises(RateLimited) as info:
        got.extend(conn.posts())
    assert len(got) == 2 and info.value.reset_time == datetime(2030, 1, 1, tzinfo=UTC)
    state = json.loads(json.dumps(conn.state))
    responses.reset()
    _site(responses)
    again = MastodonAccount("hana@mastodon.example")
    again.state = state
    assert [p.id for p in again.posts()] == ["110000000000000010"]


@responses.activate
def test_errors():
    responses.get(f"{BASE}/accounts/lookup", status=404, json={"error": "Record not found"})
    with pytest.raises(ConnectorError, match="見つかりません"):
        MastodonAccount("nobody@mastodon.example").profile()
    with pytest.raises(InputError):
        MastodonAccount("just-a-name")


@responses.activate
def test_cli_scan_and_one_line_rate_limit(tmp_path, capsys):
    _site(responses)
    db, out = tmp_path / "h.sqlite3", tmp_path / "r"
    code, _, err = run_main(capsys, "scan", "mastodon", "@hana@mastodon.example", "--out", out, "--db", db)
    assert code == 0, err
    doc = json.loads((out / "report.json").read_text())
    assert doc["n_posts"] == 3 and doc["profile"]["handle"] == "hana@mastodon.example"
    responses.reset()
    _site(responses, page2_status=429)
    code, _, err = run_main(capsys, "scan", "mastodon", "@hana@mastodon.example", "--full",
                            "--out", out, "--db", db)
    assert_one_line_error(code, err, "利用上限")
    with Store(db) as store:
        assert len(store.scans()) == 1
        assert len(store.account_posts("mastodon", "hana@mastodon.example")) == 3


@responses.activate
def test_cli_thumbnails_are_saved_privately_once(tmp_path, capsys):
    import os
    import stat

    _site(responses)
    responses.get("https://files.mastodon.example/media_attachments/files/9001/small/a.jpg",
                  body=b"\xff\xd8\xff\xe0fake-jpeg", content_type="image/jpeg")
    thumbs = tmp_path / "thumbs"
    db = tmp_path / "h.sqlite3"
    args = ("scan", "mastodon", "@hana@mastodon.example", "--thumbnails", thumbs, "--out", tmp_path / "r", "--db", db)
    code, _, err = run_main(capsys, *args)
    assert code == 0, err
    files = list(thumbs.iterdir())
    assert len(files) == 1 and files[0].read_bytes().startswith(b"\xff\xd8")
    assert stat.S_IMODE(os.stat(files[0]).st_mode) == 0o600
    with Store(db) as store:
        own = next(p for p in store.account_posts("mastodon", "hana@mastodon.example") if p.media)
    assert own.media[0].path == str(files[0])
    code, _, err = run_main(capsys, *args)
    assert code == 0, err
    downloads = [c for c in responses.calls if "files.mastodon.example" in c.request.url]
    assert len(downloads) == 1  # kept, not fetched again
