"""A copy of a photo without its location and identifying metadata; pixels untouched.

Works on the container, never on the pixels: JPEG segments, PNG chunks and WebP chunks
are copied or dropped byte for byte, so nothing is re-encoded and no quality is lost.
Afterwards both files are decoded and their pixels compared; a copy that differs, or
that still has GPS, is never returned.

What goes (JPEG): the whole EXIF block (GPS, capture time, device make/model and serial
numbers, owner name, thumbnail — a new EXIF block with only the Orientation tag is
written so that the picture is not shown sideways), XMP (which repeats GPS and adds
editing history), IPTC/Photoshop (city, byline), comments, vendor APPn blocks, the MPF
index, and anything after the end of the image (phones append a second JPEG with its own
EXIF there). What stays: JFIF, the ICC colour profile, Adobe's colour-transform marker,
and every segment the decoder needs.
PNG keeps only the chunks that affect how pixels look (dropping ``eXIf`` — rewritten with
Orientation only, like JPEG — ``tEXt``, ``zTXt``, ``iTXt``, ``tIME`` …); WebP drops
``EXIF`` and ``XMP`` (and with them a rarely used Orientation).

HEIC/HEIF is the exception: its metadata sits in the container's item tables next to the
HEVC-coded pixels, and no library at hand rewrites those without re-encoding. The copy is
therefore a new HEIC re-encoded at quality ``HEIC_QUALITY`` from the decoded pixels, with
no EXIF, XMP, thumbnails, depth maps or other auxiliary images — only the colour profile.
The rotation is applied to the pixels (libheif honours the container's ``irot``/``imir``
on decoding), so the copy needs no orientation of its own. The check afterwards accepts
pixels within ``HEIC_MAX_MEAN_DIFF`` of the original instead of identical ones, and still
refuses a copy that carries any metadata. The original file is never modified.
"""

from __future__ import annotations

import contextlib
import struct
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from PIL import ExifTags, Image, ImageOps

from auditor.errors import InputError
from auditor.media.load import ImageError, is_heif, open_image

#: Quality of the re-encoded HEIC copy (pillow-heif's scale, 0–100; iPhones use ≈ 80–90).
HEIC_QUALITY = 95
#: x265 preset for the copy: on a 12 MP photo (2 shared cores) "veryfast" took ≈ 6 s against
#: ≈ 27 s for libheif's default, at the same pixel error and a ≈ 12 % larger file.
HEIC_PRESET = "veryfast"
#: The re-encoded copy may differ from the original by this much on average (0–255 scale).
HEIC_MAX_MEAN_DIFF = 4.0

_SOI = b"\xff\xd8"
_EOI = 0xD9
_SOS = 0xDA
# Markers without a length field.
_STANDALONE = {0x01, *range(0xD0, 0xD8)}
_APP0, _APP1, _APP2, _APP13, _APP14, _COM = 0xE0, 0xE1, 0xE2, 0xED, 0xEE, 0xFE

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
#: Chunks that change how the pixels look; everything else is metadata and goes.
PNG_KEEP = frozenset(
    {b"IHDR", b"PLTE", b"IDAT", b"IEND", b"tRNS", b"gAMA", b"cHRM", b"sRGB", b"iCCP",
     b"sBIT", b"bKGD", b"pHYs", b"cICP", b"mDCV", b"cLLI", b"acTL", b"fcTL", b"fdAT"}
)

_PNG_NAMES = {
    b"eXIf": "EXIF (位置情報・撮影日時・機種など)", b"tEXt": "テキスト情報", b"zTXt": "テキスト情報",
    b"iTXt": "テキスト情報 (XMP など)", b"tIME": "更新日時",
}


@dataclass(slots=True)
class StripResult:
    data: bytes
    format: str  # "JPEG" | "PNG" | "WEBP" | "HEIF"
    removed: list[str] = field(default_factory=list)  # what was taken out, for the user
    reencoded: bool = False  # HEIC: the pixels were re-encoded (at HEIC_QUALITY)


