"""Profile fields: ``detect_field`` reads a field for what it means, and the scan uses it."""

from __future__ import annotations

import os

import pytest

from auditor.cues import detect_field
from auditor.model import PROFILE_ID, Profile

os.environ["AUDITOR_CUES_STRICT"] = "1"

LOCATION_HOME = [
    # text, value
    ("札幌", "札幌市"),
    ("東京都世田谷区", "世田谷区"),
    ("吉祥寺駅", "吉祥寺駅"),
    ("Sapporo, Japan", "札幌市"),
    ("naha", "那覇市"),
    ("📍福岡市", "福岡市"),
]
LOCATION_NOTHING = ["布団の中", "日本", "Japan", "地球のどこか", "推しの隣"]


@pytest.mark.parametrize(("text", "value"), LOCATION_HOME)
def test_a_bare_place_in_location_is_home(text: str, value: str) -> None:
    got = [f for f in detect_field("location", text) if f.category == "home"]
    assert value in {f.value for f in got}, [(f.kind, f.value) for f in got]
    for f in got:
        assert f.field == "location" and f.text == text[f.start : f.end]


@pytest.mark.parametrize("text", LOCATION_NOTHING)
def test_no_place_in_location_gives_nothing(text: str) -> None:
    assert [f for f in detect_field("location", text) if f.category == "home"] == []


BIO = [
    ("2児ママ｜パン作り｜コーヒー", "family"),
    ("緑ヶ丘高2年｜軽音部🎸", "school"),
    ("看護師｜📍仙台", "home"),
    ("会社員 / 28 / 横浜", "identity"),
]


@pytest.mark.parametrize(("text", "category"), BIO)
def test_bio_is_self_description(text: str, category: str) -> None:
    got = detect_field("bio", text)
    assert category in {f.category for f in got}, [(f.category, f.kind) for f in got]
    assert all(f.field == "bio" for f in got)


def test_a_job_alone_in_a_bio_is_no_workplace() -> None:
    assert [f for f in detect_field("bio", "看護師") if f.category == "workplace"] == []
    assert [f for f in detect_field("bio", "エンジニア / 猫") if f.category == "workplace"] == []


def test_location_place_in_a_post_is_not_home_by_itself() -> None:
    from auditor.cues import detect

    assert [f for f in detect("札幌") if f.category == "home"] == []


def test_scan_reads_profile_fields_with_detect_field() -> None:
    from auditor.scan import detect_profile

    profile = Profile(platform="x", handle="me", display_name="me", bio="2児ママ｜パン作り",
                      location="札幌")
    found = detect_profile(profile)
    home = [f for f in found if f.category == "home"]
    assert [(f.field, f.value, f.post_id) for f in home] == [("location", "札幌市", PROFILE_ID)]
    assert any(f.field == "bio" and f.category == "family" for f in found)
