"""X (Twitter) live, through tweepy's API v2 ``Client``: ``auditor scan x @handle``.

The token comes from the environment only and is never logged, stored or put in a
message: ``X_BEARER_TOKEN`` (app-only: public posts), or ``X_USER_ACCESS_TOKEN`` (an
OAuth 2.0 user-context token, sent the same way) to include the user's own protected
posts. Many API plans cannot read timelines at all; then we say so in one line and point
to the archive, which is the complete and free way to audit an X account.

Transport and model-building are separate: tweepy turns the JSON into
``Response(data, includes, errors, meta)`` with ``Tweet``/``Place``/``Media`` objects
(``Tweet.created_at`` already aware); ``post_from_tweet`` maps one of those to our
``Post`` without touching the network.
"""

from __future__ import annotations

import html
import logging
import os
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

from auditor.errors import AuthError, ConnectorError, InputError, RateLimited
from auditor.model import Geo, Media, Post, Profile
from connectors.base import RETRY_DELAYS, Walk, with_retries

PLATFORM = "x"
TOKEN_ENV = "X_BEARER_TOKEN"
USER_TOKEN_ENV = "X_USER_ACCESS_TOKEN"
#: The user-timeline endpoint returns only the most recent ~3,200 posts of an account.
TIMELINE_WINDOW = 3200

TWEET_FIELDS = [
    "created_at", "geo", "entities", "attachments", "lang", "referenced_tweets", "note_tweet",
]
EXPANSIONS = ["geo.place_id", "attachments.media_keys"]
PLACE_FIELDS = ["full_name", "geo", "place_type", "country_code"]
MEDIA_FIELDS = ["url", "alt_text", "type", "preview_image_url"]
USER_FIELDS = ["created_at", "description", "location", "url", "protected", "public_metrics", "entities"]

_ARCHIVE_HINT = "X の「データをダウンロード」で得たアーカイブを auditor scan <archive.zip> で調べてください"


def _client(token: str) -> Any:
    import tweepy

    # tweepy logs request headers (the bearer token) at DEBUG; never let that through,
    # whatever logging the embedding program configured.
    logging.getLogger("tweepy.client").setLevel(logging.INFO)
    return tweepy.Client(bearer_token=token, wait_on_rate_limit=False)


