"""Scan history in SQLite: the only module that touches the database.

Every scan is written in one transaction, so an interrupted or failed scan leaves the
earlier ones exactly as they were (WAL journal; the file is 0600 in a 0700 folder).
Besides scans it keeps a cache of detector results keyed by content hash and detector
version, and the opaque state live connectors need to resume.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import zlib
from collections.abc import Iterable, Iterator
from contextlib import suppress
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from auditor.errors import StoreError
from auditor.fileio import PRIVATE_DIR, PRIVATE_FILE
from auditor.model import Finding, Post, Profile, labels_of

APP_NAME = "jp-exposure-auditor"
SCHEMA_VERSION = 1

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS scans(
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    started_at TEXT NOT NULL,
    finished_at TEXT NOT NULL,
    source TEXT NOT NULL,
    platform TEXT NOT NULL,
    handle TEXT NOT NULL,
    detector_version TEXT NOT NULL,
    n_posts INTEGER NOT NULL,
    n_flagged INTEGER NOT NULL,
    score REAL,
    profile_json TEXT NOT NULL,
    summary_json TEXT NOT NULL,
    post_index BLOB
);
CREATE TABLE IF NOT EXISTS posts(
    scan_id INTEGER NOT NULL REFERENCES scans(id) ON DELETE CASCADE,
    post_id TEXT NOT NULL,
    created_at TEXT,
    content_hash TEXT NOT NULL,
    labels TEXT NOT NULL,
    post_json TEXT,
    PRIMARY KEY(scan_id, post_id)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS findings(
    scan_id INTEGER NOT NULL REFERENCES scans(id) ON DELETE CASCADE,
    post_id TEXT NOT NULL,
    finding_json TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS findings_by_scan ON findings(scan_id, post_id);
CREATE TABLE IF NOT EXISTS cue_cache(
    content_hash TEXT NOT NULL,
    detector_version TEXT NOT NULL,
    findings_json TEXT NOT NULL,
    PRIMARY KEY(content_hash, detector_version)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS connector_state(
    platform TEXT NOT NULL,
    handle TEXT NOT NULL,
    state_json TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY(platform, handle)
);
CREATE TABLE IF NOT EXISTS account_posts(
    platform TEXT NOT NULL,
    handle TEXT NOT NULL,
    post_id TEXT NOT NULL,
    created_at TEXT,
    post_json TEXT NOT NULL,
    fetched_at TEXT NOT NULL,
    PRIMARY KEY(platform, handle, post_id)
) WITHOUT ROWID;
"""


def default_db_path() -> Path:
    """``$AUDITOR_DB`` if set, else ``history.sqlite3`` in the platform's user data dir."""
    env = os.environ.get("AUDITOR_DB")
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False) / "history.sqlite3"


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


@dataclass(frozen=True)
class ScanRow:
    id: int
    started_at: datetime
    finished_at: datetime
    source: str
    platform: str
    handle: str
    detector_version: str
    n_posts: int
    n_flagged: int
    score: float | None
    summary: dict[str, Any]
    profile: Profile


