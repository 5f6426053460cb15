"""Stripping: GPS and identifying metadata gone, pixels identical, original untouched."""

from __future__ import annotations

import io
import stat

import pytest
from conftest import jst
from photo_factory import add_jpeg_segment, jpeg_bytes, make_exif, png_bytes
from PIL import ExifTags, Image
from typer.testing import CliRunner

from auditor.cli import app
from auditor.media.load import ImageError
from auditor.media.strip import strip

XMP = (b"http://ns.adobe.com/xap/1.0/\x00<x:xmpmeta><rdf:Description "
       b"exif:GPSLatitude=\"35,44.6N\" exif:GPSLongitude=\"139,36.4E\"/></x:xmpmeta>")


def _photo() -> Image.Image:
    # Noise, so that any re-encoding would change pixels.
    return Image.effect_noise((320, 240), 50).convert("RGB")


def _full_exif():
    return make_exif(lat=35.7436, lon=139.6066, taken=jst(2026, 5, 1, 14, 3),
                     make="Apple", model="iPhone 15", orientation=6)


def _pixels(data: bytes) -> bytes:
    return Image.open(io.BytesIO(data)).tobytes()


def _phone_like_jpeg() -> bytes:
    data = jpeg_bytes(_photo(), _full_exif())
    data = add_jpeg_segment(data, 0xFE, "撮影者: 山田花子".encode())  # COM
    data = add_jpeg_segment(data, 0xED, b"Photoshop 3.0\x008BIM city=Nerima")  # APP13 IPTC
    data = add_jpeg_segment(data, 0xE1, XMP)  # APP1 XMP
    # A second picture appended after EOI, with its own GPS (as phones do for depth maps).
    tail = jpeg_bytes(Image.new("RGB", (8, 8)), make_exif(lat=35.7436, lon=139.6066))
    return data + tail


def test_jpeg_strip_removes_gps_and_metadata_and_keeps_pixels_and_orientation():
    original = _phone_like_jpeg()
    result = strip(original, "p.jpg")
    out = result.data
    assert _pixels(out) == _pixels(original)
    # Not re-encoded: the compressed scan data is carried over byte for byte.
    sos = original.index(b"\xff\xda")
    assert original[sos : original.index(b"\xff\xd9", sos) + 2] in out
    img = Image.open(io.BytesIO(out))
    exif = img.getexif()
    assert dict(exif) == {ExifTags.Base.Orientation: 6}
    assert not exif.get_ifd(ExifTags.IFD.GPSInfo)
    for leaked in (b"iPhone", b"Apple", b"GPSLatitude", "山田".encode(), b"Nerima", b"2026:05:01"):
        assert leaked not in out, leaked
    assert out.endswith(b"\xff\xd9")  # the appended picture is gone
    assert any("EXIF" in r for r in result.removed)
    assert "画像の後ろに付いたデータ" in result.removed


@pytest.mark.parametrize(
    "options",
    [{"progressive": True}, {"restart_marker_blocks": 4},
     {"progressive": True, "restart_marker_rows": 1}, {"subsampling": 0, "quality": 95}],
)
def test_jpeg_variants_with_several_scans_and_restart_markers(options):
    buf = io.BytesIO()
    _photo().convert("RGB").save(buf, "JPEG", exif=_full_exif(), **options)
    original = buf.getvalue()
    out = strip(original, "v.jpg").data
    assert _pixels(out) == _pixels(original)
    assert not Image.open(io.BytesIO(out)).getexif().get_ifd(ExifTags.IFD.GPSInfo)
    assert out.count(b"\xff\xda") == original.count(b"\xff\xda")


def test_jpeg_without_metadata_comes_back_equivalent():
    original = jpeg_bytes(_photo())
    out = strip(original, "plain.jpg").data
    assert _pixels(out) == _pixels(original)
    assert not Image.open(io.BytesIO(out)).getexif()


