"""Instagram live: instaloader's structure files, and instaloader's real HTTP layer mocked
with ``responses`` (profile page, start page, GraphQL answers) — never live."""

from __future__ import annotations

import json
import pickle
import re
import urllib.parse
from datetime import UTC, datetime

import instaloader
import pytest
import responses
from live_helpers import FIXTURES, assert_one_line_error, files_containing, fixture_json, run_main

from auditor.errors import AuthError, ConnectorError, RateLimited
from connectors.instagram import InstagramLive, post_from_node

WWW = "https://www.instagram.com"


@pytest.fixture(autouse=True)
def _no_pauses(monkeypatch):
    monkeypatch.setattr("connectors.instagram.PAUSE_BETWEEN_REQUESTS", False)
MEDIA_DOC = "27128499623469141"
NEXT_PAGE_DOC = "28904005159232689"
OWN_TIMELINE_DOC = "29104886249145907"
SESSION_SECRET = "SESSIONID-SECRET-4440001%3Aabc"


def _context():
    return instaloader.InstaloaderContext(sleep=False, quiet=True, max_connection_attempts=1)


# -- structure files ------------------------------------------------------------------------
def test_sidecar_structure_maps_location_alt_text_tags_and_children():
    ctx = _context()
    ipost = instaloader.load_structure_from_file(ctx, str(FIXTURES / "instagram" / "post_sidecar.json"))
    # The measured gotcha: logged out, instaloader's Post.location is None although the
    # node carries the place and its coordinates.
    assert ipost.location is None
    post = post_from_node(instaloader.get_json_structure(ipost)["node"])
    assert post.id == "C0sideCAR" and post.url == "https://www.instagram.com/p/C0sideCAR/"
    assert post.text == "娘と石神井公園でお花見 🌸 #練馬区"
    assert post.created_at == datetime.fromtimestamp(1775000000, UTC) == ipost.date_utc.replace(tzinfo=UTC)
    assert (post.geo.lat, post.geo.lon, post.geo.place_name) == (35.7372, 139.5998, "石神井公園")
    assert [m.kind for m in post.media] == ["photo", "video"]
    assert post.media[0].alt_text == "Photo by はな. May be an image of child."
    assert post.media[1].url.endswith("fake_sidecar_2.jpg")
    assert post.tagged_users == ["mama_friend"]


def test_iphone_structure_reads_location_from_the_struct():
    ctx = _context()
    ipost = instaloader.load_structure_from_file(ctx, str(FIXTURES / "instagram" / "post_iphone.json"))
    post = post_from_node(instaloader.get_json_structure(ipost)["node"])
    assert post.text == "今日からハワイ、家は空っぽ"
    assert (post.geo.lat, post.geo.lon, post.geo.place_name) == (21.2793, -157.8292, "Waikiki Beach")
    assert post.media[0].alt_text == "Photo by はな on May 02, 2026."
    assert post.tagged_users == ["husband_acct"]


# -- mocked HTTP --------------------------------------------------------------------------------
def _page_html(user: dict) -> str:
    payload = {"require": [["ScheduledServerJS", "handle", None, [{"__bbox": {"require": [[
        "RelayPrefetchedStreamCache", "next", [],
        ["adp_PolarisProfilePageContentQueryRelayPreloader",
         {"__bbox": {"complete": True, "result": {"data": {"xig_user_by_username": user}}}}],
    ]]}}]]]}
    return ('<!DOCTYPE html><html><head><title>Instagram</title></head><body>'
            f'<script type="application/json" data-content-len="1" data-sjs>{json.dumps(payload)}</script>'
            "</body></html>")


def _user(private=False, edges=("C2first", "C2second"), more=True):
    user = {"pk": "4440001", "id": "17841400000000001", "username": "hana_ig", "full_name": "はな",
            "biography": "練馬区在住 / 2児の母", "is_private": private, "external_url": "https://hana.example.jp"}
    if not private:
        user["polaris_ordered_timeline_connection"] = {
            "edges": [{"node": {"code": c, "pk": "1", "media_type": 1}} for c in edges],
            "page_info": {"has_next_page": more, "end_cursor": "cursor-2" if more else None},
        }
    return user


