"""Passing network failures (timeouts, dropped connections, 5xx) are retried with backoff,
then end in one line; what was fetched is kept and the next run resumes (issue 9).

X goes through tweepy's real HTTP layer mocked with ``responses``; Mastodon and Bluesky
through their client objects raising the libraries' own exceptions.
"""

from __future__ import annotations

import json
from types import SimpleNamespace

import pytest
import requests
import responses
from live_helpers import assert_one_line_error, fixture_json, run_main

from auditor.errors import AuthError, ConnectorError
from auditor.store import Store
from connectors import base
from connectors.base import with_retries
from connectors.x_api import XApi

API = "https://api.twitter.com/2"
USER_ID = "1490000000000000001"
PAGE2 = "7140dibdnow9c7btw423x7ph0x1z8s7v5bl2bvjp3vq4i"


@pytest.fixture(autouse=True)
def _token(monkeypatch):
    monkeypatch.setenv("X_BEARER_TOKEN", "tok-SECRET-retry")
    monkeypatch.delenv("X_USER_ACCESS_TOKEN", raising=False)


def _user():
    responses.get(f"{API}/users/by/username/hana_test", json=fixture_json("x_api", "user.json"))


def _timeline(*, token=None, **kwargs):
    def match(request):
        got = (request.params or {}).get("pagination_token")
        return got == token, f"pagination_token={got!r}"

    responses.get(f"{API}/users/{USER_ID}/tweets", match=[match], **kwargs)


# -- the helper -------------------------------------------------------------------------
def test_transient_failures_are_retried_with_growing_waits(retry_waits):
    calls = iter([TimeoutError("1"), ConnectionResetError("2"), "ok"])

    def call():
        item = next(calls)
        if isinstance(item, Exception):
            raise item
        return item

    assert with_retries(call, lambda e: isinstance(e, OSError)) == "ok"
    assert retry_waits == list(base.RETRY_DELAYS[:2])
    assert retry_waits == sorted(retry_waits) and retry_waits[0] < retry_waits[1]


def test_other_errors_are_not_retried(retry_waits):
    def call():
        raise AuthError("no")

    with pytest.raises(AuthError):
        with_retries(call, lambda e: isinstance(e, OSError))
    assert retry_waits == []


def test_gives_up_after_the_last_delay(retry_waits):
    n = 0

    def call():
        nonlocal n
        n += 1
        raise TimeoutError

    with pytest.raises(TimeoutError):
        with_retries(call, lambda e: True)
    assert n == len(base.RETRY_DELAYS) + 1
    assert retry_waits == list(base.RETRY_DELAYS)


# -- X: 503, a dropped connection and a timeout, then the page -----------------------------
@responses.activate
def test_x_retries_5xx_and_dropped_connections(retry_waits):
    _user()
    _timeline(token=PAGE2, json=fixture_json("x_api", "tweets_page2.json"))
    _timeline(json={"title": "Service Unavailable", "status": 503}, status=503)
    _timeline(body=requests.ConnectionError("connection reset by peer"))
    _timeline(body=requests.ReadTimeout("read timed out"))
    _timeline(json=fixture_json("x_api", "tweets_page1.json"))
    posts = list(XApi("hana_test").posts())
    assert [p.id for p in posts] == ["1790000000000000003", "1790000000000000002", "1790000000000000001"]
    assert retry_waits == list(base.RETRY_DELAYS)


@responses.activate
def test_x_outage_ends_in_one_line_keeps_fetched_posts_and_resumes(tmp_path, capsys, retry_waits):
    db, out = tmp_path / "h.sqlite3", tmp_path / "r"
    _user()
    _timeline(json=fixture_json("x_api", "tweets_page1.json"))
    _timeline(token=PAGE2, json={"title": "Bad Gateway", "status": 502}, status=502)
    code, _, err = run_main(capsys, "scan", "x", "hana_test", "--out", out, "--db", db)
    assert_one_line_error(code, err, "サーバーエラー")
    assert f"{len(base.RETRY_DELAYS) + 1} 回" in err
    assert retry_waits == list(base.RETRY_DELAYS)
    with Store(db) as store:
        kept = {p.id for p in store.account_posts("x", "hana_test")}
    assert kept == {"1790000000000000003", "1790000000000000002"}  # page 1, fetched before

    responses.reset()
    _user()
    _timeline(token=PAGE2, json=fixture_json("x_api", "tweets_page2.json"))
    code, _, err = run_main(capsys, "scan", "x", "hana_test", "--out", out, "--db", db)
    assert code == 0, err
    timeline = [c for c in responses.calls if "/tweets" in c.request.url]
    assert [c.request.params.get("pagination_token") for c in timeline] == [PAGE2]
    assert json.loads((out / "report.json").read_text())["n_posts"] == 3


@responses.activate
def test_x_client_errors_are_not_retried(retry_waits):
    _user()
    _timeline(json=fixture_json("x_api", "error_401.json"), status=401)
    with pytest.raises(AuthError):
        list(XApi("hana_test").posts())
    assert retry_waits == []


# -- Mastodon and Bluesky: the libraries' own exceptions ----------------------------------
class _Flaky:
    """A client method failing with the given exceptions first, then answering."""

    def __init__(self, failures, answer):
        self.failures, self.answer, self.calls = list(failures), answer, 0

    def __call__(self, *args, **kwargs):
        self.calls += 1
        if self.failures:
            raise self.failures.pop(0)
        return self.answer


def test_mastodon_retries_network_and_server_errors(retry_waits):
    import mastodon as mp

    from connectors.mastodon import MastodonAccount

    conn = MastodonAccount("@hana@example.social", api=SimpleNamespace())
    flaky = _Flaky([mp.MastodonNetworkError("reset"), mp.MastodonServiceUnavailableError("503")], "ok")
    assert conn._call(flaky) == "ok" and flaky.calls == 3
    down = _Flaky([mp.MastodonNetworkError("down")] * 10, "never")
    with pytest.raises(ConnectorError, match="接続できません") as info:
        conn._call(down)
    assert down.calls == len(base.RETRY_DELAYS) + 1 and "\n" not in str(info.value)
    gone = _Flaky([mp.MastodonNotFoundError("404")], "never")
    with pytest.raises(ConnectorError, match="見つかりません"):
        conn._call(gone)
    assert gone.calls == 1


def test_bluesky_retries_timeouts_and_5xx(retry_waits):
    from atproto import exceptions as ax

    from connectors.bluesky import Bluesky

    conn = Bluesky("hana.bsky.social", client=SimpleNamespace())
    server_error = ax.RequestException(SimpleNamespace(status_code=503, content=None))
    flaky = _Flaky([ax.InvokeTimeoutError(), server_error], "ok")
    assert conn._call(flaky, {}) == "ok" and flaky.calls == 3
    bad = _Flaky([ax.BadRequestError(SimpleNamespace(status_code=400, content=None))], "never")
    with pytest.raises(ConnectorError):
        conn._call(bad, {})
    assert bad.calls == 1
    down = _Flaky([ax.NetworkError()] * 10, "never")
    with pytest.raises(ConnectorError, match="接続できません"):
        conn._call(down, {})
    assert down.calls == len(base.RETRY_DELAYS) + 1
