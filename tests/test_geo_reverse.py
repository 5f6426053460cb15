"""Offline reverse geocoding from the shipped town table."""

from __future__ import annotations

import math

import pytest

from auditor.geo import place_name, reverse

CASES = [
    # (lat, lon, prefecture, municipality, town prefix or "")
    (35.7436, 139.6066, "東京都", "練馬区", "石神井町"),  # near 石神井公園駅
    (35.6812, 139.7671, "東京都", "千代田区", "丸の内"),  # 東京駅
    (35.5613, 139.5523, "神奈川県", "横浜市青葉区", ""),  # designated-city ward
    (34.7025, 135.4959, "大阪府", "大阪市北区", "梅田"),  # 大阪駅
    (43.0687, 141.3508, "北海道", "札幌市北区", "北"),  # 札幌駅 北口
    (26.2124, 127.6792, "沖縄県", "那覇市", ""),
    (35.7289, 139.2941, "東京都", "あきる野市", ""),  # 市役所
]


@pytest.mark.parametrize(("lat", "lon", "pref", "muni", "town"), CASES)
def test_points_in_japan_get_prefecture_municipality_and_town(lat, lon, pref, muni, town):
    p = reverse(lat, lon)
    assert p is not None
    assert (p.prefecture, p.municipality) == (pref, muni)
    assert p.town.startswith(town)
    assert p.name == f"{pref}{muni}{p.town}"
    assert p.distance_km < 2.0


def test_tokyo_wards_are_told_apart():
    # 練馬区 and 杉並区 are neighbours; 1 km either side of their border.
    assert reverse(35.7356, 139.6510).municipality == "練馬区"  # 練馬区豊玉
    assert reverse(35.6995, 139.6365).municipality == "杉並区"  # 杉並区阿佐谷


@pytest.mark.parametrize(
    ("lat", "lon"),
    [(37.5665, 126.9780), (48.8566, 2.3522), (0.0, 0.0), (-33.86, 151.21), (33.0, 137.0)],
)
def test_points_far_from_any_japanese_town_give_none(lat, lon):
    # Seoul, Paris, null island, Sydney, the open Pacific south of 紀伊半島.
    assert reverse(lat, lon) is None


@pytest.mark.parametrize("bad", [math.nan, math.inf, 95.0])
def test_impossible_coordinates_give_none(bad):
    assert reverse(bad, 139.7) is None


def test_place_name_levels():
    assert place_name(35.7436, 139.6066, level="municipality") == "東京都練馬区"
    assert place_name(35.7436, 139.6066).startswith("東京都練馬区石神井町")
    assert place_name(48.8566, 2.3522) is None


def test_attribution_ships_beside_the_table():
    from importlib.resources import files

    text = (files("auditor.geo") / "ATTRIBUTION.md").read_text(encoding="utf-8")
    assert "CC BY 4.0" in text and "位置参照情報" in text and "Geolonia" in text
