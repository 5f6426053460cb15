"""The anonymity-set score on hand-computed cases."""

from __future__ import annotations

import math
from datetime import date

import pytest

from auditor.infer.types import Absence, Family, Identity, Inferred, Place, Routine
from auditor.score import (
    CLASS_SIZE,
    MAX_BITS,
    N_JAPAN,
    PARENTS_PER_PUPIL,
    SITE_STAFF,
    STATION_CATCHMENT,
    people_ja,
    score,
)

NERIMA = 738_358


def _home(*clues, population=NERIMA, precision="municipality", radius=None) -> Place:
    return Place(
        value="練馬区", municipality="練馬区", prefecture="東京都", confidence=1.0,
        evidence=["1"], precision=precision, population=population,
        detail={"clues": [{"kind": k, "value": v, "confidence": c} for k, v, c in clues],
                "radius_m": radius},
    )


def _bits(k: float) -> float:
    return math.log2(N_JAPAN / k)


def test_nothing_known():
    s = score(Inferred())
    assert (s.value, s.bits, s.anonymity_set, s.locatability, s.predictability) == (0.0, 0.0, N_JAPAN, "none", 0.0)
    assert s.explanation["ja"] == "これらの投稿から、あなたは約1.3億人の中の一人まで絞り込めます。"
    assert set(s.by_category.values()) == {0.0}


def test_municipality_is_its_population():
    s = score(Inferred(home=_home(("municipality", "東京都練馬区", 1.0))))
    assert s.anonymity_set == NERIMA
    assert s.bits == pytest.approx(_bits(NERIMA))
    assert s.value == round(100 * _bits(NERIMA) / MAX_BITS, 1) == 27.6
    assert s.locatability == "municipality"
    assert "約74万人の中の一人" in s.explanation["ja"]
    assert s.by_category["home"] == s.value


def test_station_rung_and_confidence():
    sure = score(Inferred(home=_home(("municipality", "東京都練馬区", 1.0), ("station", "石神井公園駅", 1.0),
                                      precision="station")))
    assert sure.anonymity_set == STATION_CATCHMENT
    unsure = score(Inferred(home=_home(("municipality", "東京都練馬区", 1.0), ("station", "石神井公園駅", 0.6),
                                        precision="station")))
    expected = _bits(NERIMA) + 0.6 * (_bits(STATION_CATCHMENT) - _bits(NERIMA))
    assert unsure.bits == pytest.approx(expected)
    # A finer rung implies the coarser: a sure station makes the prefecture sure too.
    implied = score(Inferred(home=_home(("prefecture", "東京都", 0.3), ("station", "石神井公園駅", 1.0),
                                         population=None, precision="station")))
    assert implied.anonymity_set == STATION_CATCHMENT


def test_geotag_cluster_is_the_people_in_its_circle():
    s = score(Inferred(home=_home(("geo", "35.7,139.6", 1.0), population=None, precision="street",
                                  radius=100)))
    assert s.anonymity_set == int(8_000 * math.pi * 0.1**2)  # 251 residents within 100 m
    assert s.locatability == "street"


def test_phone_number_identifies():
    s = score(Inferred(contact={"phone": ["9"]}))
    assert (s.value, s.anonymity_set, s.by_category["contact"]) == (100.0, 1, 100.0)
    assert s.explanation["ja"].startswith("これらの投稿から、あなたを一人に絞り込めます")


def test_childs_class_within_the_municipality():
    school = Place(value="練馬区立さくら台小学校", confidence=1.0, evidence=["2"],
                   detail={"level": "elementary", "whose": "child", "class": "1年2組"})
    s = score(Inferred(home=_home(("municipality", "東京都練馬区", 1.0)), school=school))
    # Among Nerima's residents, the parents of one class: 30 pupils × 1.4 parents.
    assert s.anonymity_set == round(CLASS_SIZE * PARENTS_PER_PUPIL)
    # With home unknown, the school alone leaves the same parents (H / N of Japan).
    alone = score(Inferred(school=school))
    assert alone.anonymity_set == 42
    assert alone.locatability == "municipality"  # a local school's district


def test_workplace_site_and_home_municipality():
    work = Place(value="株式会社みなと精機 大手町支店", confidence=1.0, evidence=["3"],
                 detail={"org": "株式会社みなと精機 大手町支店", "org_confidence": 1.0, "site": True})
    s = score(Inferred(home=_home(("municipality", "東京都練馬区", 1.0)), workplace=work))
    # 30 staff drawn from a 3 M commuting zone; among Nerima's residents: 738,358 × 30 / 3 M.
    assert s.anonymity_set == round(NERIMA * SITE_STAFF / 3_000_000) == 7


def test_family_and_age_are_dependent():
    fam = Family(members=["妻", "娘 (6歳)"], roles=["妻", "娘"], ages={"娘": 6}, confidence=1.0)
    s = score(Inferred(family=fam))
    assert s.bits == pytest.approx(1 + math.log2(1 / 0.016) + 1)  # spouse, child's age, child's sex
    with_age = score(Inferred(family=fam, identity=Identity(age=41, confidence={"age": 1.0})))
    # With a child's age known, the parent's age spans ~25 years: log2 25, not log2 80.
    assert with_age.bits - s.bits == pytest.approx(math.log2(25))
    alone = score(Inferred(identity=Identity(age=41, confidence={"age": 1.0})))
    assert alone.bits == pytest.approx(math.log2(80))


def test_date_of_birth_and_full_name():
    s = score(Inferred(identity=Identity(birthday="1988-06-14", confidence={"birthday": 1.0})))
    assert s.bits == pytest.approx(math.log2(365 * 80))  # Sweeney's date of birth
    name = score(Inferred(identity=Identity(name="高橋奈央", full_name=True, confidence={"name": 1.0})))
    assert name.anonymity_set == 100


def test_predictability():
    inf = Inferred(
        routine=Routine(weekday_leave_home="07:30", weekday_return_home="18:20", regularity=1.0),
        absences=[Absence(date(2026, 5, 3), date(2026, 5, 5), "静岡", ["a"], announced=True, home_empty=True)],
    )
    s = score(inf)
    assert s.predictability_parts == {"daily": 0.5, "weekly": 0.0, "announced": pytest.approx(2 / 3), "live": 0.0}
    assert s.predictability == pytest.approx(1 - 0.5 * (1 / 3))
    assert s.by_category["whereabouts"] == pytest.approx(66.7)
    assert "留守の時間も読み取れます" in s.explanation["ja"]
    # Told after coming home: no longer a prediction.
    inf.absences[0].announced = False
    assert score(inf).predictability == pytest.approx(0.5)


@pytest.mark.parametrize(("k", "text"), [(42, "42"), (1_234, "1,200"), (20_000, "2万"), (738_358, "74万"),
                                         (2_165_774, "217万"), (125_927_902, "1.3億")])
def test_people_in_japanese(k, text):
    assert people_ja(k) == text
