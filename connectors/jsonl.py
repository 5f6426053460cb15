"""One post a line: ``{"id", "text", "created_at"?, "url"?, "geo"?, "media"?}``.

The simplest way to audit posts from anywhere: export them to JSONL yourself.
An optional first line ``{"profile": {...}}`` fills the profile.

Bad lines are skipped, counted and reported in ``warnings`` rather than failing the
whole file: one broken line in a hand-made export should not block an audit. A file
with no usable line at all is an error.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from auditor.errors import InputError
from auditor.model import Geo, Media, Post, Profile
from connectors.base import parse_datetime

PLATFORM = "jsonl"
#: Longer lines are not posts; reading them whole would only cost memory.
MAX_LINE_BYTES = 1_000_000


def sniff(path: Path) -> bool:
    return path.is_file() and path.suffix.lower() in {".jsonl", ".ndjson"}


def read_records(path: Path, warnings: list[str] | None = None) -> Iterator[dict[str, Any]]:
    """Yield each valid line as a dict with at least a string ``id`` and ``text``."""
    path = Path(path)
    if not path.exists():
        raise InputError(f"{path}: ファイルが見つかりません")
    if path.is_dir():
        raise InputError(f"{path}: フォルダです。JSONL ファイルを指定してください")
    skipped = 0
    yielded = 0
    try:
        fh = path.open("rb")
    except OSError as exc:
        raise InputError(f"{path}: 開けません ({exc.strerror})") from exc
    with fh:
        for n, raw in enumerate(_lines(fh), 1):
            if raw is None:
                skipped += 1
                _note(warnings, f"{path.name}:{n}: 行が長すぎるため読み飛ばしました")
                continue
            if not raw.strip():
                continue
            try:
                rec = json.loads(raw.decode("utf-8-sig"))
            except (UnicodeDecodeError, json.JSONDecodeError):
                skipped += 1
                _note(warnings, f"{path.name}:{n}: JSON として読めない行を読み飛ばしました")
                continue
            if isinstance(rec, dict) and "profile" in rec and "text" not in rec:
                yield rec
                continue
            if not (isinstance(rec, dict) and "id" in rec and isinstance(rec.get("text"), str)):
                skipped += 1
                _note(warnings, f"{path.name}:{n}: id と text のない行を読み飛ばしました")
                continue
            if not isinstance(rec["id"], str | int) or isinstance(rec["id"], bool):
                skipped += 1
                _note(warnings, f"{path.name}:{n}: id が文字列でも数でもない行を読み飛ばしました")
                continue
            rec["id"] = str(rec["id"])
            yielded += 1
            yield rec
    if skipped and warnings is not None:
        warnings.append(f"{path.name}: {skipped} 行を読み飛ばしました")
    if yielded == 0 and skipped:
        raise InputError(f"{path}: 読める投稿が 1 行もありません ({skipped} 行が不正)")


def _lines(fh) -> Iterator[bytes | None]:
    """Lines of a binary file; ``None`` stands for a line over ``MAX_LINE_BYTES``."""
    while True:
        line = fh.readline(MAX_LINE_BYTES + 1)
        if not line:
            return
        if len(line) > MAX_LINE_BYTES and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):  # drain the rest of the long line
                line = fh.readline(MAX_LINE_BYTES + 1)
            yield None
            continue
        yield line


def _note(warnings: list[str] | None, message: str) -> None:
    # Keep the first few line-level notes; the total is reported at the end.
    if warnings is not None and len(warnings) < 20:
        warnings.append(message)


class JsonlSource:
    platform = PLATFORM

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.warnings: list[str] = []
        self.state: dict[str, Any] = {}
        self._profile: Profile | None = None
        if not self.path.exists():
            raise InputError(f"{self.path}: ファイルが見つかりません")

    def profile(self) -> Profile:
        if self._profile is None:
            self._profile = Profile(platform=PLATFORM, handle=self.path.stem)
            with self.path.open("rb") as fh:
                first = fh.readline(MAX_LINE_BYTES)
            try:
                rec = json.loads(first.decode("utf-8-sig")) if first.strip() else None
            except (UnicodeDecodeError, json.JSONDecodeError):
                rec = None
            if isinstance(rec, dict) and isinstance(rec.get("profile"), dict):
                p = rec["profile"]
                self._profile = Profile(
                    platform=str(p.get("platform") or PLATFORM),
                    handle=str(p.get("handle") or self.path.stem),
                    display_name=_opt_str(p.get("display_name")),
                    bio=_opt_str(p.get("bio")),
                    location=_opt_str(p.get("location")),
                    url=_opt_str(p.get("url")),
                    is_private=bool(p.get("is_private", False)),
                )
        return self._profile

    def posts(self) -> Iterator[Post]:
        platform = self.profile().platform
        for rec in read_records(self.path, self.warnings):
            if "profile" in rec and "text" not in rec:
                continue
            try:
                yield _post(platform, rec)
            except InputError as exc:
                self.warnings.append(f"{self.path.name}: id={rec['id'][:40]}: {exc}")


def _post(platform: str, rec: dict[str, Any]) -> Post:
    created = rec.get("created_at")
    return Post(
        platform=platform,
        id=rec["id"],
        text=rec["text"],
        created_at=parse_datetime(created) if created not in (None, "") else None,
        url=_opt_str(rec.get("url")),
        geo=_geo(rec.get("geo")),
        media=_media(rec.get("media")),
        is_reply=bool(rec.get("is_reply", False)),
        is_repost=bool(rec.get("is_repost", False)),
        lang=_opt_str(rec.get("lang")),
    )


def _opt_str(v: Any) -> str | None:
    return v if isinstance(v, str) and v else None


def _opt_float(v: Any) -> float | None:
    try:
        f = float(v)
    except (TypeError, ValueError):
        return None
    return f if -180.0 <= f <= 180.0 else None


def _geo(g: Any) -> Geo | None:
    if not isinstance(g, dict):
        return None
    geo = Geo(
        lat=_opt_float(g.get("lat")),
        lon=_opt_float(g.get("lon")),
        place_name=_opt_str(g.get("place_name") or g.get("place")),
    )
    if geo.lat is not None and abs(geo.lat) > 90:
        geo = Geo(lat=None, lon=None, place_name=geo.place_name)
    return geo if geo.has_point or geo.place_name else None


def _media(m: Any) -> list[Media]:
    if not isinstance(m, list):
        return []
    out = []
    for item in m:
        if isinstance(item, str):
            out.append(Media(path=item) if not item.startswith("http") else Media(url=item))
        elif isinstance(item, dict):
            out.append(
                Media(
                    kind=_opt_str(item.get("kind") or item.get("type")) or "photo",
                    path=_opt_str(item.get("path")),
                    url=_opt_str(item.get("url")),
                    alt_text=_opt_str(item.get("alt_text") or item.get("alt")),
                )
            )
    return out


def open_source(path: str | Path, **_: Any) -> JsonlSource:
    return JsonlSource(Path(path))
