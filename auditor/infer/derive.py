"""Findings only a reading across text *and* time can make.

The text detector judges one post's words without knowing when it was posted; these
rules add what the combination gives away, as ordinary findings (stored, reported,
named in recommendations):

- **stated leave/return times**: a habitual post (毎朝, 平日は, いつも …) that says when
  the author leaves or gets home (家を出る, 帰宅, お迎え …) → a ``routine``/``time``
  finding for each clock time in it (「7時半」 → "07:30"), unless the detector already
  marked that span. 「帰りは17時15分に会社を出て、18時20分に帰宅。平日は毎日これ」 is
  a routine across two sentences; the detector reads sentence by sentence.
- **birthday from the post date**: 「今日で38歳になりました」 posted on 2026-06-14 says
  the author was born on 1988-06-14 → an ``identity``/``birthday`` finding (source
  ``timing``) on the age's words.
"""

from __future__ import annotations

import re
from datetime import datetime

from auditor.infer.clock import Clock
from auditor.model import Finding, Post

HABIT = re.compile(r"毎朝|毎晩|毎日|毎週|平日は|平日の|いつも|決まって|だいたい|たいてい|帰りは|朝は")
LEAVE_OR_RETURN = re.compile(r"家を出|出発|出勤|出社|帰宅|帰る|帰り|お迎え|家に着|退社|退勤|会社を出")
CLOCK = re.compile(r"(\d{1,2})\s?(?:時|:)\s?(?:(\d{1,2})\s?分?|(半))?(?!\d|間)")
TODAY_AGE = re.compile(r"(今日|本日)で\s?(\d{1,3})\s?歳|(\d{1,3})\s?歳の誕生日")


def _clock_times(text: str) -> list[tuple[int, int, str]]:
    """(start, end, "HH:MM") for each clock time in ``text``."""
    out = []
    for m in CLOCK.finditer(text):
        hh = int(m.group(1))
        mm = 30 if m.group(3) else int(m.group(2) or 0)
        if hh <= 23 and mm < 60:
            out.append((m.start(), m.end(), f"{hh:02d}:{mm:02d}"))
    return out


def stated_times(posts: list[Post], findings: list[Finding]) -> list[Finding]:
    marked = {(f.post_id, f.start) for f in findings if f.category == "routine" and f.kind == "time"}
    out = []
    for p in posts:
        if not p.authored or not HABIT.search(p.text) or not LEAVE_OR_RETURN.search(p.text):
            continue
        for start, end, value in _clock_times(p.text):
            if (p.id, start) in marked:
                continue
            out.append(Finding(
                "routine", start, end, p.text[start:end], "家を出る・帰宅する決まった時刻",
                source="text", weight=0.6, post_id=p.id, kind="time", value=value,
                reason_en="the regular time the author leaves or gets home",
            ))
    return out


def birthdays(posts: list[Post], findings: list[Finding], clock: Clock) -> list[Finding]:
    posted: dict[str, datetime | None] = {p.id: p.created_at for p in posts}
    texts = {p.id: p.text for p in posts}
    have = {f.post_id for f in findings if f.category == "identity" and f.kind == "birthday"}
    out = []
    for f in findings:
        if f.category != "identity" or f.kind != "age" or f.post_id in have:
            continue
        when = posted.get(f.post_id or "")
        m = TODAY_AGE.search(texts.get(f.post_id or "", ""))
        if when is None or m is None:
            continue
        age = int(m.group(2) or m.group(3))
        day = clock.local(when).date()
        try:
            born = day.replace(year=day.year - age)
        except ValueError:  # 29 February
            born = day.replace(year=day.year - age, day=28)
        out.append(Finding(
            "identity", f.start, f.end, f.text, "投稿日から分かる誕生日 (「今日で〇歳」)",
            source="timing", weight=min(0.9, f.weight + 0.1), post_id=f.post_id, field=f.field,
            kind="birthday", value=born.isoformat(),
            reason_en="the birthday, from the date of a 'turned N today' post",
        ))
    return out


def derived_findings(posts: list[Post], findings: list[Finding], clock: Clock) -> list[Finding]:
    return stated_times(posts, findings) + birthdays(posts, findings, clock)
