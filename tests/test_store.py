from __future__ import annotations

import os
import stat
from datetime import UTC, datetime

import pytest
from conftest import jst

from auditor.errors import StoreError
from auditor.model import Finding, Post, Profile
from auditor.store import Store, content_hash


def _save(store, n_posts=3, handle="me", fail_midway=False):
    posts = [Post("x", str(i), f"post {i}", created_at=jst(2026, 1, 1, 9, i)) for i in range(n_posts)]
    findings = [Finding("home", 0, 4, "post", "テスト", post_id="1", kind="station", value="X駅")]
    if fail_midway:
        posts.append(Post("x", "1", "duplicate id violates the primary key"))
    now = datetime.now(UTC)
    return store.save_scan(
        source="test", profile=Profile("x", handle), posts=posts, findings=findings,
        summary={"score": {"value": 42.0}}, detector_version="t1", started_at=now, finished_at=now,
        cache={content_hash("post 1"): findings},
    )


def test_save_list_and_read_back(tmp_path):
    with Store(tmp_path / "h.sqlite3") as store:
        first = _save(store)
        second = _save(store, handle="other")
        rows = store.scans()
        assert [r.id for r in rows] == [second, first]
        assert rows[1].score == 42.0 and rows[1].n_posts == 3 and rows[1].n_flagged == 1
        assert store.latest_scan("x", "me").id == first
        assert store.scan_post_labels(first) == {"0": [], "1": ["home"], "2": []}
        assert [p.id for p in store.flagged_posts(first)] == ["1"]
        assert store.scan_findings(first)[0].value == "X駅"
        cached = store.cached_findings([content_hash("post 1"), "nope"], "t1")
        assert list(cached) == [content_hash("post 1")]
        assert store.cached_findings([content_hash("post 1")], "t2") == {}


def test_failed_scan_leaves_earlier_scans_intact(tmp_path):
    with Store(tmp_path / "h.sqlite3") as store:
        first = _save(store)
        with pytest.raises(StoreError):
            _save(store, fail_midway=True)
        assert [r.id for r in store.scans()] == [first]
        assert store.scan_post_labels(first) == {"0": [], "1": ["home"], "2": []}


def test_database_is_private(tmp_path):
    db = tmp_path / "new" / "h.sqlite3"
    with Store(db) as store:
        _save(store)
    assert stat.S_IMODE(os.stat(db).st_mode) == 0o600
    assert stat.S_IMODE(os.stat(db.parent).st_mode) == 0o700


def test_connector_state_roundtrip(tmp_path):
    with Store(tmp_path / "h.sqlite3") as store:
        assert store.connector_state("x", "me") == {}
        store.save_connector_state("x", "me", {"since_id": "10"})
        store.save_connector_state("x", "me", {"since_id": "11"})
        assert store.connector_state("x", "me") == {"since_id": "11"}


def test_not_a_database(tmp_path):
    bad = tmp_path / "h.sqlite3"
    bad.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="データベース"):
        Store(bad)


def test_database_from_before_the_post_index_still_reads(tmp_path):
    import sqlite3

    db = tmp_path / "old.sqlite3"
    with Store(db) as store:
        first = _save(store)
    conn = sqlite3.connect(db)  # an older database: no index column, a row for every post
    conn.execute("UPDATE scans SET post_index=NULL")
    conn.execute("INSERT INTO posts(scan_id, post_id, content_hash, labels) VALUES(?, '9', 'h', '')",
                 (first,))
    conn.commit()
    conn.close()
    with Store(db) as store:
        assert store.scan_post_labels(first) == {"1": ["home"], "9": []}
        second = _save(store)
        assert store.scan_post_labels(second) == {"0": [], "1": ["home"], "2": []}
