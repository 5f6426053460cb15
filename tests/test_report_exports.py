"""CSV export, masking helpers, score history, and the CLI's report options."""

from __future__ import annotations

import io
import os
import stat
from datetime import UTC, datetime, timedelta

import pandas as pd
import pytest
from archive_factory import T, archive_files, write_zip
from conftest import jst
from report_fixture import PHONE, rich_scan
from typer.testing import CliRunner

from auditor.cli import app
from auditor.model import Finding, Profile
from auditor.report.csv_export import FINDING_COLUMNS, POST_COLUMNS, neutralise, write_csv
from auditor.report.history import score_history
from auditor.report.redact import (
    Redactor,
    mask_digits,
    mask_email,
    mask_name,
    mask_phone,
    mask_value,
)
from auditor.store import Store


def _read(path) -> pd.DataFrame:
    return pd.read_csv(path, encoding="utf-8-sig", dtype=str, keep_default_na=False)


def test_csv_files_are_private_bom_prefixed_and_complete(tmp_path):
    result = rich_scan()
    paths = write_csv(result, tmp_path / "csv")
    assert [p.name for p in paths] == ["findings.csv", "posts.csv"]
    for p in paths:
        assert stat.S_IMODE(os.stat(p).st_mode) == 0o600
        assert p.read_bytes().startswith(b"\xef\xbb\xbf")
    findings, posts = _read(paths[0]), _read(paths[1])
    assert list(findings.columns) == list(FINDING_COLUMNS)
    assert list(posts.columns) == list(POST_COLUMNS)
    assert len(findings) == len(result.findings) and len(posts) == len(result.posts)
    row = findings[findings["kind"] == "phone"].iloc[0]
    assert row["text"] == PHONE and row["category_ja"] == "連絡先" and row["post_id"] == "105"
    flagged = posts[posts["id"] == "105"].iloc[0]
    assert flagged["labels"] == "contact;home" and flagged["recommended_action"] == "delete"
    assert posts[posts["id"] == "f0"].iloc[0]["labels"] == ""
    # The hostile post text round-trips unchanged.
    assert '<script>alert("xss")</script>' in posts[posts["id"] == "108"].iloc[0]["text"]


@pytest.mark.parametrize(
    "cell, expected",
    [("=HYPERLINK(\"http://evil\")", "'=HYPERLINK(\"http://evil\")"), ("+1+1", "'+1+1"),
     ("-2+3", "'-2+3"), ("@SUM(A1)", "'@SUM(A1)"), ("\t=1", "'\t=1"), ("練馬区", "練馬区"),
     ("@profile", "@profile"), (3, 3), (None, None)],
)
def test_formula_cells_are_neutralised(cell, expected):
    assert neutralise(cell) == expected


def test_csv_injection_in_post_text_is_inert(tmp_path):
    result = rich_scan(n_filler=0)
    result.posts[0].text = '=cmd|" /C calc"!A0'
    path = write_csv(result, tmp_path)[1]
    assert _read(path).iloc[0]["text"] == "'" + '=cmd|" /C calc"!A0'


def test_redacted_csv_masks_values_and_drops_links(tmp_path):
    findings, posts = (_read(p) for p in write_csv(rich_scan(), tmp_path, redact=True))
    blob = findings.to_csv() + posts.to_csv()
    assert PHONE not in blob and "高橋奈央" not in blob and "https://" not in blob
    assert "090-****-4821" in blob


@pytest.mark.parametrize(
    "value, kind, masked",
    [
        ("090-1234-5678", "phone", "090-****-5678"),
        ("03-0000-5521", "", "03-****-5521"),
        ("hana.k@example.com", "email", "h***@e***.com"),
        ("〒174-0071", "postcode", "〒174-****"),
        ("石神井公園駅", "station", "石＊＊＊＊駅"),
        ("板橋区立みずき台小学校", "school", "板＊＊＊＊＊＊＊小学校"),
        ("高橋奈央", "name", "高＊＊＊"),
        ("@nao.pan.0000", "sns_id", "@n＊＊＊＊＊＊＊＊＊＊＊"),
        ("38歳", "age", "**歳"),
        ("1234 5678 9012 3456", "card", "**** **** **** 3456"),
    ],
)
def test_mask_value(value, kind, masked):
    assert mask_value(value, kind) == masked


