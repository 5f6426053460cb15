"""Reading image bytes and decoding them with Pillow, safely.

Images are hostile input like post text. Pillow is the only decoder that ever sees the
bytes (OCR and face detection get its pixels, never the file), and its
decompression-bomb guard stays on: ``Image.MAX_IMAGE_PIXELS`` is never changed, and both
``DecompressionBombWarning`` and ``DecompressionBombError`` become a one-line
``ImageError``, as do truncated and unreadable files. Zip members are read in memory,
never extracted.

HEIC/HEIF (iPhone originals) is decoded by ``pillow-heif`` (the ``photos`` extra), whose
Pillow opener is registered on first use, only when a file looks like HEIF: nothing imports
it for JPEG/PNG or text-only scans. Its images go through ``Image.open`` like any other, so
the bomb guard applies to them too. libheif applies the container's rotation (``irot``/
``imir``) while decoding and pillow-heif resets the EXIF Orientation to 1, so the pixels
are already upright. Without pillow-heif a HEIC file is a one-line ``HeifUnavailable``.
"""

from __future__ import annotations

import contextlib
import functools
import io
import warnings
import zipfile
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError

from auditor.errors import InputError
from auditor.model import Media

#: Larger files are refused before reading (a phone photo is 2–15 MB; RAW is not an image here).
MAX_FILE_BYTES = 64 * 1024**2
#: Extensions treated as photos when a folder is given.
IMAGE_SUFFIXES = frozenset(
    {".jpg", ".jpeg", ".png", ".webp", ".gif", ".bmp", ".tif", ".tiff", ".heic", ".heif", ".hif"}
)

#: ISO-BMFF major brands of HEIC/HEIF (iPhone originals): the ones pillow-heif opens.
HEIF_BRANDS = frozenset(
    {b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"hevm", b"hevs", b"mif1", b"msf1"}
)
_INSTALL_HINT = "pip install 'jp-exposure-auditor[photos]'"


class ImageError(InputError):
    """One image cannot be read; the message names it and says why, on one line."""


class HeifUnavailable(ImageError):
    """A HEIC/HEIF file, and pillow-heif is not installed: skipped with a notice in scans."""


def is_heif(data: bytes) -> bool:
    """True for bytes that start like a HEIC/HEIF file (an ``ftyp`` box with a HEIF brand)."""
    return data[4:8] == b"ftyp" and data[8:12] in HEIF_BRANDS


@functools.cache
def heif_support() -> str | None:
    """None once pillow-heif's opener is registered with Pillow, else why HEIC cannot be read.

    Called only for files that look like HEIF, so other scans never import pillow-heif.
    """
    try:
        import pillow_heif
    except ImportError:
        return f"pillow-heif が入っていません ({_INSTALL_HINT})"
    except Exception as exc:  # a broken native library: HEIC is skipped, the rest goes on
        return f"pillow-heif を読み込めません ({type(exc).__name__})"
    pillow_heif.register_heif_opener()
    return None


def describe(media: Media) -> str:
    """A name for messages and ``ImageFacts.path``: the file, or ``archive.zip!/member``."""
    if media.archive:
        return f"{media.archive}!/{media.path}"
    return media.path or media.url or "(画像)"


def read_bytes(media: Media) -> bytes:
    """The bytes of a local file or of a zip member, size-capped."""
    name = describe(media)
    if not media.path:
        raise ImageError(f"{name}: 手元にファイルがありません")
    try:
        if media.archive:
            zf = _open_zip(media.archive)
            info = zf.getinfo(media.path)
            _check_size(name, info.file_size)
            with zf.open(info) as fh:
                data = fh.read(MAX_FILE_BYTES + 1)
        else:
            path = Path(media.path)
            _check_size(name, path.stat().st_size)
            with path.open("rb") as fh:
                data = fh.read(MAX_FILE_BYTES + 1)
    except ImageError:
        raise
    except KeyError:
        raise ImageError(f"{name}: アーカイブの中に見つかりません") from None
    except FileNotFoundError:
        raise ImageError(f"{name}: 見つかりません") from None
    except IsADirectoryError:
        raise ImageError(f"{name}: フォルダです (画像ファイルを指定してください)") from None
    except (OSError, zipfile.BadZipFile, RuntimeError) as exc:
        # RuntimeError: an encrypted zip member.
        raise ImageError(f"{name}: 読めません ({getattr(exc, 'strerror', None) or exc})") from None
    _check_size(name, len(data))
    return data


