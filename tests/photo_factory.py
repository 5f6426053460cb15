"""Build test pictures: Japanese text drawn with a CJK font, EXIF GPS/time/device, faces.

Everything is generated except the one face photo (``data/astronaut_256.jpg``, public
domain, see ``data/PROVENANCE.md``): detecting a real face needs a real face.
"""

from __future__ import annotations

import io
import shutil
import struct
import subprocess
from datetime import datetime
from pathlib import Path

from PIL import ExifTags, Image, ImageDraw, ImageFont
from PIL.TiffImagePlugin import IFDRational

DATA = Path(__file__).parent / "data"
FACE_PHOTO = DATA / "astronaut_256.jpg"
_KNOWN_FONTS = [
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc",
    "/usr/share/fonts/truetype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
]


def cjk_font_path() -> str | None:
    """A font that draws Japanese: fc-match first, then Debian's fonts-noto-cjk paths."""
    if shutil.which("fc-match"):
        try:
            out = subprocess.run(
                ["fc-match", "-f", "%{file}", "Noto Sans CJK JP:lang=ja"],
                capture_output=True, text=True, timeout=10, check=False,
            ).stdout.strip()
        except (OSError, subprocess.SubprocessError):
            out = ""
        if out and "CJK" in out and Path(out).exists():
            return out
    return next((p for p in _KNOWN_FONTS if Path(p).exists()), None)


def text_image(
    lines: list[str],
    *,
    size: int = 40,
    font_path: str | None = None,
    bg: str | tuple[int, int, int] = "white",
    fg: str | tuple[int, int, int] = "black",
    margin: int = 30,
) -> Image.Image:
    path = font_path or cjk_font_path()
    if path is None:
        raise RuntimeError("no CJK font")
    font = ImageFont.truetype(path, size, index=0)
    widths = [font.getbbox(line)[2] for line in lines]
    line_h = int(size * 1.6)
    img = Image.new("RGB", (max(widths) + 2 * margin, line_h * len(lines) + 2 * margin), bg)
    draw = ImageDraw.Draw(img)
    for i, line in enumerate(lines):
        draw.text((margin, margin + i * line_h), line, font=font, fill=fg)
    return img


def _dms(value: float) -> tuple[IFDRational, IFDRational, IFDRational]:
    value = abs(value)
    d = int(value)
    m = int((value - d) * 60)
    s = (value - d - m / 60) * 3600
    return IFDRational(d), IFDRational(m), IFDRational(round(s * 10000), 10000)


def make_exif(
    *,
    lat: float | None = None,
    lon: float | None = None,
    taken: datetime | None = None,
    with_offset: bool = True,
    make: str | None = None,
    model: str | None = None,
    orientation: int | None = None,
) -> Image.Exif:
    exif = Image.Exif()
    if make:
        exif[ExifTags.Base.Make] = make
    if model:
        exif[ExifTags.Base.Model] = model
    if orientation:
        exif[ExifTags.Base.Orientation] = orientation
    if lat is not None and lon is not None:
        exif[ExifTags.IFD.GPSInfo] = {
            ExifTags.GPS.GPSLatitudeRef: "N" if lat >= 0 else "S",
            ExifTags.GPS.GPSLatitude: _dms(lat),
            ExifTags.GPS.GPSLongitudeRef: "E" if lon >= 0 else "W",
            ExifTags.GPS.GPSLongitude: _dms(lon),
        }
    if taken is not None:
        sub = {ExifTags.Base.DateTimeOriginal: taken.strftime("%Y:%m:%d %H:%M:%S")}
        if with_offset and taken.utcoffset() is not None:
            off = taken.strftime("%z")
            sub[ExifTags.Base.OffsetTimeOriginal] = f"{off[:3]}:{off[3:]}"
        exif[ExifTags.IFD.Exif] = sub
    return exif


def jpeg_bytes(img: Image.Image, exif: Image.Exif | None = None, *, quality: int = 90) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=quality, exif=exif if exif is not None else Image.Exif())
    return buf.getvalue()


def png_bytes(img: Image.Image, exif: Image.Exif | None = None, *, text: dict[str, str] | None = None) -> bytes:
    from PIL.PngImagePlugin import PngInfo

    info = PngInfo()
    for k, v in (text or {}).items():
        info.add_itxt(k, v)
    buf = io.BytesIO()
    img.save(buf, "PNG", exif=exif if exif is not None else Image.Exif(), pnginfo=info)
    return buf.getvalue()


def add_jpeg_segment(data: bytes, marker: int, payload: bytes) -> bytes:
    """Insert an APPn/COM segment right after SOI (XMP, comments, vendor blocks)."""
    seg = bytes([0xFF, marker]) + struct.pack(">H", len(payload) + 2) + payload
    return data[:2] + seg + data[2:]


def bomb_png(width: int = 30_000, height: int = 30_000) -> bytes:
    """A tiny PNG whose header claims a huge picture (the decompression-bomb case)."""
    import zlib

    def chunk(t: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + t + body + struct.pack(">I", zlib.crc32(t + body))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    idat = zlib.compress(b"\x00" * 64)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")


def face_photo() -> Image.Image:
    return Image.open(FACE_PHOTO).convert("RGB")


def two_faces() -> Image.Image:
    face = face_photo()
    out = Image.new("RGB", (face.width * 2, face.height), "white")
    out.paste(face, (0, 0))
    out.paste(face, (face.width, 0))
    return out


# --- HEIC/HEIF (iPhone originals), written with pillow-heif's HEVC encoder --------------


def heic_writer_missing() -> str | None:
    """None when HEIC can be written here, else why not (for ``pytest.skip``)."""
    try:
        import pillow_heif
    except ImportError:
        return "pillow-heif not installed (pip install '.[photos]')"
    if not pillow_heif.libheif_info().get("HEIF"):
        return "pillow-heif has no HEVC encoder here"
    return None


def heic_bytes(img: Image.Image, exif: Image.Exif | None = None, *, quality: int = 90) -> bytes:
    """A HEIC file as a phone writes it: HEVC pixels, EXIF in the container.

    ``img`` is stored as given; an EXIF Orientation other than 1 is also recorded in the
    container as a transform (``irot``/``imir``), as an iPhone does, so a decoder shows the
    pixels turned — like a viewer shows a JPEG with that Orientation.
    """
    import pillow_heif

    buf = io.BytesIO()
    heif = pillow_heif.from_pillow(img)
    heif.save(buf, quality=quality, exif=exif.tobytes() if exif is not None else None)
    return buf.getvalue()


def bomb_heic(width: int = 20_000, height: int = 20_000) -> bytes:
    """A tiny HEIC whose ``ispe`` property claims a huge picture (the bomb case)."""
    data = bytearray(heic_bytes(Image.new("RGB", (64, 64), "gray")))
    i = data.find(b"ispe")
    data[i + 8 : i + 16] = struct.pack(">II", width, height)
    return bytes(data)
