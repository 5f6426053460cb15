"""The account's local time: which zone, which days are days off.

Routine inference reads timestamps as the author lived them. The zone is Asia/Tokyo
unless the account evidently lives elsewhere: the profile's location names a city
abroad, or most geotags lie outside Japan (then a whole-hour zone from their median
longitude). Days off are Saturdays, Sundays and Japanese public holidays (the
``holidays`` package), so that Golden Week is not read as a commuting week.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, datetime
from functools import lru_cache
from statistics import median
from zoneinfo import ZoneInfo

from auditor.model import GeoPoint, Profile

DEFAULT_ZONE = "Asia/Tokyo"

#: Profile locations that put an account outside Japan (katakana and English forms).
_ABROAD: tuple[tuple[str, str], ...] = (
    (r"ロンドン|london", "Europe/London"),
    (r"パリ(?!ーグ)|paris", "Europe/Paris"),
    (r"ベルリン|berlin|ミュンヘン|munich", "Europe/Berlin"),
    (r"ニューヨーク|new\s*york|nyc|ボストン|boston", "America/New_York"),
    (r"トロント|toronto", "America/Toronto"),
    (r"ロサンゼルス|los\s*angeles|サンフランシスコ|san\s*francisco|シアトル|seattle", "America/Los_Angeles"),
    (r"バンクーバー|vancouver", "America/Vancouver"),
    (r"ホノルル|honolulu|ハワイ在住|hawaii", "Pacific/Honolulu"),
    (r"シンガポール|singapore", "Asia/Singapore"),
    (r"ソウル|seoul|韓国在住", "Asia/Seoul"),
    (r"台北|taipei|台湾在住", "Asia/Taipei"),
    (r"上海|shanghai|北京|beijing", "Asia/Shanghai"),
    (r"香港|hong\s*kong", "Asia/Hong_Kong"),
    (r"バンコク|bangkok", "Asia/Bangkok"),
    (r"シドニー|sydney|メルボルン|melbourne", "Australia/Sydney"),
)

# Japan's extent, generously (Okinotori to Etorofu, Yonaguni to Minamitori).
_JP_LAT = (20.0, 46.0)
_JP_LON = (122.0, 154.0)


def in_japan(lat: float, lon: float) -> bool:
    return _JP_LAT[0] <= lat <= _JP_LAT[1] and _JP_LON[0] <= lon <= _JP_LON[1]


def account_zone(profile: Profile | None, points: Iterable[GeoPoint] = ()) -> str:
    """IANA zone name for reading this account's timestamps."""
    location = (profile.location or "") if profile else ""
    for pattern, zone in _ABROAD:
        if re.search(pattern, location, re.IGNORECASE):
            return zone
    pts = list(points)
    outside = [p for p in pts if not in_japan(p.lat, p.lon)]
    if len(pts) >= 5 and len(outside) >= 0.7 * len(pts):
        offset = round(median(p.lon for p in outside) / 15)
        if offset == 0:
            return "Etc/UTC"
        # The Etc zones have inverted signs: UTC+9 is "Etc/GMT-9".
        return f"Etc/GMT{-offset:+d}"
    return DEFAULT_ZONE


@lru_cache(maxsize=64)
def _jp_holidays(year: int) -> frozenset[date]:
    import holidays

    return frozenset(holidays.country_holidays("JP", years=year))


class Clock:
    """Local time and days off for one account."""

    def __init__(self, zone: str = DEFAULT_ZONE) -> None:
        self.zone_name = zone
        self.zone = ZoneInfo(zone)
        self._japan = zone == DEFAULT_ZONE
        self._off: dict[date, bool] = {}

    def local(self, at: datetime) -> datetime:
        return at.astimezone(self.zone)

    def day_off(self, day: date) -> bool:
        off = self._off.get(day)
        if off is None:  # (asked once per post: a heavy account has a few thousand days)
            off = self._off[day] = day.weekday() >= 5 or (self._japan and day in _jp_holidays(day.year))
        return off

    def workday(self, at: datetime) -> bool:
        return not self.day_off(self.local(at).date())


WEEKDAYS_JA = "月火水木金土日"
WEEKDAYS_EN = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def hhmm(minutes: float) -> str:
    m = round(minutes) % (24 * 60)
    return f"{m // 60:02d}:{m % 60:02d}"


@lru_cache(maxsize=4096)
def minutes_of(value: str) -> int | None:
    """"07:30" → 450; None for anything else."""
    m = re.fullmatch(r"(\d{1,2}):(\d{2})", value or "")
    if not m or int(m.group(1)) > 23 or int(m.group(2)) > 59:
        return None
    return int(m.group(1)) * 60 + int(m.group(2))
