"""End to end: scan, clean up, scan again, ``diff``, ``export-evidence``; the JSON contract."""

from __future__ import annotations

import hashlib
import json
import os
import stat
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from archive_factory import T, archive_files, write_zip
from conftest import jst
from typer.testing import CliRunner

from auditor.cli import app
from auditor.evidence import verify

runner = CliRunner()
HOME = (35.74360, 139.60660)
PHOTO = b"\xff\xd8\xff\xe0" + bytes(range(256)) * 4  # stands in for a JPEG: copied byte for byte


def _tweets(*, cleaned: bool = False) -> list[T]:
    tweets = [
        T("おはよう。今日も雨だね", jst(2026, 5, 1, 7, 45), id="100"),
        T("練馬区在住、最寄りは石神井公園駅です", jst(2026, 5, 1, 21, 3), id="101"),
        T("いい天気", jst(2026, 5, 2, 12, 0), id="102"),
    ]
    if not cleaned:
        tweets += [
            T("連絡は 090-0000-1234 まで", jst(2026, 5, 2, 12, 30), id="103", media=["cat.jpg"]),
        ]
        for i, day in enumerate((3, 4, 5, 6)):  # a home cluster: evenings, 30 m apart
            tweets.append(T("ただいま", jst(2026, 5, day, 21, 10), id=f"2{i}",
                            lat=HOME[0] + i * 0.0002, lon=HOME[1], place="東京 練馬区"))
    return tweets


def _archive(path: Path, *, cleaned: bool = False) -> Path:
    files = archive_files(_tweets(cleaned=cleaned), username="hana", location="東京")
    if not cleaned:
        files["data/tweets_media/103-cat.jpg"] = PHOTO
    return write_zip(path, files)


def _invoke(*args):
    result = runner.invoke(app, list(map(str, args)))
    assert result.exit_code == 0, result.output
    return result


@pytest.fixture(scope="module")
def scans(tmp_path_factory):
    d = tmp_path_factory.mktemp("mosaic")
    db = d / "h.sqlite3"
    before, after = _archive(d / "before.zip"), _archive(d / "after.zip", cleaned=True)
    _invoke("scan", before, "--out", d / "r1", "--json", d / "before.json", "--db", db)
    _invoke("scan", after, "--out", d / "r2", "--json", d / "after.json", "--db", db)
    return d, db, json.loads((d / "before.json").read_text()), json.loads((d / "after.json").read_text())


def test_json_contract(scans):
    _d, _db, doc, _ = scans
    assert {"profile", "posts", "inferred", "score", "recommendations"} <= doc.keys()
    assert "findings" in doc["profile"]
    for post in doc["posts"]:
        assert {"id", "url", "created_at", "labels", "findings"} <= post.keys()
        for f in post["findings"]:
            assert set(f) == {"category", "start", "end", "text", "reason", "source", "weight",
                              "field", "kind", "value", "reason_en"}
    inf = doc["inferred"]
    place = {"value", "municipality", "station", "lat", "lon", "confidence", "evidence"}
    assert all(place <= inf[k].keys() for k in ("home", "workplace", "school"))
    assert {"members", "evidence"} <= inf["family"].keys()
    assert {"weekday_leave_home", "weekday_return_home", "weekly", "evidence", "activity",
            "timezone", "sleep"} <= inf["routine"].keys()
    assert len(inf["routine"]["activity"]) == 7 and {len(r) for r in inf["routine"]["activity"]} == {24}
    assert isinstance(inf["absences"], list)
    assert {"name", "birthday", "age", "evidence"} <= inf["identity"].keys()
    s = doc["score"]
    assert {"value", "bits", "anonymity_set", "locatability", "predictability", "by_category",
            "explanation"} <= s.keys()
    assert 0 <= s["value"] <= 100 and s["locatability"] in ("none", "prefecture", "municipality", "station", "street")
    assert set(s["by_category"]) == {"home", "workplace", "school", "family", "routine", "whereabouts",
                                     "contact", "identity"}
    assert set(s["explanation"]) == {"ja", "en"}
    for r in doc["recommendations"]:
        assert {"post_id", "action", "reason", "reason_en", "words", "categories", "score_after"} <= r.keys()
        assert r["action"] in ("delete", "edit", "remove_location", "lock_account", "post_later")
    # The geotags are read across posts: a home cluster in 練馬区, each tagged post flagged.
    assert inf["home"]["municipality"] == "練馬区" and inf["home"]["lat"] is not None
    geo = [p for p in doc["posts"] if any(f["source"] == "geo" for f in p["findings"])]
    assert {p["id"] for p in geo} == {"20", "21", "22", "23"}
    assert s["value"] == 100.0  # the phone number


