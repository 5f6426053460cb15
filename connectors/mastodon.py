"""Mastodon, through Mastodon.py: ``auditor scan mastodon @user@instance``.

Public statuses need no login (Mastodon 2.7+). Statuses come newest first, 40 a page;
the walk keeps its position as a ``max_id`` and an incremental scan asks only for what is
newer than the last one (``since_id``). Status text and the profile note are HTML;
``html_to_text`` turns them into the text a reader sees (paragraphs and line breaks
kept, links as their visible text).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime
from html.parser import HTMLParser
from typing import Any

from auditor.errors import AuthError, ConnectorError, InputError, RateLimited
from auditor.model import Media, Post, Profile
from connectors.base import RETRY_DELAYS, Walk, with_retries

PLATFORM = "mastodon"
PAGE_SIZE = 40
#: Deletions are checked one status per request; keep that well inside the 300/5 min limit.
MAX_DELETION_CHECKS = 60

_ACCT = re.compile(r"^@?([A-Za-z0-9_]{1,64})@([A-Za-z0-9.-]+\.[A-Za-z]{2,}(?::\d+)?)$")


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self.parts.append("\n")
        elif tag == "p" and self.parts:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def html_to_text(html: str | None) -> str:
    """Mastodon's status HTML → plain text (entities decoded, tags dropped)."""
    if not html:
        return ""
    parser = _Text()
    parser.feed(html)
    parser.close()
    return "".join(parser.parts).strip()


class MastodonAccount:
    platform = PLATFORM

    def __init__(self, handle: str, *, api: Any = None, full: bool = False, **_: Any) -> None:
        m = _ACCT.match(handle.strip())
        if not m:
            raise InputError(f"Mastodon のアカウントは @ユーザー名@サーバー の形で指定してください: {handle[:60]!r}")
        self.user, self.instance = m.group(1), m.group(2).lower()
        self.handle = f"{self.user}@{self.instance}"
        self.warnings: list[str] = []
        self.state: dict[str, Any] = {}
        self.full = full
        if api is None:
            from mastodon import Mastodon

            api = Mastodon(
                api_base_url=f"https://{self.instance}", ratelimit_method="throw", request_timeout=30
            )
        self._api = api
        self._account: Any = None
        self._walk: Walk | None = None

    def _call(self, fn: Any, *args: Any, **kwargs: Any) -> Any:
        import mastodon as mp

        def transient(exc: BaseException) -> bool:
            return isinstance(exc, mp.MastodonNetworkError | mp.MastodonServerError)

        try:
            return with_retries(lambda: fn(*args, **kwargs), transient)
        except mp.MastodonRatelimitError:
            reset = getattr(self._api, "ratelimit_reset", None)
            reset_time = datetime.fromtimestamp(reset, UTC) if isinstance(reset, int | float) else None
            when = f"{reset_time.astimezone().strftime('%H:%M')} 以降に" if reset_time else "しばらく待ってから"
            raise RateLimited(
                f"{self.instance} の利用上限に達しました。{when}再実行すると続きから読みます", reset_time=reset_time
            ) from None
        except mp.MastodonNotFoundError:
            raise ConnectorError(f"@{self.handle} が見つかりません") from None
        except mp.MastodonUnauthorizedError:
            raise AuthError(f"{self.instance} はログインしないと投稿を読めない設定です") from None
        except mp.MastodonNetworkError:
            raise ConnectorError(f"{self.instance} に接続できません ({len(RETRY_DELAYS) + 1} 回試しました)") from None
        except mp.MastodonAPIError as exc:
            status = exc.args[1] if len(exc.args) > 1 else "?"
            raise ConnectorError(f"{self.instance} がエラーを返しました (HTTP {status})") from None
        except mp.MastodonError as exc:
            raise ConnectorError(f"{self.instance} から読めませんでした ({type(exc).__name__})") from None

    def _lookup(self) -> Any:
        if self._account is None:
            self._account = self._call(self._api.account_lookup, self.user)
        return self._account

    def profile(self) -> Profile:
        acc = self._lookup()
        note = html_to_text(acc.get("note"))
        fields = [
            f"{html_to_text(f.get('name'))}: {html_to_text(f.get('value'))}"
            for f in acc.get("fields") or [] if isinstance(f, dict)
        ]
        bio = "\n".join(x for x in [note, *fields] if x) or None
        return Profile(
            platform=PLATFORM,
            handle=self.handle,
            display_name=acc.get("display_name") or None,
            bio=bio,
            is_private=bool(acc.get("locked")),
            user_id=str(acc.get("id")),
            created_at=_aware(acc.get("created_at")),
        )

    @property
    def completed_walk(self) -> dict[str, Any] | None:
        return self._walk.completed if self._walk else None

    def posts(self) -> Iterator[Post]:
        acc = self._lookup()
        walk = self._walk = Walk(self.state, full=self.full)
        since_id = (walk.since or {}).get("id")
        while True:
            page = self._call(
                self._api.account_statuses, acc["id"], limit=PAGE_SIZE, max_id=walk.cursor, since_id=since_id
            )
            if not page:
                break
            for status in page:
                post = post_from_status(status, self.handle)
                walk.saw(post)
                yield post
            walk.cursor = str(page[-1]["id"])
        walk.finish()

    def missing(self, post_ids: list[str]) -> set[str]:
        """Stored posts now deleted (404): one request each, for the few flagged ones."""
        import mastodon as mp

        gone = set()
        if len(post_ids) > MAX_DELETION_CHECKS:
            self.warnings.append(
                f"削除の確認は {MAX_DELETION_CHECKS} 件までにしました (残りは --full で確認できます)"
            )
        for pid in post_ids[:MAX_DELETION_CHECKS]:
            try:
                self._api.status(pid)
            except mp.MastodonNotFoundError:
                gone.add(pid)
            except mp.MastodonError as exc:
                raise ConnectorError(f"{self.instance}: 削除の確認に失敗しました ({type(exc).__name__})") from None
        return gone


def post_from_status(status: Any, handle: str) -> Post:
    """One Mastodon status (a dict as Mastodon.py returns it) → ``Post``."""
    reblog = status.get("reblog")
    shown = reblog if isinstance(reblog, dict) else status
    text = html_to_text(shown.get("content"))
    if shown.get("spoiler_text"):
        text = f"{shown['spoiler_text']}\n{text}"
    media = [
        Media(
            kind={"image": "photo", "gifv": "animated_gif"}.get(m.get("type"), m.get("type") or "photo"),
            url=m.get("preview_url") or m.get("url"),
            alt_text=m.get("description") or None,
        )
        for m in shown.get("media_attachments") or [] if isinstance(m, dict)
    ]
    return Post(
        platform=PLATFORM,
        id=str(status["id"]),
        text=text,
        # A boost is dated when it was boosted: that is when this account was active.
        created_at=_aware(status.get("created_at")),
        url=status.get("url") or shown.get("url") or shown.get("uri"),
        media=media,
        is_reply=status.get("in_reply_to_id") is not None,
        is_repost=isinstance(reblog, dict),
        lang=shown.get("language"),
    )


def _aware(value: Any) -> datetime | None:
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return None
    if not isinstance(value, datetime):
        return None
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


def open_source(handle: str, **options: Any) -> MastodonAccount:
    return MastodonAccount(handle, **options)
