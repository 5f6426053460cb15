"""Inference recovers what the persona plants, with the posts that carry it as evidence.

The account is a real-format X archive (tests/persona.py) read through the connector;
text findings are hand-built in the detector's vocabulary, so these tests measure
inference, not the detector.
"""

from __future__ import annotations

import persona as P
import pytest

from auditor.infer import infer, prepare
from auditor.infer.clock import minutes_of
from auditor.infer.geo import distance_m
from auditor.model import PROFILE_ID


@pytest.fixture(scope="module")
def account(tmp_path_factory):
    p, profile, posts = P.load(tmp_path_factory.mktemp("persona"))
    ctx = prepare(profile, posts, p.all_findings())
    return p, posts, ctx, infer(ctx)


@pytest.fixture(scope="module")
def timestamps_only(tmp_path_factory):
    """The same life without the two posts that state the times."""
    p, profile, posts = P.load(tmp_path_factory.mktemp("persona2"), explicit_times=False)
    ctx = prepare(profile, posts, p.all_findings())
    return p, posts, ctx, infer(ctx)


def _near(a: str, b: str, minutes: int) -> bool:
    return abs(minutes_of(a) - minutes_of(b)) <= minutes


def test_home(account):
    p, _posts, _ctx, inf = account
    home = inf.home
    assert home.municipality == "練馬区" and home.prefecture == "東京都"
    assert home.population == 738_358
    assert home.station == "石神井公園駅"
    assert distance_m(home.lat, home.lon, *P.HOME) < 60
    assert home.precision == "street"  # a tight night/weekend geotag cluster
    assert home.confidence > 0.9
    for fact in ("home.station", "home.municipality", "home.geo"):
        assert set(p.planted[fact]) <= set(home.evidence), fact
    assert PROFILE_ID in home.evidence  # 「東京」 in the profile's location


def test_home_from_text_alone_is_station_precise(tmp_path):
    p, profile, posts = P.load(tmp_path, geotags=False)
    inf = infer(prepare(profile, posts, p.all_findings()))
    assert inf.home.lat is None
    assert (inf.home.municipality, inf.home.station) == ("練馬区", "石神井公園駅")
    assert inf.home.precision == "station"  # two posts name the station


def test_workplace(account):
    p, _posts, _ctx, inf = account
    work = inf.workplace
    assert work.value == "株式会社みなと精機 大手町支店"  # both spellings merged, longest kept
    assert work.detail["site"] is True
    assert distance_m(work.lat, work.lon, *P.WORK) < 60
    assert work.municipality == "千代田区"  # from the cluster's place names
    assert set(p.planted["work.org"]) | set(p.planted["work.geo"]) <= set(work.evidence)


def test_school_is_the_childs(account):
    p, _posts, _ctx, inf = account
    school = inf.school
    assert school.value == "練馬区立さくら台小学校"  # 「さくら台小」 is the same school
    assert school.detail == {"level": "elementary", "whose": "child", "class": "1年2組"}
    assert school.municipality == "練馬区"  # from 「練馬区立」
    assert set(p.planted["school"]) <= set(school.evidence)


def test_family(account):
    p, _posts, _ctx, inf = account
    fam = inf.family
    assert fam.members == ["妻", "娘 (6歳)"]
    assert fam.ages == {"娘": 6} and fam.household_size == 3
    assert set(p.planted["family"]) | {PROFILE_ID} <= set(fam.evidence)


def test_identity(account):
    p, _posts, _ctx, inf = account
    ident = inf.identity
    # 「今日で41歳になりました」 posted on 2026-06-13 gives the year of birth too.
    assert (ident.name, ident.birthday, ident.age) == ("佐藤健太", "1985-06-13", 41)
    assert ident.full_name
    for fact in ("identity.name", "identity.birthday", "identity.age"):
        assert set(p.planted[fact]) <= set(ident.evidence)
    assert inf.contact == {"phone": p.planted["contact.phone"]}


def test_routine_stated_times(account):
    p, _posts, _ctx, inf = account
    r = inf.routine
    assert r.weekday_leave_home == P.LEAVE and r.weekday_return_home == P.RETURN
    assert r.line == "東西線"
    assert r.commute_days == list("月火水木金")
    assert r.regularity >= 0.8
    assert r.weekly == ["火曜 19:30 ジム"]  # the gym posts' timing is the same event
    assert set(p.planted["routine.leave"]) | set(p.planted["routine.return"]) <= set(r.evidence)
    assert r.timezone == "Asia/Tokyo"
    # He never posts between midnight and 07:30 (the first train post).
    start, end = r.sleep.split("-")
    assert _near(start, "00:00", 30) and _near(end, "07:30", 10)


def test_routine_from_timestamps_alone(timestamps_only):
    p, _posts, _ctx, inf = timestamps_only
    r = inf.routine
    # Posts from the train 07:30–07:55 → he leaves about 07:20.
    assert _near(r.weekday_leave_home, P.LEAVE, 10)
    # 「ただいま」 posts 19:10–19:25 → home about 19:10.
    assert _near(r.weekday_return_home, P.RETURN, 10)
    assert set(r.evidence) & set(p.planted["commute"])
    assert set(r.evidence) & set(p.planted["arrival"])


def test_activity_matrix_counts_every_post_in_local_time(account):
    _p, posts, _ctx, inf = account
    m = inf.routine.activity
    assert len(m) == 7 and all(len(row) == 24 for row in m)
    assert sum(map(sum, m)) == len(posts)
    # Train posts are Monday–Friday 07:xx JST (22:xx UTC the day before).
    assert m[0][7] > 0 and m[5][7] == 0 and m[6][7] == 0
    assert sum(m[d][h] for d in range(7) for h in range(0, 7)) == 0  # asleep


def test_announced_absence(account):
    p, _posts, _ctx, inf = account
    assert len(inf.absences) == 1
    a = inf.absences[0]
    assert (a.start, a.end) == P.TRIP
    assert a.place == "京都" and a.announced and a.home_empty
    assert a.evidence == p.planted["absence"]  # the announcement, then the live post


def test_inferred_contract_shape(account):
    *_, inf = account
    d = inf.to_dict()
    place_keys = {"value", "municipality", "station", "lat", "lon", "confidence", "evidence"}
    for key in ("home", "workplace", "school"):
        assert place_keys <= d[key].keys()
    assert {"members", "evidence"} <= d["family"].keys()
    assert {"weekday_leave_home", "weekday_return_home", "weekly", "evidence", "activity",
            "timezone", "sleep"} <= d["routine"].keys()
    assert {"from", "to", "place", "evidence"} <= d["absences"][0].keys()
    assert {"name", "birthday", "age", "evidence"} <= d["identity"].keys()


def test_nothing_planted_nothing_inferred(tmp_path):
    _p, profile, posts = P.load(tmp_path, geotags=False)
    inf = infer(prepare(profile, posts, []))
    assert not inf.home.known and not inf.workplace.known and not inf.school.known
    assert inf.family.members == [] and inf.absences == [] and inf.identity.name is None
    # Timestamps alone still show the commute.
    assert inf.routine.weekday_leave_home is not None
