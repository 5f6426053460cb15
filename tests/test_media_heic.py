"""HEIC/HEIF (iPhone originals): read through pillow-heif like JPEG, stripped by re-encoding.

Every picture is generated here with pillow-heif's own HEVC encoder (x265 in its wheel).
"""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from datetime import timedelta

import numpy as np
import pytest
from archive_factory import T, archive_files, write_zip
from conftest import jst
from photo_factory import (
    bomb_heic,
    cjk_font_path,
    heic_bytes,
    heic_writer_missing,
    jpeg_bytes,
    make_exif,
    text_image,
)
from PIL import ExifTags, Image
from typer.testing import CliRunner

from auditor.cli import app
from auditor.errors import InputError
from auditor.media import load
from auditor.media.analyse import analyse_posts, check_file, concerns
from auditor.media.exif import read_exif
from auditor.media.load import HeifUnavailable, ImageError, open_image
from auditor.media.strip import HEIC_QUALITY, strip
from connectors.registry import open_file_source

if why := heic_writer_missing():
    pytest.skip(why, allow_module_level=True)

import pillow_heif  # after the skip: the module is optional

POSTED = jst(2026, 5, 1, 15, 0)
ADDRESS = ["〒177-0041", "東京都練馬区石神井町3丁目25-1"]
FONT = cjk_font_path()


def _iphone_exif(**kw):
    return make_exif(lat=35.7436, lon=139.6066, taken=POSTED - timedelta(minutes=20),
                     make="Apple", model="iPhone 15", **kw)


