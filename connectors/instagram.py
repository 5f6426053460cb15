"""Instagram live, through instaloader: ``auditor scan instagram USER [--session FILE]``.

Public profiles are read logged out. ``--session FILE`` reuses a session saved by
instaloader itself (``instaloader -l USER`` writes ``session-USER``), to read one's own
private account; we never ask for, see or store a password, and the session's cookies
are never logged or written anywhere by us.

instaloader keeps HTTP in ``InstaloaderContext`` and data in ``structures``; we use the
same split. ``_Context`` is instaloader's context made silent (its messages become our
warnings) and given a rate controller that stops, rather than sleeps for minutes, when
instaloader wants to wait; ``post_from_node`` maps a post's node data (the
``{"node": …}`` of instaloader's structure files) to our ``Post`` without the network.
We read the node rather than ``instaloader.Post`` properties because those fetch on
access, and because ``Post.location`` is ``None`` logged out even where the node
carries the location.

A walk stopped by a rate limit, an error or ^C saves instaloader's frozen iterator in
the connector state; the next run thaws it and carries on.
"""

from __future__ import annotations

import pickle
import re
import unicodedata
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from auditor.errors import AuditorError, AuthError, ConnectorError, InputError, RateLimited
from auditor.model import Geo, Media, Post, Profile
from connectors.base import Walk

PLATFORM = "instagram"
#: instaloader paces itself; a wait longer than this is a rate limit we report instead.
MAX_INLINE_WAIT = 20.0
#: Instagram does not say when a block ends; its own advice is "a few minutes".
RETRY_AFTER = timedelta(minutes=10)
#: Instagram shows up to three pinned posts first, however old.
MAX_PINNED = 3
#: instaloader's short random pause before each request (politeness); tests turn it off.
PAUSE_BETWEEN_REQUESTS = True

_HANDLE = re.compile(r"^[A-Za-z0-9._]{1,30}$")


def _make_context(*, sleep: bool, sleeper: Callable[[float], None]) -> Any:
    import instaloader

    class _Rate(instaloader.RateController):
        def sleep(self, secs: float) -> None:
            if secs > MAX_INLINE_WAIT:
                until = datetime.now(UTC) + timedelta(seconds=secs)
                raise RateLimited(_rate_message(until), reset_time=until)
            sleeper(secs)

    class _Context(instaloader.InstaloaderContext):
        """instaloader's context, silent: errors become warnings, not stderr lines."""

        def __init__(self) -> None:
            super().__init__(
                sleep=sleep, quiet=True, max_connection_attempts=1, iphone_support=False,
                rate_controller=lambda ctx: _Rate(ctx),
            )
            self.messages: list[str] = []

        def error(self, msg: str, repeat_at_end: bool = True) -> None:
            self.messages.append(" ".join(str(msg).split())[:200])

    return _Context()


def _load_session(context: Any, path: Path, login: str) -> None:
    """instaloader's own session file: a pickled dict of cookies."""
    try:
        with Path(path).open("rb") as fh:
            context.load_session_from_file(login, fh)
    except FileNotFoundError as exc:
        raise InputError(f"{path}: セッションファイルが見つかりません") from exc
    except (OSError, pickle.UnpicklingError, EOFError, KeyError, TypeError, AttributeError) as exc:
        raise InputError(
            f"{Path(path).name}: instaloader のセッションファイルとして読めません"
            " (instaloader -l ユーザー名 で作り直してください)"
        ) from exc