def test_mask_helpers_keep_shape():
    assert mask_digits("0120-00-1234") == "012*-**-1234"
    assert mask_phone("0120-00-1234") == "0120-**-1234"
    assert mask_phone("+81 90 1234 5678") == "+81 ** **** 5678"
    assert mask_phone("09012345678") == "090****5678"
    assert mask_email("a@b") == "a***@b***"
    assert mask_name("夫") == "＊"


def test_redactor_masks_known_values_and_personal_patterns_everywhere():
    f = Finding("contact", 0, 13, PHONE, "電話番号", kind="phone")
    keep = Finding("routine", 0, 5, "07:30", "時刻", kind="time")
    r = Redactor.from_scan([f, keep], {"home": {"value": "練馬区石神井町", "station": "石神井公園駅"}},
                           profile=Profile(platform="x", handle="hana_1234"))
    out = r(f"電話 {PHONE}、石神井公園駅から徒歩、07:30 出発。メール x@example.com 〒177-0041 @hana_1234")
    assert PHONE not in out and "石神井公園駅" not in out and "x@example.com" not in out
    assert "177-0041" not in out and "hana_1234" not in out
    assert "07:30" in out  # kept: times tell the reader what the routine cue is
    # Dates in text are not mistaken for card numbers.
    assert r("2026-05-02 に") == "2026-05-02 に"


def test_score_history_is_per_account_and_oldest_first(tmp_path):
    base = datetime(2026, 1, 1, tzinfo=UTC)
    with Store(tmp_path / "h.sqlite3") as store:
        for i, (handle, score) in enumerate([("a", 80), ("b", 10), ("a", 60), ("a", 40)]):
            store.save_scan(
                source="t", profile=Profile(platform="x", handle=handle), posts=[], findings=[],
                summary={"score": {"value": score, "by_category": {"home": score}}},
                detector_version="t", started_at=base + timedelta(days=i),
                finished_at=base + timedelta(days=i, minutes=1),
            )
        hist = score_history(store, "x", "a")
        assert [h["score"] for h in hist] == [80, 60, 40]
        assert [h["by_category"]["home"] for h in hist] == [80, 60, 40]
        assert hist[0]["finished_at"] < hist[-1]["finished_at"]
        assert score_history(store, "x", "a", limit=2)[0]["score"] == 60
        assert score_history(store, "jsonl", "a") == []


@pytest.fixture
def archive(tmp_path):
    tweets = [
        T("練馬区在住、最寄りは石神井公園駅です", jst(2026, 5, 1, 21, 3)),
        T("連絡は 090-0000-1234 まで", jst(2026, 5, 2, 12, 30)),
        T('<script>alert(1)</script><img src=x onerror="alert(2)">', jst(2026, 5, 4, 20)),
    ]
    return write_zip(tmp_path / "x.zip", archive_files(tweets, username="hana"))


def test_cli_scan_writes_parent_redacted_english_report_csv_and_history(tmp_path, archive):
    runner = CliRunner()
    first = runner.invoke(app, ["scan", str(archive), "--out", str(tmp_path / "a")])
    assert first.exit_code == 0, first.output
    out, csv_dir = tmp_path / "b", tmp_path / "csv"
    result = runner.invoke(app, ["scan", str(archive), "--out", str(out), "--lang", "en",
                                 "--audience", "parent", "--redact", "--csv", str(csv_dir)])
    assert result.exit_code == 0, result.output
    html = (out / "report.html").read_text(encoding="utf-8")
    assert "A report to read together with your teen" in html and "Redacted copy" in html
    assert "090-0000-1234" not in html and "090-****-1234" in html
    assert 'id="history"' in html and html.count('class="point"') == 2  # both scans of @hana
    assert str(csv_dir / "findings.csv") in result.output
    posts = pd.read_csv(io.BytesIO((csv_dir / "posts.csv").read_bytes()), encoding="utf-8-sig")
    assert len(posts) == 3 and "090-0000-1234" not in posts.to_csv()


def test_cli_rejects_an_unknown_audience_before_scanning(tmp_path, archive):
    result = CliRunner().invoke(app, ["scan", str(archive), "--audience", "teacher"])
    assert result.exit_code != 0
    assert "--audience" in str(result.exception)
    with Store() as store:
        assert store.scans() == []