class Store:
    def __init__(self, path: Path | None = None) -> None:
        self.path = Path(path) if path else default_db_path()
        try:
            self._prepare_paths()
            self.conn = sqlite3.connect(self.path, timeout=30, isolation_level=None)
            self.conn.execute("PRAGMA foreign_keys=ON")
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA synchronous=NORMAL")
            self._migrate()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: データベースを開けません ({exc})") from exc
        self._fix_permissions()

    def _prepare_paths(self) -> None:
        parent = self.path.parent
        try:
            if not parent.exists():
                parent.mkdir(parents=True, mode=PRIVATE_DIR)
            if not self.path.exists():
                fd = os.open(self.path, os.O_CREAT | os.O_WRONLY, PRIVATE_FILE)
                os.close(fd)
        except OSError as exc:
            raise StoreError(f"{self.path}: データベースを作成できません ({exc.strerror})") from exc

    def _fix_permissions(self) -> None:
        # SQLite creates -wal/-shm with the process umask; the history is a dossier.
        for suffix in ("", "-wal", "-shm"):
            with suppress(OSError):
                os.chmod(f"{self.path}{suffix}", PRIVATE_FILE)

    def _migrate(self) -> None:
        with self.transaction():
            for stmt in _SCHEMA.split(";"):
                if stmt.strip():
                    self.conn.execute(stmt)
            columns = {r[1] for r in self.conn.execute("PRAGMA table_info(scans)")}
            if "post_index" not in columns:  # databases from before the compact index
                self.conn.execute("ALTER TABLE scans ADD COLUMN post_index BLOB")
            row = self.conn.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
            if row is None:
                self.conn.execute(
                    "INSERT INTO meta(key, value) VALUES('schema_version', ?)", (str(SCHEMA_VERSION),)
                )
            elif int(row[0]) > SCHEMA_VERSION:
                raise StoreError(
                    f"{self.path}: 新しい版の auditor で作られたデータベースです (schema {row[0]})"
                )

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- transactions -------------------------------------------------------------
    class _Tx:
        def __init__(self, conn: sqlite3.Connection) -> None:
            self.conn = conn

        def __enter__(self) -> sqlite3.Connection:
            self.conn.execute("BEGIN IMMEDIATE")
            return self.conn

        def __exit__(self, exc_type: object, *_: object) -> None:
            if exc_type is None:
                self.conn.execute("COMMIT")
            else:
                self.conn.execute("ROLLBACK")

    def transaction(self) -> Store._Tx:
        return Store._Tx(self.conn)

    # -- scans ----------------------------------------------------------------------
    def save_scan(
        self,
        *,
        source: str,
        profile: Profile,
        posts: Iterable[Post],
        findings: Iterable[Finding],
        summary: dict[str, Any],
        detector_version: str,
        started_at: datetime,
        finished_at: datetime,
        cache: dict[str, list[Finding]] | None = None,
    ) -> int:
        """Write one complete scan (and new cache entries) atomically; returns its id."""
        by_post: dict[str, list[Finding]] = {}
        for f in findings:
            by_post.setdefault(f.post_id or "", []).append(f)
        posts = list(posts)
        n_flagged = sum(1 for p in posts if by_post.get(p.id))
        score = summary.get("score", {}).get("value") if isinstance(summary.get("score"), dict) else None
        try:
            with self.transaction() as c:
                cur = c.execute(
                    "INSERT INTO scans(started_at, finished_at, source, platform, handle,"
                    " detector_version, n_posts, n_flagged, score, profile_json, summary_json,"
                    " post_index) VALUES(?,?,?,?,?,?,?,?,?,?,?,?)",
                    (
                        started_at.isoformat(), finished_at.isoformat(), source,
                        profile.platform, profile.handle, detector_version, len(posts),
                        n_flagged, score, _dumps(profile.to_dict()), _dumps(summary),
                        _pack_index(posts),
                    ),
                )
                scan_id = int(cur.lastrowid or 0)
                # Every post is listed in the scan's compact index; only flagged posts are
                # stored whole (a row per post made storing a 50,000-post scan slow).
                c.executemany(
                    "INSERT INTO posts(scan_id, post_id, created_at, content_hash, labels, post_json)"
                    " VALUES(?,?,?,?,?,?)",
                    (
                        (
                            scan_id, p.id,
                            p.created_at.isoformat() if p.created_at else None,
                            content_hash(p.text),
                            ",".join(labels_of(by_post[p.id])),
                            _dumps(p.to_dict()),
                        )
                        for p in posts
                        if by_post.get(p.id)
                    ),
                )
                c.executemany(
                    "INSERT INTO findings(scan_id, post_id, finding_json) VALUES(?,?,?)",
                    (
                        (scan_id, pid, _dumps(f.to_dict()))
                        for pid, fs in by_post.items()
                        for f in fs
                    ),
                )
                if cache:
                    c.executemany(
                        "INSERT OR REPLACE INTO cue_cache(content_hash, detector_version, findings_json)"
                        " VALUES(?,?,?)",
                        (
                            (h, detector_version, _dumps([f.to_dict() for f in fs]))
                            for h, fs in cache.items()
                        ),
                    )
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"スキャンを保存できません ({exc})") from exc
        self._fix_permissions()
        return scan_id

    def scans(self, limit: int | None = None) -> list[ScanRow]:
        sql = f"SELECT {_SCAN_COLUMNS} FROM scans ORDER BY id DESC" + (" LIMIT ?" if limit else "")
        rows = self.conn.execute(sql, (limit,) if limit else ()).fetchall()
        return [_scan_row(r) for r in rows]

    def scan(self, scan_id: int) -> ScanRow | None:
        row = self.conn.execute(f"SELECT {_SCAN_COLUMNS} FROM scans WHERE id=?", (scan_id,)).fetchone()
        return _scan_row(row) if row else None

    def latest_scan(self, platform: str | None = None, handle: str | None = None) -> ScanRow | None:
        sql, args = f"SELECT {_SCAN_COLUMNS} FROM scans", []
        if platform is not None and handle is not None:
            sql += " WHERE platform=? AND handle=?"
            args = [platform, handle]
        row = self.conn.execute(sql + " ORDER BY id DESC LIMIT 1", args).fetchone()
        return _scan_row(row) if row else None

    def flagged_posts(self, scan_id: int) -> Iterator[Post]:
        """The posts of a scan that had findings (only those are stored in full)."""
        sql = "SELECT post_json FROM posts WHERE scan_id=? AND post_json IS NOT NULL"
        for (js,) in self.conn.execute(sql + " ORDER BY created_at", (scan_id,)):
            yield Post.from_dict(json.loads(js))

    def scan_post_labels(self, scan_id: int) -> dict[str, list[str]]:
        """Every post id of a scan with its labels (``[]`` for posts without findings)."""
        (index,) = self.conn.execute(
            "SELECT post_index FROM scans WHERE id=?", (scan_id,)
        ).fetchone() or (None,)
        out: dict[str, list[str]] = {key: [] for key in _unpack_index(index)} if index else {}
        rows = self.conn.execute("SELECT post_id, labels FROM posts WHERE scan_id=?", (scan_id,))
        for pid, labels in rows:
            out[pid] = [x for x in labels.split(",") if x]
        return out

    def scan_findings(self, scan_id: int) -> list[Finding]:
        rows = self.conn.execute(
            "SELECT finding_json FROM findings WHERE scan_id=? ORDER BY rowid", (scan_id,)
        )
        return [Finding.from_dict(json.loads(js)) for (js,) in rows]

    # -- history and diffs (issue 6) -------------------------------------------------
    def account_scans(self, platform: str, handle: str, limit: int | None = None) -> list[ScanRow]:
        """Scans of one account, newest first."""
        sql = f"SELECT {_SCAN_COLUMNS} FROM scans WHERE platform=? AND handle=? ORDER BY id DESC"
        args: list[Any] = [platform, handle]
        if limit:
            sql += " LIMIT ?"
            args.append(limit)
        return [_scan_row(r) for r in self.conn.execute(sql, args).fetchall()]

    # -- detector cache -------------------------------------------------------------
    def cached_findings(self, hashes: Iterable[str], detector_version: str) -> dict[str, list[Finding]]:
        out: dict[str, list[Finding]] = {}
        hashes = list(dict.fromkeys(hashes))
        for i in range(0, len(hashes), 500):
            chunk = hashes[i : i + 500]
            rows = self.conn.execute(
                "SELECT content_hash, findings_json FROM cue_cache WHERE detector_version=?"
                f" AND content_hash IN ({','.join('?' * len(chunk))})",
                (detector_version, *chunk),
            )
            for h, js in rows:
                # Most posts have no findings; skip the JSON decoder for them.
                out[h] = [] if js == "[]" else [Finding.from_dict(d) for d in json.loads(js)]
        return out

    # -- connector state ------------------------------------------------------------
    def connector_state(self, platform: str, handle: str) -> dict[str, Any]:
        row = self.conn.execute(
            "SELECT state_json FROM connector_state WHERE platform=? AND handle=?",
            (platform, handle),
        ).fetchone()
        return json.loads(row[0]) if row else {}

    def save_connector_state(self, platform: str, handle: str, state: dict[str, Any]) -> None:
        with self.transaction() as c:
            c.execute(
                "INSERT OR REPLACE INTO connector_state(platform, handle, state_json, updated_at)"
                " VALUES(?,?,?,datetime('now'))",
                (platform, handle, _dumps(state)),
            )


    # -- posts of live accounts ------------------------------------------------------
    # A live scan reads only what is new since the last one (or what a rate limit left
    # unread), so every post fetched is kept here as it arrives; each scan then audits the
    # whole stored account. Written together with the connector's state in one
    # transaction, so the position saved never runs ahead of the posts saved.
    def save_account_posts(
        self,
        platform: str,
        handle: str,
        posts: Iterable[Post],
        state: dict[str, Any] | None = None,
        fetched_at: datetime | None = None,
    ) -> None:
        at = _utc_iso(fetched_at or datetime.now(UTC))
        try:
            with self.transaction() as c:
                c.executemany(
                    "INSERT OR REPLACE INTO account_posts(platform, handle, post_id, created_at,"
                    " post_json, fetched_at) VALUES(?,?,?,?,?,?)",
                    (
                        (
                            platform, handle, p.id,
                            _utc_iso(p.created_at) if p.created_at else None,
                            _dumps(p.to_dict()), at,
                        )
                        for p in posts
                    ),
                )
                if state is not None:
                    c.execute(
                        "INSERT OR REPLACE INTO connector_state(platform, handle, state_json, updated_at)"
                        " VALUES(?,?,?,datetime('now'))",
                        (platform, handle, _dumps(state)),
                    )
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"取得した投稿を保存できません ({exc})") from exc
        self._fix_permissions()

    def account_posts(self, platform: str, handle: str) -> list[Post]:
        """Every stored post of the account, newest first."""
        rows = self.conn.execute(
            "SELECT post_json FROM account_posts WHERE platform=? AND handle=?"
            " ORDER BY created_at DESC, post_id DESC",
            (platform, handle),
        )
        return [Post.from_dict(json.loads(js)) for (js,) in rows]

    def delete_account_posts(self, platform: str, handle: str, post_ids: Iterable[str]) -> int:
        ids = list(post_ids)
        with self.transaction() as c:
            n = 0
            for i in range(0, len(ids), 500):
                chunk = ids[i : i + 500]
                n += c.execute(
                    "DELETE FROM account_posts WHERE platform=? AND handle=?"
                    f" AND post_id IN ({','.join('?' * len(chunk))})",
                    (platform, handle, *chunk),
                ).rowcount
        return n

    def prune_account_posts(
        self, platform: str, handle: str, *, fetched_before: str, created_since: str | None
    ) -> int:
        """After a complete full walk: drop stored posts the walk no longer saw (deleted).

        Only posts at least as new as the oldest one the walk reached are dropped, so a
        platform that returns only recent history (X: ~3,200 posts) keeps older ones.
        """
        sql = (
            "DELETE FROM account_posts WHERE platform=? AND handle=? AND fetched_at < ?"
        )
        args: list[Any] = [platform, handle, _utc_iso(fetched_before)]
        if created_since is not None:
            sql += " AND created_at >= ?"
            args.append(_utc_iso(created_since))
        with self.transaction() as c:
            return c.execute(sql, args).rowcount

    def clear_account(self, platform: str, handle: str) -> None:
        with self.transaction() as c:
            c.execute("DELETE FROM account_posts WHERE platform=? AND handle=?", (platform, handle))
            c.execute("DELETE FROM connector_state WHERE platform=? AND handle=?", (platform, handle))

    # -- results of inference (issue 8) ----------------------------------------------
    # A re-scan whose inputs are all unchanged reuses the inferred profile, score and
    # clean-up plan computed for them (``auditor.infer_cache`` makes the key and the JSON).
    # The table is made here, on first use, so that older databases need no migration;
    # the newest ``INFER_CACHE_KEEP`` results are kept.
    INFER_CACHE_KEEP = 20

    def cached_inference(self, input_key: str) -> dict[str, Any] | None:
        try:
            row = self.conn.execute(
                "SELECT payload_json FROM infer_cache WHERE input_key=?", (input_key,)
            ).fetchone()
        except sqlite3.OperationalError:  # no table yet: nothing stored
            return None
        return json.loads(row[0]) if row else None

    def save_inference(self, input_key: str, payload: dict[str, Any]) -> None:
        try:
            with self.transaction() as c:
                c.execute(
                    "CREATE TABLE IF NOT EXISTS infer_cache(input_key TEXT PRIMARY KEY,"
                    " payload_json TEXT NOT NULL, saved_at TEXT NOT NULL) WITHOUT ROWID"
                )
                c.execute(
                    "INSERT OR REPLACE INTO infer_cache(input_key, payload_json, saved_at) VALUES(?,?,?)",
                    (input_key, _dumps(payload), _utc_iso(datetime.now(UTC))),
                )
                c.execute(
                    "DELETE FROM infer_cache WHERE input_key NOT IN"
                    " (SELECT input_key FROM infer_cache ORDER BY saved_at DESC LIMIT ?)",
                    (self.INFER_CACHE_KEEP,),
                )
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"推定結果を保存できません ({exc})") from exc
        self._fix_permissions()


