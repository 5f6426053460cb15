"""X (Twitter) "Download your data" archive, as a .zip or an unpacked folder.

Reads ``data/tweets.js`` (older archives: ``data/tweet.js``) and its further parts
(``tweets-part1.js`` …), ``data/account.js`` and ``data/profile.js``; media files are
referenced where they exist under ``data/tweets_media/``. Each ``.js`` file is
``window.YTD.<name>.part<N> = [ … ]``; every number in it is a string.

Nothing is extracted: zip members are streamed, so a hostile archive cannot write
outside anything (zip-slip) and memory stays bounded however large ``tweets.js`` is.
Members larger than ``MAX_MEMBER_BYTES`` or archives with more than ``MAX_MEMBERS``
entries are refused (zip bombs).
"""

from __future__ import annotations

import html
import json
import re
import zipfile
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

from auditor.errors import InputError
from auditor.model import Geo, Media, Post, Profile
from connectors.archive import ArchiveReader, ArchiveRefused

PLATFORM = "x"
MAX_MEMBERS = 200_000
MAX_MEMBER_BYTES = 4 * 1024**3  # a 50k-post tweets.js is ~150 MB; 4 GB is clearly hostile
MAX_TOTAL_BYTES = 64 * 1024**3
_CHUNK = 1 << 20