class XApi:
    platform = PLATFORM

    def __init__(self, handle: str, *, client: Any = None, full: bool = False, **_: Any) -> None:
        self.handle = handle.strip().lstrip("@")
        if not self.handle:
            raise InputError("X のアカウント名 (@handle) を指定してください")
        self.warnings: list[str] = []
        self.state: dict[str, Any] = {}
        self.full = full
        self._user_token = bool(os.environ.get(USER_TOKEN_ENV))
        if client is None:
            token = os.environ.get(USER_TOKEN_ENV) or os.environ.get(TOKEN_ENV)
            if not token:
                raise AuthError(
                    f"X API のトークンがありません: 環境変数 {TOKEN_ENV} を設定するか、{_ARCHIVE_HINT}"
                )
            client = _client(token)
        self._client = client
        self._user: Any = None
        self._walk: Walk | None = None

    # -- transport ------------------------------------------------------------------
    def _call(self, method: Any, *args: Any, **kwargs: Any) -> Any:
        """One API call with tweepy's errors turned into ours (one line, no token)."""
        import requests
        import tweepy

        def transient(exc: BaseException) -> bool:
            return isinstance(exc, tweepy.TwitterServerError | requests.ConnectionError | requests.Timeout)

        try:
            return with_retries(lambda: method(*args, **kwargs), transient)
        except tweepy.TooManyRequests as exc:
            reset = getattr(exc, "reset_time", None)
            reset_time = datetime.fromtimestamp(reset, UTC) if reset else None
            raise RateLimited(_rate_message(reset_time), reset_time=reset_time) from None
        except tweepy.Unauthorized:
            raise AuthError(
                f"X API の認証に失敗しました (HTTP 401: トークンが無効か期限切れです)。{_ARCHIVE_HINT}"
            ) from None
        except tweepy.Forbidden as exc:
            raise AuthError(_forbidden_message(exc)) from None
        except tweepy.NotFound:
            raise ConnectorError(f"@{self.handle} が X に見つかりません") from None
        except tweepy.TwitterServerError as exc:
            raise ConnectorError(
                f"X API のサーバーエラーです ({_status(exc)}、{len(RETRY_DELAYS) + 1} 回試しました)。時間をおいて再実行してください"
            ) from None
        except tweepy.HTTPException as exc:
            raise ConnectorError(f"X API がエラーを返しました ({_status(exc)})") from None
        except requests.RequestException as exc:
            raise ConnectorError(f"X API に接続できません ({type(exc).__name__}、{len(RETRY_DELAYS) + 1} 回試しました)") from None

    def _resolve_user(self) -> Any:
        if self._user is not None:
            return self._user
        user = None
        if self._user_token:
            # A user-context token reads the owner's protected posts; use it when the
            # account being audited is the token's own.
            me = self._call(self._client.get_me, user_fields=USER_FIELDS, user_auth=False)
            if me.data is not None and me.data.username.lower() == self.handle.lower():
                user = me.data
        if user is None:
            resp = self._call(self._client.get_user, username=self.handle, user_fields=USER_FIELDS)
            if resp.data is None:
                raise ConnectorError(_user_error(resp.errors, self.handle))
            user = resp.data
        self._user = user
        return user

    # -- connector protocol -----------------------------------------------------------
    def profile(self) -> Profile:
        user = self._resolve_user()
        return Profile(
            platform=PLATFORM,
            handle=user.username,
            display_name=user.name or None,
            bio=user.description or None,
            location=user.location or None,
            url=_expanded_profile_url(user),
            is_private=bool(user.protected),
            user_id=str(user.id),
            created_at=user.created_at,
        )

    @property
    def completed_walk(self) -> dict[str, Any] | None:
        return self._walk.completed if self._walk else None

    def posts(self) -> Iterator[Post]:
        import tweepy

        user = self._resolve_user()
        walk = self._walk = Walk(self.state, full=self.full)
        params: dict[str, Any] = {
            "tweet_fields": TWEET_FIELDS,
            "expansions": EXPANSIONS,
            "place_fields": PLACE_FIELDS,
            "media_fields": MEDIA_FIELDS,
            "max_results": 100,
        }
        if walk.since and walk.since.get("id"):
            params["since_id"] = walk.since["id"]
        pages = iter(
            tweepy.Paginator(
                self._client.get_users_tweets, user.id, pagination_token=walk.cursor, **params
            )
        )
        first = True
        while True:
            try:
                page = self._call(next, pages, None)
            except ConnectorError as exc:
                if not (first and walk.resuming and "HTTP 400" in str(exc)):
                    raise
                # The saved pagination token expired: read this walk again from the top.
                self.warnings.append("前回の続きの位置が無効になったため、最初から読み直しました")
                walk.restart()
                pages = iter(tweepy.Paginator(self._client.get_users_tweets, user.id, **params))
                page = self._call(next, pages, None)
            first = False
            if page is None:
                break
            if page.data is None and page.errors:
                raise _timeline_error(page.errors, user.username)
            includes = page.includes or {}
            places = {p.id: p for p in includes.get("places", [])}
            media = {m.media_key: m for m in includes.get("media", [])}
            for tweet in page.data or []:
                post = post_from_tweet(tweet, user.username, places, media)
                walk.saw(post)
                yield post
            next_token = (page.meta or {}).get("next_token")
            if not next_token:
                break
            walk.cursor = next_token
        full = walk.since is None
        count = walk.count
        walk.finish()
        total = (user.public_metrics or {}).get("tweet_count")
        if full and count >= TIMELINE_WINDOW - 200 and isinstance(total, int) and total > count:
            self.warnings.append(
                f"X API は直近の約 {TIMELINE_WINDOW:,} 件までしか返しません ({count:,} / {total:,} 件を取得)。"
                f"それより古い投稿は{_ARCHIVE_HINT}"
            )

    def missing(self, post_ids: list[str]) -> set[str]:
        """Which of these stored posts no longer exist (deleted): one request per 100 ids."""
        gone: set[str] = set()
        for i in range(0, len(post_ids), 100):
            chunk = post_ids[i : i + 100]
            resp = self._call(self._client.get_tweets, chunk)
            # Only an explicit "not found" means deleted; an authorisation error (the
            # account went private) or a suspension does not remove the post from view
            # for everyone, so it stays in the audit.
            for err in resp.errors or []:
                rid = str(err.get("resource_id") or err.get("value") or "")
                if rid in chunk and "resource-not-found" in str(err.get("type", "")):
                    gone.add(rid)
        return gone


# -- model building (no network) ------------------------------------------------------
def post_from_tweet(tweet: Any, username: str, places: dict[str, Any], media: dict[str, Any]) -> Post:
    """One tweepy ``Tweet`` (plus the page's ``includes``) → ``Post``."""
    data = tweet.data
    refs = {r.get("type") for r in data.get("referenced_tweets") or [] if isinstance(r, dict)}
    note = data.get("note_tweet") if isinstance(data.get("note_tweet"), dict) else {}
    text = note.get("text") if isinstance(note.get("text"), str) else tweet.text
    return Post(
        platform=PLATFORM,
        id=str(tweet.id),
        # The API escapes &, < and > in text, as the archive does; keep what was written.
        text=html.unescape(text),
        created_at=tweet.created_at,
        url=f"https://x.com/{username}/status/{tweet.id}",
        media=_media(data, media),
        geo=_geo(data, places),
        is_reply="replied_to" in refs,
        is_repost="retweeted" in refs,
        lang=data.get("lang"),
    )