def strip(data: bytes, name: str = "画像") -> StripResult:
    """The cleaned bytes; raises ImageError for unsupported or damaged files."""
    if data.startswith(_SOI):
        result = _strip_jpeg(data, name)
    elif data.startswith(PNG_SIGNATURE):
        result = _strip_png(data, name)
    elif data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        result = _strip_webp(data, name)
    elif is_heif(data):
        return _strip_heif(data, name)  # verified inside: its pixels cannot match exactly
    else:
        raise ImageError(f"{name}: JPEG・PNG・WebP・HEIC 以外の形式は位置情報を消せません")
    _verify(data, result.data, name)
    return result


def output_paths(files: list[Path], out: Path) -> list[Path]:
    """Where each cleaned copy goes (``out/<name>``), refusing to touch an original."""
    targets = [out / f.name for f in files]
    seen: dict[Path, Path] = {}
    for f, t in zip(files, targets, strict=True):
        if t in seen:
            raise InputError(f"{f} と {seen[t]} は同じ名前です: 別々に --out を指定してください")
        seen[t] = f
        if t.resolve() == f.resolve() or (t.exists() and t.samefile(f)):
            raise InputError(f"{f}: 元の画像と同じ場所には書き出せません (--out に別のフォルダを指定してください)")
    return targets


# --- JPEG ---------------------------------------------------------------------------


def _segments(data: bytes, name: str):
    """Yield (marker, start, end) for each segment up to and including SOS's scan data.

    After SOS the entropy-coded data runs until the next marker that is not a stuffed
    0xFF00 or a restart marker; progressive files have several scans, so parsing resumes
    there until EOI.
    """
    i = 2
    n = len(data)
    while i < n:
        if data[i] != 0xFF:
            raise ImageError(f"{name}: JPEG の構造が壊れています (位置 {i})")
        while i < n and data[i] == 0xFF:  # fill bytes
            i += 1
        if i >= n:
            break
        marker = data[i]
        start = i - 1
        i += 1
        if marker == _EOI:
            yield marker, start, i
            return
        if marker in _STANDALONE:
            yield marker, start, i
            continue
        if i + 2 > n:
            break
        (length,) = struct.unpack(">H", data[i : i + 2])
        if length < 2 or i + length > n:
            raise ImageError(f"{name}: JPEG が途中で切れています")
        end = i + length
        if marker == _SOS:
            # Scan data: advance to the next real marker.
            j = end
            while True:
                j = data.find(b"\xff", j)
                if j < 0 or j + 1 >= n:
                    raise ImageError(f"{name}: JPEG が途中で切れています (終端がありません)")
                nxt = data[j + 1]
                if nxt == 0x00 or 0xD0 <= nxt <= 0xD7 or nxt == 0xFF:
                    j += 1 if nxt == 0xFF else 2
                    continue
                break
            end = j
        yield marker, start, end
        i = end
    raise ImageError(f"{name}: JPEG が途中で切れています (終端がありません)")


def _orientation_exif(data: bytes) -> bytes | None:
    """A minimal EXIF APP1 payload holding only the original's Orientation (if not 1)."""
    import io

    try:
        with Image.open(io.BytesIO(data)) as img:
            orientation = img.getexif().get(ExifTags.Base.Orientation)
    except Exception:  # no readable orientation: write none
        return None
    if not isinstance(orientation, int) or orientation == 1 or not 1 <= orientation <= 8:
        return None
    exif = Image.Exif()
    exif[ExifTags.Base.Orientation] = orientation
    return exif.tobytes()  # starts with b"Exif\0\0"


