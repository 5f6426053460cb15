"""EXIF facts a photo file carries: GPS position, capture time, device.

Read with Pillow's EXIF reader (JPEG, PNG ``eXIf``, WebP, TIFF, and HEIC/HEIF through
pillow-heif's opener, which hands Pillow the same EXIF block). Platforms strip EXIF
from the copies they serve, but originals on the phone and in some data exports keep
it — and those are what people post next.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from typing import Any
from zoneinfo import ZoneInfo

from PIL import ExifTags, Image

#: Capture times without an OffsetTime tag are taken to be Japan time (the camera's clock).
DEFAULT_TZ = ZoneInfo("Asia/Tokyo")

_GPS = ExifTags.GPS
_T = ExifTags.Base


@dataclass(frozen=True, slots=True)
class ExifFacts:
    lat: float | None = None
    lon: float | None = None
    altitude_m: float | None = None
    taken_at: datetime | None = None  # aware
    device: str | None = None  # 「Apple iPhone 15」
    software: str | None = None
    has_exif: bool = False

    @property
    def has_gps(self) -> bool:
        return self.lat is not None and self.lon is not None


def read_exif(img: Image.Image) -> ExifFacts:
    """Everything we report from ``img``'s EXIF; a broken tag yields None, never an error."""
    try:
        exif = img.getexif()
    except Exception:  # malformed EXIF: the image is still an image
        return ExifFacts()
    if not exif:
        return ExifFacts()
    try:
        gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    except Exception:
        gps = {}
    try:
        sub = exif.get_ifd(ExifTags.IFD.Exif)
    except Exception:
        sub = {}
    lat, lon = gps_position(gps)
    return ExifFacts(
        lat=lat,
        lon=lon,
        altitude_m=_altitude(gps),
        taken_at=capture_time(exif, sub, gps),
        device=_device(exif),
        software=_text(exif.get(_T.Software)),
        has_exif=True,
    )


def _rational(v: Any) -> float | None:
    try:
        f = float(v)
    except (TypeError, ValueError, ZeroDivisionError):
        return None
    return f if math.isfinite(f) else None


def _dms(value: Any) -> float | None:
    """(deg, min, sec) rationals → decimal degrees; some writers put one decimal value."""
    if isinstance(value, tuple | list):
        parts = [_rational(v) for v in value[:3]]
        if not parts or any(p is None for p in parts):
            return None
        parts += [0.0] * (3 - len(parts))
        d, m, s = parts  # type: ignore[misc]
        return d + m / 60 + s / 3600
    return _rational(value)


def _ref(v: Any) -> str:
    if isinstance(v, bytes):
        v = v.decode("ascii", "ignore")
    return str(v or "").strip("\x00 ").upper()[:1]


def gps_position(gps: dict[int, Any]) -> tuple[float | None, float | None]:
    """Decimal (lat, lon) with S/W negative; None for missing, impossible or (0, 0)."""
    if not gps:
        return None, None
    lat = _dms(gps.get(_GPS.GPSLatitude))
    lon = _dms(gps.get(_GPS.GPSLongitude))
    if lat is None or lon is None:
        return None, None
    if _ref(gps.get(_GPS.GPSLatitudeRef)) == "S":
        lat = -lat
    if _ref(gps.get(_GPS.GPSLongitudeRef)) == "W":
        lon = -lon
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return None, None
    if lat == 0 and lon == 0:  # "no fix" written as zeros by some cameras
        return None, None
    return round(lat, 7), round(lon, 7)


def _altitude(gps: dict[int, Any]) -> float | None:
    alt = _rational(gps.get(_GPS.GPSAltitude)) if gps else None
    if alt is None:
        return None
    ref = gps.get(_GPS.GPSAltitudeRef)
    below = ref in (1, b"\x01") or (isinstance(ref, bytes) and ref[:1] == b"\x01")
    return -alt if below else alt


def _text(v: Any) -> str | None:
    if isinstance(v, bytes):
        v = v.decode("utf-8", "replace")
    if not isinstance(v, str):
        return None
    v = v.strip("\x00 ").strip()
    return v[:100] or None


def _device(exif: Image.Exif) -> str | None:
    make = _text(exif.get(_T.Make))
    model = _text(exif.get(_T.Model))
    if make and model and model.lower().startswith(make.lower()):
        return model  # "Canon Canon EOS R5" → "Canon EOS R5"
    return " ".join(x for x in (make, model) if x) or None


def _offset(v: Any) -> timezone | None:
    s = _text(v)
    if not s or len(s) < 6 or s[0] not in "+-":
        return None
    try:
        hours, minutes = int(s[1:3]), int(s[4:6])
    except ValueError:
        return None
    if hours > 14 or minutes > 59:
        return None
    delta = timedelta(hours=hours, minutes=minutes)
    return timezone(-delta if s[0] == "-" else delta)


def _parse_exif_time(v: Any) -> datetime | None:
    s = _text(v)
    if not s:
        return None
    try:
        return datetime.strptime(s[:19], "%Y:%m:%d %H:%M:%S")
    except ValueError:
        return None


def capture_time(exif: Image.Exif, sub: dict[int, Any], gps: dict[int, Any]) -> datetime | None:
    """When the photo was taken, aware.

    DateTimeOriginal with OffsetTimeOriginal when present; without an offset the
    camera's clock is assumed to be Japan time. Falls back to the GPS timestamp (UTC by
    definition) and then to the file's DateTime.
    """
    for time_tag, offset_tag, where in (
        (_T.DateTimeOriginal, _T.OffsetTimeOriginal, sub),
        (_T.DateTimeDigitized, _T.OffsetTimeDigitized, sub),
    ):
        naive = _parse_exif_time(where.get(time_tag))
        if naive:
            tz = _offset(where.get(offset_tag)) or _offset(sub.get(_T.OffsetTime)) or DEFAULT_TZ
            return naive.replace(tzinfo=tz)
    utc = _gps_time(gps)
    if utc:
        return utc
    naive = _parse_exif_time(exif.get(_T.DateTime))
    if naive:
        return naive.replace(tzinfo=_offset(sub.get(_T.OffsetTime)) or DEFAULT_TZ)
    return None


def _gps_time(gps: dict[int, Any]) -> datetime | None:
    if not gps:
        return None
    date = _text(gps.get(_GPS.GPSDateStamp))
    hms = gps.get(_GPS.GPSTimeStamp)
    if not date or not isinstance(hms, tuple | list) or len(hms) != 3:
        return None
    parts = [_rational(x) for x in hms]
    if any(p is None for p in parts):
        return None
    try:
        day = datetime.strptime(date[:10], "%Y:%m:%d").replace(tzinfo=UTC)
    except ValueError:
        return None
    h, m, s = parts  # type: ignore[misc]
    return day + timedelta(hours=h, minutes=m, seconds=s)