def test_png_strip_drops_exif_and_text_chunks():
    original = png_bytes(_photo(), _full_exif(), text={"Author": "山田花子", "Location": "練馬区"})
    result = strip(original, "p.png")
    assert _pixels(result.data) == _pixels(original)
    img = Image.open(io.BytesIO(result.data))
    assert dict(img.getexif()) == {ExifTags.Base.Orientation: 6}
    assert "山田".encode() not in result.data and b"iPhone" not in result.data
    assert not img.text


@pytest.mark.skipif("WEBP" not in Image.registered_extensions().values(), reason="Pillow built without WebP")
def test_webp_strip_drops_exif():
    buf = io.BytesIO()
    _photo().save(buf, "WEBP", lossless=True, exif=_full_exif())
    original = buf.getvalue()
    out = strip(original, "p.webp").data
    assert _pixels(out) == _pixels(original)
    assert not Image.open(io.BytesIO(out)).getexif().get_ifd(ExifTags.IFD.GPSInfo)
    assert b"iPhone" not in out


def test_truncated_and_unsupported_files_are_refused():
    data = jpeg_bytes(_photo(), _full_exif())
    with pytest.raises(ImageError, match="切れています"):
        strip(data[: len(data) // 2], "cut.jpg")
    buf = io.BytesIO()
    _photo().save(buf, "GIF")
    with pytest.raises(ImageError, match="以外の形式"):
        strip(buf.getvalue(), "a.gif")


# --- the command --------------------------------------------------------------------


def test_strip_command_writes_private_copy_and_leaves_original(tmp_path):
    src = tmp_path / "IMG_0001.jpg"
    original = _phone_like_jpeg()
    src.write_bytes(original)
    out_dir = tmp_path / "clean"
    r = CliRunner().invoke(app, ["strip", str(src), "--out", str(out_dir)])
    assert r.exit_code == 0, r.output
    out = out_dir / "IMG_0001.jpg"
    assert src.read_bytes() == original
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert not Image.open(out).getexif().get_ifd(ExifTags.IFD.GPSInfo)
    assert Image.open(out).tobytes() == Image.open(src).tobytes()
    assert "IMG_0001.jpg" in r.output


def test_strip_command_refuses_to_write_over_the_original(tmp_path):
    src = tmp_path / "a.jpg"
    src.write_bytes(jpeg_bytes(_photo(), _full_exif()))
    before = src.read_bytes()
    r = CliRunner().invoke(app, ["strip", str(src), "--out", str(tmp_path)])
    assert r.exit_code != 0
    assert src.read_bytes() == before


def test_strip_command_corrupt_file_is_one_line_error(tmp_path):
    import subprocess
    import sys

    bad = tmp_path / "bad.jpg"
    bad.write_bytes(b"\xff\xd8\xff\xe0garbage")
    proc = subprocess.run(
        [sys.executable, "-m", "auditor", "strip", str(bad), "--out", str(tmp_path / "o")],
        capture_output=True, text=True, check=False,
    )
    assert proc.returncode == 2
    assert proc.stderr.count("\n") == 1 and "bad.jpg" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert not (tmp_path / "o" / "bad.jpg").exists()


def test_output_paths_refuse_same_names_and_the_original_folder(tmp_path):
    from auditor.errors import InputError
    from auditor.media.strip import output_paths

    a, b = tmp_path / "x" / "IMG.jpg", tmp_path / "y" / "IMG.jpg"
    for p in (a, b):
        p.parent.mkdir()
        p.write_bytes(b"")
    assert output_paths([a], tmp_path / "out") == [tmp_path / "out" / "IMG.jpg"]
    with pytest.raises(InputError, match="同じ名前"):
        output_paths([a, b], tmp_path / "out")
    with pytest.raises(InputError, match="同じ場所"):
        output_paths([a], a.parent)
    link = tmp_path / "out2"
    link.mkdir()
    (link / "IMG.jpg").symlink_to(a)
    with pytest.raises(InputError, match="同じ場所"):
        output_paths([a], link)
