"""The stored posts of live accounts and the walk bookkeeping behind incremental scans."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from conftest import jst

from auditor.model import Geo, Media, Post
from auditor.store import Store
from connectors.base import Walk


def _post(i: int, day: int) -> Post:
    return Post("x", str(i), f"post {i}", created_at=jst(2026, 5, day, 9), geo=Geo(35.7, 139.6),
                media=[Media(url="https://example.jp/a.jpg", alt_text="駅")])


def test_posts_and_state_are_saved_together_and_read_back(tmp_path):
    with Store(tmp_path / "h.sqlite3") as store:
        store.save_account_posts("x", "me", [_post(1, 1), _post(2, 3)], state={"walk": {"cursor": "t2"}})
        store.save_account_posts("x", "me", [_post(2, 3)])  # re-read: replaced, not duplicated
        store.save_account_posts("x", "other", [_post(9, 9)])
        posts = store.account_posts("x", "me")
        assert [p.id for p in posts] == ["2", "1"]  # newest first
        assert posts[0] == _post(2, 3)  # geo, media and aware time survive the round trip
        assert store.connector_state("x", "me") == {"walk": {"cursor": "t2"}}
        assert store.delete_account_posts("x", "me", ["1", "nope"]) == 1
        assert [p.id for p in store.account_posts("x", "me")] == ["2"]
        store.clear_account("x", "me")
        assert store.account_posts("x", "me") == [] and store.connector_state("x", "me") == {}
        assert len(store.account_posts("x", "other")) == 1


def test_prune_drops_only_unseen_posts_within_the_walk(tmp_path):
    t0 = datetime(2026, 6, 1, tzinfo=UTC)
    with Store(tmp_path / "h.sqlite3") as store:
        store.save_account_posts("x", "me", [_post(1, 1), _post(2, 2), _post(3, 3)], fetched_at=t0)
        walk_start = t0 + timedelta(hours=1)
        store.save_account_posts("x", "me", [_post(3, 3), _post(2, 2)], fetched_at=walk_start + timedelta(minutes=1))
        # Times in another zone compare correctly (stored as UTC).
        gone = store.prune_account_posts("x", "me", fetched_before=walk_start.isoformat(),
                                         created_since=jst(2026, 5, 2, 9).isoformat())
        assert gone == 0  # post 1 is older than anything the walk reached: kept
        store.save_account_posts("x", "me", [_post(3, 3)], fetched_at=walk_start + timedelta(minutes=2))
        gone = store.prune_account_posts("x", "me", fetched_before=(walk_start + timedelta(minutes=2)).isoformat(),
                                         created_since=jst(2026, 5, 1, 9).isoformat())
        assert gone == 2 and [p.id for p in store.account_posts("x", "me")] == ["3"]


def test_walk_full_incremental_and_resume():
    state: dict = {}
    walk = Walk(state)
    assert walk.since is None and not walk.resuming
    walk.saw(_post(1, 1))
    walk.saw(_post(3, 3))
    walk.cursor = "page2"
    # Interrupted: a later incremental run continues the same full walk.
    again = Walk(state)
    assert again.resuming and again.cursor == "page2" and again.count == 2
    again.saw(_post(0, 1))
    again.finish()
    assert state == {"newest": {"id": "3", "at": jst(2026, 5, 3, 9).isoformat()}}
    assert again.completed["full"] and again.completed["count"] == 3
    assert again.completed["oldest_at"] == jst(2026, 5, 1, 9).isoformat()
    # Next: an incremental walk, which knows what it has already read.
    inc = Walk(state)
    assert inc.since["id"] == "3" and inc.is_known(jst(2026, 5, 3, 9)) and not inc.is_known(jst(2026, 5, 4))
    inc.cursor = "x"
    # --full never continues an incremental walk.
    full = Walk(state, full=True)
    assert full.since is None and not full.resuming
    full.saw(_post(2, 2))
    full.finish()
    assert state["newest"]["id"] == "3"  # the newest ever seen is kept