class InstagramLive:
    platform = PLATFORM

    def __init__(
        self,
        handle: str,
        *,
        session: Path | str | None = None,
        full: bool = False,
        context: Any = None,
        sleep: bool | None = None,
        sleeper: Callable[[float], None] | None = None,
        **_: Any,
    ) -> None:
        self.handle = handle.strip().lstrip("@").lower()
        if not _HANDLE.match(self.handle):
            raise InputError(f"Instagram のユーザー名ではありません: {handle[:40]!r}")
        self.warnings: list[str] = []
        self.state: dict[str, Any] = {}
        self.full = full
        if context is None:
            import time

            pause = PAUSE_BETWEEN_REQUESTS if sleep is None else sleep
            context = _make_context(sleep=pause, sleeper=sleeper or time.sleep)
        self._context = context
        if session is not None:
            # instaloader names session files "session-<login>"; otherwise assume the
            # session is the audited account's own (the usual reason to log in here).
            name = Path(session).name
            login = name[len("session-"):] if name.startswith("session-") else self.handle
            _load_session(self._context, Path(session), login)
        self._profile_struct: Any = None
        self._walk: Walk | None = None

    # -- transport ------------------------------------------------------------------
    def _instaloader_profile(self) -> Any:
        if self._profile_struct is None:
            import instaloader

            try:
                self._profile_struct = instaloader.Profile.from_username(self._context, self.handle)
            except Exception as exc:
                raise self._translate(exc) from None
        return self._profile_struct

    def _translate(self, exc: BaseException) -> AuditorError:
        import instaloader.exceptions as ie
        import requests

        if isinstance(exc, AuditorError):
            return exc
        chain = []
        e: BaseException | None = exc
        while e is not None and len(chain) < 5:
            chain.append(e)
            e = e.__cause__ or e.__context__
        text = " ".join(str(x) for x in chain)
        if any(isinstance(x, ie.TooManyRequestsException) for x in chain) or "429" in text \
                or "Please wait a few minutes" in text or " 401 " in f" {text} ":
            until = datetime.now(UTC) + RETRY_AFTER
            return RateLimited(_rate_message(until), reset_time=until)
        if isinstance(exc, ie.ProfileNotExistsException):
            return ConnectorError(f"@{self.handle} が Instagram に見つかりません")
        if isinstance(exc, ie.PrivateProfileNotFollowedException):
            return AuthError(f"@{self.handle} は非公開アカウントで、このセッションのアカウントからは見られません")
        if isinstance(exc, ie.LoginRequiredException):
            return AuthError(
                f"@{self.handle} を読むにはログインが必要です (非公開アカウントなど)。"
                "instaloader -l ユーザー名 で保存したセッションを --session で指定してください"
            )
        if isinstance(exc, ie.AbortDownloadException):
            return ConnectorError(
                "Instagram が確認を求めています (checkpoint / feedback_required)。"
                "ブラウザで Instagram にログインして確認してから再実行してください"
            )
        if isinstance(exc, ie.InstaloaderException | requests.RequestException):
            status = re.search(r"\b([45]\d\d)\b", text)
            why = f"HTTP {status.group(1)}" if status else type(exc).__name__
            return ConnectorError(f"Instagram から読めませんでした ({why})。時間をおいて再実行してください")
        return ConnectorError(f"Instagram から読めませんでした ({type(exc).__name__})")

    # -- connector protocol -----------------------------------------------------------
    def profile(self) -> Profile:
        import instaloader

        node = instaloader.get_json_structure(self._instaloader_profile())["node"]
        return profile_from_node(node, self.handle)

    @property
    def completed_walk(self) -> dict[str, Any] | None:
        return self._walk.completed if self._walk else None

    def posts(self) -> Iterator[Post]:
        import instaloader

        prof = self._instaloader_profile()
        walk = self._walk = Walk(self.state, full=self.full)
        iterator = None
        finished = False
        try:
            try:
                iterator = prof.get_posts()
                if walk.cursor:
                    self._thaw(iterator, walk.cursor)
                for n, item in enumerate(iterator):
                    post = post_from_node(instaloader.get_json_structure(item)["node"])
                    if walk.is_known(post.created_at) and n >= MAX_PINNED:
                        break  # an incremental walk reached what the last one read
                    walk.saw(post)
                    yield post
                finished = True
            except (GeneratorExit, KeyboardInterrupt, AuditorError):
                raise
            except Exception as exc:
                raise self._translate(exc) from None
        finally:
            if not finished and iterator is not None:
                walk.cursor = iterator.freeze()._asdict()
            self.warnings.extend(getattr(self._context, "messages", [])[:5])
        walk.finish()

    def _thaw(self, iterator: Any, frozen: dict[str, Any]) -> None:
        import instaloader

        try:
            fni = instaloader.FrozenNodeIterator(**frozen)
            if fni.best_before and datetime.fromtimestamp(fni.best_before) < datetime.now():
                raise instaloader.InvalidArgumentException("saved position expired")
            iterator.thaw(fni)
        except (instaloader.InvalidArgumentException, TypeError) as exc:
            self.warnings.append(f"前回の続きから読めないため最初から読み直します ({exc})")
            assert self._walk is not None
            self._walk.restart()


# -- model building (no network) ------------------------------------------------------
def profile_from_node(node: dict[str, Any], handle: str) -> Profile:
    links = node.get("bio_links") if isinstance(node.get("bio_links"), list) else []
    url = _str(node.get("external_url")) or next(
        (_str(link.get("url")) for link in links if isinstance(link, dict) and _str(link.get("url"))), None
    )
    user_id = node.get("pk") or node.get("id")
    return Profile(
        platform=PLATFORM,
        handle=(_str(node.get("username")) or handle).lower(),
        display_name=_nfc(_str(node.get("full_name"))),
        bio=_nfc(_str(node.get("biography"))),
        url=url,
        is_private=bool(node.get("is_private")),
        user_id=str(user_id) if user_id is not None else None,
    )


