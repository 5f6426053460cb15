"""Hostile and broken input, faults mid-scan: one-line errors, nothing lost, nothing leaked."""

from __future__ import annotations

import contextlib
import errno
import io
import json
import os
import signal
import socket
import subprocess
import sys
import time
import zipfile
from datetime import datetime
from pathlib import Path

import pytest
from archive_factory import T, archive_files, write_zip
from conftest import jst
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from auditor import fileio
from auditor.cli import app
from auditor.errors import InputError, OutputError
from auditor.store import Store
from connectors import jsonl, x_archive
from connectors.base import parse_datetime

ROOT = Path(__file__).resolve().parents[1]
runner = CliRunner()


# -- parsers never fail with anything but a clear InputError --------------------------
@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_ytd_parser_on_any_text(text):
    for prefix in ("", "window.YTD.tweets.part0 = "):
        with contextlib.suppress(InputError):
            list(x_archive.iter_ytd_items(io.StringIO(prefix + text), "data/tweets.js"))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.dictionaries(st.sampled_from(
    ["id_str", "full_text", "created_at", "coordinates", "geo", "place", "entities",
     "extended_entities", "in_reply_to_status_id_str", "retweeted_status", "id"]),
    st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
                 lambda c: st.lists(c, max_size=3) | st.dictionaries(st.text(max_size=8), c, max_size=3),
                 max_leaves=8), max_size=8), max_size=5))
def test_tweet_mapping_on_any_json(tmp_path_factory, tweets):
    files = archive_files([])
    files["data/tweets.js"] = ("window.YTD.tweets.part0 = " + json.dumps(
        [{"tweet": t} for t in tweets])).encode()
    path = write_zip(tmp_path_factory.mktemp("h") / "a.zip", files)
    with x_archive.XArchive(path) as src:
        posts = list(src.posts())
    assert all(isinstance(p.text, str) and p.id for p in posts)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=400))
def test_jsonl_reader_on_any_bytes(tmp_path, data):
    p = tmp_path / "x.jsonl"
    p.write_bytes(data)
    try:
        for post in jsonl.open_source(p).posts():
            assert isinstance(post.text, str)
    except InputError:
        pass


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=40), st.integers(), st.floats(), st.none(), st.booleans()))
def test_parse_datetime_on_anything(value):
    with contextlib.suppress(InputError):
        assert parse_datetime(value).tzinfo is not None


# -- archives -----------------------------------------------------------------------------
def test_zip_bomb_is_refused_without_reading_it(tmp_path, monkeypatch):
    path = tmp_path / "bomb.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("data/tweets.js", b"window.YTD.tweets.part0 = [" + b" " * 5_000_000 + b"]")
    assert path.stat().st_size < 50_000
    monkeypatch.setattr(x_archive, "MAX_TOTAL_BYTES", 1_000_000)
    with pytest.raises(InputError, match="zip 爆弾"):
        x_archive.XArchive(path)
    monkeypatch.setattr(x_archive, "MAX_TOTAL_BYTES", 10**12)
    monkeypatch.setattr(x_archive, "MAX_MEMBER_BYTES", 1_000_000)
    with pytest.raises(InputError, match="大きすぎ"):
        list(x_archive.XArchive(path).posts())


def test_padded_member_is_refused_by_its_compression_ratio(tmp_path):
    """Under every size cap, but 20 MB of spaces in 20 KB: refused before reading it."""
    files = archive_files([]) | {
        "data/tweets.js": b"window.YTD.tweets.part0 = [" + b" " * 20_000_000 + b"]"}
    path = write_zip(tmp_path / "padded.zip", files)
    result = runner.invoke(app, ["scan", str(path)])
    assert result.exit_code != 0
    assert isinstance(result.exception, InputError)
    assert "圧縮率" in str(result.exception)


def test_realistic_compression_is_accepted(tmp_path):
    """A large tweets.js of varied posts compresses well under the ratio cap."""
    posts = [{"tweet": {"id_str": str(i), "full_text": f"投稿 {i} 今日は{i % 97}番目のカフェ",
                        "created_at": "Wed Mar 22 07:41:49 +0000 2017"}} for i in range(120_000)]
    files = archive_files([]) | {
        "data/tweets.js": b"window.YTD.tweets.part0 = " + json.dumps(posts).encode()}
    path = write_zip(tmp_path / "big.zip", files)
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo("data/tweets.js")
        assert info.file_size > 10 * 1024**2
    assert sum(1 for _ in x_archive.XArchive(path).posts()) == 120_000


def test_too_many_members(tmp_path, monkeypatch):
    monkeypatch.setattr(x_archive, "MAX_MEMBERS", 10)
    files = archive_files([]) | {f"data/tweets_media/{i}.jpg": b"" for i in range(20)}
    with pytest.raises(InputError, match="ファイル数"):
        x_archive.XArchive(write_zip(tmp_path / "many.zip", files))


@pytest.mark.parametrize("content", [b"", b"PK\x05\x06" + b"\0" * 18])  # 0 bytes; empty zip
def test_empty_archives(tmp_path, content):
    p = tmp_path / "empty.zip"
    p.write_bytes(content)
    result = runner.invoke(app, ["scan", str(p)])
    assert result.exit_code != 0
    assert isinstance(result.exception, InputError)


