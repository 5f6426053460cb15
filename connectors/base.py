"""The connector protocol and the small helpers every connector shares."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import Any, Protocol, runtime_checkable
from zoneinfo import ZoneInfo

from auditor.errors import InputError
from auditor.model import Post, Profile

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
