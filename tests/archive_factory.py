"""Build X archives in the real "Download your data" format for tests.

Every number is a string and each file starts with ``window.YTD.<name>.part0 = `` as in
real archives (see ../shared/fixtures/twitter_archive_mrled for a real excerpt).
"""

from __future__ import annotations

import json
import zipfile
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any


@dataclass
class T:
    """One tweet to write: local time may be any aware datetime."""

    text: str
    at: datetime
    id: str | None = None
    lat: float | None = None
    lon: float | None = None
    place: str | None = None
    reply_to: str | None = None
    media: list[str] = field(default_factory=list)  # media file basenames
    extra: dict[str, Any] = field(default_factory=dict)


def tweet_json(t: T, n: int) -> dict[str, Any]:
    tid = t.id or str(1_500_000_000_000_000_000 + n)
    text = t.text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    d: dict[str, Any] = {
        "retweeted": False,
        "source": '<a href="https://mobile.twitter.com" rel="nofollow">Twitter Web App</a>',
        "entities": {"hashtags": [], "symbols": [], "user_mentions": [], "urls": []},
        "display_text_range": ["0", str(len(t.text))],
        "favorite_count": "0",
        "id_str": tid,
        "truncated": False,
        "retweet_count": "0",
        "id": tid,
        "created_at": t.at.astimezone(UTC).strftime("%a %b %d %H:%M:%S +0000 %Y"),
        "favorited": False,
        "full_text": text,
        "lang": "ja",
    }
    if t.lat is not None and t.lon is not None:
        d["coordinates"] = {"type": "Point", "coordinates": [str(t.lon), str(t.lat)]}
        d["geo"] = {"type": "Point", "coordinates": [str(t.lat), str(t.lon)]}
    if t.place:
        d["place"] = {"full_name": t.place, "name": t.place, "place_type": "poi", "country_code": "JP"}
    if t.reply_to:
        d["in_reply_to_status_id_str"] = t.reply_to
        d["in_reply_to_status_id"] = t.reply_to
        d["in_reply_to_user_id_str"] = "12345"
        d["in_reply_to_screen_name"] = "friend"
    if t.media:
        media = [
            {
                "type": "photo",
                "media_url_https": f"https://pbs.twimg.com/media/{name}",
                "id_str": str(900 + i),
                "indices": ["0", "0"],
            }
            for i, name in enumerate(t.media)
        ]
        d["extended_entities"] = {"media": media}
        d["entities"]["media"] = media
    d.update(t.extra)
    return d


def ytd(name: str, items: list[dict[str, Any]], part: int = 0) -> str:
    return f"window.YTD.{name}.part{part} = " + json.dumps(items, ensure_ascii=False, indent=2)


def archive_files(
    tweets: list[T],
    *,
    username: str = "demo_user",
    display_name: str = "テスト",
    bio: str = "",
    location: str = "",
    old_style: bool = False,
    parts: int = 1,
    media_files: dict[str, bytes] | None = None,
) -> dict[str, bytes]:
    """Archive-relative name → content."""
    items = [{"tweet": tweet_json(t, n)} for n, t in enumerate(tweets)]
    name = "tweet" if old_style else "tweets"
    files: dict[str, bytes] = {}
    size = -(-len(items) // parts) if items else 0
    for part in range(parts):
        chunk = items[part * size : (part + 1) * size] if size else []
        fname = f"data/{name}.js" if part == 0 else f"data/{name}-part{part}.js"
        files[fname] = ytd(name, chunk, part).encode()
    files["data/account.js"] = ytd(
        "account",
        [{"account": {"username": username, "accountId": "42", "accountDisplayName": display_name,
                      "createdAt": "2015-04-01T00:00:00.000Z", "createdVia": "web"}}],
    ).encode()
    files["data/profile.js"] = ytd(
        "profile",
        [{"profile": {"description": {"bio": bio, "website": "", "location": location},
                      "avatarMediaUrl": "https://pbs.twimg.com/profile_images/1/a.jpg"}}],
    ).encode()
    for fname, data in (media_files or {}).items():
        files[f"data/tweets_media/{fname}"] = data
    return files


def write_folder(root: Path, files: dict[str, bytes]) -> Path:
    for name, data in files.items():
        p = root / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(data)
    return root


def write_zip(path: Path, files: dict[str, bytes], *, prefix: str = "") -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in files.items():
            zf.writestr(prefix + name, data)
    return path