def _open_zip(archive: str) -> zipfile.ZipFile:
    # Opening a zip reads its whole central directory; an archive with thousands of
    # photos would pay that again for every image, so the open file is kept.
    st = Path(archive).stat()
    return _open_zip_cached(archive, st.st_mtime_ns, st.st_size)


@functools.lru_cache(maxsize=4)
def _open_zip_cached(archive: str, _mtime_ns: int, _size: int) -> zipfile.ZipFile:
    return zipfile.ZipFile(archive)


def _check_size(name: str, size: int) -> None:
    if size > MAX_FILE_BYTES:
        raise ImageError(f"{name}: ファイルが大きすぎます ({size:,} バイト、上限 {MAX_FILE_BYTES:,})")


def open_image(data: bytes, name: str) -> Image.Image:
    """Decode fully (so truncation shows here), with the bomb guard as an error."""
    heif = is_heif(data)
    if heif and (why := heif_support()):
        raise HeifUnavailable(f"{name}: HEIC/HEIF 形式を読めないため調べませんでした: {why}")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            img = Image.open(io.BytesIO(data))
            img.load()
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise ImageError(f"{name}: 画像が大きすぎます ({_pixels(exc)}; 展開爆弾の可能性があるため読みません)") from None
    except UnidentifiedImageError:
        # pillow-heif refuses a damaged or cut-off container at open, so Pillow reports it
        # as unidentified: for a file that starts like HEIF, say what it is.
        if heif:
            raise ImageError(f"{name}: HEIC/HEIF 画像が壊れているか途中で切れています") from None
        if data[4:8] == b"ftyp" and data[8:12] in (b"avif", b"avis"):
            raise ImageError(f"{name}: AVIF 画像が壊れているか、この環境では読めません") from None
        raise ImageError(f"{name}: 画像として読めません (壊れているか、未対応の形式です)") from None
    except (OSError, SyntaxError, ValueError, EOFError, RuntimeError) as exc:
        # Pillow raises OSError("image file is truncated …") and, for some broken
        # headers, SyntaxError/ValueError; libheif's decode errors come through pillow-heif
        # as ValueError/RuntimeError: all are "this file is damaged" to a user.
        why = "途中で切れています" if "truncated" in str(exc) else f"壊れています ({exc})"
        raise ImageError(f"{name}: 画像が{why}") from None
    return img


def _pixels(exc: Exception) -> str:
    # Pillow's message: "Image size (N pixels) exceeds limit of M pixels, …"
    msg = str(exc)
    start = msg.find("(")
    end = msg.find(")", start)
    return msg[start + 1 : end] if 0 <= start < end else "画素数が上限を超えています"


def upright_rgb(img: Image.Image) -> Image.Image:
    """Pixels as a person sees them: EXIF orientation applied, RGB."""
    with contextlib.suppress(Exception):  # a broken orientation tag must not lose the image
        img = ImageOps.exif_transpose(img)
    if img.mode != "RGB":
        if img.mode in ("RGBA", "LA", "P", "PA"):
            # Transparent areas composited on white, as a viewer would show them.
            rgba = img.convert("RGBA")
            bg = Image.new("RGB", rgba.size, "white")
            bg.paste(rgba, mask=rgba.getchannel("A"))
            return bg
        img = img.convert("RGB")
    return img


def image_files(paths: list[Path]) -> list[Path]:
    """The files given, with folders expanded to the pictures inside them (recursively)."""
    out: list[Path] = []
    for p in paths:
        if p.is_dir():
            found = sorted(
                f for f in p.rglob("*")
                if f.is_file() and f.suffix.lower() in IMAGE_SUFFIXES
                and not any(part.startswith(".") for part in f.relative_to(p).parts)
            )
            if not found:
                raise InputError(f"{p}: 画像ファイルがありません")
            out += found
        else:
            out.append(p)
    return out
