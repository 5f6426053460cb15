"""Announced absences: when the author (or the whole household) will be away, and where.

A post with a ``whereabouts`` finding of kind ``future`` or ``away`` announces an
absence. Its dates are read from the post's words relative to the post's local date:

- a start: 今日/今夜 (+0), 明日 (+1), 明後日 (+2), 今週末/来週末 (that Saturday),
  来週の火水 / 今週の金 (those days), 〇曜 (the next one), 9/12, 9月12日, 12日から;
- an end: N日間 (start + N − 1), N泊M日 (start + M − 1), N泊 (start + N), 1週間,
  15日まで / 5日の夜まで / 9/14まで; several named days (来週の火水) end on the last.

Without a start the absence begins on the post's own date (「これから武道館」,
「5日まで留守にします」); a plan with no date at all and no word that the home is empty
(「GWの予定、実家に顔出すくらい」) is not an absence one can put on a calendar. The
place is the finding's value, else a ``now`` place or a fresh away geotag during the
absence. Live posts during an announced absence join its evidence. Absences that
overlap are merged. Told afterwards (「先月の旅行」) is not a ``whereabouts`` finding in
the first place, so it never reaches here.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from datetime import date, datetime, timedelta
from functools import lru_cache

from auditor.infer.clock import WEEKDAYS_JA, Clock
from auditor.infer.types import Absence
from auditor.model import Finding, GeoPoint

_DAY = "月火水木金土日"
_SLASH = re.compile(r"(?<![\d:/])(\d{1,2})/(\d{1,2})(?![\d:/])")
_KANJI_DATE = re.compile(r"(?<!\d)(\d{1,2})月(\d{1,2})日")
_DAY_OF_MONTH = re.compile(r"(?<![\d月/])(\d{1,2})日(?:の(?:朝|昼|夜|夕方))?(から|〜|~|まで)")
_RELATIVE = (
    (re.compile(r"明後日|あさって"), 2),
    (re.compile(r"明日|あした|明朝"), 1),
    (re.compile(r"今日|本日|今夜|今晩|今から|これから"), 0),
)
_WEEK_DAYS = re.compile(rf"(来週|今週|再来週)の?([{_DAY}]+)(?:曜日?)?")
_WEEKEND = re.compile(r"(来週末|今週末|週末)")
_BARE_DAY = re.compile(rf"(?<![{_DAY}来今週])([{_DAY}])曜")
_NIGHTS_DAYS = re.compile(r"(\d+)泊(\d+)日")
_NIGHTS = re.compile(r"(\d+)泊(?!\d)")
_DAYS = re.compile(r"(\d+)日間")
_WEEK = re.compile(r"1週間|一週間")
_UNTIL = re.compile(r"まで")
_OPEN = re.compile(r"(?:明日|明後日|あした|今日|来週|来月|今週|今月|週末|\d日|\d/\d{1,2}|曜日?)から")


def _valid(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _month_day(m: int, d: int, posted: date) -> date | None:
    day = _valid(posted.year, m, d)
    if day is not None and day < posted and posted.month >= 10 and m <= 3:
        day = _valid(posted.year + 1, m, d)  # 「1/3から」 written in late December
    return day


def _day_of_month(d: int, posted: date) -> date | None:
    day = _valid(posted.year, posted.month, d)
    if day is not None and day < posted:
        nxt = posted.replace(day=1) + timedelta(days=32)
        day = _valid(nxt.year, nxt.month, d)
    return day


@lru_cache(maxsize=4096)
def parse_span(text: str, posted: date) -> tuple[date | None, date | None]:
    """(start, end) of an announced absence in ``text`` written on ``posted``."""
    text = unicodedata.normalize("NFKC", text)
    starts: list[tuple[int, date]] = []  # (position, date)
    ends: list[date] = []
    month_days = [m for pattern in (_SLASH, _KANJI_DATE) for m in pattern.finditer(text)]
    for m in month_days:
        day = _month_day(int(m.group(1)), int(m.group(2)), posted)
        if day:
            if _UNTIL.match(text, m.end()):
                ends.append(day)
            else:
                starts.append((m.start(), day))
    for m in _DAY_OF_MONTH.finditer(text):
        day = _day_of_month(int(m.group(1)), posted)
        if day:
            if m.group(2) == "まで":
                ends.append(day)
            else:
                starts.append((m.start(), day))
    for pattern, offset in _RELATIVE:
        m = pattern.search(text)
        if m:
            starts.append((m.start(), posted + timedelta(days=offset)))
    monday = posted - timedelta(days=posted.weekday())
    for m in _WEEK_DAYS.finditer(text):
        base = monday + timedelta(days={"今週": 0, "来週": 7, "再来週": 14}[m.group(1)])
        days = sorted(base + timedelta(days=_DAY.index(c)) for c in m.group(2))
        starts.append((m.start(), days[0]))
        if len(days) > 1:
            ends.append(days[-1])
    for m in _WEEKEND.finditer(text):
        base = monday + timedelta(days=7 if m.group(1) == "来週末" else 0)
        sat = base + timedelta(days=5)
        starts.append((m.start(), sat if sat >= posted else sat + timedelta(days=7)))
    for m in _BARE_DAY.finditer(text):
        ahead = (_DAY.index(m.group(1)) - posted.weekday()) % 7
        starts.append((m.start(), posted + timedelta(days=ahead)))
    starts = [(pos, d) for pos, d in starts if d >= posted]
    start = min(starts)[1] if starts else None
    end = None
    if start is not None:
        m = _NIGHTS_DAYS.search(text)
        if m:
            end = start + timedelta(days=int(m.group(2)) - 1)
        elif (m := _NIGHTS.search(text)) is not None:
            end = start + timedelta(days=int(m.group(1)))
        elif (m := _DAYS.search(text)) is not None and int(m.group(1)) > 0:
            end = start + timedelta(days=int(m.group(1)) - 1)
        elif _WEEK.search(text):
            end = start + timedelta(days=6)
    later = [d for d in ends if start is None or d >= start]
    if later:
        end = max(later) if end is None else max(end, max(later))
    if end is None and start is not None and not _open_ended(text):
        end = start
    return start, end


def _open_ended(text: str) -> bool:
    """「明日から海外赴任」: a start with no stated end."""
    return bool(_OPEN.search(text))


def infer_absences(
    findings: list[Finding],
    texts: dict[str, str],
    posted: dict[str, datetime | None],
    clock: Clock,
    away_points: list[GeoPoint] = (),  # type: ignore[assignment]
) -> list[Absence]:
    where = [f for f in findings if f.category == "whereabouts" and f.post_id]
    by_post: dict[str, list[Finding]] = {}
    for f in where:
        by_post.setdefault(f.post_id, []).append(f)  # type: ignore[arg-type]
    absences: list[Absence] = []
    for pid, fs in by_post.items():
        told = _told(pid, fs, texts, posted, clock)
        if told is not None:
            absences.append(Absence(*told))
    # Live posts (「清水港なう」, a fresh geotag far from home) during an absence.
    live: list[tuple[date, str, str | None]] = []
    for f in where:
        if f.kind == "now" and posted.get(f.post_id) is not None:
            live.append((_local_day(clock, posted[f.post_id]), f.post_id, f.value))  # type: ignore[arg-type, index]
    return _with_live(absences, live, away_points, clock)


def _told(pid: str, fs: list[Finding], texts: dict[str, str], posted: dict[str, datetime | None],
          clock: Clock) -> tuple | None:
    """The absence one post announces (Absence's fields), if any."""
    kinds = {f.kind for f in fs}
    if not kinds & {"future", "away"} or posted.get(pid) is None:
        return None
    day = _local_day(clock, posted[pid])  # type: ignore[arg-type]
    start, end = parse_span(texts.get(pid, ""), day)
    if start is None and end is None and "away" not in kinds:
        return None  # a plan with no date (「GWの予定、実家に顔出すくらい」): no absence to date
    if start is None:  # 「5日まで留守にします」: from now
        start, end = day, end or day
    place = next((f.value for f in fs if f.kind == "future" and f.value), None)
    return (start, end, place, [pid], start > day or "future" in kinds, "away" in kinds)


def _with_live(absences: list[Absence], live: list[tuple[date, str, str | None]],
               away_points: list[GeoPoint], clock: Clock) -> list[Absence]:
    """Merge overlapping absences and add the live posts made during them."""
    absences = _merge(absences)
    live, days = _live(live, away_points, clock)
    for a in absences:
        _attach(a, live, days)
    return absences


def _live(live: list[tuple[date, str, str | None]], away_points: list[GeoPoint], clock: Clock):
    """Live posts and fresh away positions, by day (then post), and their days."""
    live = list(live)
    for p in away_points:
        when = p.at or p.posted_at
        if when is not None:
            live.append((_local_day(clock, when), p.post_id, p.place_name))
    live.sort(key=lambda x: (x[0], x[1]))
    return live, [day for day, _pid, _place in live]


def _attach(a: Absence, live: list, days: list[date]) -> Absence:
    last = a.end or a.start
    for _day, pid, place in live[bisect_left(days, a.start):bisect_right(days, last)]:
        if pid not in a.evidence:
            a.evidence.append(pid)
        if a.place is None and place:
            a.place = place
    return a


def _merge_step(merged: list[list], told: tuple) -> None:
    """One step of ``_merge`` on plain lists [start, end, place, evidence, announced, home_empty]."""
    start, end, place, evidence, announced, empty = told
    if merged:
        prev = merged[-1]
        prev_end = prev[1] or prev[0]
        if start <= prev_end:
            prev[1] = max(prev_end, end or start)
            prev[3] += [p for p in evidence if p not in prev[3]]
            prev[2] = prev[2] or place
            prev[4] |= announced
            prev[5] |= empty
            return
    merged.append([start, end, place, list(evidence), announced, empty])


class AbsenceIndex:
    """``infer_absences`` for an account's whereabouts findings with some left out (by
    position). Each post's announcement is read once; a what-if re-reads the posts that
    lost findings and merges again only the stretch of absences they fall in (merging
    goes in date order, and an absence that does not overlap its neighbours stays as
    it was), keeping the rest as they were."""

    def __init__(self, findings: list[Finding], texts: dict[str, str],
                 posted: dict[str, datetime | None], clock: Clock,
                 away_points: list[GeoPoint] = ()) -> None:  # type: ignore[assignment]
        self.findings, self.texts, self.posted, self.clock = findings, texts, posted, clock
        self.at: dict[str, list[int]] = {}
        for i, f in enumerate(findings):
            if f.category == "whereabouts" and f.post_id:
                self.at.setdefault(f.post_id, []).append(i)
        self.told = {pid: _told(pid, [findings[i] for i in at], texts, posted, clock)
                     for pid, at in self.at.items()}
        self.live = [(_local_day(clock, posted[f.post_id]), f.post_id, f.value, i)  # type: ignore[arg-type, index]
                     for i, f in enumerate(findings)
                     if f.category == "whereabouts" and f.post_id and f.kind == "now"
                     and posted.get(f.post_id) is not None]
        self.live_at = frozenset(i for *_, i in self.live)
        self.all_live = [(day, pid, value) for day, pid, value, _i in self.live]
        # The absences in the order ``_merge`` reads them: (start, end, first seen).
        self.away = tuple(p.post_id for p in away_points)
        self.entries = sorted(((t[0], t[1] or t[0], self.at[pid][0]), t)
                              for pid, t in self.told.items() if t is not None)
        self.keys = [k for k, _t in self.entries]
        self.entry_of = {t[3][0]: n for n, (_k, t) in enumerate(self.entries)}
        merged: list[list] = []
        self.group_of: list[int] = []
        self.bounds: list[list[int]] = []  # [first entry, last entry + 1] of each absence
        for n, (_k, t) in enumerate(self.entries):
            before = len(merged)
            _merge_step(merged, t)
            if len(merged) > before:
                self.bounds.append([n, n + 1])
            else:
                self.bounds[-1][1] = n + 1
            self.group_of.append(len(merged) - 1)
        self.live_list, self.days = _live(self.all_live, away_points, clock)
        # Shared by every what-if that leaves them as they are (inference's results are
        # read, never changed: ``infer`` hands out copies).
        self.final = [_attach(Absence(*m), self.live_list, self.days) for m in merged]
        self.bare = [Absence(*m[:3], list(m[3]), *m[4:]) for m in merged]  # without live posts

    def dates(self, dropped: frozenset[int] | set[int]) -> list[Absence]:
        """The absences as ``infer`` would merge them, without the live posts added to them
        (their dates and whether announced or the home empty are the same: all the score
        reads)."""
        return self.infer(dropped, [], attach=False)

    def infer(self, dropped: frozenset[int] | set[int], away_points: list[GeoPoint],
              attach: bool = True) -> list[Absence]:
        hit = {self.findings[i].post_id for i in dropped} & self.at.keys()
        if attach and (not dropped.isdisjoint(self.live_at)
                       or tuple(p.post_id for p in away_points) != self.away):
            return self._again(dropped, hit, away_points)
        kept = self.final if attach else self.bare
        gone = {self.entry_of[pid] for pid in hit if pid in self.entry_of}
        new = []
        for pid in hit:
            left = [i for i in self.at[pid] if i not in dropped]
            told = _told(pid, [self.findings[i] for i in left], self.texts, self.posted,
                         self.clock) if left else None
            if told is not None:
                new.append(((told[0], told[1] or told[0], left[0]), told))
        if not gone and not new:
            return list(kept)
        touched = {self.group_of[n] for n in gone}
        for key, _t in new:
            at = bisect_left(self.keys, key)
            touched.update(self.group_of[n] for n in (at - 1, at) if 0 <= n < len(self.keys))
        first = min(touched) if touched else len(self.bounds)
        last = max(touched) if touched else len(self.bounds) - 1
        lo = self.bounds[first][0] if touched else len(self.entries)
        hi = self.bounds[last][1] if touched else len(self.entries)
        window = [self.entries[n] for n in range(lo, hi) if n not in gone] + new
        window.sort(key=lambda e: e[0])
        merged: list[list] = []
        for _k, t in window:
            _merge_step(merged, t)
        after = last + 1
        while (after < len(self.bounds) and merged
               and self.entries[self.bounds[after][0]][1][0] <= (merged[-1][1] or merged[-1][0])):
            for n in range(*self.bounds[after]):  # an absence that now overlaps: merged in
                _merge_step(merged, self.entries[n][1])
            after += 1
        made = [_attach(Absence(*m), self.live_list, self.days) if attach else Absence(*m) for m in merged]
        return kept[:first] + made + kept[after:]

    def _again(self, dropped: frozenset[int] | set[int], hit: set, away_points: list[GeoPoint]) -> list[Absence]:
        """Every absence merged again (the live posts changed)."""
        order: list[tuple[int, tuple]] = []
        for pid, at in self.at.items():
            if pid in hit:
                left = [i for i in at if i not in dropped]
                told = _told(pid, [self.findings[i] for i in left], self.texts, self.posted,
                             self.clock) if left else None
                first = left[0] if left else -1
            else:
                told, first = self.told[pid], at[0]
            if told is not None:
                order.append((first, told))
        order.sort(key=lambda x: x[0])  # where each post is first seen, as infer_absences reads them
        merged: list[list] = []
        for _, told in sorted(order, key=lambda x: (x[1][0], x[1][1] or x[1][0])):
            _merge_step(merged, told)
        live = [(day, pid, value) for day, pid, value, i in self.live if i not in dropped]
        live, days = _live(live, away_points, self.clock)
        return [_attach(Absence(*m), live, days) for m in merged]


@lru_cache(maxsize=65536)
def _local_day(clock: Clock, when: datetime) -> date:
    return clock.local(when).date()


def _merge(items: list[Absence]) -> list[Absence]:
    out: list[Absence] = []
    for a in sorted(items, key=lambda a: (a.start, a.end or a.start)):
        if out:
            prev = out[-1]
            prev_end = prev.end or prev.start
            if a.start <= prev_end:
                prev.end = max(prev_end, a.end or a.start)
                prev.evidence += [p for p in a.evidence if p not in prev.evidence]
                prev.place = prev.place or a.place
                prev.announced |= a.announced
                prev.home_empty |= a.home_empty
                continue
        out.append(a)
    return out


def weekday_ja(day: date) -> str:
    return WEEKDAYS_JA[day.weekday()]
