from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from archive_factory import T, archive_files, write_zip
from conftest import SHARED, jst
from typer.testing import CliRunner

from auditor.cli import app
from auditor.store import Store

runner = CliRunner()


def _invoke(*args):
    return runner.invoke(app, list(map(str, args)))


@pytest.fixture
def archive(tmp_path, sample_tweets):
    hostile = T('<script>alert(1)</script><img src=x onerror="alert(2)"> 練馬区在住', jst(2026, 5, 4, 20))
    return write_zip(tmp_path / "x.zip", archive_files([*sample_tweets, hostile], username="hana"))


def test_scan_writes_report_json_and_history(tmp_path, archive):
    out = tmp_path / "out"
    result = _invoke("scan", archive, "--out", out)
    assert result.exit_code == 0, result.output
    assert "スコア" in result.output and str(out / "report.html") in result.output
    html = (out / "report.html").read_text()
    assert "<script" not in html.lower() and "<img" not in html.lower()
    assert "alert(1)&lt;/script&gt;&lt;img src=x" in html and "=&#34;alert(2)&#34;&gt;" in html
    assert stat.S_IMODE(os.stat(out / "report.html").st_mode) == 0o600
    doc = json.loads((out / "report.json").read_text())
    assert doc["profile"]["handle"] == "hana" and doc["n_posts"] == 6
    flagged = {p["id"]: p["labels"] for p in doc["posts"]}
    assert any("contact" in labels for labels in flagged.values())
    assert 0 <= doc["score"]["value"] <= 100
    history = _invoke("history")
    assert history.exit_code == 0 and "x:@hana" in history.output


def test_rescan_uses_cache(tmp_path, archive, monkeypatch):
    assert _invoke("scan", archive, "--out", tmp_path / "a").exit_code == 0
    import auditor.cues

    def no_detector(*a, **k):
        raise AssertionError("an unchanged account must not run the detector again")

    monkeypatch.setattr(auditor.cues, "detect_many", no_detector)
    monkeypatch.setattr(auditor.cues, "detect_field", no_detector)
    assert _invoke("scan", archive, "--out", tmp_path / "b").exit_code == 0
    with Store() as store:
        first, second = store.scans()[::-1]
        assert store.scan_findings(first.id) == store.scan_findings(second.id)
        assert store.conn.execute("SELECT count(*) FROM cue_cache").fetchone()[0] >= 4


def test_detect_writes_one_line_per_post(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": "a", "text": "電話は090-0000-1234です"}\n{"id": "b", "text": "いい天気"}\n')
    out = tmp_path / "out.jsonl"
    result = _invoke("detect", src, "-o", out)
    assert result.exit_code == 0, result.output
    lines = [json.loads(x) for x in out.read_text().splitlines()]
    assert [x["id"] for x in lines] == ["a", "b"]
    assert "contact" in lines[0]["labels"] and lines[1]["labels"] == []
    assert lines[0]["labels"] == sorted(lines[0]["labels"])


@pytest.mark.skipif(not (SHARED / "eval" / "dev.jsonl").exists(), reason="../shared not present")
def test_eval_prints_table():
    result = _invoke("eval", SHARED / "eval" / "dev.jsonl")
    assert result.exit_code == 0, result.output
    assert "macro-F1" in result.output and "whereabouts" in result.output


def _run_cli(*args, env_db: Path):
    env = dict(os.environ, AUDITOR_DB=str(env_db))
    return subprocess.run(
        [sys.executable, "-m", "auditor", *map(str, args)], capture_output=True, text=True, env=env,
        timeout=120,
    )


@pytest.mark.parametrize(
    "make, expect",
    [
        (lambda d: d / "missing.zip", "見つかりません"),
        (lambda d: (d / "junk.zip").write_bytes(b"not a zip") and d / "junk.zip", "zip"),
        (lambda d: write_zip(d / "other.zip", {"a.txt": b"hi"}), "tweets.js"),
        (lambda d: write_zip(d / "bad.zip", {**archive_files([]), "data/tweets.js": b"oops"}), "window.YTD"),
    ],
)
def test_bad_input_is_one_line_nonzero_and_keeps_history(tmp_path, archive, make, expect):
    db = tmp_path / "h.sqlite3"
    ok = _run_cli("scan", archive, "--out", tmp_path / "r", env_db=db)
    assert ok.returncode == 0, ok.stderr
    bad = _run_cli("scan", make(tmp_path), "--out", tmp_path / "r2", env_db=db)
    assert bad.returncode != 0
    assert "Traceback" not in bad.stderr and expect in bad.stderr
    assert len(bad.stderr.strip().splitlines()) == 1
    with Store(db) as store:
        assert len(store.scans()) == 1
