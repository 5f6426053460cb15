"""Fetching a live account (X, Instagram, Bluesky, Mastodon) into the scan history.

Posts and the connector's position are saved together every few posts and whenever the
fetch stops, so a rate limit, an error or ^C never loses what was fetched and the next
run carries on. ``progress`` is the CLI's progress callback; it also shows the countdown
while a rate limit resets (``progress.countdown(seconds, sleep)``).
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from auditor.errors import ConnectorError, RateLimited
from auditor.model import Post, Profile
from auditor.store import Store
from connectors.base import Connector

#: Posts fetched from a live platform are stored in batches of this size as they arrive.
_FLUSH_EVERY = 50
#: With ``--wait``, give up after this many rate-limit pauses in one run.
_MAX_WAITS = 100


def sleep(seconds: float) -> None:
    """The one place a scan sleeps (rate-limit countdown); tests replace it."""
    import time

    time.sleep(seconds)


def fetch_live(
    store: Store,
    connector: Connector,
    profile: Profile,
    progress: Any,
    *,
    wait: bool,
    thumbnails: Path | None = None,
) -> list[Post]:
    """Fetch a live account's new posts into the store, then return all stored posts.

    Posts and the connector's position are saved together every few posts and whenever
    the fetch stops (rate limit, error, ^C), so a later run carries on where this one
    stopped and nothing fetched is lost. The audit covers every stored post of the
    account, not only the ones new in this run.
    """
    platform, handle = connector.platform, profile.handle
    connector.state = store.connector_state(platform, handle)
    pending: list = []
    fetched_ids: set[str] = set()

    def flush() -> None:
        store.save_account_posts(platform, handle, pending, state=connector.state)
        pending.clear()

    waits = 0
    while True:
        stream = connector.posts()
        try:
            for post in stream:
                pending.append(post)
                fetched_ids.add(post.id)
                progress("fetch", 1, None)
                if len(pending) >= _FLUSH_EVERY:
                    flush()
            flush()
            break
        except RateLimited as exc:
            stream.close()
            flush()
            waits += 1
            if not wait or waits > _MAX_WAITS:
                raise RateLimited(
                    f"{exc} (今回取得した {len(fetched_ids)} 件は保存済み。--wait で解除を待って続けられます)",
                    reset_time=exc.reset_time,
                ) from None
            seconds = 60.0
            if exc.reset_time is not None:
                seconds = (exc.reset_time - datetime.now(UTC)).total_seconds() + 1
            progress.countdown(max(1, int(seconds)), sleep)
        except BaseException:
            # Errors and ^C: keep what was fetched and where the walk stood.
            stream.close()
            flush()
            raise

    done = getattr(connector, "completed_walk", None)
    if done and done.get("full") and done.get("started_at"):
        gone = store.prune_account_posts(
            platform, handle, fetched_before=done["started_at"], created_since=done.get("oldest_at")
        )
        if gone:
            connector.warnings.append(f"前回から削除された投稿 {gone} 件を監査から外しました")
    elif getattr(connector, "missing", None) is not None:
        # An incremental scan cannot see deletions; check the posts the last scan
        # flagged (the ones the user was told to delete), which are few.
        last = store.latest_scan(platform, handle)
        stored = {p.id for p in store.account_posts(platform, handle)}
        flagged = [
            pid for pid, labels in (store.scan_post_labels(last.id).items() if last else ())
            if labels and pid in stored and pid not in fetched_ids
        ]
        if flagged:
            try:
                gone_ids = connector.missing(flagged)
            except ConnectorError as exc:
                connector.warnings.append(f"削除済みか確認できませんでした: {exc}")
            else:
                if gone_ids:
                    store.delete_account_posts(platform, handle, gone_ids)
                    connector.warnings.append(f"削除された投稿 {len(gone_ids)} 件を監査から外しました")
    posts = store.account_posts(platform, handle)
    if thumbnails is not None:
        from connectors.thumbnails import save_thumbnails

        posts, failed = save_thumbnails(posts, thumbnails)
        store.save_account_posts(platform, handle, posts)
        if failed:
            connector.warnings.append(f"画像 {failed} 件を保存できませんでした")
    return posts
