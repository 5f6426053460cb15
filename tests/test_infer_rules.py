"""Single inference rules on hand-built findings, including the detector's known misses."""

from __future__ import annotations

import pytest
from conftest import jst

from auditor.infer.clock import Clock
from auditor.infer.derive import birthdays, stated_times
from auditor.infer.family import infer_family
from auditor.infer.identity import infer_identity
from auditor.infer.routine import Timeline, infer_routine
from auditor.infer.school import infer_school
from auditor.infer.workplace import infer_workplace
from auditor.model import Finding, Post


def _find(text: str, words: str, category: str, kind: str, value: str | None, pid: str = "1",
          weight: float = 0.6) -> Finding:
    start = text.index(words)
    return Finding(category, start, start + len(words), words, "", weight=weight, post_id=pid,  # type: ignore[arg-type]
                   kind=kind, value=value)


def test_stated_times_across_sentences():
    text = "帰りは17時15分に会社を出て、18時に息子を保育園にお迎え、18時20分に帰宅。平日は毎日これの繰り返し"
    posts = [Post("x", "1", text, created_at=jst(2026, 9, 7, 21, 43)),
             Post("x", "2", "18時に渋谷で待ち合わせ", created_at=jst(2026, 9, 7, 12))]  # not a habit
    found = stated_times(posts, [])
    assert [(f.post_id, f.value, f.text) for f in found] == [
        ("1", "17:15", "17時15分"), ("1", "18:00", "18時"), ("1", "18:20", "18時20分")]
    assert all(f.category == "routine" and f.kind == "time" for f in found)
    # The routine then reads the return home as the latest evening time of that post.
    r = infer_routine(Timeline(posts, Clock()), found)
    assert r.weekday_return_home == "18:20" and r.evidence == ["1"]
    # A span the detector already marked is not marked twice.
    assert len(stated_times(posts, found[:1])) == 2


def test_leaving_time_is_the_earliest_in_a_leave_post():
    text = "毎朝7時半に家を出て、息子を保育園に送って、7:52の東上線"
    posts = [Post("x", "1", text, created_at=jst(2026, 9, 7, 7, 49))]
    found = stated_times(posts, [])
    assert [f.value for f in found] == ["07:30", "07:52"]
    assert infer_routine(Timeline(posts, Clock()), found).weekday_leave_home == "07:30"


def test_birthday_from_the_post_date():
    text = "今日で38歳になりました🎂"
    posts = [Post("x", "1", text, created_at=jst(2026, 6, 14, 9, 1))]
    age = _find(text, "38歳", "identity", "age", "38")
    (bday,) = birthdays(posts, [age], Clock())
    assert (bday.kind, bday.value, bday.source, bday.text) == ("birthday", "1988-06-14", "timing", "38歳")
    assert birthdays(posts, [age, bday], Clock()) == []  # not twice
    assert birthdays([Post("x", "1", "38歳です", created_at=jst(2026, 6, 14))],
                     [_find("38歳です", "38歳", "identity", "age", "38")], Clock()) == []


def test_a_childs_age_is_not_the_authors():
    posted = {"1": jst(2026, 6, 14), "2": jst(2026, 7, 20)}
    findings = [
        Finding("identity", 0, 3, "38歳", "", post_id="1", kind="age", value="38", weight=0.6),
        Finding("identity", 0, 2, "5歳", "", post_id="2", kind="age", value="5", weight=0.6),
        Finding("identity", 0, 2, "5歳", "", post_id="2", kind="birthday", value="2021-07-20", weight=0.7),
    ]
    naive = infer_identity(findings, posted)
    assert naive.birthday == "2021-07-20"  # without family facts it cannot know
    ident = infer_identity(findings, posted, min_age=8 + 15)  # mother of an 8-year-old
    assert (ident.age, ident.birthday, ident.evidence) == (38, None, ["1"])


def test_family_roles():
    f = [Finding("family", 0, 1, w, "", post_id=str(i), kind="member", value=w)
         for i, w in enumerate(["夫", "娘", "家族", "孫", "親", "義母", "子ども"])]
    fam = infer_family(f, {})
    assert fam.roles == ["夫", "娘", "義母"]  # 家族/親 are no one; 孫 and 子ども are her children


def test_school_founder_prefix_from_the_text():
    text = "明日は板橋区立みずき台小の運動会!娘は3年2組"
    fs = [_find(text, "みずき台小", "school", "school", "みずき台小", weight=0.7),
          _find(text, "3年2組", "school", "grade", "3年2組", weight=0.5),
          _find(text, "娘", "family", "member", "娘")]
    school = infer_school(fs, {"1": text})
    assert (school.value, school.municipality, school.detail["whose"]) == ("板橋区立みずき台小", "板橋区", "child")
    assert infer_school(fs).value == "みずき台小"  # without the text, the name as detected


@pytest.mark.parametrize(
    ("text", "words", "org", "area"),
    [
        ("池袋のオフィスから見える入道雲", "池袋", None, "池袋"),
        ("株式会社つばさ事務機 池袋支店、冷房解禁", "株式会社つばさ事務機 池袋支店", "株式会社つばさ事務機 池袋支店", None),
    ],
)
def test_office_district_is_not_the_employer(text, words, org, area):
    place = infer_workplace([_find(text, words, "workplace", "org", words, weight=0.7)], None, None, {"1": text})
    assert (place.detail["org"], place.detail["area"]) == (org, area)
    assert place.detail["site"] == bool(org)
