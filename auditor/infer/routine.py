"""When the author is out: daily leave/return times, weekly events, sleep, activity.

Everything is read in the account's local time (``auditor.infer.clock``).

- ``activity``: posts per weekday × hour, Monday first (reposts included: their times
  still show when the account is awake).
- ``sleep``: the longest daily stretch without posts (10-minute bins over all days; a
  bin with a single stray post between two quiet stretches of ≥ 30 min stays quiet),
  if it lasts 3 h or more and the account has at least ``MIN_POSTS_FOR_SLEEP`` posts.
- ``weekday_leave_home``: a time the author states next to 「家を出る/出発/出勤」 (the
  earliest such time in the post); else a train time they name in a commute post minus
  ``WALK_TO_STATION_MIN``; else from timestamps: workday-morning posts that read like
  the commute (電車, 駅, 〇〇線, 満員 …): the first quartile of their times minus
  ``ON_BOARD_AFTER_LEAVING_MIN``, floored to 5 minutes — posts from the train
  07:40–08:10 give ≈ 07:30.
- ``weekday_return_home``: a stated time next to 「帰宅/帰り/お迎え/ただいま」 (the latest
  evening time in the post); else workday-evening 「ただいま/帰宅」 posts (their first
  quartile) and 「帰りの電車」 posts (+ ``ON_WAY_HOME_MIN``); else the earliest quartile
  of workday-evening geotags at home.
- ``weekly``: 「毎週〇曜」 findings labelled with the post's time and activity word; plus
  weekly events seen in timestamps alone: a weekday and one-hour window (at half-hour
  steps) with posts in at least half of the weeks (and 3), clearly more often than the
  same window on other days (``_timing_events``).
- ``commute_days``: weekdays whose mornings carry commute posts (≥ 30 % of the busiest).
- ``regularity``: 1 − IQR/60 min of commute-post times (a stated time counts as ≥ 0.8).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from statistics import quantiles

from auditor.infer.clock import WEEKDAYS_JA, Clock, hhmm, minutes_of
from auditor.infer.geo import Cluster
from auditor.infer.types import Routine
from auditor.model import Finding, GeoPoint, Post

MIN_POSTS_FOR_SLEEP = 30
WALK_TO_STATION_MIN = 15
ON_BOARD_AFTER_LEAVING_MIN = 10
ON_WAY_HOME_MIN = 20

COMMUTE = re.compile(
    r"電車|通勤|出勤|出社|満員|乗り換え|乗換|改札|ホーム|車内|駅|遅延|バス|(?<![直光曲])線(?![香路])|発の|"
    r"行ってきます|いってきます"
)
LEAVE = re.compile(r"家を出|出発|出勤|出社|家出")
ARRIVED = re.compile(r"ただいま|帰宅|家に着|帰ってきた|帰り着")
ON_WAY_HOME = re.compile(r"帰りの電車|帰り道|帰路|退勤|会社を出")
RETURN = re.compile(r"帰宅|帰る|帰り|ただいま|お迎え|家に着|退社|退勤|会社を出")
ACTIVITY = re.compile(
    r"在宅勤務|在宅|リモート|テレワーク|出社|ジム|スイミング|水泳|プール|ランニング|ジョギング|ラン|"
    r"ヨガ|ピラティス|サッカー|野球|テニス|バスケ|ダンス|ピアノ|英会話|塾|習い事|教室|レッスン|"
    r"練習|部活|買い物|ゴミ|通院|病院|デイサービス|礼拝|ボランティア|バイト|稽古|合唱|"
    r"ランチ|お昼|カフェ|飲み会|定例"
)


@dataclass(slots=True)
class Stamp:
    post_id: str
    local: datetime
    minute: int
    weekday: int
    workday: bool
    week: int
    commute: bool  # workday morning, reads like the way to work
    arrived: bool  # workday evening, 「ただいま」
    on_way_home: bool  # workday evening, 「帰りの電車」


class Timeline:
    """Each post's local time and commute hints, computed once per scan.

    Counts are kept as aggregates so that the recommender can ask "what if these posts
    were gone" by subtracting a handful of posts instead of re-reading the account.
    """

    def __init__(self, posts: Iterable[Post], clock: Clock) -> None:
        self.clock = clock
        self.stamps: dict[str, Stamp] = {}
        self.texts: dict[str, str] = {}
        off: dict[int, bool] = {}  # day (ordinal) → day off
        for p in posts:
            if p.created_at is None:
                continue
            t = clock.local(p.created_at)
            text = p.text if p.authored else ""
            self.texts[p.id] = text
            day = t.toordinal()
            if day not in off:
                off[day] = clock.day_off(t.date())
            workday = not off[day]
            minute = t.hour * 60 + t.minute
            self.stamps[p.id] = Stamp(
                post_id=p.id, local=t, minute=minute, weekday=t.weekday(), workday=workday,
                week=(day - 1) // 7,  # Monday-aligned (ordinal 1 is a Monday)
                commute=workday and 300 <= minute < 660 and bool(COMMUTE.search(text)),
                arrived=workday and minute >= 900 and bool(ARRIVED.search(text)),
                on_way_home=workday and minute >= 900 and bool(ON_WAY_HOME.search(text)),
            )
        weeks = {s.week for s in self.stamps.values()}
        self.n_weeks = (max(weeks) - min(weeks) + 1) if weeks else 0
        self._activity = [[0] * 24 for _ in range(7)]
        self._bins = [0] * 144
        self._workday_minutes = [[0] * 1440 for _ in range(7)]
        self._window_weeks: dict[tuple[int, int], Counter[int]] = {}
        window_weeks = self._window_weeks
        for s in self.stamps.values():
            self._activity[s.weekday][s.minute // 60] += 1
            self._bins[s.minute // 10] += 1
            if s.workday:
                self._workday_minutes[s.weekday][s.minute] += 1
            half = s.minute // 30
            for w in (half, (half - 1) % 48):  # _windows(s.minute)
                weeks = window_weeks.get((s.weekday, w))
                if weeks is None:
                    weeks = window_weeks[(s.weekday, w)] = Counter()
                weeks[s.week] += 1
        self.flagged = [s for s in self.stamps.values() if s.commute or s.arrived or s.on_way_home]
        self.flagged_ids = frozenset(s.post_id for s in self.flagged)
        self._evenings: dict[tuple, int | None] = {}
        self._weeks = {k: len(v) for k, v in self._window_weeks.items()}
        self._found: list[list[tuple[float, int, int]]] | None = None  # per window, all posts
        self._in_window: dict[tuple[int, int], list[str]] = {}

    def evening_at_home(self, p: GeoPoint) -> int | None:
        """Minute of a workday evening (from 16:00) a position was recorded, else None."""
        key = (p.post_id, p.at)
        if key not in self._evenings:
            t = self.clock.local(p.at) if p.at is not None else None
            ok = t is not None and not self.clock.day_off(t.date()) and t.hour >= 16
            self._evenings[key] = t.hour * 60 + t.minute if ok else None  # type: ignore[union-attr]
        return self._evenings[key]

    def _gone(self, removed: frozenset[str]) -> list[Stamp]:
        return [self.stamps[p] for p in removed if p in self.stamps]

    def _all_gone(self, removed: frozenset[str]) -> bool:
        """Every post removed (a locked account): the counts are all zero."""
        return len(removed) >= len(self.stamps) > 0 and self.stamps.keys() <= removed

    def count(self, removed: frozenset[str] = frozenset()) -> int:
        return len(self.stamps) - len(self._gone(removed))

    def activity(self, removed: frozenset[str] = frozenset()) -> list[list[int]]:
        if self._all_gone(removed):
            return [[0] * 24 for _ in range(7)]
        m = [list(row) for row in self._activity]
        for s in self._gone(removed):
            m[s.weekday][s.minute // 60] -= 1
        return m

    def bins(self, removed: frozenset[str] = frozenset()) -> list[int]:
        if self._all_gone(removed):
            return [0] * 144
        b = list(self._bins)
        for s in self._gone(removed):
            b[s.minute // 10] -= 1
        return b

    def workday_counts(self, lo: int, hi: int, removed: frozenset[str] = frozenset()) -> Counter[int]:
        """Workday posts per weekday with a time in [lo, hi) minutes."""
        out: Counter[int] = Counter()
        for d in range(7):
            n = sum(self._workday_minutes[d][max(lo, 0):min(hi, 1440)])
            if n:
                out[d] = n
        if self._all_gone(removed):  # every one of them subtracted again
            return Counter(dict.fromkeys(out, 0))
        for s in self._gone(removed):
            if s.workday and lo <= s.minute < hi:
                out[s.weekday] -= 1
        return out

    def window_weeks(self, removed: frozenset[str] = frozenset()) -> dict[tuple[int, int], int]:
        """(weekday, half-hour window) → weeks with a post in that hour-long window."""
        out = {k: len(v) for k, v in self._window_weeks.items()}
        lost: Counter[tuple[int, int, int]] = Counter()
        for s in self._gone(removed):
            for w in _windows(s.minute):
                lost[(s.weekday, w, s.week)] += 1
        for (d, w, week), n in lost.items():
            if self._window_weeks[(d, w)][week] <= n:
                out[(d, w)] -= 1
        return out

    def window_changes(self, removed: frozenset[str]) -> dict[tuple[int, int], int]:
        """The entries of ``window_weeks(removed)`` that differ from the full account's."""
        if self._all_gone(removed):
            return {k: 0 for k, n in self._weeks.items() if n}
        lost: Counter[tuple[int, int, int]] = Counter()
        for s in self._gone(removed):
            for w in _windows(s.minute):
                lost[(s.weekday, w, s.week)] += 1
        out: dict[tuple[int, int], int] = {}
        for (d, w, week), n in lost.items():
            if self._window_weeks[(d, w)][week] <= n:
                out[(d, w)] = out.get((d, w), self._weeks[(d, w)]) - 1
        return out

    def timing_events(self, removed: frozenset[str], leave: int | None,
                      memo: dict | None = None) -> list[tuple[int, int, int]]:
        """``_timing_events(window_weeks(removed), n_weeks, leave)``, re-judging only the
        windows that ``removed`` changes (each window is judged on its own)."""
        changed = self.window_changes(removed) if removed else {}
        key = ("routine.timing", frozenset(changed.items()), leave)
        if memo is not None and key in memo:
            return memo[key]
        if self._found is None:
            self._found = [_window_candidates(self._weeks, self.n_weeks, w) for w in range(48)]
        weeks = {**self._weeks, **changed} if changed else self._weeks
        redo = {w for _, w in changed}
        found = [c for w in range(48)
                 for c in (_window_candidates(weeks, self.n_weeks, w) if w in redo else self._found[w])]
        out = _timing_events(weeks, self.n_weeks, leave, found)
        if memo is not None:
            memo[key] = out
        return out

    def sleep(self, removed: frozenset[str] = frozenset(), memo: dict | None = None) -> str | None:
        """``sleep_window(bins(removed))``. The window depends on the bins only through
        whether there are enough posts and which bins hold 0, 1 or more posts, so
        removals that change neither reuse the answer."""
        if self._all_gone(removed):
            return sleep_window([0] * 144)
        gone = Counter(s.minute // 10 for s in self._gone(removed)) if removed else Counter()
        total = sum(self._bins) - sum(gone.values())
        shape = frozenset((b, min(self._bins[b] - n, 2)) for b, n in gone.items()
                          if min(self._bins[b] - n, 2) != min(self._bins[b], 2))
        key = ("routine.sleep", total >= MIN_POSTS_FOR_SLEEP, shape)
        if memo is not None and key in memo:
            return memo[key]
        out = sleep_window(self.bins(removed))
        if memo is not None:
            memo[key] = out
        return out

    def window_posts(self, weekday: int, window: int, removed: frozenset[str], limit: int = 5) -> list[str]:
        lo = window * 30
        if (weekday, window) not in self._in_window:  # every post in it, in timeline order
            self._in_window[(weekday, window)] = [
                s.post_id for s in self.stamps.values()
                if s.weekday == weekday and (s.minute - lo) % 1440 < 60
            ]
        out = []
        for pid in self._in_window[(weekday, window)]:
            if pid not in removed:
                out.append(pid)
                if len(out) == limit:
                    break
        return out


def _windows(minute: int) -> tuple[int, int]:
    """The two hour-long windows (at half-hour steps) that hold ``minute``."""
    return (minute // 30, (minute // 30 - 1) % 48)


def _floor5(minutes: float) -> int:
    return int(minutes // 5 * 5)


def _q25(values: list[int]) -> float:
    if len(values) < 4:
        return min(values)
    return quantiles(values, n=4)[0]


def sleep_window(bins: list[int]) -> str | None:
    """The longest quiet stretch of the day in 10-minute ``bins`` of post counts."""
    if sum(bins) < MIN_POSTS_FOR_SLEEP:
        return None
    quiet = [c == 0 for c in bins]
    # A single stray post between two quiet half-hours does not end the night.
    for i, c in enumerate(bins):
        if c == 1:
            before = all(bins[(i - k) % 144] == 0 for k in (1, 2, 3))
            after = all(bins[(i + k) % 144] == 0 for k in (1, 2, 3))
            if before and after:
                quiet[i] = True
    if all(quiet):
        return None
    start = next(i for i in range(144) if not quiet[i])  # a busy bin to start from
    best_len, best_start, run = 0, 0, 0
    for k in range(1, 145):
        i = (start + k) % 144
        if quiet[i]:
            run += 1
            if run > best_len:
                best_len, best_start = run, (i - run + 1) % 144
        else:
            run = 0
    if best_len * 10 < 180:
        return None
    return f"{hhmm(best_start * 10)}-{hhmm((best_start + best_len) * 10)}"


def _times_in(post_id: str, times: dict[str, list[int]]) -> list[int]:
    return sorted(times.get(post_id, []))


@lru_cache(maxsize=65536)
def _says(pattern: re.Pattern, text: str) -> bool:
    return pattern.search(text) is not None


@lru_cache(maxsize=65536)
def _activity(text: str) -> re.Match | None:
    return ACTIVITY.search(text)


@dataclass(frozen=True)
class _Words:
    """What the routine findings say in words (no timestamps): stated leave/return
    times, train times, the line, weekly events. Depends only on the findings."""

    stated: list[tuple[int, str]]
    train: list[tuple[int, str]]
    back: list[tuple[int, str]]
    line: str | None
    line_posts: list[str]
    items: list[str]  # sets of weekdays told in words, most posts first
    labels: list[str]  # their labels, in the same order
    item_posts: list[list[str]]


def _words(findings: list[Finding], texts: dict[str, str]) -> _Words:
    rfind = [f for f in findings if f.category == "routine"]
    times: dict[str, list[int]] = {}
    for f in rfind:
        if f.kind == "time" and f.post_id:
            m = minutes_of(f.value or "")
            if m is not None:
                times.setdefault(f.post_id, []).append(m)
    stated = []
    train = []
    for pid in times:
        text = texts.get(pid, "")
        morning = [m for m in _times_in(pid, times) if 240 <= m < 660]
        if not morning:
            continue
        if _says(LEAVE, text):
            stated.append((morning[0], pid))
        elif _says(COMMUTE, text):
            train.append((morning[0], pid))
    back = []
    for pid in times:
        evening = [m for m in _times_in(pid, times) if m >= 900]
        if evening and _says(RETURN, texts.get(pid, "")):
            back.append((evening[-1], pid))
    lines = Counter(f.value for f in rfind if f.kind == "line" and f.value)
    line = lines.most_common(1)[0][0] if lines else None
    line_posts = [f.post_id for f in rfind if f.kind == "line" and f.post_id] if lines else []
    # One entry per set of days, labelled with the most telling post (time and activity).
    weekly: dict[str, list[str]] = {}
    labels: dict[str, tuple[int, str]] = {}
    for f in rfind:
        if f.kind != "weekly" or not f.value or not f.post_id:
            continue
        days = "".join(d for d in WEEKDAYS_JA if d in f.value)
        if not days:
            continue
        act = _activity(texts.get(f.post_id, ""))
        when = _times_in(f.post_id, times)
        label = f"{days}曜" + (f" {hhmm(when[0])}" if when else "") + (f" {act.group(0)}" if act else "")
        rank = (2 if when else 0) + (1 if act else 0)
        weekly.setdefault(days, [])
        if f.post_id not in weekly[days]:
            weekly[days].append(f.post_id)
        if days not in labels or (rank, len(label)) > (labels[days][0], len(labels[days][1])):
            labels[days] = (rank, label)
    # A day named once, with nothing said about it (「金曜日のアイスは別腹」), is no schedule.
    items = [d for d in sorted(weekly, key=lambda d: -len(weekly[d]))
             if labels[d][0] > 0 or len(weekly[d]) >= 2]
    return _Words(stated, train, back, line, line_posts, items, [labels[d][1] for d in items],
                  [weekly[d] for d in items])


def _label(days: str, text: str, when: list[int]) -> tuple[int, str]:
    act = _activity(text)
    label = f"{days}曜" + (f" {hhmm(when[0])}" if when else "") + (f" {act.group(0)}" if act else "")
    return (2 if when else 0) + (1 if act else 0), label


def _days(f: Finding) -> str:
    return "".join(d for d in WEEKDAYS_JA if d in (f.value or ""))


class WordsIndex:
    """``_words`` of an account's routine findings with some left out (by position),
    re-reading only the posts and weekly day-sets that lost findings."""

    def __init__(self, findings: list[Finding], texts: dict[str, str]) -> None:
        self.findings, self.texts = findings, texts
        self.times: dict[str, list[tuple[int, int]]] = {}  # post → (position, minute)
        self.lines: list[tuple[int, str, str | None]] = []
        self.weekly: dict[str, list[int]] = {}  # days → positions of weekly findings
        self.days_of_post: dict[str, set[str]] = {}
        for i, f in enumerate(findings):
            if f.category != "routine":
                continue
            if f.kind == "time" and f.post_id:
                m = minutes_of(f.value or "")
                if m is not None:
                    self.times.setdefault(f.post_id, []).append((i, m))
            if f.kind == "line":
                self.lines.append((i, f.value, f.post_id))
            if f.kind == "weekly" and f.value and f.post_id:
                days = _days(f)
                if days:
                    self.weekly.setdefault(days, []).append(i)
                    self.days_of_post.setdefault(f.post_id, set()).add(days)
        self.post_of = {i: f.post_id for i, f in enumerate(findings)}
        self.labels: dict[int, tuple[int, str]] = {}  # weekly finding → (rank, label), times as they are
        self.base = _words(findings, texts)
        self.said = {pid: self._said(pid, [m for _, m in tm]) for pid, tm in self.times.items()}
        self.groups = {days: self._group(days, at, set(), {}) for days, at in self.weekly.items()}

    def _said(self, pid: str, minutes: list[int]) -> tuple:
        """What one post's stated times say: (stated, train, back) entries or None."""
        text = self.texts.get(pid, "")
        ordered = sorted(minutes)
        morning = [m for m in ordered if 240 <= m < 660]
        stated = train = back = None
        if morning:
            if _says(LEAVE, text):
                stated = (morning[0], pid)
            elif _says(COMMUTE, text):
                train = (morning[0], pid)
        evening = [m for m in ordered if m >= 900]
        if evening and _says(RETURN, text):
            back = (evening[-1], pid)
        return stated, train, back

    def _group(self, days: str, at: list[int], dropped: set | frozenset, when: dict) -> tuple | None:
        """(first position, posts, (rank, label)) of one weekly day-set, or None if gone."""
        posts: dict[str, None] = {}
        best: tuple[int, str] | None = None
        first = None
        for i in at:
            if i in dropped:
                continue
            pid = self.post_of[i]
            first = i if first is None else first
            if pid in when:
                rank, label = _label(days, self.texts.get(pid, ""), when[pid])
            else:  # the post's own times as they are: its label as it is
                if i not in self.labels:
                    self.labels[i] = _label(days, self.texts.get(pid, ""),
                                            sorted(m for _, m in self.times.get(pid, ())))
                rank, label = self.labels[i]
            posts[pid] = None  # type: ignore[index]
            if best is None or (rank, len(label)) > (best[0], len(best[1])):
                best = (rank, label)
        return None if first is None else (first, list(posts), best)

    def words(self, dropped: frozenset[int] | set[int]) -> _Words:
        if not dropped:
            return self.base
        hit = {self.post_of[i] for i in dropped}
        when: dict[str, list[int]] = {}
        if hit.isdisjoint(self.times):  # no stated time lost
            stated, train, back = self.base.stated, self.base.train, self.base.back
        else:
            entries = []
            for pid, tm in self.times.items():
                if pid in hit:
                    left = [(i, m) for i, m in tm if i not in dropped]
                    when[pid] = []
                    if not left:
                        continue
                    when[pid] = sorted(m for _, m in left)
                    entries.append((left[0][0], self._said(pid, [m for _, m in left])))
                else:
                    entries.append((tm[0][0], self.said[pid]))
            entries.sort(key=lambda e: e[0])
            stated = [e[1][0] for e in entries if e[1][0] is not None]
            train = [e[1][1] for e in entries if e[1][1] is not None]
            back = [e[1][2] for e in entries if e[1][2] is not None]
        if any(i in dropped for i, _v, _p in self.lines):
            lines = Counter(v for i, v, _p in self.lines if i not in dropped and v)
            line = lines.most_common(1)[0][0] if lines else None
            line_posts = [p for i, _v, p in self.lines if i not in dropped and p] if lines else []
        else:
            line, line_posts = self.base.line, self.base.line_posts
        touched = {d for pid in hit for d in self.days_of_post.get(pid, ())}
        groups = []
        for days, at in self.weekly.items():
            g = self._group(days, at, dropped, when) if days in touched else self.groups[days]
            if g is not None:
                groups.append((g[0], days, g[1], g[2]))
        groups.sort(key=lambda g: g[0])  # as the days were first seen
        order = sorted(groups, key=lambda g: -len(g[2]))
        items = [g for g in order if g[3][0] > 0 or len(g[2]) >= 2]
        return _Words(stated, train, back, line, line_posts, [g[1] for g in items],
                      [g[3][1] for g in items], [g[2] for g in items])


@dataclass(frozen=True)
class _Stamps:
    """What the commute-like and homecoming posts' timestamps say."""

    commute: list[int]  # minutes of the commute posts
    commute_days: int  # distinct dates with one
    commute_posts: list[str]
    arrivals: list[int]
    arrival_posts: list[str]


def _stamps(timeline: Timeline, removed: frozenset[str]) -> _Stamps:
    stamps = [s for s in timeline.flagged if s.post_id not in removed]
    commute = [s for s in stamps if s.commute]
    arrivals = [s.minute for s in stamps if s.arrived]
    arrivals += [s.minute + ON_WAY_HOME_MIN for s in stamps if s.on_way_home]
    return _Stamps([s.minute for s in commute], len({s.local.date() for s in commute}),
                   [s.post_id for s in commute], arrivals,
                   [s.post_id for s in stamps if s.arrived or s.on_way_home])


@dataclass(frozen=True)
class _Core:
    """What words and commute timestamps decide together (everything but the counts)."""

    leave: str | None
    regularity: float
    back: str | None
    needs_home: bool  # the return time is left to the geotags at home
    line: str | None
    items: list[str]
    labels: list[str]
    evidence: dict[str, None]  # in the order the routine tells it


def _core(words: _Words, stamps: _Stamps) -> _Core:
    evidence: dict[str, None] = {}
    leave, regularity = None, 0.0
    # -- leaving home ------------------------------------------------------------
    stated, train, commute_minutes = words.stated, words.train, stamps.commute
    if stated:
        value = Counter(m for m, _ in stated).most_common(1)[0][0]
        leave = hhmm(value)
        evidence.update((pid, None) for _, pid in stated)
    elif train:
        value = Counter(m for m, _ in train).most_common(1)[0][0] - WALK_TO_STATION_MIN
        leave = hhmm(_floor5(value))
        evidence.update((pid, None) for _, pid in train)
    elif stamps.commute_days >= 3:
        leave = hhmm(_floor5(_q25(commute_minutes) - ON_BOARD_AFTER_LEAVING_MIN))
    if len(commute_minutes) >= 3:
        iqr = quantiles(commute_minutes, n=4)
        regularity = max(0.0, min(1.0, 1 - (iqr[2] - iqr[0]) / 60))
        evidence.update((p, None) for p in stamps.commute_posts)
    if stated or train:
        regularity = max(regularity, 0.8)
    # -- coming home --------------------------------------------------------------
    back, needs_home = None, False
    if words.back:
        back = hhmm(Counter(m for m, _ in words.back).most_common(1)[0][0])
        evidence.update((pid, None) for _, pid in words.back)
    elif len(stamps.arrivals) >= 3:
        back = hhmm(_floor5(_q25(stamps.arrivals)))
        evidence.update((p, None) for p in stamps.arrival_posts)
    else:
        needs_home = True
    # -- weekly (in words) ----------------------------------------------------------
    if words.line is not None:
        evidence.update((p, None) for p in words.line_posts)
    for posts in words.item_posts:
        evidence.update((p, None) for p in posts)
    return _Core(leave, regularity, back, needs_home, words.line, words.items, words.labels, evidence)


def infer_routine(
    timeline: Timeline,
    findings: list[Finding],
    *,
    removed: frozenset[str] = frozenset(),
    home: Cluster | None = None,
    memo: dict | None = None,
    words_key: object = None,
    words: Callable[[], _Words] | None = None,
) -> Routine:
    """``memo`` (with ``words_key``, which must change whenever ``findings`` do) lets the
    recommender's what-ifs reuse the parts a removal cannot change; the result is the
    same with or without it. ``words``: gives ``_words(findings, …)`` faster
    (``WordsIndex``)."""
    memo = {} if memo is None else memo
    routine, core, more = _told_routine(timeline, findings, removed=removed, home=home, memo=memo,
                                        words_key=words_key, words=words)
    routine.activity = timeline.activity(removed)
    routine.sleep = timeline.sleep(removed, memo)
    if core.leave is not None:
        leave = minutes_of(core.leave) or 0
        per_day = timeline.workday_counts(leave, leave + 60, removed)
        if per_day:
            top = max(per_day.values())
            routine.commute_days = [WEEKDAYS_JA[d] for d in range(5) if per_day[d] >= 0.3 * top]
    routine.evidence = list({**core.evidence, **dict.fromkeys(more)}) if more else list(core.evidence)
    return routine


def score_routine(timeline: Timeline, findings: list[Finding], **kw) -> Routine:
    """The routine with only what the score reads (leaving and return times, their
    regularity, the line, the weekly events), computed as ``infer_routine`` does; the
    activity, sleep, commute days and evidence are left empty."""
    return _told_routine(timeline, findings, **kw)[0]


def _told_routine(
    timeline: Timeline,
    findings: list[Finding],
    *,
    removed: frozenset[str] = frozenset(),
    home: Cluster | None = None,
    memo: dict | None = None,
    words_key: object = None,
    words: Callable[[], _Words] | None = None,
) -> tuple[Routine, _Core, list[str]]:
    memo = {} if memo is None else memo
    routine = Routine(timezone=timeline.clock.zone_name)
    gone_flagged = removed & timeline.flagged_ids if removed else frozenset()
    key = ("routine.core", words_key, gone_flagged)
    if words_key is None or key not in memo:
        wkey = ("routine.words", words_key)
        if words_key is None or wkey not in memo:
            memo[wkey] = words() if words is not None else _words(findings, timeline.texts)
        skey = ("routine.stamps", gone_flagged)
        if skey not in memo:
            memo[skey] = _stamps(timeline, gone_flagged)
        memo[key] = _core(memo[wkey], memo[skey])
    core: _Core = memo[key]

    routine.weekday_leave_home, routine.regularity = core.leave, core.regularity
    routine.weekday_return_home = core.back
    if core.needs_home and home is not None:
        evenings = [m for m in (timeline.evening_at_home(p) for p in home.points
                                if p.post_id not in removed) if m is not None]
        if len(evenings) >= 3:
            routine.weekday_return_home = hhmm(_floor5(_q25(evenings)))
    if core.line is not None:
        routine.line = core.line
    out = list(core.labels)
    more: list[str] = []
    leave_min = minutes_of(routine.weekday_leave_home or "")
    for wd, window, n_weeks in timeline.timing_events(removed, leave_min, memo):
        day = WEEKDAYS_JA[wd]
        if any(day in k for k in core.items):
            continue  # already told in words
        start = window * 30
        out.append(f"{day}曜 {hhmm(start)}-{hhmm(start + 60)} ({timeline.n_weeks}週中{n_weeks}週)")
        more += timeline.window_posts(wd, window, removed)
    routine.weekly = out
    return routine, core, more


def _window_candidates(weeks: dict[tuple[int, int], int], n_weeks: int, w: int,
                       ) -> list[tuple[float, int, int]]:
    """(share, weekday, window) of the days whose window ``w`` stands out (see
    ``_timing_events``; every rule but the one that needs the leaving time)."""
    if n_weeks < 4:
        return []
    found = []
    for wd in range(7):
        seen = weeks.get((wd, w), 0)
        share = seen / n_weeks
        if share < 0.5 or seen < 3:
            continue
        start = w * 30
        if wd < 5 and 660 <= start + 30 <= 810:
            continue
        kind = range(5) if wd < 5 else range(5, 7)
        alike = [weeks.get((d, w), 0) / n_weeks for d in kind if d != wd]
        every = [weeks.get((d, w), 0) / n_weeks for d in range(7) if d != wd]
        alike_rate, every_rate = sum(alike) / len(alike), sum(every) / len(every)
        if share >= 2.5 * max(alike_rate, every_rate, 1e-9) and share - every_rate >= 0.3:
            found.append((share, wd, w))
    return found


def _timing_events(
    weeks: dict[tuple[int, int], int], n_weeks: int, leave: int | None,
    found: list[tuple[float, int, int]] | None = None,
) -> list[tuple[int, int, int]]:
    """(weekday, window, weeks seen) of weekly windows that stand out in timestamps.

    A window stands out when it holds posts at least 2.5 × as often as the same window
    on the other days of its kind (workdays Mon–Fri, days off Sat–Sun) and on all other
    days, and in at least 30 % more of the weeks than on the other days (so that chance
    clumps of evening posts in a short history do not count). On workdays the commute (leave − 30 min to
    leave + 90 min) and lunch (11:30–13:30) are the daily pattern, not weekly events.
    ``found``: the windows' candidates (``_window_candidates``) when already known.
    """
    if n_weeks < 4:
        return []
    if found is None:
        found = [c for w in range(48) for c in _window_candidates(weeks, n_weeks, w)]
    if leave is not None:
        found = [(share, wd, w) for share, wd, w in found
                 if not (wd < 5 and leave - 60 <= w * 30 <= leave + 60)]
    out, taken = [], set()
    for _share, wd, w in sorted(found, reverse=True):
        if {(wd, w - 1), (wd, w), (wd, w + 1)} & taken:
            continue
        taken.add((wd, w))
        out.append((wd, w, weeks[(wd, w)]))
    return sorted(out)