def _media(data: dict[str, Any], media: dict[str, Any]) -> list[Media]:
    keys = (data.get("attachments") or {}).get("media_keys") or []
    out = []
    for key in keys:
        m = media.get(key)
        if m is None:
            continue
        out.append(
            Media(
                kind=m.type or "photo",
                url=m.url or m.preview_image_url,
                alt_text=m.alt_text or None,
            )
        )
    return out


def _geo(data: dict[str, Any], places: dict[str, Any]) -> Geo | None:
    geo = data.get("geo")
    if not isinstance(geo, dict):
        return None
    lat = lon = None
    coords = geo.get("coordinates")
    if isinstance(coords, dict) and isinstance(coords.get("coordinates"), list):
        pair = coords["coordinates"]
        # v2 "geo.coordinates" is a GeoJSON Point: [longitude, latitude].
        if len(pair) == 2:
            lon, lat = _num(pair[0], 180), _num(pair[1], 90)
    place = places.get(geo.get("place_id")) if geo.get("place_id") else None
    if (lat is None or lon is None) and place is not None and place.place_type == "poi":
        # A point of interest is a single venue; its tiny bounding box is its position.
        lat, lon = _bbox_centre(place.geo)
    if lat is None or lon is None:
        lat = lon = None
        if place is None:
            return None
    return Geo(
        lat=lat,
        lon=lon,
        place_name=place.full_name if place is not None else None,
        place_type=place.place_type if place is not None else None,
        country_code=place.country_code if place is not None else None,
    )


def _bbox_centre(geo: Any) -> tuple[float | None, float | None]:
    bbox = geo.get("bbox") if isinstance(geo, dict) else None
    if not (isinstance(bbox, list) and len(bbox) == 4):
        return None, None
    w, s, e, n = (_num(v, 180) for v in bbox)
    if None in (w, s, e, n):
        return None, None
    return (s + n) / 2, (w + e) / 2  # type: ignore[operator]


def _num(v: Any, limit: float) -> float | None:
    try:
        f = float(v)
    except (TypeError, ValueError):
        return None
    return f if f == f and abs(f) <= limit else None


def _expanded_profile_url(user: Any) -> str | None:
    urls = ((user.entities or {}).get("url") or {}).get("urls") or []
    for u in urls:
        if isinstance(u, dict) and u.get("expanded_url"):
            return u["expanded_url"]
    return user.url or None


# -- error messages ---------------------------------------------------------------------
def _rate_message(reset_time: datetime | None) -> str:
    when = f"{reset_time.astimezone().strftime('%H:%M')} 以降に" if reset_time else "しばらく待ってから"
    return f"X API の利用上限に達しました。{when}再実行すると続きから読みます"


def _forbidden_message(exc: Any) -> str:
    codes = set(getattr(exc, "api_codes", []) or [])
    messages = " ".join(getattr(exc, "api_messages", []) or [])
    if 453 in codes or "subset" in messages or "client-not-enrolled" in str(getattr(exc, "api_errors", "")):
        why = "この API プランでは投稿を読めません (HTTP 403 / 453: access to a subset of endpoints)"
    else:
        why = "この API プランまたはトークンでは投稿を読めません (HTTP 403)"
    return f"{why}。{_ARCHIVE_HINT}"


def _status(exc: Any) -> str:
    response = getattr(exc, "response", None)
    return f"HTTP {getattr(response, 'status_code', '?')}"


def _user_error(errors: list[dict[str, Any]], handle: str) -> str:
    text = " ".join(str(e.get("detail") or e.get("title") or "") for e in errors or [])
    if "suspended" in text.lower():
        return f"@{handle} は凍結されています"
    return f"@{handle} が X に見つかりません"


def _timeline_error(errors: list[dict[str, Any]], handle: str) -> Exception:
    kinds = " ".join(str(e.get("type", "")) + " " + str(e.get("title", "")) for e in errors)
    if "not-authorized" in kinds or "Authorization" in kinds:
        return AuthError(
            f"@{handle} は非公開 (鍵アカ) のため読めません。本人のトークンを {USER_TOKEN_ENV} に設定するか、{_ARCHIVE_HINT}"
        )
    return ConnectorError(f"@{handle} の投稿を読めません ({kinds.strip()[:80]})")


def open_source(handle: str, **options: Any) -> XApi:
    return XApi(handle, **options)
