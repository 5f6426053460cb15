"""A fictional account with planted facts, for testing inference end to end.

``build(seed, ...)`` returns tweets for ``archive_factory`` (real X archive format) and,
for each planted post, the findings the text detector is specified to emit (the
kind/value vocabulary of TEAM.md). Inference tests use those hand-built findings so that
they test inference, not the detector.

The person (invented; the places are real, the school and employer are not):
佐藤健太, born 1985-06-13 (「今日で41歳になりました」 on 2026-06-13); lives in 練馬区 near 石神井公園駅 with his wife and
daughter (6, 練馬区立さくら台小学校 1年2組); works at 株式会社みなと精機 大手町支店
(千代田区). Weekdays he leaves home at 07:20 and posts from the train 07:30–07:55; he
is back at 19:10; Tuesdays 19:30 he goes to the gym; he never posts between midnight
and 07:30. Geotags
cluster at home on evenings and weekends and at the office at weekday lunch. He
announces a family trip to 京都 (2026-05-15 → 05-17, home empty).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from archive_factory import T

from auditor.model import PROFILE_ID, Finding

JST = ZoneInfo("Asia/Tokyo")
HOME = (35.74360, 139.60660)  # 石神井公園駅 area
WORK = (35.68670, 139.76390)  # 大手町
START = date(2026, 4, 6)  # a Monday
WEEKS = 12
LEAVE = "07:20"
RETURN = "19:10"
TRIP = (date(2026, 5, 15), date(2026, 5, 17))

CHATTER = ["今日も眠い", "コーヒーうまい", "雨やだな", "ドラマ見てる", "寝る前のストレッチ",
           "新しいイヤホン買った", "お腹すいた", "週末なにしよう", "いい天気", "ニュース見た"]
COMMUTE = ["電車混んでる", "今日も満員電車", "東西線、遅延してる", "電車で読書", "乗り換えダッシュ"]


@dataclass
class Persona:
    tweets: list[T] = field(default_factory=list)
    findings: dict[str, list[Finding]] = field(default_factory=dict)  # tweet id → findings
    planted: dict[str, list[str]] = field(default_factory=dict)  # fact → evidence ids
    bio: str = "会社員。娘と妻と3人暮らし"
    location: str = "東京"

    def profile_findings(self) -> list[Finding]:
        out = [_f(self.location, "東京", "home", "prefecture", "東京都", 0.3)]
        for words, kind, value in (("娘", "member", "娘"), ("妻", "member", "妻"),
                                   ("3人暮らし", "household_size", "3")):
            out.append(_f(self.bio, words, "family", kind, value, 0.8))
        return [Finding(**{**f.to_dict(), "post_id": PROFILE_ID,
                           "field": "location" if f.category == "home" else "bio"}) for f in out]

    def all_findings(self) -> list[Finding]:
        return self.profile_findings() + [f for fs in self.findings.values() for f in fs]


def _f(text: str, words: str, category: str, kind: str, value: str | None, weight: float) -> Finding:
    start = text.find(words)
    assert start >= 0, (text, words)
    return Finding(category, start, start + len(words), words, f"{category}:{kind}",  # type: ignore[arg-type]
                   weight=weight, kind=kind, value=value)


def _jitter(rng: random.Random, point: tuple[float, float], metres: float) -> tuple[float, float]:
    dlat = rng.uniform(-metres, metres) / 111_000
    dlon = rng.uniform(-metres, metres) / 90_000
    return round(point[0] + dlat, 6), round(point[1] + dlon, 6)


def build(seed: int = 7, *, explicit_times: bool = True, geotags: bool = True) -> Persona:
    """The account. ``explicit_times`` plants 「7時20分に家を出る」 and 「19時10分に帰宅」
    posts; without them, routine must come from timestamps alone."""
    rng = random.Random(seed)
    p = Persona()
    n = 0

    def add(text: str, at: datetime, *, facts: tuple[str, ...] = (), geo=None, place=None,
            findings: list[Finding] | None = None) -> str:
        nonlocal n
        n += 1
        tid = str(1_900_000_000_000_000_000 + n)
        lat, lon = geo if geo else (None, None)
        p.tweets.append(T(text, at, id=tid, lat=lat, lon=lon, place=place))
        for f in findings or []:
            p.findings.setdefault(tid, []).append(
                Finding(**{**f.to_dict(), "post_id": tid}))
        for fact in facts:
            p.planted.setdefault(fact, []).append(tid)
        return tid

    def at(day: date, hh: int, mm: int) -> datetime:
        return datetime(day.year, day.month, day.day, hh, mm, tzinfo=JST)

    for d in range(WEEKS * 7):
        day = START + timedelta(days=d)
        weekday = day.weekday()
        off = weekday >= 5 or day in (date(2026, 4, 29), date(2026, 5, 4), date(2026, 5, 5),
                                      date(2026, 5, 6))
        away = TRIP[0] <= day <= TRIP[1]
        if not off and not away:
            # On the train: 07:30–07:55, most weekdays.
            if rng.random() < 0.8:
                add(rng.choice(COMMUTE), at(day, 7, rng.randint(30, 55)), facts=("commute",))
            # Lunch at the office, sometimes geotagged.
            if rng.random() < 0.6:
                geo = _jitter(rng, WORK, 40) if geotags and rng.random() < 0.35 else None
                text = rng.choice(CHATTER)
                fid = add(text, at(day, 12, rng.randint(5, 50)), geo=geo,
                          place="東京 千代田区" if geo else None)
                if geo:
                    p.planted.setdefault("work.geo", []).append(fid)
            # Home from work: sometimes says so.
            if rng.random() < 0.3:
                add(rng.choice(["ただいま〜", "帰宅。疲れた", "ただいま、今日も長かった"]),
                    at(day, 19, rng.randint(10, 25)), facts=("arrival",))
        # Evenings at home.
        for _ in range(rng.randint(1, 2)):
            hh = rng.choice([20, 21, 22, 23])
            geo = _jitter(rng, HOME, 50) if geotags and not away and rng.random() < 0.12 else None
            fid = add(rng.choice(CHATTER), at(day, hh, rng.randint(0, 59)), geo=geo,
                      place="東京 練馬区" if geo else None)
            if geo:
                p.planted.setdefault("home.geo", []).append(fid)
        if off and not away and rng.random() < 0.7:
            geo = _jitter(rng, HOME, 50) if geotags and rng.random() < 0.3 else None
            fid = add(rng.choice(CHATTER), at(day, rng.choice([9, 10, 15, 16]), rng.randint(0, 59)),
                      geo=geo, place="東京 練馬区" if geo else None)
            if geo:
                p.planted.setdefault("home.geo", []).append(fid)
        if weekday == 1 and not away and rng.random() < 0.8:  # Tuesday gym
            add("ジムで汗流した", at(day, 19, rng.randint(35, 55)), facts=("weekly.gym.time",))

    def on(day_index: int, hh: int, mm: int) -> datetime:
        return at(START + timedelta(days=day_index), hh, mm)

    t = "最寄りの石神井公園駅、桜がきれい"
    add(t, on(3, 7, 42), facts=("home.station",), findings=[
        _f(t, "石神井公園駅", "home", "station", "石神井公園駅", 0.6)])
    t = "練馬区に住んで10年になる"
    add(t, on(9, 21, 5), facts=("home.municipality",), findings=[
        _f(t, "練馬区", "home", "municipality", "練馬区", 0.5)])
    t = "石神井公園駅前のパン屋、今日もうまい"
    add(t, on(26, 10, 12), facts=("home.station",), findings=[
        _f(t, "石神井公園駅", "home", "station", "石神井公園駅", 0.6)])
    t = "株式会社みなと精機 大手町支店に入社して15年"
    add(t, on(15, 12, 30), facts=("work.org",), findings=[
        _f(t, "株式会社みなと精機 大手町支店", "workplace", "org", "株式会社みなと精機 大手町支店", 0.8)])
    t = "みなと精機の同期と飲み会"
    add(t, on(32, 21, 40), facts=("work.org",), findings=[
        _f(t, "みなと精機", "workplace", "org", "みなと精機", 0.6)])
    t = "娘(6歳)が練馬区立さくら台小学校に入学!1年2組になった"
    add(t, on(1, 20, 15), facts=("school", "family"), findings=[
        _f(t, "娘", "family", "member", "娘", 0.9),
        _f(t, "娘(6歳)", "family", "member_age", "娘:6", 0.9),
        _f(t, "練馬区立さくら台小学校", "school", "school", "練馬区立さくら台小学校", 0.9),
        _f(t, "1年2組", "school", "grade", "1年2組", 0.7)])
    t = "さくら台小の授業参観、娘が発表してた"
    add(t, on(45, 14, 0), facts=("school", "family"), findings=[
        _f(t, "さくら台小", "school", "school", "さくら台小", 0.8),
        _f(t, "娘", "family", "member", "娘", 0.9)])
    t = "妻の手料理が今日も最高"
    add(t, on(20, 20, 30), facts=("family",), findings=[
        _f(t, "妻", "family", "member", "妻", 0.9)])
    t = "毎週火曜はジムの日。19時半から"
    add(t, on(8, 21, 0), facts=("weekly.gym",), findings=[
        _f(t, "毎週火曜", "routine", "weekly", "火", 0.6),
        _f(t, "19時半", "routine", "time", "19:30", 0.5)])
    if explicit_times:
        t = "毎朝7時20分に家を出て東西線に乗る"
        add(t, on(10, 7, 35), facts=("routine.leave",), findings=[
            _f(t, "7時20分", "routine", "time", "07:20", 0.6),
            _f(t, "東西線", "routine", "line", "東西線", 0.5)])
        t = "だいたい19時10分に帰宅。今日もおつかれ"
        add(t, on(17, 21, 10), facts=("routine.return",), findings=[
            _f(t, "19時10分", "routine", "time", "19:10", 0.6)])
    t = "明日から2泊3日で家族で京都旅行!家は空っぽ"
    add(t, at(TRIP[0] - timedelta(days=1), 21, 30), facts=("absence",), findings=[
        _f(t, "京都", "whereabouts", "future", "京都", 0.6),
        _f(t, "家は空っぽ", "whereabouts", "away", None, 0.8)])
    t = "京都駅なう"
    add(t, at(TRIP[0], 10, 5), facts=("absence",), geo=(34.98580, 135.75880), place="京都 京都市",
        findings=[_f(t, "京都駅なう", "whereabouts", "now", "京都駅", 0.7)])
    t = "今日で41歳になりました"
    add(t, on(68, 8, 0), facts=("identity.age",), findings=[_f(t, "41歳", "identity", "age", "41", 0.9)])
    t = "誕生日は6月13日です"
    add(t, on(40, 22, 0), facts=("identity.birthday",), findings=[
        _f(t, "6月13日", "identity", "birthday", "06-13", 0.8)])
    t = "佐藤健太です。連絡は090-0000-1111まで"
    add(t, on(50, 22, 15), facts=("identity.name", "contact.phone"), findings=[
        _f(t, "佐藤健太", "identity", "name", "佐藤健太", 0.8),
        _f(t, "090-0000-1111", "contact", "phone", "+819000001111", 0.95)])
    p.tweets.sort(key=lambda t: t.at)
    return p


def load(folder, **kwargs):
    """Build the persona, write it as a real X archive zip in ``folder`` and read it back
    through the connector: (persona, profile, posts)."""
    from pathlib import Path

    from archive_factory import archive_files, write_zip

    from connectors.registry import open_file_source

    p = build(**kwargs)
    path = write_zip(Path(folder) / "twitter-kenta.zip",
                     archive_files(p.tweets, username="kenta_0000", display_name="けんた",
                                   bio=p.bio, location=p.location))
    source = open_file_source(path)
    try:
        return p, source.profile(), list(source.posts())
    finally:
        close = getattr(source, "close", None)
        if close:
            close()
