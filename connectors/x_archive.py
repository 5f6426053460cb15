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
import io
import json
import re
import zipfile
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path, PurePosixPath
from typing import IO, Any

from auditor.errors import InputError
from auditor.model import Geo, Media, Post, Profile

PLATFORM = "x"
MAX_MEMBERS = 200_000
MAX_MEMBER_BYTES = 4 * 1024**3  # a 50k-post tweets.js is ~150 MB; 4 GB is clearly hostile
MAX_TOTAL_BYTES = 64 * 1024**3
_CHUNK = 1 << 20

_PREFIX = re.compile(r"\s*window\.YTD\.([A-Za-z0-9_]+)\.part(\d+)\s*=\s*")
_TWEET_FILE = re.compile(r"data/(tweets?)(?:-part(\d+))?\.js")
_CREATED_AT = "%a %b %d %H:%M:%S %z %Y"


def sniff(path: Path) -> bool:
    """True for a zip or folder that looks like an X archive."""
    try:
        with _open_container(Path(path)) as box:
            return bool(box.tweet_files())
    except InputError:
        return False


class _Container:
    """Uniform read access to an archive folder or zip, by archive-relative names."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.zip: zipfile.ZipFile | None = None
        self.root: Path | None = None
        self.prefix = ""  # zips sometimes wrap everything in one top folder
        self.names: list[str] = []

    def __enter__(self) -> _Container:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self.zip is not None:
            self.zip.close()
            self.zip = None

    def tweet_files(self) -> list[str]:
        found = []
        for name in self.names:
            m = _TWEET_FILE.fullmatch(name[len(self.prefix) :]) if name.startswith(self.prefix) else None
            if m:
                found.append((m.group(1) != "tweets", int(m.group(2) or 0), name))
        # New-style "tweets" before old-style "tweet"; parts in order.
        return [name for _old, _part, name in sorted(found)]

    def has(self, name: str) -> bool:
        return (self.prefix + name) in self._name_set

    def open_text(self, name: str) -> IO[str]:
        full = name if name.startswith(self.prefix) else self.prefix + name
        if self.zip is not None:
            info = self.zip.getinfo(full)
            if info.file_size > MAX_MEMBER_BYTES:
                raise InputError(f"{full}: 大きすぎます ({info.file_size:,} バイト)")
            raw: IO[bytes] = self.zip.open(info)
        else:
            assert self.root is not None
            raw = (self.root / full).open("rb")
        return io.TextIOWrapper(raw, encoding="utf-8-sig", errors="strict")

    def locate(self, name: str) -> tuple[str | None, str | None]:
        """(path, archive) for a media member, or (None, None) when absent."""
        full = self.prefix + name
        if full not in self._name_set:
            return None, None
        if self.zip is not None:
            return full, str(self.path)
        assert self.root is not None
        return str(self.root / full), None

    @property
    def _name_set(self) -> set[str]:
        if not hasattr(self, "_names_cache"):
            self._names_cache = set(self.names)
        return self._names_cache


def _open_container(path: Path) -> _Container:
    if not path.exists():
        raise InputError(f"{path}: 見つかりません")
    box = _Container(path)
    if path.is_dir():
        root = path
        if root.name == "data" and ((root / "tweets.js").exists() or (root / "tweet.js").exists()):
            root = root.parent
        box.root = root
        data = root / "data"
        if data.is_dir():
            box.names = [
                "data/" + p.relative_to(data).as_posix()
                for p in data.rglob("*")
                if p.is_file() and not p.is_symlink()
            ]
        return box
    try:
        zf = zipfile.ZipFile(path)
    except zipfile.BadZipFile as exc:
        raise InputError(f"{path.name}: zip ファイルとして読めません (壊れているか zip ではありません)") from exc
    except OSError as exc:
        raise InputError(f"{path}: 開けません ({exc.strerror})") from exc
    infos = zf.infolist()
    if len(infos) > MAX_MEMBERS:
        zf.close()
        raise InputError(f"{path.name}: ファイル数が多すぎます ({len(infos):,})。X のアーカイブではないようです")
    if sum(i.file_size for i in infos) > MAX_TOTAL_BYTES:
        zf.close()
        raise InputError(f"{path.name}: 展開後のサイズが大きすぎます (zip 爆弾の可能性)")
    box.zip = zf
    box.names = [i.filename for i in infos if not i.is_dir() and _safe_member(i.filename)]
    tops = {n.split("/", 1)[0] for n in box.names if "/data/" in "/" + n}
    if not any(n.startswith("data/") for n in box.names) and len(tops) == 1:
        box.prefix = tops.pop() + "/"
    return box


def _safe_member(name: str) -> bool:
    # Never trust member names: we only read members by exact name, but skip names that
    # point outside the archive so nothing downstream is tempted to use them as paths.
    p = PurePosixPath(name)
    return not (p.is_absolute() or ".." in p.parts or "\\" in name or name.startswith("/"))


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
        self._box = _open_container(self.path)
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
            created_at = datetime.strptime(str(t.get("created_at")), _CREATED_AT)
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
