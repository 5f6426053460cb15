"""Optional: keep a local copy of live posts' images (``auditor scan … --thumbnails DIR``).

Live connectors only record where the platform serves each image (``Media.url``); the
photo analysis needs files. Nothing is downloaded unless the user asks. Each image is
fetched once (the file name is a hash of its URL), size-capped, and written private
(0600 in a 0700 folder): a folder of someone's photos is as sensitive as the report.
A failed download is counted and skipped, never fatal.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from auditor.model import Post

MAX_BYTES = 15 * 1024**2
_EXT = {"image/jpeg": ".jpg", "image/png": ".png", "image/webp": ".webp", "image/gif": ".gif",
        "image/heic": ".heic", "image/avif": ".avif"}


def _default_get(url: str) -> Any:
    import requests

    return requests.get(url, timeout=30, stream=True)


def save_thumbnails(
    posts: list[Post], folder: Path, *, get: Callable[[str], Any] = _default_get
) -> tuple[list[Post], int]:
    """Posts with ``Media.path`` set where an image was saved; and the number that failed."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    failed = 0
    out = []
    for post in posts:
        media = []
        for m in post.media:
            if m.url and not (m.path and Path(m.path).is_file()) and m.url.startswith("https://"):
                path = _fetch(m.url, folder, get)
                if path is None:
                    failed += 1
                else:
                    m = replace(m, path=str(path))
            media.append(m)
        out.append(replace(post, media=media) if media != post.media else post)
    return out, failed


def _fetch(url: str, folder: Path, get: Callable[[str], Any]) -> Path | None:
    stem = hashlib.sha256(url.encode()).hexdigest()[:24]
    existing = next(folder.glob(stem + ".*"), None)
    if existing is not None:
        return existing
    try:
        resp = get(url)
        ctype = resp.headers.get("Content-Type", "").split(";")[0].strip().lower()
        if resp.status_code != 200 or ctype not in _EXT:
            return None
        data = b""
        for chunk in resp.iter_content(1 << 16):
            data += chunk
            if len(data) > MAX_BYTES:
                return None
    except Exception:
        return None
    path = folder / (stem + _EXT[ctype])
    tmp = path.with_suffix(path.suffix + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
    os.replace(tmp, path)
    return path