START_PAGE = ('<html><script>["LSD",[],{"token":"AVqbxe3J_YA"},32],["DTSGInitialData",[],'
              '{"token":"NAcNfake:1:1"},258],{"IG_USER_EIMU":"0"}</script></html>')


class FakeInstagram:
    """Answers instaloader's requests the way www.instagram.com does (shapes of 4.16)."""

    def __init__(self, rsps, *, user=None, page2_status=200, page2_body=None):
        self.media = fixture_json("instagram", "media_info.json")
        self.media_queries: list[str] = []
        self.page2_status, self.page2_body = page2_status, page2_body
        rsps.get(f"{WWW}/hana_ig/", body=_page_html(user or _user()), content_type="text/html")
        rsps.get(f"{WWW}/", body=START_PAGE, content_type="text/html")
        rsps.add_callback(responses.POST, f"{WWW}/api/graphql", callback=self.graphql)
        rsps.add_callback(responses.POST, f"{WWW}/graphql/query", callback=self.graphql)

    def graphql(self, request):
        form = urllib.parse.parse_qs(request.body)
        doc, variables = form["doc_id"][0], json.loads(form["variables"][0])
        if doc == MEDIA_DOC:
            self.media_queries.append(variables["shortcode"])
            item = self.media[variables["shortcode"]]
            return 200, {}, json.dumps({"data": {"xdt_api__v1__media__shortcode__web_info": {"items": [item]}}})
        if doc == NEXT_PAGE_DOC:
            assert variables["after"] == "cursor-2" and variables["id"] == "17841400000000001"
            if self.page2_status != 200:
                return self.page2_status, {"Content-Type": "application/json"}, json.dumps(self.page2_body)
            conn = {"edges": [{"node": {"code": "C2third"}}], "page_info": {"has_next_page": False, "end_cursor": None}}
            return 200, {}, json.dumps({"data": {"node": {"polaris_ordered_timeline_connection": conn}}})
        if doc == "27937681195819736":  # logged-in profile query
            user = {k: v for k, v in _user().items() if k != "polaris_ordered_timeline_connection"}
            user["friendship_status"] = {"following": False}
            return 200, {}, json.dumps({"data": {"user": user}, "status": "ok"})
        if doc == OWN_TIMELINE_DOC:
            node = fixture_json("instagram", "post_iphone.json")["node"]["iphone_struct"]
            conn = {"edges": [{"node": node}], "page_info": {"has_next_page": False, "end_cursor": None}}
            return 200, {}, json.dumps({"data": {"xdt_api__v1__feed__user_timeline_graphql_connection": conn}})
        return 400, {}, json.dumps({"message": "unknown doc", "status": "fail"})


def _live(**kw):
    return InstagramLive("@hana_ig", sleep=False, sleeper=lambda s: None, **kw)


@responses.activate
def test_logged_out_pages_and_maps_posts():
    site = FakeInstagram(responses)
    conn = _live()
    profile = conn.profile()
    assert (profile.handle, profile.display_name, profile.bio) == ("hana_ig", "はな", "練馬区在住 / 2児の母")
    assert profile.url == "https://hana.example.jp" and profile.user_id == "4440001"
    posts = list(conn.posts())
    assert [p.id for p in posts] == ["C2first", "C2second", "C2third"]
    first, second, third = posts
    assert first.text == "最寄りの石神井公園駅前のカフェ"
    assert (first.geo.lat, first.geo.lon, first.geo.place_name) == (35.7436, 139.6066, "石神井公園駅")
    assert first.media[0].alt_text == "Photo by はな. May be an image of coffee."
    assert [m.kind for m in second.media] == ["photo", "video"]
    assert second.media[0].alt_text == "May be an image of tree." and second.tagged_users == ["friend_a"]
    assert third.text == "" and third.geo is None
    assert site.media_queries == ["C2first", "C2second", "C2third"]
    assert conn.state["newest"]["id"] == "C2first" and conn.completed_walk["full"]


