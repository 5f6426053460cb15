"""The connector protocol and the small helpers every connector shares."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from typing import Any, Protocol, TypeVar, runtime_checkable
from zoneinfo import ZoneInfo

from auditor.errors import InputError
from auditor.model import Post, Profile

#: Waits before the 2nd, 3rd and 4th try of a call that failed for a passing reason
#: (timeout, dropped connection, 5xx). About 20 s in all: long enough for a server's
#: hiccup, short enough that a real outage ends in a clear message soon.
RETRY_DELAYS: tuple[float, ...] = (1.0, 4.0, 15.0)

T = TypeVar("T")

_sleep = time.sleep  # a seam: tests record the waits instead of sleeping


def with_retries(
    call: Callable[[], T],
    transient: Callable[[BaseException], bool],
    *,
    delays: tuple[float, ...] | None = None,
    sleep: Callable[[float], None] | None = None,
) -> T:
    """``call()``, tried again after each delay while it fails with a transient error.

    Anything else (auth, not found, rate limit: those have their own handling) and the
    last transient failure propagate unchanged, for the connector to translate.
    """
    waits = RETRY_DELAYS if delays is None else delays
    nap = sleep or _sleep
    for wait in waits:
        try:
            return call()
        except Exception as exc:
            if not transient(exc):
                raise
        nap(wait)
    return call()


#: Timestamps without a zone are read as Japanese local time: that is what a person
#: writing a JSONL file by hand in Japan means.
DEFAULT_TZ = ZoneInfo("Asia/Tokyo")


@runtime_checkable
class Connector(Protocol):
    """A source of one account's profile and posts.

    ``posts()`` is lazy and may be consumed once. ``warnings`` collects one-line notes
    the user should see (skipped lines, truncated history). ``state`` is an opaque,
    JSON-serialisable mapping a live connector wants kept between runs (pagination
    token, newest id seen); the caller persists it and passes it back next time.

    Live connectors may also offer ``completed_walk`` (set once ``posts()`` has read to
    the end: ``{"full", "started_at", "oldest_at", "count"}``, see ``Walk``) and
    ``missing(post_ids) -> set[str]`` (which stored posts were deleted); the CLI uses
    them to drop deleted posts from the stored account.
    """

    platform: str
    warnings: list[str]
    state: dict[str, Any]

    def profile(self) -> Profile: ...

    def posts(self) -> Iterator[Post]: ...


def parse_datetime(value: Any, *, what: str = "created_at") -> datetime:
    """ISO 8601 text or a Unix timestamp → aware datetime (naive means Asia/Tokyo)."""
    if isinstance(value, bool):
        raise InputError(f"{what}: 日時ではありません: {value!r}")
    if isinstance(value, int | float):
        try:
            return datetime.fromtimestamp(value, tz=DEFAULT_TZ)
        except (OverflowError, OSError, ValueError) as exc:
            raise InputError(f"{what}: 範囲外の時刻です: {value!r}") from exc
    if not isinstance(value, str):
        raise InputError(f"{what}: 日時ではありません: {str(value)[:40]!r}")
    text = value.strip()
    if text.endswith("Z"):
        text = text[:-1] + "+00:00"
    try:
        dt = datetime.fromisoformat(text)
    except ValueError as exc:
        raise InputError(f"{what}: 日時として読めません: {value[:40]!r}") from exc
    return dt if dt.tzinfo is not None else dt.replace(tzinfo=DEFAULT_TZ)


class Walk:
    """Bookkeeping for one newest-first walk through an account's posts, kept in ``state``.

    Live platforms page from the newest post back. A walk either reads everything
    (``since`` is None) or only what is newer than the newest post an earlier complete
    walk saw (``since``). Its position (``cursor``: a pagination token, a ``max_id`` or a
    frozen iterator) is stored in ``state["walk"]`` so that a walk stopped by a rate limit,
    ^C or an error carries on from there next run instead of starting over. The cursor
    always names the page being read, never one past it: a resumed walk may re-read a
    few posts (the store upserts them) but never skips any.

    ``state`` layout (JSON): ``{"newest": {"id", "at"}, "walk": {"cursor", "since",
    "top", "oldest_at", "started_at", "count"}}``.
    """

    def __init__(self, state: dict[str, Any], *, full: bool = False) -> None:
        self.state = state
        walk = state.get("walk")
        if not isinstance(walk, dict) or (full and walk.get("since") is not None):
            # A full scan never continues an incremental walk; an incremental one may
            # continue a full walk (it is a superset).
            since = None if full else state.get("newest")
            walk = {
                "cursor": None,
                "since": since if isinstance(since, dict) else None,
                "top": None,
                "oldest_at": None,
                "started_at": datetime.now(UTC).isoformat(),
                "count": 0,
            }
            state["walk"] = walk
        self.walk: dict[str, Any] = walk
        #: Set by ``finish()``: what the CLI needs to drop posts deleted since they were stored.
        self.completed: dict[str, Any] | None = None

    def restart(self) -> None:
        """Forget a saved position the platform no longer accepts (expired token)."""
        self.walk.update(cursor=None, top=None, oldest_at=None, count=0,
                         started_at=datetime.now(UTC).isoformat())

    @property
    def resuming(self) -> bool:
        return self.walk.get("cursor") is not None

    @property
    def cursor(self) -> Any:
        return self.walk.get("cursor")

    @cursor.setter
    def cursor(self, value: Any) -> None:
        self.walk["cursor"] = value

    @property
    def since(self) -> dict[str, Any] | None:
        return self.walk.get("since")

    @property
    def count(self) -> int:
        return int(self.walk.get("count") or 0)

    def saw(self, post: Post) -> None:
        self.walk["count"] = self.count + 1
        at = post.created_at.isoformat() if post.created_at else None
        top = self.walk.get("top")
        if top is None or (at is not None and (top.get("at") is None or _later(at, top["at"]))):
            self.walk["top"] = {"id": post.id, "at": at}
        oldest = self.walk.get("oldest_at")
        if at is not None and (oldest is None or _later(oldest, at)):
            self.walk["oldest_at"] = at

    def is_known(self, created_at: datetime | None) -> bool:
        """True when an incremental walk has reached posts an earlier walk already read."""
        since_at = (self.since or {}).get("at")
        if since_at is None or created_at is None:
            return False
        return not _later(created_at.isoformat(), since_at)

    def finish(self) -> None:
        """The walk reached its end: remember the newest post and forget the position."""
        walk = self.state.pop("walk", self.walk)
        top, newest = walk.get("top"), self.state.get("newest")
        if top and (not newest or newest.get("at") is None or (top.get("at") and _later(top["at"], newest["at"]))):
            self.state["newest"] = top
        self.completed = {
            "full": walk.get("since") is None,
            "started_at": walk.get("started_at"),
            "oldest_at": walk.get("oldest_at"),
            "count": walk.get("count", 0),
        }


def _later(a: str, b: str) -> bool:
    return datetime.fromisoformat(a) > datetime.fromisoformat(b)
