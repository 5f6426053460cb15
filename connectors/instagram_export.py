"""Instagram's "Download your information" export (JSON format), as a folder or a .zip.

Posts are in ``your_instagram_activity/content/posts_1.json`` (``posts_2.json`` …),
reels in ``reels.json`` and stories in ``stories.json`` (older exports put ``content/``
at the top). The caption is the post's ``title``, or the single media item's ``title``;
photo EXIF in ``media_metadata.photo_metadata.exif_data`` may hold the GPS position.
The profile is ``personal_information/personal_information/personal_information.json``;
only what a visitor sees (name, username, bio, website) becomes the ``Profile``.

The export writes UTF-8 text as if each byte were a latin-1 character ("mojibake":
``æ¸\x8bè°·`` for 渋谷); every string is repaired where that round-trips.

A zip is read member by member and never extracted (like ``x_archive``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath
from typing import Any

from auditor.errors import InputError
from auditor.model import Geo, Media, Post, Profile
from connectors.archive import ArchiveReader, ArchiveRefused

PLATFORM = "instagram"
MAX_MEMBERS = 500_000
MAX_JSON_BYTES = 512 * 1024**2
MAX_TOTAL_BYTES = 64 * 1024**3

_CONTENT = re.compile(r"(?:^|/)content/(posts_\d+|reels|stories)\.json$")
_PROFILE = re.compile(r"(?:^|/)personal_information/personal_information\.json$")
_VIDEO_EXT = {".mp4", ".mov", ".m4v", ".webm"}


def sniff(path: Path) -> bool:
    try:
        with _Box(Path(path)) as box:
            return bool(box.content_files())
    except ArchiveRefused:
        raise
    except InputError:
        return False


def repair_mojibake(text: str) -> str:
    """Undo the export's UTF-8-read-as-latin-1 encoding; leave other text as it is."""
    try:
        return text.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return text


def _fix(value: Any) -> Any:
    if isinstance(value, str):
        return repair_mojibake(value)
    if isinstance(value, list):
        return [_fix(v) for v in value]
    if isinstance(value, dict):
        return {k: _fix(v) for k, v in value.items()}
    return value