# -- hostile text reaches the report as text ---------------------------------------------
def test_hostile_text_is_shown_as_text(tmp_path):
    nasty = [
        "あ" * 100_000,
        "制御文字\x00\x07\x1b[31m赤\x7f\x85 改行\u2028区切り",
        "\u202e右から左\u202c と \u200f マーク",
        "👨‍👩‍👧‍👦 家族絵文字 🏳️‍🌈 と 🇯🇵",
        '<script>alert("x")</script><img src=x onerror=alert(1)><a href="javascript:alert(1)">link</a>',
    ]
    tweets = [T(t, jst(2026, 5, 1, 9, i)) for i, t in enumerate(nasty)]
    out = tmp_path / "r"
    result = runner.invoke(app, ["scan", str(write_zip(tmp_path / "n.zip", archive_files(tweets))),
                                 "--out", str(out)])
    assert result.exit_code == 0, result.output
    html = (out / "report.html").read_text()
    for bad in ("<script", "<img", "<a href=\"javascript", "onerror=alert"):
        assert bad not in html
    doc = json.loads((out / "report.json").read_text())
    assert doc["n_posts"] == len(nasty)


# -- faults ----------------------------------------------------------------------------------
def _cli(*args, db: Path, **kw):
    env = dict(os.environ, AUDITOR_DB=str(db))
    return subprocess.Popen([sys.executable, "-m", "auditor", *map(str, args)], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT, **kw)


def _big_archive(path: Path, n: int) -> Path:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import synth_archive

    return synth_archive.write_archive(n, path)


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGINT])
def test_killed_scan_leaves_history_intact(tmp_path, sample_tweets, sig):
    db = tmp_path / "h.sqlite3"
    small = write_zip(tmp_path / "small.zip", archive_files(sample_tweets))
    first = _cli("scan", small, "--out", tmp_path / "r1", db=db)
    assert first.wait(timeout=120) == 0, first.stderr.read()
    big = _big_archive(tmp_path / "big.zip", 20_000)
    # A test run started in the background by a non-interactive shell inherits SIGINT
    # ignored (POSIX), and Python keeps it so: Ctrl-C must reach the scan as it would
    # from a terminal, so the child gets the default disposition back.
    proc = _cli("scan", big, "--out", tmp_path / "r2", db=db,
                preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    time.sleep(6)  # well inside detection of 20,000 posts
    assert proc.poll() is None, "scan finished before it could be interrupted"
    proc.send_signal(sig)
    rc = proc.wait(timeout=60)
    err = proc.stderr.read()
    if sig == signal.SIGINT:
        assert rc == 130 and "Traceback" not in err and "中断" in err
    with Store(db) as store:
        assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert [r.source for r in store.scans()] == [str(small)]
    again = _cli("scan", small, "--out", tmp_path / "r3", db=db)
    assert again.wait(timeout=120) == 0
    with Store(db) as store:
        assert len(store.scans()) == 2
    assert not (tmp_path / "r2" / "report.html").exists()


@pytest.mark.parametrize("err", [errno.ENOSPC, errno.EROFS])
def test_unwritable_output_is_one_clear_error_and_no_partial_report(tmp_path, sample_tweets,
                                                                      monkeypatch, err):
    out = tmp_path / "r"
    archive = write_zip(tmp_path / "a.zip", archive_files(sample_tweets))
    assert runner.invoke(app, ["scan", str(archive), "--out", str(out)]).exit_code == 0
    before = (out / "report.html").read_bytes()

    def failing_replace(src, dst):
        raise OSError(err, os.strerror(err))

    monkeypatch.setattr(fileio.os, "replace", failing_replace)
    result = runner.invoke(app, ["scan", str(archive), "--out", str(out)])
    assert isinstance(result.exception, OutputError)
    assert os.strerror(err) in str(result.exception)
    assert (out / "report.html").read_bytes() == before  # the old, complete report stays
    assert [p.name for p in out.iterdir() if p.name.endswith(".tmp")] == []


def test_output_path_under_a_file(tmp_path, sample_tweets):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    archive = write_zip(tmp_path / "a.zip", archive_files(sample_tweets))
    result = runner.invoke(app, ["scan", str(archive), "--out", str(blocker / "sub")])
    assert isinstance(result.exception, OutputError)


def test_archive_scan_makes_no_network_call(tmp_path, sample_tweets, monkeypatch):
    attempts: list[object] = []

    def refuse(self, address, *a, **k):
        attempts.append(address)
        raise OSError(errno.ENETUNREACH, "network blocked by test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    archive = write_zip(tmp_path / "a.zip", archive_files(sample_tweets))
    result = runner.invoke(app, ["scan", str(archive), "--out", str(tmp_path / "r")])
    assert result.exit_code == 0, result.output
    assert attempts == []


def test_file_permissions(tmp_path, sample_tweets):
    archive = write_zip(tmp_path / "a.zip", archive_files(sample_tweets))
    out = tmp_path / "new" / "r"
    assert runner.invoke(app, ["scan", str(archive), "--out", str(out)]).exit_code == 0
    for f in out.iterdir():
        assert f.stat().st_mode & 0o777 == 0o600, f
    assert out.stat().st_mode & 0o777 == 0o700


def test_datetime_sanity():
    assert parse_datetime("2026-01-01T00:00:00") == datetime.fromisoformat("2026-01-01T00:00:00+09:00")