_PREFIX = re.compile(r"\s*window\.YTD\.([A-Za-z0-9_]+)\.part(\d+)\s*=\s*")
_TWEET_FILE = re.compile(r"data/(tweets?)(?:-part(\d+))?\.js")
_CREATED_AT = "%a %b %d %H:%M:%S %z %Y"
_MONTHS = {m: i for i, m in enumerate(
    ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"), 1)}


def parse_created_at(text: str) -> datetime:
    """``Wed Mar 22 07:41:49 +0000 2017`` → aware datetime.

    ``strptime`` costs ~20 µs a call, which is most of reading a 50,000-post archive;
    the archive always writes this one fixed, English, UTC format, so it is split by
    hand, and anything else falls back to ``strptime`` (raising ValueError as it does).
    """
    parts = text.split()
    if len(parts) == 6 and parts[4] == "+0000" and parts[1] in _MONTHS:
        hh, mm, ss = parts[3].split(":") if parts[3].count(":") == 2 else ("x", "x", "x")
        if (hh + mm + ss + parts[2] + parts[5]).isdigit():
            return datetime(int(parts[5]), _MONTHS[parts[1]], int(parts[2]),
                            int(hh), int(mm), int(ss), tzinfo=UTC)
    return datetime.strptime(text, _CREATED_AT)


def sniff(path: Path) -> bool:
    """True for a zip or folder that looks like an X archive."""
    try:
        with _XBox(Path(path)) as box:
            return bool(box.tweet_files())
    except ArchiveRefused:
        raise
    except InputError:
        return False


class _XBox:
    """The archive's members, with the optional top folder some zips wrap it in."""

    def __init__(self, path: Path) -> None:
        root = path
        if path.is_dir() and path.name == "data" and (
            (path / "tweets.js").exists() or (path / "tweet.js").exists()
        ):
            root = path.parent
        self.reader = ArchiveReader(
            root, what="X のアーカイブ", max_members=MAX_MEMBERS,
            max_member_bytes=MAX_MEMBER_BYTES, max_total_bytes=MAX_TOTAL_BYTES, list_under="data",
        )
        self.prefix = ""
        names = self.reader.names
        tops = {n.split("/", 1)[0] for n in names if "/data/" in "/" + n}
        if not any(n.startswith("data/") for n in names) and len(tops) == 1:
            self.prefix = tops.pop() + "/"

    def __enter__(self) -> _XBox:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.reader.close()

    def tweet_files(self) -> list[str]:
        found = []
        for name in self.reader.names:
            m = _TWEET_FILE.fullmatch(name.removeprefix(self.prefix)) if name.startswith(self.prefix) else None
            if m:
                found.append((m.group(1) != "tweets", int(m.group(2) or 0), name.removeprefix(self.prefix)))
        # New-style "tweets" before old-style "tweet"; parts in order.
        return [name for _old, _part, name in sorted(found)]

    def has(self, name: str) -> bool:
        return self.reader.has(self.prefix + name)

    def open_text(self, name: str) -> IO[str]:
        return self.reader.open_text(self.prefix + name)

    def locate(self, name: str) -> tuple[str | None, str | None]:
        return self.reader.locate(self.prefix + name)


def iter_ytd_items(stream: IO[str], name: str) -> Iterator[Any]:
    """Stream the items of a ``window.YTD.x.partN = [...]`` file one at a time.

    Items are yielded as parsed; callers skip the ones that are not objects.
    """
    decoder = json.JSONDecoder()
    buf = stream.read(_CHUNK)
    # The prefix is short, but a tiny chunk size (or a slow stream) may split it.
    while "=" not in buf and len(buf) < 256:
        more = stream.read(_CHUNK)
        if not more:
            break
        buf += more
    m = _PREFIX.match(buf)
    if not m:
        if not buf.strip():
            raise InputError(f"{name}: 空のファイルです")
        raise InputError(
            f"{name}: 先頭が 'window.YTD.tweets.part0 = ' ではありません (X のアーカイブ形式ではありません)"
        )
    pos = m.end()
    eof = False

    def fill() -> bool:
        nonlocal buf, pos, eof
        more = stream.read(_CHUNK)
        if not more:
            eof = True
            return False
        buf = buf[pos:] + more
        pos = 0
        return True

    pos = _skip_ws(buf, pos)
    while pos >= len(buf) and fill():
        pos = _skip_ws(buf, pos)
    if pos >= len(buf) or buf[pos] != "[":
        raise InputError(f"{name}: JSON の配列がありません")
    pos += 1
    expect_item = True
    while True:
        pos = _skip_ws(buf, pos)
        if pos >= len(buf):
            if fill():
                continue
            raise InputError(f"{name}: JSON が途中で切れています")
        ch = buf[pos]
        if ch == "]":
            return
        if ch == ",":
            if expect_item:
                raise InputError(f"{name}: JSON の構文が不正です")
            expect_item = True
            pos += 1
            continue
        try:
            item, end = decoder.raw_decode(buf, pos)
        except json.JSONDecodeError as exc:
            if not eof and fill():
                continue
            raise InputError(f"{name}: JSON が途中で切れているか壊れています ({exc.msg})") from exc
        if end >= len(buf) and not eof and fill():
            # A number at the very end of the buffer may continue in the next chunk.
            continue
        yield item
        pos = end
        expect_item = False


def _skip_ws(buf: str, pos: int) -> int:
    n = len(buf)
    while pos < n and buf[pos] in " \t\r\n;":
        pos += 1
    return pos


class XArchive:
    platform = PLATFORM

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.warnings: list[str] = []
        self.state: dict[str, Any] = {}
        self._box = _XBox(self.path)
        self._files = self._box.tweet_files()
        if not self._files:
            self._box.close()
            raise InputError(
                f"{self.path.name}: X のアーカイブではありません (data/tweets.js が見つかりません)"
            )
        self._profile: Profile | None = None

    def close(self) -> None:
        self._box.close()

    def __enter__(self) -> XArchive:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _first_item(self, name: str, key: str) -> dict[str, Any]:
        if not self._box.has(name):
            return {}
        try:
            with self._box.open_text(name) as fh:
                for item in iter_ytd_items(fh, name):
                    value = item.get(key) if isinstance(item, dict) else None
                    return value if isinstance(value, dict) else {}
        except (InputError, UnicodeDecodeError) as exc:
            self.warnings.append(f"{name} を読めませんでした: {exc}")
        return {}

    def profile(self) -> Profile:
        if self._profile is None:
            account = self._first_item("data/account.js", "account")
            prof = self._first_item("data/profile.js", "profile")
            desc = prof.get("description") if isinstance(prof.get("description"), dict) else {}
            created = _opt_str(account.get("createdAt"))
            created_at = None
            if created:
                try:
                    created_at = datetime.fromisoformat(created.replace("Z", "+00:00"))
                except ValueError:
                    created_at = None
            if created_at is not None and created_at.tzinfo is None:
                created_at = None
            self._profile = Profile(
                platform=PLATFORM,
                handle=_opt_str(account.get("username")) or self.path.stem,
                display_name=_opt_str(account.get("accountDisplayName")),
                bio=_opt_str(desc.get("bio")),
                location=_opt_str(desc.get("location")),
                url=_opt_str(desc.get("website")),
                user_id=_opt_str(account.get("accountId")),
                created_at=created_at,
            )
        return self._profile

    def posts(self) -> Iterator[Post]:
        handle = self.profile().handle
        seen: set[str] = set()
        for name in self._files:
            try:
                with self._box.open_text(name) as fh:
                    for item in iter_ytd_items(fh, name):
                        tweet = item.get("tweet", item) if isinstance(item, dict) else item
                        post = self._post(tweet, handle, name)
                        if post is not None and post.id not in seen:
                            seen.add(post.id)
                            yield post
            except UnicodeDecodeError as exc:
                raise InputError(f"{name}: UTF-8 として読めません (文字コードが不正です)") from exc
            except (zipfile.BadZipFile, EOFError, OSError) as exc:
                raise InputError(f"{name}: アーカイブが壊れています ({exc})") from exc

    def _post(self, t: Any, handle: str, name: str) -> Post | None:
        if not isinstance(t, dict):
            self._skip(name, "要素が tweet オブジェクトではありません")
            return None
        tid = t.get("id_str", t.get("id"))
        if isinstance(tid, int) and not isinstance(tid, bool):
            tid = str(tid)
        if not isinstance(tid, str) or not tid.strip():
            self._skip(name, "id_str がありません")
            return None
        text = t.get("full_text", t.get("text"))
        if not isinstance(text, str):
            self._skip(name, f"id={tid[:30]}: full_text がありません")
            return None
        try:
            created_at = parse_created_at(str(t.get("created_at")))
        except ValueError:
            self._skip(name, f"id={tid[:30]}: created_at を読めません")
            created_at = None
        reply_to = _opt_str(t.get("in_reply_to_status_id_str")) or _opt_str(
            str(t["in_reply_to_status_id"]) if t.get("in_reply_to_status_id") else None
        )
        return Post(
            platform=PLATFORM,
            id=tid,
            # X escapes &, < and > in full_text; the post as written has the characters.
            text=html.unescape(text),
            created_at=created_at,
            url=f"https://x.com/{handle}/status/{tid}",
            media=self._media(t, tid),
            geo=_geo(t),
            is_reply=reply_to is not None,
            is_repost=text.startswith("RT @") or isinstance(t.get("retweeted_status"), dict),
            lang=_opt_str(t.get("lang")),
        )

    def _skip(self, name: str, why: str) -> None:
        if len(self.warnings) < 20:
            self.warnings.append(f"{name}: {why} (読み飛ばしました)")

    def _media(self, t: dict[str, Any], tid: str) -> list[Media]:
        ext = t.get("extended_entities") if isinstance(t.get("extended_entities"), dict) else None
        ent = t.get("entities") if isinstance(t.get("entities"), dict) else {}
        items = (ext or ent).get("media") or []
        out = []
        for m in items if isinstance(items, list) else []:
            if not isinstance(m, dict):
                continue
            url = _opt_str(m.get("media_url_https") or m.get("media_url"))
            path = archive = None
            if url:
                base = url.rsplit("/", 1)[-1]
                path, archive = self._box.locate(f"data/tweets_media/{tid}-{base}")
            out.append(
                Media(
                    kind=_opt_str(m.get("type")) or "photo",
                    path=path,
                    archive=archive,
                    url=url,
                    alt_text=_opt_str(m.get("ext_alt_text") or m.get("alt_text")),
                )
            )
        return out


def _opt_str(v: Any) -> str | None:
    return v if isinstance(v, str) and v.strip() else None


def _coord(v: Any) -> float | None:
    try:
        f = float(v)
    except (TypeError, ValueError):
        return None
    return f if f == f and abs(f) <= 180 else None  # NaN-safe


def _geo(t: dict[str, Any]) -> Geo | None:
    lat = lon = None
    coords = t.get("coordinates")
    if isinstance(coords, dict) and isinstance(coords.get("coordinates"), list):
        c = coords["coordinates"]
        if len(c) == 2:
            lon, lat = _coord(c[0]), _coord(c[1])
    geo = t.get("geo")
    if (lat is None or lon is None) and isinstance(geo, dict):
        c = geo.get("coordinates")
        if isinstance(c, list) and len(c) == 2:
            lat, lon = _coord(c[0]), _coord(c[1])
    if lat is not None and abs(lat) > 90:
        lat = lon = None
    place = t.get("place") if isinstance(t.get("place"), dict) else {}
    name = _opt_str(place.get("full_name")) or _opt_str(place.get("name"))
    if lat is None or lon is None:
        lat = lon = None
        if name is None:
            return None
    return Geo(
        lat=lat,
        lon=lon,
        place_name=name,
        place_type=_opt_str(place.get("place_type")),
        country_code=_opt_str(place.get("country_code")),
    )


def open_source(path: str | Path, **_: Any) -> XArchive:
    return XArchive(Path(path))