class _Box:
    """The export's members, found wherever the export's folders put them."""

    def __init__(self, path: Path) -> None:
        self.reader = ArchiveReader(
            path, what="Instagram のデータ", max_members=MAX_MEMBERS,
            max_member_bytes=MAX_JSON_BYTES, max_total_bytes=MAX_TOTAL_BYTES,
        )
        self.names = self.reader.names

    def __enter__(self) -> _Box:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.reader.close()

    def content_files(self) -> list[str]:
        found = [n for n in self.names if _CONTENT.search(n)]
        return sorted(found, key=_content_order)

    def profile_file(self) -> str | None:
        return next((n for n in self.names if _PROFILE.search(n)), None)

    def read_json(self, name: str) -> Any:
        try:
            return json.loads(self.reader.read_bytes(name).decode("utf-8-sig"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise InputError(f"{name}: JSON として読めません") from exc

    def locate(self, root: str, uri: str) -> tuple[str | None, str | None]:
        """(path, archive) of a media ``uri`` (relative to the export root), if present."""
        if not uri:
            return None, None
        return self.reader.locate(root + uri)


def _content_order(name: str) -> tuple[int, int, str]:
    stem = PurePosixPath(name).stem
    kind = {"reels": 1, "stories": 2}.get(stem, 0)
    num = int(stem.split("_")[1]) if stem.startswith("posts_") else 0
    return kind, num, name


def _export_root(content_name: str) -> str:
    """The folder media ``uri`` values are relative to: the one holding ``content/`` or
    ``your_instagram_activity/``."""
    parts = PurePosixPath(content_name).parts
    for marker in ("your_instagram_activity", "content"):
        if marker in parts:
            i = parts.index(marker)
            return "".join(p + "/" for p in parts[:i])
    return ""


class InstagramExport:
    platform = PLATFORM

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.warnings: list[str] = []
        self.state: dict[str, Any] = {}
        self._box = _Box(self.path)
        self._files = self._box.content_files()
        if not self._files:
            self._box.close()
            raise InputError(
                f"{self.path.name}: Instagram のデータではありません (content/posts_1.json が見つかりません)"
            )
        self._profile: Profile | None = None

    def close(self) -> None:
        self._box.close()

    def profile(self) -> Profile:
        if self._profile is None:
            fields: dict[str, str] = {}
            name = self._box.profile_file()
            if name:
                try:
                    fields = _profile_fields(_fix(self._box.read_json(name)))
                except InputError as exc:
                    self.warnings.append(f"プロフィールを読めませんでした: {exc}")
            private = fields.get("private", "").lower() in {"true", "1", "yes", "はい"}
            self._profile = Profile(
                platform=PLATFORM,
                handle=fields.get("username") or self.path.stem,
                display_name=fields.get("name"),
                bio=fields.get("bio"),
                url=fields.get("website"),
                is_private=private,
            )
        return self._profile

    def posts(self) -> Iterator[Post]:
        handle = self.profile().handle
        seen: set[str] = set()
        for name in self._files:
            data = _fix(self._box.read_json(name))
            root = _export_root(name)
            for n, item in enumerate(_items(data)):
                post = self._post(item, name, n, root, handle)
                if post is not None and post.id not in seen:
                    seen.add(post.id)
                    yield post

    def _post(self, item: Any, name: str, n: int, root: str, handle: str) -> Post | None:
        if not isinstance(item, dict):
            return None
        media_items = [m for m in item.get("media") or [] if isinstance(m, dict)]
        if not media_items and item.get("uri"):
            media_items = [item]  # stories and old exports: the item is the media
        caption = _str(item.get("title"))
        if caption is None:
            captions = [t for t in (_str(m.get("title")) for m in media_items) if t]
            caption = captions[0] if captions else None
        ts = item.get("creation_timestamp")
        if not isinstance(ts, int | float):
            ts = next((m.get("creation_timestamp") for m in media_items
                       if isinstance(m.get("creation_timestamp"), int | float)), None)
        created_at = datetime.fromtimestamp(ts, UTC) if isinstance(ts, int | float) else None
        if caption is None and not media_items:
            return None
        media, geo = [], None
        for m in media_items:
            uri = _str(m.get("uri")) or ""
            path, archive = self._box.locate(root, uri)
            kind = "video" if PurePosixPath(uri).suffix.lower() in _VIDEO_EXT else "photo"
            media.append(Media(kind=kind, path=path, archive=archive))
            geo = geo or _exif_geo(m)
        kind = PurePosixPath(name).stem
        first_uri = _str(media_items[0].get("uri")) if media_items else None
        # The export has no post ids: the first media file name is unique and stable.
        pid = PurePosixPath(first_uri).stem if first_uri else f"{kind}-{ts}-{n}"
        return Post(
            platform=PLATFORM,
            id=pid,
            text=caption or "",
            created_at=created_at,
            media=media,
            geo=geo,
        )


def _items(data: Any) -> list[Any]:
    if isinstance(data, list):
        return data
    if isinstance(data, dict):
        for key in ("ig_reels_media", "ig_stories", "ig_posts"):
            if isinstance(data.get(key), list):
                return data[key]
    return []


def _exif_geo(m: dict[str, Any]) -> Geo | None:
    meta = m.get("media_metadata") if isinstance(m.get("media_metadata"), dict) else {}
    for kind in ("photo_metadata", "video_metadata"):
        exif = (meta.get(kind) or {}).get("exif_data") if isinstance(meta.get(kind), dict) else None
        for entry in exif if isinstance(exif, list) else []:
            if not isinstance(entry, dict):
                continue
            lat, lon = _coord(entry.get("latitude"), 90), _coord(entry.get("longitude"), 180)
            if lat is not None and lon is not None and (lat, lon) != (0.0, 0.0):
                return Geo(lat=lat, lon=lon)
    return None


def _coord(v: Any, limit: float) -> float | None:
    try:
        f = float(v)
    except (TypeError, ValueError):
        return None
    return f if f == f and abs(f) <= limit else None


def _str(v: Any) -> str | None:
    return v if isinstance(v, str) and v.strip() else None


# The labels of personal_information.json, as English and Japanese exports write them.
_PROFILE_KEYS = {
    "username": ("Username", "ユーザーネーム"),
    "name": ("Name", "名前"),
    "bio": ("Bio", "自己紹介"),
    "website": ("Website", "ウェブサイト"),
    "private": ("Private Account", "非公開アカウント"),
}


def _profile_fields(data: Any) -> dict[str, str]:
    users = data.get("profile_user") if isinstance(data, dict) else None
    entry = users[0] if isinstance(users, list) and users and isinstance(users[0], dict) else {}
    smap = entry.get("string_map_data") if isinstance(entry.get("string_map_data"), dict) else {}
    out = {}
    for field, labels in _PROFILE_KEYS.items():
        for label in labels:
            value = (smap.get(label) or {}).get("value") if isinstance(smap.get(label), dict) else None
            if isinstance(value, str) and value.strip():
                out[field] = value.strip()
                break
    return out


def open_source(path: str | Path, **_: Any) -> InstagramExport:
    return InstagramExport(Path(path))