@pytest.mark.parametrize(
    "status, body",
    [
        (429, {"message": "Please wait a few minutes before you try again.", "require_login": True, "status": "fail"}),
        (401, {"message": "Please wait a few minutes before you try again.", "require_login": True, "status": "fail"}),
    ],
)
@responses.activate
def test_rate_limit_freezes_iterator_and_next_run_resumes(status, body):
    FakeInstagram(responses, page2_status=status, page2_body=body)
    conn = _live()
    got = []
    with pytest.raises(RateLimited) as info:
        got.extend(conn.posts())
    assert [p.id for p in got] == ["C2first", "C2second"]
    assert info.value.reset_time > datetime.now(UTC)
    state = json.loads(json.dumps(conn.state))  # survives the store's JSON
    assert state["walk"]["cursor"]["remaining_data"]["page_info"]["end_cursor"] == "cursor-2"

    responses.reset()
    site = FakeInstagram(responses)
    again = _live()
    again.state = state
    ids = [p.id for p in again.posts()]
    # Carried on from the second post (re-read once: the frozen position names the post
    # being read), not from the start.
    assert ids == ["C2second", "C2third"]
    # (instaloader re-reads the walk's first post once, to know the newest post.)
    assert site.media_queries.count("C2first") <= 1
    assert again.state["newest"]["id"] == "C2first"


@responses.activate
def test_private_profile_logged_out_asks_for_a_session():
    FakeInstagram(responses, user=_user(private=True))
    conn = _live()
    assert conn.profile().is_private
    with pytest.raises(AuthError, match="--session"):
        list(conn.posts())


@responses.activate
def test_unknown_profile():
    responses.get(f"{WWW}/nobody_here_ig/", status=404, body="Not found")
    with pytest.raises(ConnectorError, match="見つかりません"):
        InstagramLive("nobody_here_ig", sleep=False).profile()


def _session_file(tmp_path):
    path = tmp_path / "session-hana_ig"
    path.write_bytes(pickle.dumps({"sessionid": SESSION_SECRET, "csrftoken": "csrf-tok", "ds_user_id": "4440001",
                                   "mid": "mid-value"}))
    return path


@responses.activate
def test_session_file_logs_in_and_reads_own_timeline(tmp_path):
    FakeInstagram(responses)
    conn = _live(session=_session_file(tmp_path))
    posts = list(conn.posts())
    assert [p.id for p in posts] == ["C1iPhone"]
    assert posts[0].geo.place_name == "Waikiki Beach"
    graphql = [c for c in responses.calls if c.request.method == "POST"]
    assert graphql and all(SESSION_SECRET in c.request.headers.get("Cookie", "") for c in graphql)


def test_bad_session_file(tmp_path):
    bad = tmp_path / "session-hana_ig"
    bad.write_bytes(b"not a pickle")
    with pytest.raises(Exception, match="セッションファイル"):
        _live(session=bad)


# -- through the CLI ---------------------------------------------------------------------------------
@responses.activate
def test_cli_scan_with_session_leaves_no_cookie_behind(tmp_path, capsys, monkeypatch):
    FakeInstagram(responses)
    out = tmp_path / "r"
    session = _session_file(tmp_path)
    code, stdout, err = run_main(capsys, "scan", "instagram", "hana_ig", "--session", session,
                                 "--out", out, "--db", tmp_path / "db" / "h.sqlite3")
    assert code == 0, err
    doc = json.loads((out / "report.json").read_text())
    assert doc["n_posts"] == 1 and doc["profile"]["handle"] == "hana_ig"
    leaked = [p for p in files_containing(tmp_path, SESSION_SECRET) if p != session]
    assert leaked == [] and SESSION_SECRET not in stdout + err


@responses.activate
def test_cli_rate_limit_is_one_line_and_keeps_posts(tmp_path, capsys):
    FakeInstagram(responses, page2_status=429, page2_body={"message": "rate limited", "status": "fail"})
    db = tmp_path / "h.sqlite3"
    code, _, err = run_main(capsys, "scan", "instagram", "hana_ig", "--out", tmp_path / "r", "--db", db)
    assert_one_line_error(code, err, "Instagram")
    from auditor.store import Store

    with Store(db) as store:
        assert {p.id for p in store.account_posts("instagram", "hana_ig")} == {"C2first", "C2second"}
        assert store.scans() == []
    assert re.search(r"\d\d:\d\d 以降", err)
