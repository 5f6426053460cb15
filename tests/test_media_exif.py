"""EXIF facts and safe decoding: GPS → place, capture time, device, broken files."""

from __future__ import annotations

import io
import zipfile
from datetime import UTC, datetime, timedelta, timezone

import pytest
from conftest import JST, jst
from photo_factory import bomb_png, jpeg_bytes, make_exif, png_bytes
from PIL import ExifTags, Image

from auditor.media.exif import read_exif
from auditor.media.load import MAX_FILE_BYTES, ImageError, open_image, read_bytes
from auditor.model import Media

PHOTO = Image.new("RGB", (80, 60), (120, 160, 200))


def _exif_of(data: bytes):
    return read_exif(Image.open(io.BytesIO(data)))


def test_gps_becomes_decimal_degrees_and_device_and_time_with_offset():
    taken = datetime(2026, 5, 1, 14, 3, 0, tzinfo=timezone(timedelta(hours=9)))
    data = jpeg_bytes(PHOTO, make_exif(lat=35.7436, lon=139.6066, taken=taken,
                                        make="Apple", model="iPhone 15"))
    ex = _exif_of(data)
    assert ex.lat == pytest.approx(35.7436, abs=1e-6)
    assert ex.lon == pytest.approx(139.6066, abs=1e-6)
    assert ex.taken_at == taken and ex.taken_at.utcoffset() == timedelta(hours=9)
    assert ex.device == "Apple iPhone 15"


def test_southern_and_western_hemispheres_are_negative():
    ex = _exif_of(jpeg_bytes(PHOTO, make_exif(lat=-33.8568, lon=-70.6483)))
    assert ex.lat == pytest.approx(-33.8568, abs=1e-6)
    assert ex.lon == pytest.approx(-70.6483, abs=1e-6)


def test_capture_time_without_offset_is_taken_as_japan_time():
    naive_in_tokyo = jst(2026, 5, 1, 8, 15)
    ex = _exif_of(jpeg_bytes(PHOTO, make_exif(taken=naive_in_tokyo, with_offset=False)))
    assert ex.taken_at.tzinfo is not None
    assert ex.taken_at.astimezone(UTC) == datetime(2026, 4, 30, 23, 15, tzinfo=UTC)


def test_foreign_offset_is_kept():
    taken = datetime(2026, 7, 1, 10, 0, tzinfo=timezone(-timedelta(hours=7)))
    ex = _exif_of(jpeg_bytes(PHOTO, make_exif(taken=taken)))
    assert ex.taken_at.astimezone(JST).hour == 2


def test_no_exif_gives_nothing():
    ex = _exif_of(jpeg_bytes(PHOTO))
    assert not ex.has_gps and ex.taken_at is None and ex.device is None


def test_zero_zero_and_impossible_positions_are_ignored():
    exif = make_exif(lat=0.0, lon=0.0)
    assert not _exif_of(jpeg_bytes(PHOTO, exif)).has_gps
    exif = Image.Exif()
    exif[ExifTags.IFD.GPSInfo] = {1: "N", 2: (95.0, 0.0, 0.0), 3: "E", 4: (139.0, 0.0, 0.0)}
    assert not _exif_of(jpeg_bytes(PHOTO, exif)).has_gps


def test_png_exif_is_read_too():
    ex = _exif_of(png_bytes(PHOTO, make_exif(lat=34.7025, lon=135.4959)))
    assert ex.lat == pytest.approx(34.7025, abs=1e-6)


# --- decoding errors: one line, never a traceback ---------------------------------


def test_truncated_jpeg_is_a_one_line_error():
    data = jpeg_bytes(Image.effect_noise((400, 300), 60).convert("RGB"))
    with pytest.raises(ImageError) as err:
        open_image(data[: len(data) // 2], "cut.jpg")
    assert "cut.jpg" in str(err.value) and "\n" not in str(err.value)
    assert "切れています" in str(err.value)


def test_garbage_is_not_an_image():
    with pytest.raises(ImageError, match="画像として読めません"):
        open_image(b"this is not a picture at all" * 10, "junk.jpg")


@pytest.mark.parametrize(("side", "why"), [(30_000, "error"), (10_000, "warning")])
def test_decompression_bomb_guard_stays_on(side, why):
    # 30000² is over twice Pillow's limit (its DecompressionBombError); 10000² is over the
    # limit once (a DecompressionBombWarning, which we also refuse).
    before = Image.MAX_IMAGE_PIXELS
    with pytest.raises(ImageError) as err:
        open_image(bomb_png(side, side), f"{why}.png")
    msg = str(err.value)
    assert "大きすぎます" in msg and f"{side * side}" in msg.replace(",", "")
    assert "\n" not in msg
    assert before == Image.MAX_IMAGE_PIXELS and before is not None


def test_iphone_heic_gets_a_specific_message():
    heic_header = b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + b"\x00" * 64
    with pytest.raises(ImageError, match="HEIC"):
        open_image(heic_header, "IMG_0001.HEIC")


def test_zip_member_is_read_without_extracting(tmp_path):
    data = jpeg_bytes(PHOTO, make_exif(lat=35.0, lon=135.0))
    z = tmp_path / "a.zip"
    with zipfile.ZipFile(z, "w") as zf:
        zf.writestr("data/tweets_media/1-a.jpg", data)
    got = read_bytes(Media(path="data/tweets_media/1-a.jpg", archive=str(z)))
    assert got == data
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.zip"]
    with pytest.raises(ImageError, match="見つかりません"):
        read_bytes(Media(path="data/tweets_media/missing.jpg", archive=str(z)))


def test_missing_and_oversized_files(tmp_path):
    with pytest.raises(ImageError, match="見つかりません"):
        read_bytes(Media(path=str(tmp_path / "nope.jpg")))
    big = tmp_path / "big.jpg"
    with big.open("wb") as fh:
        fh.truncate(MAX_FILE_BYTES + 1)  # sparse: no real disk used
    with pytest.raises(ImageError, match="大きすぎます"):
        read_bytes(Media(path=str(big)))
