"""OCR → findings with source "ocr"; face counts; the pre-post check of one photo."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from conftest import jst
from photo_factory import cjk_font_path, face_photo, jpeg_bytes, make_exif, text_image, two_faces
from PIL import Image
from typer.testing import CliRunner

from auditor.cli import app
from auditor.media.analyse import check_file, concerns

FONT = cjk_font_path()
needs_font = pytest.mark.skipif(FONT is None, reason="no CJK font (apt-get install fonts-noto-cjk)")
ADDRESS = ["〒177-0041", "東京都練馬区石神井町3丁目25-1", "山田 花子 様"]


@pytest.fixture(scope="module")
def rapidocr():
    return pytest.importorskip("rapidocr", reason="rapidocr not installed (pip install '.[photos]')")


@pytest.fixture(scope="module")
def cv2():
    cv2 = pytest.importorskip("cv2", reason="opencv-python-headless<5 not installed")
    if not hasattr(cv2, "CascadeClassifier"):
        pytest.skip("this OpenCV ships no Haar cascades (need opencv-python-headless<5)")
    return cv2


@needs_font
def test_address_label_is_read_and_becomes_a_home_finding_with_source_ocr(tmp_path, rapidocr):
    path = tmp_path / "parcel.jpg"
    path.write_bytes(jpeg_bytes(text_image(ADDRESS, size=40)))
    check, notices = check_file(path, faces=False)
    assert check.facts.error is None, check.facts.error
    text = check.facts.ocr_text
    assert "東京都練馬区石神井町3丁目25-1" in text
    assert "177-0041" in text
    ocr = [f for f in check.findings if f.source == "ocr"]
    assert any(f.category == "home" for f in ocr), ocr
    for f in ocr:
        assert f.field == "media:0"
        assert text[f.start : f.end] == f.text
    assert any(c.level == "high" and "住所" in c.message for c in concerns(check))
    assert notices == []


@needs_font
def test_sideways_photo_is_read_upright(tmp_path, rapidocr):
    # The pixels are stored rotated; EXIF Orientation 6 tells viewers to turn them back.
    img = text_image(ADDRESS[:2], size=40).rotate(90, expand=True)
    path = tmp_path / "sideways.jpg"
    path.write_bytes(jpeg_bytes(img, make_exif(orientation=6)))
    check, _ = check_file(path, faces=False)
    assert "練馬区" in (check.facts.ocr_text or "")


def test_plain_picture_has_no_text_and_no_face(tmp_path, rapidocr, cv2):
    path = tmp_path / "sky.jpg"
    path.write_bytes(jpeg_bytes(Image.linear_gradient("L").resize((400, 300)).convert("RGB")))
    check, _ = check_file(path)
    assert check.facts.ocr_text == ""
    assert check.facts.faces == 0
    assert check.findings == []
    assert concerns(check) == []


def test_one_face_is_counted_and_reported_for_review(tmp_path, cv2):
    path = tmp_path / "face.jpg"
    path.write_bytes(jpeg_bytes(face_photo()))
    check, _ = check_file(path, ocr=False)
    assert check.facts.faces == 1
    [f] = [f for f in check.findings if f.kind == "face"]
    assert (f.category, f.source, f.value, f.field) == ("identity", "image", "1", "media:0")
    assert "顔が写っています" in f.reason and "お子さん" in f.reason


def test_two_faces_are_counted(tmp_path, cv2):
    path = tmp_path / "two.png"
    two_faces().save(path)
    check, _ = check_file(path, ocr=False)
    assert check.facts.faces == 2


def test_a_text_image_has_no_face(tmp_path, cv2):
    if FONT is None:
        pytest.skip("no CJK font")
    path = tmp_path / "text.png"
    text_image(ADDRESS).save(path)
    check, _ = check_file(path, ocr=False)
    assert check.facts.faces == 0


def test_photo_taken_minutes_ago_is_whereabouts_when_posted_now(tmp_path):
    now = jst(2026, 5, 1, 15, 0)
    path = tmp_path / "now.jpg"
    path.write_bytes(jpeg_bytes(Image.new("RGB", (50, 50)),
                                make_exif(lat=35.7436, lon=139.6066, taken=now - timedelta(minutes=25))))
    check, _ = check_file(path, ocr=False, faces=False, now=now)
    [f] = [f for f in check.findings if f.category == "whereabouts"]
    assert (f.source, f.kind, f.value) == ("exif", "now", "東京都練馬区")
    assert "約25分" in f.reason
    later, _ = check_file(path, ocr=False, faces=False, now=now + timedelta(days=2))
    assert not [f for f in later.findings if f.category == "whereabouts"]


# --- the command --------------------------------------------------------------------


def test_check_photo_shows_place_device_and_verdict(tmp_path):
    path = tmp_path / "IMG_0420.jpg"
    path.write_bytes(jpeg_bytes(Image.new("RGB", (64, 64)), make_exif(
        lat=35.7436, lon=139.6066, taken=jst(2025, 4, 20, 10, 0), make="Apple", model="iPhone 15")))
    r = CliRunner().invoke(app, ["check-photo", str(path), "--no-ocr", "--no-faces"])
    assert r.exit_code == 0, r.output
    assert "東京都練馬区石神井町" in r.output
    assert "Apple iPhone 15" in r.output
    assert "auditor strip" in r.output


def test_check_photo_json(tmp_path):
    path = tmp_path / "a.jpg"
    path.write_bytes(jpeg_bytes(Image.new("RGB", (64, 64)), make_exif(lat=34.7025, lon=135.4959)))
    r = CliRunner().invoke(app, ["check-photo", str(path), "--json", "--no-ocr", "--no-faces"])
    assert r.exit_code == 0, r.output
    doc = json.loads(r.output)
    assert doc["gps"]["place"]["municipality"] == "大阪市北区"
    assert doc["concerns"][0]["level"] == "high"
    assert doc["error"] is None


def test_check_photo_clean_picture_says_so(tmp_path):
    path = tmp_path / "clean.jpg"
    path.write_bytes(jpeg_bytes(Image.new("RGB", (64, 64), "green")))
    r = CliRunner().invoke(app, ["check-photo", str(path), "--no-ocr", "--no-faces"])
    assert r.exit_code == 0
    assert "見つかった問題はありません" in r.output


@pytest.mark.parametrize("kind", ["truncated", "garbage", "bomb"])
def test_check_photo_bad_image_is_one_line_error(tmp_path, kind):
    import subprocess
    import sys

    from photo_factory import bomb_png

    path = tmp_path / f"{kind}.jpg"
    if kind == "truncated":
        data = jpeg_bytes(Image.effect_noise((300, 200), 40).convert("RGB"))
        path.write_bytes(data[: len(data) // 3])
    elif kind == "garbage":
        path.write_bytes(b"not an image")
    else:
        path.write_bytes(bomb_png(30_000, 30_000))
    proc = subprocess.run([sys.executable, "-m", "auditor", "check-photo", str(path)],
                          capture_output=True, text=True, check=False)
    assert proc.returncode == 2
    assert proc.stderr.count("\n") == 1, proc.stderr
    assert path.name in proc.stderr and "Traceback" not in proc.stderr


def test_check_photo_folder_reports_each_and_fails_if_any_is_bad(tmp_path):
    (tmp_path / "ok.jpg").write_bytes(jpeg_bytes(Image.new("RGB", (32, 32))))
    (tmp_path / "bad.png").write_bytes(b"\x89PNG\r\n\x1a\nbroken")
    r = CliRunner().invoke(app, ["check-photo", str(tmp_path), "--no-ocr", "--no-faces"])
    assert r.exit_code == 2
    assert "ok.jpg" in r.output and "bad.png" in r.output