def test_diff_shows_the_clean_up(scans):
    _d, db, before, after = scans
    out = json.loads(_invoke("diff", "--db", db, "--json").output)
    assert (out["scan_a"]["id"], out["scan_b"]["id"]) == (1, 2)
    assert out["score"] == {"before": before["score"]["value"], "after": after["score"]["value"],
                            "delta": round(after["score"]["value"] - before["score"]["value"], 1)}
    assert out["score"]["delta"] < 0
    removed = {p["id"]: p["labels"] for p in out["removed_posts"]}
    assert "contact" in removed["103"] and set(removed) == {"103", "20", "21", "22", "23"}
    contact = next(c for c in out["categories"] if c["category"] == "contact")
    assert contact["before"] == 100.0 and contact["after"] == 0.0 and contact["delta"] == -100.0
    text = _invoke("diff", "1", "2", "--db", db).output
    assert "スコア 100 →" in text and "消えた投稿 5 件" in text and "連絡先" in text


def test_export_evidence_keeps_posts_media_and_hashes(scans):
    d, db, before, _ = scans
    out = d / "evidence"
    result = _invoke("export-evidence", "1", "--out", out, "--db", db)
    assert "sha256sum -c" in result.output
    manifest = json.loads((out / "manifest.json").read_text())
    recommended = {r["post_id"] for r in before["recommendations"]
                   if r["action"] in ("delete", "edit", "remove_location", "post_later")}
    posts = [f for f in manifest["files"] if f["kind"] == "post"]
    assert {f["post_id"] for f in posts} == recommended - {"@profile"}
    assert "103" in recommended
    media = [f for f in manifest["files"] if f["kind"] == "media"]
    assert len(media) == 1 and media[0]["post_id"] == "103"
    assert (out / media[0]["path"]).read_bytes() == PHOTO  # byte for byte from the zip member
    assert media[0]["path"] == "media/20260502_1230_103_0.jpg"  # named with the post's JST time
    assert media[0]["source"].endswith("!data/tweets_media/103-cat.jpg")
    assert media[0]["post_created_at"] == "2026-05-02T03:30:00+00:00"
    saved = json.loads((out / "posts/20260502_1230_103.json").read_text())
    assert saved["post"]["text"] == "連絡は 090-0000-1234 まで"
    assert saved["recommendation"]["action"] == "delete" and saved["findings"]
    for f in manifest["files"]:
        data = (out / f["path"]).read_bytes()
        assert hashlib.sha256(data).hexdigest() == f["sha256"] and len(data) == f["bytes"]
        assert stat.S_IMODE(os.stat(out / f["path"]).st_mode) == 0o600
    sums = (out / "SHA256SUMS").read_text().splitlines()
    assert sorted(line.split("  ")[1] for line in sums) == sorted(f["path"] for f in manifest["files"])
    assert manifest["exported_at"] and manifest["scan_finished_at"]
    assert verify(out) == []
    (out / media[0]["path"]).write_bytes(b"tampered")
    assert verify(out) == [media[0]["path"]]


def test_export_evidence_reports_missing_media(tmp_path):
    db = tmp_path / "h.sqlite3"
    archive = _archive(tmp_path / "a.zip")
    _invoke("scan", archive, "--out", tmp_path / "r", "--db", db)
    with zipfile.ZipFile(archive) as zf:  # the archive is replaced by one without media
        kept = {n: zf.read(n) for n in zf.namelist() if "tweets_media" not in n}
    write_zip(archive, kept)
    _invoke("export-evidence", "latest", "--out", tmp_path / "ev", "--db", db)
    manifest = json.loads((tmp_path / "ev" / "manifest.json").read_text())
    assert [m["post_id"] for m in manifest["missing"]] == ["103"]
    assert not [f for f in manifest["files"] if f["kind"] == "media"]


def _run_cli(*args, db: Path):
    env = dict(os.environ, AUDITOR_DB=str(db))
    return subprocess.run([sys.executable, "-m", "auditor", *map(str, args)], capture_output=True,
                          text=True, env=env, timeout=120)


@pytest.mark.parametrize(
    ("args", "expect"),
    [
        (("diff",), "1 回だけ"),
        (("diff", "7", "1"), "#7"),
        (("export-evidence", "9", "--out", "{tmp}/x"), "見つかりません"),
        (("export-evidence", "nope", "--out", "{tmp}/x"), "latest"),
        (("export-evidence", "1", "--out", "{tmp}/again"), "既に"),
    ],
)
def test_errors_are_one_line(tmp_path, args, expect):
    db = tmp_path / "h.sqlite3"
    _invoke("scan", _archive(tmp_path / "a.zip", cleaned=True), "--out", tmp_path / "r", "--db", db)
    (tmp_path / "again").mkdir()
    (tmp_path / "again" / "manifest.json").write_text("{}")
    bad = _run_cli(*(a.format(tmp=tmp_path) for a in args), db=db)
    assert bad.returncode != 0
    assert "Traceback" not in bad.stderr and expect in bad.stderr
    assert len(bad.stderr.strip().splitlines()) == 1
