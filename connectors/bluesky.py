"""Bluesky, through the ``atproto`` SDK and the public AppView: ``auditor scan bluesky HANDLE``.

No login: ``app.bsky.actor.getProfile`` and ``app.bsky.feed.getAuthorFeed`` are public.
The feed is newest first and paged by cursor; the cursor is kept in the connector state
so that a rate-limited walk carries on next run. Bluesky posts carry no location, but
images carry alt text, which often describes a place or a person.

Transport (``atproto.Client``, whose HTTP a test can replace with an ``httpx``
transport) is separate from ``post_from_feed_item``, which maps one feed item.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

from auditor.errors import AuthError, ConnectorError, InputError, RateLimited
from auditor.model import Media, Post, Profile
from connectors.base import RETRY_DELAYS, Walk, with_retries

PLATFORM = "bluesky"
PUBLIC_APPVIEW = "https://public.api.bsky.app"
PAGE_SIZE = 100
MAX_PINNED = 3

_HANDLE = re.compile(r"^(did:[a-z]+:[A-Za-z0-9._:%-]+|[A-Za-z0-9][A-Za-z0-9.-]*\.[A-Za-z]{2,})$")


class Bluesky:
    platform = PLATFORM

    def __init__(self, handle: str, *, client: Any = None, full: bool = False, **_: Any) -> None:
        handle = handle.strip().lstrip("@")
        if "." not in handle and not handle.startswith("did:"):
            handle += ".bsky.social"  # the usual short form
        if not _HANDLE.match(handle):
            raise InputError(f"Bluesky のハンドルではありません: {handle[:60]!r}")
        self.handle = handle.lower()
        self.warnings: list[str] = []
        self.state: dict[str, Any] = {}
        self.full = full
        if client is None:
            from atproto import Client

            client = Client(base_url=PUBLIC_APPVIEW)
        self._client = client
        self._profile: Profile | None = None
        self._walk: Walk | None = None

    def _call(self, fn: Any, params: dict[str, Any]) -> Any:
        from atproto import exceptions as ax

        def transient(exc: BaseException) -> bool:
            if isinstance(exc, ax.NetworkError):
                return True
            status = getattr(getattr(exc, "response", None), "status_code", None)
            return isinstance(exc, ax.RequestException) and isinstance(status, int) and status >= 500

        try:
            return with_retries(lambda: fn(params), transient)
        except ax.RateLimitExceededError as exc:
            reset = exc.reset_at
            when = f"{reset.astimezone().strftime('%H:%M')} 以降に" if reset else "しばらく待ってから"
            raise RateLimited(
                f"Bluesky の利用上限に達しました。{when}再実行すると続きから読みます", reset_time=reset
            ) from None
        except ax.BadRequestError as exc:
            detail = _detail(exc)
            if "not found" in detail.lower() or "could not find" in detail.lower():
                raise ConnectorError(f"@{self.handle} が Bluesky に見つかりません") from None
            if "blocked" in detail.lower():
                raise AuthError(f"@{self.handle} の投稿は公開されていません ({detail[:60]})") from None
            raise ConnectorError(f"Bluesky がエラーを返しました ({detail[:80]})") from None
        except ax.UnauthorizedError as exc:
            raise AuthError(f"@{self.handle} の投稿はログインしないと読めません ({_detail(exc)[:60]})") from None
        except ax.NetworkError as exc:
            raise ConnectorError(f"Bluesky に接続できません ({type(exc).__name__}、{len(RETRY_DELAYS) + 1} 回試しました)") from None
        except ax.AtProtocolError as exc:
            raise ConnectorError(f"Bluesky から読めませんでした ({_detail(exc)[:80]})") from None

    def profile(self) -> Profile:
        if self._profile is None:
            view = self._call(self._client.app.bsky.actor.get_profile, {"actor": self.handle})
            self._profile = Profile(
                platform=PLATFORM,
                handle=view.handle,
                display_name=view.display_name or None,
                bio=view.description or None,
                user_id=view.did,
                created_at=_aware(view.created_at),
            )
        return self._profile

    @property
    def completed_walk(self) -> dict[str, Any] | None:
        return self._walk.completed if self._walk else None

    def posts(self) -> Iterator[Post]:
        handle = self.profile().handle
        walk = self._walk = Walk(self.state, full=self.full)
        n = 0
        while True:
            params = {"actor": handle, "limit": PAGE_SIZE, "filter": "posts_with_replies"}
            if walk.cursor:
                params["cursor"] = walk.cursor
            try:
                page = self._call(self._client.app.bsky.feed.get_author_feed, params)
            except ConnectorError as exc:
                if isinstance(exc, RateLimited) or not (n == 0 and walk.resuming):
                    raise
                # The saved cursor is no longer accepted: read this walk again from the top.
                self.warnings.append("前回の続きの位置が無効になったため、最初から読み直しました")
                walk.restart()
                continue
            stop = False
            for item in page.feed:
                post = post_from_feed_item(item, handle)
                if walk.is_known(post.created_at) and n >= MAX_PINNED:
                    stop = True
                    break
                n += 1
                walk.saw(post)
                yield post
            if stop or not page.cursor or not page.feed:
                break
            walk.cursor = page.cursor
        walk.finish()

    def missing(self, post_ids: list[str]) -> set[str]:
        """Stored posts that no longer exist: ``getPosts`` returns only live ones (25 a call)."""
        uris = [pid for pid in post_ids if pid.startswith("at://")]
        gone: set[str] = set()
        for i in range(0, len(uris), 25):
            chunk = uris[i : i + 25]
            found = self._call(self._client.app.bsky.feed.get_posts, {"uris": chunk})
            alive = {p.uri for p in found.posts}
            gone |= {u for u in chunk if u not in alive}
        return gone


# -- model building (no network) ------------------------------------------------------
def post_from_feed_item(item: Any, handle: str) -> Post:
    """One ``app.bsky.feed.defs#feedViewPost`` → ``Post``."""
    view = item.post
    record = view.record
    reason = getattr(item, "reason", None)
    is_repost = getattr(reason, "py_type", "") == "app.bsky.feed.defs#reasonRepost"
    # A repost is dated when it was reposted: that is when this account was active.
    when = reason.indexed_at if is_repost else (getattr(record, "created_at", None) or view.indexed_at)
    author = view.author.handle
    rkey = view.uri.rsplit("/", 1)[-1]
    langs = getattr(record, "langs", None) or []
    return Post(
        platform=PLATFORM,
        id=view.uri,
        text=getattr(record, "text", "") or "",
        created_at=_aware(when),
        url=f"https://bsky.app/profile/{author}/post/{rkey}",
        media=_media(view.embed),
        is_reply=getattr(record, "reply", None) is not None,
        is_repost=is_repost or author.lower() != handle.lower(),
        lang=langs[0] if langs else None,
    )


def _media(embed: Any) -> list[Media]:
    if embed is None:
        return []
    inner = getattr(embed, "media", None)
    if inner is not None:  # recordWithMedia: a quote plus images or a video
        return _media(inner)
    images = getattr(embed, "images", None) or getattr(embed, "items", None)
    if images:
        return [
            Media(kind="photo", url=getattr(img, "fullsize", None) or getattr(img, "thumb", None),
                  alt_text=getattr(img, "alt", None) or None)
            for img in images
        ]
    if getattr(embed, "playlist", None):
        return [Media(kind="video", url=getattr(embed, "thumbnail", None) or embed.playlist,
                      alt_text=getattr(embed, "alt", None) or None)]
    return []


def _aware(value: Any) -> datetime | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        dt = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return dt if dt.tzinfo is not None else dt.replace(tzinfo=UTC)


def _detail(exc: Any) -> str:
    content = getattr(getattr(exc, "response", None), "content", None)
    error = getattr(content, "error", None)
    message = getattr(content, "message", None)
    if error or message:
        return f"{error or ''}: {message or ''}".strip(": ")
    return type(exc).__name__


def open_source(handle: str, **options: Any) -> Bluesky:
    return Bluesky(handle, **options)