def _strip_jpeg(data: bytes, name: str) -> StripResult:
    out = bytearray(_SOI)
    removed: set[str] = set()
    orientation = _orientation_exif(data)
    wrote_exif = False
    end_of_image = None
    for marker, start, end in _segments(data, name):
        payload = data[start + 4 : end] if marker not in _STANDALONE and marker != _EOI else b""
        keep = True
        if marker == _APP0:
            keep = payload.startswith(b"JFIF\x00")  # JFXX carries a thumbnail
            if not keep:
                removed.add("JFXX サムネイル")
        elif marker == _APP1:
            keep = False
            removed.add("EXIF (位置情報・撮影日時・機種など)" if payload.startswith(b"Exif") else "XMP")
        elif marker == _APP2:
            keep = payload.startswith(b"ICC_PROFILE\x00")
            if not keep:
                removed.add("APP2 (MPF など)")
        elif marker == _APP13:
            keep = False
            removed.add("IPTC/Photoshop")
        elif marker == _APP14:
            keep = payload.startswith(b"Adobe")
        elif 0xE3 <= marker <= 0xEF:
            keep = False
            removed.add(f"APP{marker - 0xE0}")
        elif marker == _COM:
            keep = False
            removed.add("コメント")
        if not keep:
            continue
        if orientation and not wrote_exif and marker not in (_APP0,):
            # EXIF belongs right after JFIF (or SOI): insert it before the first other segment.
            out += b"\xff\xe1" + struct.pack(">H", len(orientation) + 2) + orientation
            wrote_exif = True
        out += data[start:end]
        if marker == _EOI:
            end_of_image = end
    if end_of_image is not None and end_of_image < len(data) and data[end_of_image:].strip(b"\x00"):
        removed.add("画像の後ろに付いたデータ")
    return StripResult(bytes(out), "JPEG", sorted(removed))


# --- PNG ----------------------------------------------------------------------------


