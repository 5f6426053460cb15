"""The demo account end to end: the real detector, then inference, score and clean-up,
against the ground truth its PERSONA.md plants (auditor/demo/ground_truth.json)."""

from __future__ import annotations

import itertools
import json
from importlib.resources import files
from pathlib import Path

import pytest

from auditor.infer.clock import minutes_of
from auditor.infer.geo import distance_m

DEMO = Path(str(files("auditor.demo")))
pytestmark = pytest.mark.skipif(not (DEMO / "ground_truth.json").exists(), reason="demo data absent")


@pytest.fixture(scope="module")
def demo():
    from auditor import scan as pipeline
    from connectors.registry import open_file_source

    source = open_file_source(DEMO / "archive", kind="x_archive")
    profile, posts = source.profile(), list(source.posts())
    result, _ = pipeline.analyse("demo", profile, posts)
    truth = json.loads((DEMO / "ground_truth.json").read_text(encoding="utf-8"))
    expected = [json.loads(line) for line in (DEMO / "expected.jsonl").read_text().splitlines()]
    return result, truth, expected


def _posts(truth, *items):
    return {p for item in items for p in truth["items"][item]["posts"]}


def _near(a, b, minutes):
    return abs(minutes_of(a) - minutes_of(b)) <= minutes


def test_home(demo):
    result, truth, _ = demo
    home = result.inferred.home
    assert (home.prefecture, home.municipality, home.station) == ("東京都", "板橋区", "ときわ台駅")
    assert distance_m(home.lat, home.lon, truth["home_point"]["lat"], truth["home_point"]["lon"]) < 150
    assert home.precision == "street" and result.score.locatability == "street"
    ev = set(home.evidence)
    assert _posts(truth, "home.ward", "home.address") <= ev
    assert len(ev & _posts(truth, "home.station")) >= 2
    assert len(ev & _posts(truth, "home.coordinates")) >= 10


def test_workplace(demo):
    result, truth, _ = demo
    work = result.inferred.workplace
    office = truth["office_point"]
    assert distance_m(work.lat, work.lon, office["lat"], office["lon"]) < 60
    assert work.municipality == "豊島区" and "池袋" in work.value
    assert len(set(work.evidence) & _posts(truth, "workplace.coordinates")) >= 6


def test_school_and_family(demo):
    result, truth, _ = demo
    school = result.inferred.school
    assert "みずき台小" in school.value and school.municipality == "板橋区"
    assert school.detail["whose"] == "child" and school.detail["class"] == "3年2組"
    assert len(set(school.evidence) & _posts(truth, "school.name", "school.class")) >= 3
    fam = result.inferred.family
    assert {"夫", "娘", "息子"} <= set(fam.roles) and fam.ages.get("娘") == 8
    assert "家族" not in fam.roles and "孫" not in fam.roles


def test_identity(demo):
    result, truth, _ = demo
    ident = result.inferred.identity
    # 「今日で38歳になりました」 posted on 06-14 gives the date of birth.
    assert (ident.name, ident.birthday, ident.age) == ("高橋奈央", "1988-06-14", 38)
    assert "plate" in ident.ids
    assert _posts(truth, "identity.name", "identity.age", "identity.car_plate") <= set(ident.evidence)
    assert "phone" in result.inferred.contact


def test_routine(demo):
    result, truth, _ = demo
    r = result.inferred.routine
    assert _near(r.weekday_leave_home, "07:30", 10) and _near(r.weekday_return_home, "18:20", 10)
    assert r.line == "東上線"
    assert set(r.commute_days) <= set("月火木金")  # Wednesday is the work-from-home day
    weekly = " / ".join(r.weekly)
    for day, what in (("土曜", "スイミング"), ("日曜", "ラン"), ("水曜", "在宅")):
        assert any(w.startswith(day) and what in w for w in r.weekly), weekly
    assert _posts(truth, "routine.return_home") <= set(r.evidence)
    assert set(r.evidence) & _posts(truth, "routine.leave_home")
    start, end = r.sleep.split("-")  # she never posts 00:00–06:40
    assert minutes_of(start) >= 23 * 60 and _near(end, "06:40", 10)
    assert sum(map(sum, r.activity)) == len(result.posts)


def test_absences(demo):
    result, truth, _ = demo
    got = {(a.start.isoformat(), (a.end or a.start).isoformat()): a for a in result.inferred.absences}
    for item, span in (("whereabouts.gw_shizuoka", ("2026-05-03", "2026-05-05")),
                       ("whereabouts.karuizawa", ("2026-08-13", "2026-08-15"))):
        assert span in got and got[span].home_empty and got[span].announced
        assert set(got[span].evidence) == _posts(truth, item)
    assert ("2026-07-07", "2026-07-08") in got  # 「来週の火水は大阪出張」 posted 07-01
    planted = {("2026-05-03", "2026-05-05"), ("2026-05-30", "2026-05-30"), ("2026-07-07", "2026-07-08"),
               ("2026-08-01", "2026-08-01"), ("2026-08-13", "2026-08-15"), ("2026-09-12", "2026-09-12")}
    assert len(planted & set(got)) >= 4
    assert set(got) <= planted  # nothing invented


def test_geotags_are_labelled_as_the_persona_says(demo):
    result, _truth, expected = demo
    geo = {f.post_id: f.category for f in result.findings if f.source == "geo"}
    want = {r["id"]: r["geo_labels"][0] for r in expected if r.get("geo_labels")}
    assert geo == want


def test_score_story_and_plan(demo):
    result, _truth, _ = demo
    s = result.score
    assert s.value == 100.0 and s.anonymity_set == 1  # her phone number and address are posted
    assert s.predictability > 0.9
    story = result.inferred.story["ja"]
    for words in ("板橋区", "池袋", "みずき台小", "高橋奈央", "07:30", "18:20", "5月3日〜5月5日"):
        assert words in story, (words, story)
    recs = result.recommendations
    assert recs[0].post_id == "2071220555962273801"  # the post with phone, address and name
    values = [s.value] + [r.score_after for r in recs]
    assert all(a >= b for a, b in itertools.pairwise(values))
    assert values[-1] < 50


def test_report_tells_the_story_and_redacts_it(demo):
    from auditor.report import render_html

    result, _truth, _ = demo
    html = render_html(result)
    assert 'id="story"' in html and "板橋区立みずき台小" in html
    story = html.split('id="story">', 1)[1].split("</p>", 1)[0]
    assert "高橋奈央" in story and "07:30" in story
    red = render_html(result, redact=True)
    story = red.split('id="story">', 1)[1].split("</p>", 1)[0]
    for secret in ("高橋奈央", "常盤台6丁目12-5", "1988-06-14", "みずき台"):
        assert secret not in story, story
