"""Round 5 rule families: table-driven, with posts that must and must not match.

Each rule added in round 5 has cases that must be found and near misses that must not:
ID numbers asked about in another clause (a question is not a sample), numbers on a
student card, a staff card or a patient card, ゆうちょ accounts written 記号-番号; birthdays
in general (「〇月〇日生まれと〇月〇日生まれ」); a name that owns the author's contact
(「北村早苗(090-…)まで」, 「店主の私・〇〇の携帯」) or a surname Sudachi reads as a common noun;
the author's 母校 named after it; past jobs; a kind of workplace before 「の夜勤は」; 「今の」
meaning "current"; a name in 「」 before a place particle as where the author is; the view from home; a commute that starts at a station with the line
after it; secondhand things handed over near home. The sentences are ours, written for
these tests (not copied from any labelled set); places are real, people and shops are
not. The learned layer is switched off here: these are the rules' promises.
"""

from __future__ import annotations

import os

import pytest

from auditor.model import Finding

os.environ["AUDITOR_CUES_STRICT"] = "1"


@pytest.fixture(autouse=True)
def _rules_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AUDITOR_CUES_MODEL", "off")


def found(text: str, category: str) -> list[Finding]:
    from auditor.cues import detect

    return [f for f in detect(text) if f.category == category]


MUST_MATCH: list[tuple[str, str]] = [
    # identity: the author's own ID number, asked about in another clause
    ("identity", "運転免許証番号 第4012 3378 9051号、これって載せたらまずいよね?"),
    ("identity", "診察券の番号 0048213、受付で毎回言わされる"),
    ("identity", "社員証の番号は A20419 です。入館のたびに打ち込む"),
    ("identity", "代金はゆうちょ 14170-3382915 にお振り込みください"),
    # identity: a name tied to the author's contact, or after 私・
    ("identity", "ご質問は北村早苗(090-2214-7781)まで。夜は出られません"),
    ("identity", "大口のご注文は、店主の私・吉岡大地の携帯 080-3321-5567 でも受けます"),
    # identity: a surname Sudachi reads as a common noun, before a given name
    ("identity", "二代目、大橋 健太郎です。よろしくお願いします"),
    # school: the author's 母校 named after it
    ("school", "母校の北斗医科大から後輩が見学に来た"),
    ("school", "母校の南陵工業の文化祭に行ってきた。機械科の先生が懐かしい"),
    # home: the view from home, a commute that starts at a station, things handed over
    ("home", "このアパート、駅から遠いけど窓から海が見えるのが自慢"),
    ("home", "毎朝6時半に上大岡駅から京急。今日も座れない"),
    ("home", "ベビーカー譲ります。船橋市内で手渡しできる方、DMください"),
    # workplace: a shop's name before a shift word is still one workplace
    ("workplace", "すずらん荘の夜勤は月4回、もう慣れた"),
    # whereabouts: 今、 is still now; a name in brackets before a place particle
    ("whereabouts", "今、福井駅で乗り換え待ち。寒い"),
    ("whereabouts", "「みなと中央病院」に入院中。ごはんが薄味すぎる"),
    ("whereabouts", "「喫茶すずめ」にいます。窓際の席で読書中"),
]

MUST_NOT_MATCH: list[tuple[str, str]] = [
    # identity: samples and hearsay stay samples; birthdays in general; a relative's name
    ("identity", "マイナンバーの例 1234 5678 9012 ってテスト用の番号なんだって"),
    ("identity", "3月3日生まれと3月4日生まれでは星座が違うらしい"),
    ("identity", "5月5日生まれの人は、こどもの日と一緒に祝われがち"),
    ("identity", "緊急時は夫の田中一郎(090-1111-2222)まで連絡ください"),
    ("identity", "担当は佐藤さん(03-1234-5678)までお願いします"),
    # school: someone else's 母校, 母校 with no name
    ("school", "友達の母校の港北大学が箱根駅伝に出る"),
    ("school", "今、球場のアルプス席!母校の応援中"),
    # workplace: a past job, a kind of workplace with no name
    ("workplace", "昔、函館の水産加工場で働いてたことがある。もう30年前の話"),
    ("workplace", "学生時代は札幌の書店でバイトしてました。懐かしい"),
    ("workplace", "看護師8年目だけど、病棟の夜勤は今でも怖い"),
    ("workplace", "コンビニのバイトは暇すぎて眠くなる"),
    # whereabouts: 「今の職場」 is the current job, not where the author is now
    ("whereabouts", "今の職場、福井の工場。家から近いのだけが取り柄"),
    ("whereabouts", "明日は「星の王子さま」の舞台を配信で見る"),
    # home: a hotel's or a train's window, a one-off meeting place
    ("home", "ホテルの部屋の窓から函館山が見えた。最高の旅だった"),
    ("home", "新幹線の窓から富士山が見えた"),
    ("home", "明日は渋谷で手渡しの予定"),
]


@pytest.mark.parametrize(("category", "text"), MUST_MATCH)
def test_must_match(category: str, text: str) -> None:
    assert found(text, category), f"nothing for {category}: {text}"


@pytest.mark.parametrize(("category", "text"), MUST_NOT_MATCH)
def test_must_not_match(category: str, text: str) -> None:
    got = found(text, category)
    assert not got, f"unexpected {category} in {text!r}: {got}"
