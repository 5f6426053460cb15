"""Municipality names → populations (住民基本台帳 2022), including ambiguous ward names."""

from __future__ import annotations

import math

import pytest

from auditor.infer.gazetteer import gazetteer, japan_population


def test_japan_total_is_the_sum_of_prefectures():
    assert japan_population() == 125_927_902
    assert math.log2(japan_population()) == pytest.approx(26.9, abs=0.01)


@pytest.mark.parametrize(
    ("text", "prefecture", "municipality", "population"),
    [
        ("練馬区", "東京都", "練馬区", 738_358),
        ("東京都板橋区", "東京都", "板橋区", 567_214),
        ("東京 板橋区", "東京都", "板橋区", 567_214),  # X place full_name
        ("横浜市青葉区", "神奈川県", "横浜市青葉区", 310_217),
        ("横浜市 青葉区", "神奈川県", "横浜市青葉区", 310_217),
        ("札幌 北区", "北海道", "札幌市北区", 285_887),
        ("京都市北区", "京都府", "京都市北区", 108_349),
        ("府中町", "広島県", "安芸郡府中町", 52_935),  # a town written without its county
        ("東京都府中市", "東京都", "府中市", 260_253),
        ("〒174-0071 東京都板橋区常盤台6丁目12-5", "東京都", "板橋区", 567_214),
        ("東京", "東京都", "", 13_794_933),  # 「東京」 is the prefecture, never 「京都」
    ],
)
def test_resolves(text, prefecture, municipality, population):
    area = gazetteer().resolve(text)
    assert (area.prefecture, area.municipality, area.population) == (prefecture, municipality, population)
    assert not area.ambiguous


def test_ambiguous_ward_is_the_union_of_all_same_named_wards():
    area = gazetteer().resolve("北区")
    assert len(area.ambiguous) == 12 and "東京都北区" in area.ambiguous
    assert area.population == 2_165_774  # every 北区 together
    assert area.label == "北区"


def test_context_picks_the_right_ward():
    assert gazetteer().resolve("北区", context=["東京"]).label == "東京都北区"
    assert gazetteer().resolve("中央区", context=["大阪 大阪市"]).label == "大阪府大阪市中央区"
    assert gazetteer().resolve("府中市", context=["広島県"]).label == "広島県府中市"


def test_not_a_place():
    assert gazetteer().resolve("日本武道館") is None
    assert gazetteer().resolve("") is None