def _png_chunk(ctype: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + ctype + body + struct.pack(">I", zlib.crc32(ctype + body))


def _strip_png(data: bytes, name: str) -> StripResult:
    out = bytearray(PNG_SIGNATURE)
    removed: set[str] = set()
    orientation = _orientation_exif(data)
    i = len(PNG_SIGNATURE)
    while i + 12 <= len(data):
        (length,) = struct.unpack(">I", data[i : i + 4])
        ctype = data[i + 4 : i + 8]
        end = i + 12 + length
        if end > len(data):
            raise ImageError(f"{name}: PNG が途中で切れています")
        if ctype in PNG_KEEP:
            if orientation and ctype == b"IDAT":
                # Only the Orientation tag survives, in an eXIf chunk before the pixels.
                out += _png_chunk(b"eXIf", orientation[len(b"Exif\0\0") :])
                orientation = None
            out += data[i:end]
        else:
            removed.add(_PNG_NAMES.get(ctype, ctype.decode("latin-1")))
        i = end
        if ctype == b"IEND":
            break
    else:
        raise ImageError(f"{name}: PNG が途中で切れています")
    return StripResult(bytes(out), "PNG", sorted(removed))


# --- WebP ---------------------------------------------------------------------------


def _strip_webp(data: bytes, name: str) -> StripResult:
    chunks = []
    removed: set[str] = set()
    i = 12
    riff_end = min(len(data), 8 + struct.unpack("<I", data[4:8])[0])
    while i + 8 <= riff_end:
        ctype = data[i : i + 4]
        (size,) = struct.unpack("<I", data[i + 4 : i + 8])
        end = i + 8 + size + (size & 1)
        if i + 8 + size > len(data):
            raise ImageError(f"{name}: WebP が途中で切れています")
        if ctype in (b"EXIF", b"XMP "):
            removed.add(ctype.decode().strip())
        else:
            chunks.append(bytearray(data[i : min(end, len(data))]))
        i = end
    for c in chunks:
        if c[:4] == b"VP8X" and len(c) >= 9:
            c[8] &= ~0x0C & 0xFF  # clear the EXIF (0x08) and XMP (0x04) flags
    body = b"WEBP" + b"".join(bytes(c) for c in chunks)
    return StripResult(b"RIFF" + struct.pack("<I", len(body)) + body, "WEBP", sorted(removed))


# --- HEIC/HEIF ----------------------------------------------------------------------


def _strip_heif(data: bytes, name: str) -> StripResult:
    import io

    import pillow_heif  # open_image has checked that it is there

    img = open_image(data, name)  # bomb guard, truncation, pillow-heif missing → ImageError
    removed = _heif_metadata(data)
    # libheif has applied irot/imir and pillow-heif reset EXIF Orientation to 1; a file
    # whose EXIF still says otherwise is turned here, so the copy shows the same picture.
    with_orientation = img
    with contextlib.suppress(Exception):
        with_orientation = ImageOps.exif_transpose(img)
    mode = "RGBA" if "A" in with_orientation.mode else "RGB"
    pixels = with_orientation.convert(mode)
    # A fresh image: nothing of the original's ``info`` (EXIF, XMP, thumbnails) comes along.
    clean = Image.frombytes(mode, pixels.size, pixels.tobytes())
    colour = {}
    if img.info.get("icc_profile"):
        colour["icc_profile"] = img.info["icc_profile"]
    elif img.info.get("nclx_profile"):
        colour["nclx_profile"] = img.info["nclx_profile"]
    buf = io.BytesIO()
    try:
        clean.save(buf, "HEIF", quality=HEIC_QUALITY, exif=None, xmp=None,
                   enc_params={"preset": HEIC_PRESET}, **colour)
    except KeyError:  # pillow-heif built without an HEVC encoder registers no saver
        raise ImageError(f"{name}: この環境では HEIC を書き出せません (pillow-heif に HEVC エンコーダがありません)") from None
    except (OSError, ValueError, RuntimeError) as exc:
        raise ImageError(f"{name}: HEIC を書き出せませんでした ({exc})") from None
    out = buf.getvalue()
    _verify_heif(pixels, out, name, pillow_heif)
    return StripResult(out, "HEIF", removed, reencoded=True)


def _heif_metadata(data: bytes) -> list[str]:
    """What the original container carries besides the primary image, for the output line."""
    import io

    import pillow_heif

    removed: set[str] = set()
    try:
        heif = pillow_heif.open_heif(io.BytesIO(data))
        primary = heif.info
        if primary.get("exif"):
            removed.add("EXIF (位置情報・撮影日時・機種など)")
        if primary.get("xmp"):
            removed.add("XMP")
        if primary.get("metadata"):
            removed |= {f"メタデータ ({m.get('type', '?')})" for m in primary["metadata"]}
        if primary.get("thumbnails"):
            removed.add("サムネイル")
        if primary.get("depth_images"):
            removed.add("深度マップ")
        if primary.get("aux"):
            removed.add("補助画像 (HDR ゲインマップなど)")
        if len(heif) > 1:
            removed.add(f"主画像以外の画像 {len(heif) - 1} 枚")
    except Exception:  # the decoder already accepted the file; this is only the listing
        pass
    return sorted(removed)


def _verify_heif(original: Image.Image, cleaned: bytes, name: str, pillow_heif) -> None:
    """Close pixels, same size, and no EXIF/XMP/metadata items in the copy."""
    import io

    import numpy as np

    b = open_image(cleaned, name)
    if b.size != original.size:
        raise ImageError(f"{name}: 再エンコード後の大きさが元と違います (書き出しを中止しました)")
    mode = original.mode
    diff = np.abs(
        np.asarray(original, dtype=np.int16) - np.asarray(b.convert(mode), dtype=np.int16)
    ).mean()
    if diff > HEIC_MAX_MEAN_DIFF:
        raise ImageError(f"{name}: 再エンコード後の画素が元と大きく違います (書き出しを中止しました)")
    copy = pillow_heif.open_heif(io.BytesIO(cleaned)).info
    if copy.get("exif") or copy.get("xmp") or copy.get("metadata") or b.getexif():
        raise ImageError(f"{name}: メタデータを消しきれませんでした (書き出しを中止しました)")


# --- check --------------------------------------------------------------------------


def _verify(original: bytes, cleaned: bytes, name: str) -> None:
    """Same pixels, no GPS, no EXIF beyond Orientation — or an error, never a bad copy."""
    a = open_image(original, name)
    b = open_image(cleaned, name)
    if a.size != b.size or a.mode != b.mode or a.tobytes() != b.tobytes():
        raise ImageError(f"{name}: 削除後の画素が元と一致しません (書き出しを中止しました)")
    exif = b.getexif()
    if exif.get_ifd(ExifTags.IFD.GPSInfo) or set(exif) - {ExifTags.Base.Orientation}:
        raise ImageError(f"{name}: メタデータを消しきれませんでした (書き出しを中止しました)")