def post_from_node(node: dict[str, Any]) -> Post:
    """An instaloader post node (GraphQL, web-info or iPhone shape) → ``Post``."""
    iphone = node.get("iphone_struct") if isinstance(node.get("iphone_struct"), dict) else {}
    shortcode = node.get("shortcode") or node.get("code") or iphone.get("code")
    ts = node.get("date") or node.get("taken_at_timestamp") or node.get("taken_at") or iphone.get("taken_at")
    created_at = datetime.fromtimestamp(ts, UTC) if isinstance(ts, int | float) else None
    return Post(
        platform=PLATFORM,
        id=str(shortcode),
        text=_caption(node) or "",
        created_at=created_at,
        url=f"https://www.instagram.com/p/{shortcode}/",
        media=_media(node, iphone),
        geo=_geo(node, iphone),
        tagged_users=_tagged(node, iphone),
    )


def _caption(node: dict[str, Any]) -> str | None:
    edges = (node.get("edge_media_to_caption") or {}).get("edges") or []
    if edges and isinstance(edges[0], dict):
        return _nfc((edges[0].get("node") or {}).get("text"))
    caption = node.get("caption")
    if isinstance(caption, dict):
        caption = caption.get("text")
    return _nfc(caption) if isinstance(caption, str) else None


def _media(node: dict[str, Any], iphone: dict[str, Any]) -> list[Media]:
    children = [
        e.get("node") or {} for e in (node.get("edge_sidecar_to_children") or {}).get("edges") or []
        if isinstance(e, dict)
    ]
    carousel = node.get("carousel_media") or iphone.get("carousel_media") or []
    if children:
        out = []
        for i, child in enumerate(children):
            alt = child.get("accessibility_caption")
            if alt is None and i < len(carousel) and isinstance(carousel[i], dict):
                alt = carousel[i].get("accessibility_caption")
            out.append(Media(kind="video" if child.get("is_video") else "photo",
                             url=_str(child.get("display_url")), alt_text=_str(alt)))
        return out
    url = _str(node.get("display_url")) or _str(node.get("display_src"))
    alt = node.get("accessibility_caption") or iphone.get("accessibility_caption")
    if url is None and alt is None and not node.get("is_video"):
        return []
    return [Media(kind="video" if node.get("is_video") else "photo", url=url, alt_text=_str(alt))]


def _geo(node: dict[str, Any], iphone: dict[str, Any]) -> Geo | None:
    loc = node.get("location") if isinstance(node.get("location"), dict) else iphone.get("location")
    if not isinstance(loc, dict):
        return None
    lat = _num(loc.get("lat", node.get("lat", iphone.get("lat"))), 90)
    lon = _num(loc.get("lng", node.get("lng", iphone.get("lng"))), 180)
    if lat is None or lon is None:
        lat = lon = None
    name = _nfc(_str(loc.get("name")))
    if name is None and lat is None:
        return None
    return Geo(lat=lat, lon=lon, place_name=name)


def _tagged(node: dict[str, Any], iphone: dict[str, Any]) -> list[str]:
    names = [
        ((e.get("node") or {}).get("user") or {}).get("username")
        for e in (node.get("edge_media_to_tagged_user") or {}).get("edges") or [] if isinstance(e, dict)
    ]
    usertags = node.get("usertags") or iphone.get("usertags") or {}
    names += [(t.get("user") or {}).get("username") for t in usertags.get("in") or [] if isinstance(t, dict)]
    return list(dict.fromkeys(n.lower() for n in names if isinstance(n, str) and n))


def _nfc(text: str | None) -> str | None:
    # instaloader NFC-normalises captions; so do we, for node data read directly.
    return unicodedata.normalize("NFC", text) if isinstance(text, str) else None


def _str(v: Any) -> str | None:
    return v if isinstance(v, str) and v.strip() else None


def _num(v: Any, limit: float) -> float | None:
    try:
        f = float(v)
    except (TypeError, ValueError):
        return None
    return f if f == f and abs(f) <= limit else None


def _rate_message(until: datetime) -> str:
    return (
        "Instagram から一時的に制限されました (429 / Please wait a few minutes)。"
        f"{until.astimezone().strftime('%H:%M')} 以降に再実行すると続きから読みます"
    )


def open_source(handle: str, **options: Any) -> InstagramLive:
    return InstagramLive(handle, **options)