def _utc_iso(at: datetime | str) -> str:
    """One fixed-width UTC form, so that times compare correctly as text in SQL."""
    if isinstance(at, str):
        at = datetime.fromisoformat(at)
    return at.astimezone(UTC).isoformat(timespec="microseconds")


def _pack_index(posts: list[Post]) -> bytes:
    return zlib.compress("\n".join(p.id for p in posts).encode("utf-8", "surrogatepass"), 6)


def _unpack_index(blob: bytes) -> list[str]:
    text = zlib.decompress(blob).decode("utf-8", "surrogatepass")
    return text.split("\n") if text else []


def _dumps(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"), default=str)


#: What ``ScanRow`` is read from (not the post index, which only ``scan_post_labels`` needs).
_SCAN_COLUMNS = (
    "id, started_at, finished_at, source, platform, handle, detector_version, n_posts,"
    " n_flagged, score, profile_json, summary_json"
)


def _scan_row(r: tuple) -> ScanRow:
    return ScanRow(
        id=r[0],
        started_at=datetime.fromisoformat(r[1]),
        finished_at=datetime.fromisoformat(r[2]),
        source=r[3],
        platform=r[4],
        handle=r[5],
        detector_version=r[6],
        n_posts=r[7],
        n_flagged=r[8],
        score=r[9],
        profile=Profile.from_dict(json.loads(r[10])),
        summary=json.loads(r[11]),
    )
