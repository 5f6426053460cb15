"""Bluesky: the atproto SDK's real client over an ``httpx`` transport that answers like the
public AppView (no network)."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import httpx
import pytest
from atproto import Client
from atproto_client.request import Request
from live_helpers import assert_one_line_error, fixture_json, run_main

from auditor.errors import ConnectorError, RateLimited
from auditor.store import Store
from connectors import bluesky
from connectors.bluesky import Bluesky

RESET = 1893456000


class AppView:
    """Routes XRPC calls; records what was asked."""

    def __init__(self, *, page2_status=200, page2_headers=None, profile_status=200):
        self.calls: list[httpx.Request] = []
        self.page2_status, self.page2_headers = page2_status, page2_headers or {}
        self.profile_status = profile_status
        self.deleted: set[str] = set()

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.calls.append(request)
        path, params = request.url.path, request.url.params
        if path.endswith("app.bsky.actor.getProfile"):
            if self.profile_status != 200:
                return httpx.Response(400, json={"error": "InvalidRequest", "message": "Profile not found"})
            return httpx.Response(200, json=fixture_json("bluesky", "profile.json"))
        if path.endswith("app.bsky.feed.getAuthorFeed"):
            if params.get("cursor"):
                if self.page2_status != 200:
                    return httpx.Response(self.page2_status, headers=self.page2_headers,
                                          json={"error": "RateLimitExceeded", "message": "Rate Limit Exceeded"})
                return httpx.Response(200, json=self._feed("feed_page2.json"))
            return httpx.Response(200, json=self._feed("feed_page1.json"))
        if path.endswith("app.bsky.feed.getPosts"):
            uris = params.get_list("uris")
            posts = [item["post"] for f in ("feed_page1.json", "feed_page2.json")
                     for item in fixture_json("bluesky", f)["feed"]
                     if item["post"]["uri"] in uris and item["post"]["uri"] not in self.deleted]
            return httpx.Response(200, json={"posts": posts})
        return httpx.Response(404, json={"error": "MethodNotImplemented"})

    def _feed(self, name: str) -> dict:
        page = fixture_json("bluesky", name)
        page["feed"] = [item for item in page["feed"] if item["post"]["uri"] not in self.deleted]
        return page

    def client(self) -> Client:
        return Client(base_url=bluesky.PUBLIC_APPVIEW, request=Request(transport=httpx.MockTransport(self)))


def test_feed_pages_alt_text_reposts_and_replies():
    view = AppView()
    conn = Bluesky("@hana.bsky.social", client=view.client())
    profile = conn.profile()
    assert profile.handle == "hana.bsky.social" and profile.bio == "練馬区在住。平日は大手町で働いてます"
    assert profile.user_id == "did:plc:hanatest000000000000001"
    posts = list(conn.posts())
    assert [p.text for p in posts] == ["娘の運動会、石神井小にて", "速報: 大雨", "連絡は 090-0000-1234 まで"]
    own, repost, reply = posts
    assert own.id == "at://did:plc:hanatest000000000000001/app.bsky.feed.post/3lbhanapost3"
    assert own.url == "https://bsky.app/profile/hana.bsky.social/post/3lbhanapost3"
    assert own.created_at == datetime(2026, 5, 3, 12, 5, tzinfo=UTC) and own.lang == "ja"
    assert own.media[0].alt_text == "校庭と校舎、校名の看板" and own.media[0].url.endswith("bafkreiimg1@jpeg")
    assert repost.is_repost and repost.created_at == datetime(2026, 5, 2, 9, 0, tzinfo=UTC)
    assert reply.is_reply and reply.media[0].alt_text is None and reply.media[0].url.endswith("img2@jpeg")
    feed_calls = [c for c in view.calls if "getAuthorFeed" in c.url.path]
    assert feed_calls[0].url.host == "public.api.bsky.app"
    assert feed_calls[1].url.params["cursor"] == "2026-05-02T09:00:00.000Z"
    assert conn.state["newest"]["id"] == own.id


def test_short_handle_gets_bsky_social():
    assert Bluesky("hana", client=AppView().client()).handle == "hana.bsky.social"


def test_rate_limit_keeps_cursor_and_next_run_resumes():
    view = AppView(page2_status=429, page2_headers={"ratelimit-reset": str(RESET), "ratelimit-remaining": "0"})
    conn = Bluesky("hana.bsky.social", client=view.client())
    got = []
    with pytest.raises(RateLimited) as info:
        got.extend(conn.posts())
    assert len(got) == 2 and info.value.reset_time == datetime.fromtimestamp(RESET, UTC)
    state = json.loads(json.dumps(conn.state))
    again_view = AppView()
    again = Bluesky("hana.bsky.social", client=again_view.client())
    again.state = state
    assert [p.text for p in again.posts()] == ["連絡は 090-0000-1234 まで"]
    assert [c.url.params.get("cursor") for c in again_view.calls if "getAuthorFeed" in c.url.path] == [
        "2026-05-02T09:00:00.000Z"
    ]


def test_incremental_walk_stops_at_known_posts():
    conn = Bluesky("hana.bsky.social", client=AppView().client())
    conn.state = {"newest": {"id": "x", "at": "2026-05-03T12:05:00+00:00"}}
    # The first items are newer or possibly pinned; the walk stops once it is past them.
    posts = list(conn.posts())
    assert len(posts) <= 3 and conn.completed_walk["full"] is False


def test_unknown_handle():
    conn = Bluesky("nobody.bsky.social", client=AppView(profile_status=400).client())
    with pytest.raises(ConnectorError, match="見つかりません"):
        conn.profile()


def test_cli_scan_report_deleted_and_rate_limit(tmp_path, capsys, monkeypatch):
    view = AppView()
    monkeypatch.setattr(bluesky, "Bluesky", lambda handle, **kw: Bluesky(handle, client=view.client(), **kw))
    db, out = tmp_path / "h.sqlite3", tmp_path / "r"
    code, _, err = run_main(capsys, "scan", "bluesky", "hana.bsky.social", "--out", out, "--db", db)
    assert code == 0, err
    doc = json.loads((out / "report.json").read_text())
    assert doc["n_posts"] == 3 and doc["profile"]["handle"] == "hana.bsky.social"
    with Store(db) as store:
        flagged = {pid for pid, labels in store.scan_post_labels(store.scans()[0].id).items() if labels}
    assert flagged
    # The user deleted the flagged posts; an incremental scan notices through getPosts.
    view.deleted = flagged
    code, _, err = run_main(capsys, "scan", "bluesky", "hana.bsky.social", "--out", out, "--db", db)
    assert code == 0, err
    assert json.loads((out / "report.json").read_text())["n_posts"] == 3 - len(flagged)

    limited = AppView(page2_status=429, page2_headers={"ratelimit-reset": str(RESET)})
    monkeypatch.setattr(bluesky, "Bluesky", lambda handle, **kw: Bluesky(handle, client=limited.client(), **kw))
    code, _, err = run_main(capsys, "scan", "bluesky", "hana.bsky.social", "--full", "--out", out, "--db", db)
    assert_one_line_error(code, err, "Bluesky の利用上限")
    with Store(db) as store:
        assert len(store.scans()) == 2
