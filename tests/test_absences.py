"""Dates of announced absences, read relative to the post's own date."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import jst

from auditor.infer.absences import infer_absences, parse_span
from auditor.infer.clock import Clock
from auditor.model import Finding, GeoPoint

D = date


@pytest.mark.parametrize(
    ("text", "posted", "start", "end"),
    [
        ("明日から3日間、家族で静岡の実家に帰省。5日の夜まで家は空っぽ", D(2026, 5, 2), D(2026, 5, 3), D(2026, 5, 5)),
        ("明日から2泊3日で家族4人、軽井沢でキャンプ。15日まで家は空っぽ", D(2026, 8, 12), D(2026, 8, 13), D(2026, 8, 15)),
        ("来週の火水は大阪出張。2日間、夫がワンオペ", D(2026, 7, 1), D(2026, 7, 7), D(2026, 7, 8)),
        ("9/12の武道館、当選してた!その日は夫に頼む", D(2026, 9, 1), D(2026, 9, 12), D(2026, 9, 12)),
        ("明日は近所の夏祭り。朝6時半から準備", D(2026, 7, 31), D(2026, 8, 1), D(2026, 8, 1)),
        ("12月30日から1月3日まで帰省", D(2026, 12, 20), D(2026, 12, 30), D(2027, 1, 3)),
        ("今週末は京都へ", D(2026, 9, 9), D(2026, 9, 12), D(2026, 9, 12)),
        ("土曜は家族で水族館", D(2026, 9, 9), D(2026, 9, 12), D(2026, 9, 12)),
        ("明日から1週間ハワイ", D(2026, 9, 9), D(2026, 9, 10), D(2026, 9, 16)),
        ("明日から海外赴任", D(2026, 9, 9), D(2026, 9, 10), None),
        ("これから武道館!", D(2026, 9, 12), D(2026, 9, 12), D(2026, 9, 12)),
        ("毎朝7:52の電車", D(2026, 9, 12), None, None),  # a time is not a date
        ("先月の8/1は楽しかった", D(2026, 9, 12), None, None),  # past dates are not plans
    ],
)
def test_parse_span(text, posted, start, end):
    assert parse_span(text, posted) == (start, end)


def test_announcement_live_posts_and_merge():
    texts = {
        "a": "明日から3日間、家族で静岡の実家に帰省。家は空っぽ",
        "b": "5日の夜まで留守にします",
        "c": "清水港なう",
        "d": "明日は近所の夏祭り",
    }
    posted = {"a": jst(2026, 5, 2, 21, 31), "b": jst(2026, 5, 2, 22, 0), "c": jst(2026, 5, 3, 11, 47),
              "d": jst(2026, 7, 31, 22, 3), "e": jst(2026, 5, 4, 10, 30)}
    findings = [
        Finding("whereabouts", 10, 12, "静岡", "", post_id="a", kind="future", value="静岡"),
        Finding("whereabouts", 21, 26, "家は空っぽ", "", post_id="a", kind="away"),
        Finding("whereabouts", 6, 10, "留守に", "", post_id="b", kind="away"),
        Finding("whereabouts", 0, 5, "清水港なう", "", post_id="c", kind="now", value="清水港"),
        Finding("whereabouts", 5, 8, "夏祭り", "", post_id="d", kind="future"),
    ]
    away = [GeoPoint("e", 34.9707, 138.465, "geo", at=posted["e"], posted_at=posted["e"],
                     place_name="静岡 静岡市")]
    got = infer_absences(findings, texts, posted, Clock(), away)
    assert [(a.start, a.end, a.place, a.evidence, a.home_empty) for a in got] == [
        # 「5日の夜まで留守にします」 posted on the 2nd: empty from then on.
        (D(2026, 5, 2), D(2026, 5, 5), "静岡", ["b", "a", "c", "e"], True),
        (D(2026, 8, 1), D(2026, 8, 1), None, ["d"], False),
    ]
    assert got[0].to_dict()["from"] == "2026-05-02" and got[0].to_dict()["to"] == "2026-05-05"