def _photo(size=(160, 120)) -> Image.Image:
    # Smooth gradients with some structure: what a camera gives, and what HEVC codes well.
    w, h = size
    x = np.linspace(0, 255, w, dtype=np.float32)[None, :].repeat(h, 0)
    y = np.linspace(0, 255, h, dtype=np.float32)[:, None].repeat(w, 1)
    rgb = np.stack([x, y, (x + y) / 2], axis=-1).astype(np.uint8)
    img = Image.fromarray(rgb, "RGB")
    img.paste((20, 40, 200), (10, 10, w // 2, h // 2))
    return img


def _mean_diff(a: Image.Image, b: Image.Image) -> float:
    return float(np.abs(np.asarray(a.convert("RGB"), np.int16)
                        - np.asarray(b.convert("RGB"), np.int16)).mean())


# --- reading ----------------------------------------------------------------------------


def test_heic_exif_goes_through_the_jpeg_path_gps_time_device():
    img = open_image(heic_bytes(_photo(), _iphone_exif()), "IMG_0001.HEIC")
    assert img.format == "HEIF"
    ex = read_exif(img)
    assert ex.lat == pytest.approx(35.7436, abs=1e-6) and ex.lon == pytest.approx(139.6066, abs=1e-6)
    assert ex.taken_at == POSTED - timedelta(minutes=20)
    assert ex.device == "Apple iPhone 15"


def test_check_file_heic_gps_becomes_a_place_and_a_high_concern(tmp_path):
    path = tmp_path / "IMG_0001.HEIC"
    path.write_bytes(heic_bytes(_photo(), _iphone_exif()))
    check, notices = check_file(path, ocr=False, faces=False, now=POSTED)
    assert check.facts.error is None, check.facts.error
    assert check.facts.gps.place_name.startswith("東京都練馬区石神井町")
    assert any(f.category == "whereabouts" and f.source == "exif" for f in check.findings)
    assert concerns(check)[0].level == "high" and "位置情報" in concerns(check)[0].message
    assert notices == []


def test_heic_rotation_in_the_container_is_applied_once():
    # Stored 80×40, container says "turn 90°": decoded upright as 40×80, EXIF reset to 1
    # so that upright_rgb does not turn it a second time.
    img = open_image(heic_bytes(Image.new("RGB", (80, 40), "red"), make_exif(orientation=6)), "x.heic")
    assert img.size == (40, 80)
    assert img.getexif().get(ExifTags.Base.Orientation) in (None, 1)


@pytest.mark.skipif(FONT is None, reason="no CJK font (apt-get install fonts-noto-cjk)")
def test_heic_text_is_read_by_ocr_even_when_stored_sideways(tmp_path):
    pytest.importorskip("rapidocr", reason="rapidocr not installed (pip install '.[photos]')")
    sideways = text_image(ADDRESS, size=40).rotate(90, expand=True)
    path = tmp_path / "IMG_0002.HEIC"
    path.write_bytes(heic_bytes(sideways, make_exif(orientation=6), quality=92))
    check, _ = check_file(path, faces=False)
    assert check.facts.error is None, check.facts.error
    assert "東京都練馬区石神井町3丁目25-1" in (check.facts.ocr_text or "")
    assert any(f.source == "ocr" and f.category == "home" for f in check.findings), check.findings


def test_check_photo_folder_with_heic_and_jpeg(tmp_path):
    (tmp_path / "IMG_0003.HEIC").write_bytes(heic_bytes(_photo(), _iphone_exif()))
    (tmp_path / "b.heif").write_bytes(heic_bytes(_photo((64, 64))))
    (tmp_path / "c.jpg").write_bytes(jpeg_bytes(Image.new("RGB", (32, 32))))
    r = CliRunner().invoke(app, ["check-photo", str(tmp_path), "--json", "--no-ocr", "--no-faces"])
    assert r.exit_code == 0, r.output
    docs = {d["path"].rsplit("/", 1)[-1]: d for d in json.loads(r.output)}
    assert set(docs) == {"IMG_0003.HEIC", "b.heif", "c.jpg"}
    assert docs["IMG_0003.HEIC"]["gps"]["place"]["municipality"] == "練馬区"
    assert docs["IMG_0003.HEIC"]["device"] == "Apple iPhone 15"
    assert docs["b.heif"]["error"] is None and docs["b.heif"]["gps"] is None


def test_heic_in_an_x_archive_is_read_from_the_zip(tmp_path):
    base = 1_500_000_000_000_000_000
    tweets = [T("公園なう", POSTED, id=str(base + 1), media=["IMG_0004.heic"])]
    files = archive_files(tweets, username="hana", media_files={
        f"{base + 1}-IMG_0004.heic": heic_bytes(_photo(), _iphone_exif())})
    posts = list(open_file_source(write_zip(tmp_path / "x.zip", files)).posts())
    result = analyse_posts(posts, ocr=False, faces=False)
    [facts] = result.images
    assert facts.error is None, facts.error
    assert facts.gps.place_name.startswith("東京都練馬区石神井町")
    assert any(f.category == "whereabouts" for f in result.findings)


def test_heic_in_an_instagram_export_is_read(tmp_path):
    uri = "media/posts/202605/IMG_0005.heic"
    post = {"media": [{"uri": uri, "creation_timestamp": int(POSTED.timestamp()), "title": ""}],
            "title": "公園", "creation_timestamp": int(POSTED.timestamp())}
    root = "instagram-hana_ig-2026-05-10/"
    path = tmp_path / "instagram-hana_ig.zip"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr(f"{root}your_instagram_activity/content/posts_1.json", json.dumps([post]))
        zf.writestr(f"{root}{uri}", heic_bytes(_photo(), _iphone_exif()))
    posts = list(open_file_source(path).posts())
    assert posts and posts[0].media[0].kind == "photo"
    result = analyse_posts(posts, ocr=False, faces=False)
    [facts] = result.images
    assert facts.error is None, facts.error
    assert facts.device == "Apple iPhone 15"
    assert facts.gps.place_name.startswith("東京都練馬区石神井町")


# --- damaged and hostile files ------------------------------------------------------------


@pytest.mark.parametrize("command", ["check-photo", "strip"])
def test_truncated_heic_is_a_one_line_error(tmp_path, command):
    data = heic_bytes(_photo(), _iphone_exif())
    bad = tmp_path / "cut.heic"
    bad.write_bytes(data[: len(data) // 2])
    args = [str(bad)] + (["--out", str(tmp_path / "o")] if command == "strip" else [])
    proc = subprocess.run([sys.executable, "-m", "auditor", command, *args],
                          capture_output=True, text=True, check=False)
    assert proc.returncode == 2
    assert proc.stderr.count("\n") == 1, proc.stderr
    assert "cut.heic" in proc.stderr and "HEIC" in proc.stderr and "Traceback" not in proc.stderr
    assert not (tmp_path / "o" / "cut.heic").exists()


def test_heic_decompression_bomb_is_refused():
    assert Image.MAX_IMAGE_PIXELS == 89_478_485  # Pillow's default guard, never changed
    with pytest.raises(ImageError, match="大きすぎます"):
        open_image(bomb_heic(20_000, 20_000), "bomb.heic")
    with pytest.raises(ImageError, match="大きすぎます"):
        strip(bomb_heic(20_000, 20_000), "bomb.heic")


def test_heic_bomb_in_check_photo_is_one_line(tmp_path):
    path = tmp_path / "bomb.heic"
    path.write_bytes(bomb_heic())
    proc = subprocess.run([sys.executable, "-m", "auditor", "check-photo", str(path)],
                          capture_output=True, text=True, check=False)
    assert proc.returncode == 2
    assert proc.stderr.count("\n") == 1 and "大きすぎます" in proc.stderr, proc.stderr


# --- strip ----------------------------------------------------------------------------------


def test_strip_heic_reencodes_without_metadata_and_keeps_the_original(tmp_path):
    src = tmp_path / "IMG_0006.HEIC"
    original = heic_bytes(_photo(), _iphone_exif(), quality=95)
    src.write_bytes(original)
    out_dir = tmp_path / "clean"
    r = CliRunner().invoke(app, ["strip", str(src), "--out", str(out_dir)])
    assert r.exit_code == 0, r.output
    assert f"HEIC は再エンコードしました (画質 {HEIC_QUALITY})" in r.output
    assert "EXIF" in r.output
    assert src.read_bytes() == original
    out = out_dir / "IMG_0006.HEIC"
    copy = open_image(out.read_bytes(), "copy")
    assert copy.format == "HEIF"
    assert not copy.getexif() and not read_exif(copy).has_gps
    info = pillow_heif.open_heif(out).info
    assert not info.get("exif") and not info.get("xmp") and not info.get("metadata")
    assert b"Exif\x00\x00" not in out.read_bytes() and b"iPhone" not in out.read_bytes()
    before = open_image(original, "orig")
    assert copy.size == before.size
    assert _mean_diff(copy, before) < 2.5


def test_strip_heic_keeps_the_picture_upright(tmp_path):
    # Stored sideways with a turn in the container: the copy holds the upright pixels and
    # no transform, so every viewer shows it the same way as the original.
    stored = _photo((120, 80))
    data = heic_bytes(stored, make_exif(orientation=6, make="Apple"), quality=95)
    shown = open_image(data, "orig")
    assert shown.size == (80, 120)
    result = strip(data, "IMG.heic")
    assert result.reencoded and result.format == "HEIF"
    copy = open_image(result.data, "copy")
    assert copy.size == shown.size
    assert _mean_diff(copy, shown) < 2.5
    assert _mean_diff(copy, stored.transpose(Image.Transpose.ROTATE_270)) < 2.5


def test_strip_heic_with_alpha_keeps_transparency():
    img = _photo((64, 64)).convert("RGBA")
    img.putalpha(Image.new("L", (64, 64), 128))
    result = strip(heic_bytes(img, _iphone_exif(), quality=95), "a.heic")
    copy = open_image(result.data, "copy")
    assert copy.mode == "RGBA" and copy.getchannel("A").getextrema()[0] > 100


# --- pillow-heif missing ----------------------------------------------------------------


@pytest.fixture
def hide_pillow_heif(monkeypatch):
    """Call after the test pictures are made: from then on ``import pillow_heif`` fails."""

    def hide():
        load.heif_support.cache_clear()
        monkeypatch.setitem(sys.modules, "pillow_heif", None)  # import raises ImportError

    yield hide
    monkeypatch.undo()
    load.heif_support.cache_clear()


def test_without_pillow_heif_a_scan_skips_heic_with_a_notice(tmp_path, hide_pillow_heif):
    base = 1_500_000_000_000_000_000
    tweets = [T("写真", POSTED, id=str(base + 1), media=["a.heic"]),
              T("写真2", POSTED, id=str(base + 2), media=["b.jpg"])]
    files = archive_files(tweets, username="hana", media_files={
        f"{base + 1}-a.heic": heic_bytes(_photo(), _iphone_exif()),
        f"{base + 2}-b.jpg": jpeg_bytes(_photo(), _iphone_exif())})
    posts = list(open_file_source(write_zip(tmp_path / "x.zip", files)).posts())
    hide_pillow_heif()
    result = analyse_posts(posts, ocr=False, faces=False)
    by_post = {im.post_id: im for im in result.images}
    assert by_post[str(base + 2)].gps is not None  # the JPEG is read as before
    assert "pillow-heif" in by_post[str(base + 1)].error
    assert any("HEIC/HEIF の画像 1 枚を省略しました" in n and "pip install" in n for n in result.notices)
    assert not any("読めませんでした" in n for n in result.notices)


def test_without_pillow_heif_check_photo_is_one_line(tmp_path, hide_pillow_heif):
    path = tmp_path / "IMG.HEIC"
    path.write_bytes(heic_bytes(_photo()))
    hide_pillow_heif()
    with pytest.raises(HeifUnavailable, match="pillow-heif"):
        open_image(path.read_bytes(), str(path))
    # main() prints an InputError as one line and exits 2; the runner hands it back raw.
    r = CliRunner().invoke(app, ["check-photo", str(path), "--no-ocr", "--no-faces"])
    assert isinstance(r.exception, InputError)
    assert "pillow-heif" in str(r.exception) and "\n" not in str(r.exception)


def test_pillow_heif_is_not_imported_for_help_text_or_jpeg():
    code = (
        "import io, sys\n"
        "from typer.testing import CliRunner\n"
        "from auditor.cli import app\n"
        "CliRunner().invoke(app, ['--help'])\n"
        "from PIL import Image\n"
        "from auditor.media.load import open_image\n"
        "buf = io.BytesIO(); Image.new('RGB', (8, 8)).save(buf, 'JPEG')\n"
        "open_image(buf.getvalue(), 'a.jpg')\n"
        "print('pillow_heif' in sys.modules)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert proc.stdout.strip() == "False"


def test_heic_suffixes_are_images_in_a_folder(tmp_path):
    for name in ("a.HEIC", "b.heif", "c.hif", "notes.txt"):
        (tmp_path / name).write_bytes(b"x")
    assert [p.name for p in load.image_files([tmp_path])] == ["a.HEIC", "b.heif", "c.hif"]


def test_is_heif_looks_at_the_brand_not_the_name():
    assert load.is_heif(heic_bytes(_photo((16, 16))))
    assert not load.is_heif(jpeg_bytes(_photo((16, 16))))
    assert not load.is_heif(b"\x00\x00\x00\x1cftypavif")
