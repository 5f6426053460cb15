from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from archive_factory import T

JST = ZoneInfo("Asia/Tokyo")
SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def jst(*args: int) -> datetime:
    return datetime(*args, tzinfo=JST)


@pytest.fixture(autouse=True)
def _isolated_db(tmp_path_factory, monkeypatch):
    """No test ever touches the user's real scan history."""
    monkeypatch.setenv("AUDITOR_DB", str(tmp_path_factory.mktemp("db") / "history.sqlite3"))


@pytest.fixture(autouse=True)
def retry_waits(monkeypatch) -> list[float]:
    """Connectors' retry waits are recorded, not slept (a test may read them)."""
    import connectors.base

    waits: list[float] = []
    monkeypatch.setattr(connectors.base, "_sleep", waits.append)
    return waits


@pytest.fixture
def rules_only(monkeypatch) -> None:
    """The detector without its learned layer: what the rules alone promise."""
    monkeypatch.setenv("AUDITOR_CUES_MODEL", "off")


@pytest.fixture
def sample_tweets() -> list[T]:
    return [
        T("おはよう。今日も雨だね", jst(2026, 5, 1, 7, 45)),
        T("練馬区在住、最寄りは石神井公園駅です", jst(2026, 5, 1, 21, 3), lat=35.7436, lon=139.6066),
        T("連絡は 090-0000-1234 まで", jst(2026, 5, 2, 12, 30)),
        T("RT @news: 速報 <b>大雨</b> & 雷", jst(2026, 5, 2, 13, 0)),
        T("返信ありがとう!", jst(2026, 5, 3, 22, 10), reply_to="1499999999999999999"),
    ]
