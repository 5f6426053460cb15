"""The learned layer respects what the rule layer knows (``Analysis.suppressed``, ``candidates``).

Table-driven, per category, with sentences of our own:

- MUST_NOT_ADD: the rules see a cue of the category and reject it (a relative's home, a
  venue's station, an office's address, a public notice, the past, a pet, a sample …),
  and record why; or the post names nothing TAXONOMY needs (an unnamed 学校 or 会社, an
  age range). Even a classifier *certain* of the category (every probability ≈ 1) adds
  nothing there, and neither does the shipped model. Where a reason is recorded, it is
  what blocks the addition: without it the category would be eligible.
- MUST_STILL_ADD: the rules miss the category and nothing rejects it; a certain
  classifier adds it. SHIPPED_ADDS: the shipped model adds it too.
"""

from __future__ import annotations

import os

import numpy as np
import pytest

from auditor.model import CATEGORIES

os.environ["AUDITOR_CUES_STRICT"] = "1"

# category, text, the reason the rules record (None: no named candidate at all)
MUST_NOT_ADD: list[tuple[str, str, str | None]] = [
    # home: a relative's residence, a venue's or an office's station or address, the past
    ("home", "いとこが盛岡に住んでる", "kin"),
    ("home", "札幌在住の姉から荷物が届いた", "kin"),
    ("home", "東京ドームの最寄り駅は水道橋です", "venue"),
    ("home", "会社の最寄りは天神南駅、毎朝地下鉄で", "venue"),
    ("home", "市役所の住所は〒980-0000 仙台市青葉区国分町3-7-1です", "venue"),
    ("home", "高校まで住んでた函館の坂道を思い出す", "past"),
    # workplace: a relative's job, a city and a job, a client's company, unnamed work talk
    ("workplace", "夫が「みなと銀行」の本店で窓口やってる", "kin"),
    ("workplace", "大阪でネイリストしてます", "unnamed"),
    ("workplace", "取引先の丸山商事の本社で打ち合わせ", "third_party"),
    ("workplace", "仕事疲れた、残業続きで会社に泊まりそう", None),
    # school: unnamed generic school talk, sports news about a school
    ("school", "学校だるい、明日小テスト", None),
    ("school", "部活の朝練きつい、もう帰りたい", None),
    ("school", "高校野球、翠嶺学園が9回裏に逆転サヨナラ", "news"),
    # family: idioms, pets, someone else's child
    ("family", "母の日のカーネーション売り場が華やか", "idiom"),
    ("family", "猫と二人暮らし、毎晩一緒に寝てる", "pet"),
    ("family", "娘さんのピアノ発表会、すごく上手だった", "third_party"),
    # routine: a public notice, a one-off date, a yearly event
    ("routine", "市の広報:毎月第2水曜日は図書館休館日です", "notice"),
    ("routine", "明日は朝6時から運動会の場所取り", "one_off"),
    ("routine", "毎年夏は海に行くのが恒例", "not_routine"),
    # whereabouts: told afterwards, a relative's trip, a forecast
    ("whereabouts", "今日は渋谷で買い物してきた!", "past"),
    ("whereabouts", "夫が来週から札幌に出張", "kin"),
    ("whereabouts", "台風10号、明日には九州南部に上陸", "news"),
    # contact: a shop's number, a role account, a reply, a placeholder
    ("contact", "このカフェの電話は03-1111-2222", "not_own"),
    ("contact", "お問い合わせ:info@example.co.jp", "venue"),
    ("contact", "@taro_99 ありがとう!また遊ぼう", "reply"),
    ("contact", "番号は090-0000-0000です", "sample"),
    # identity: a pet's or a relative's age, a form's sample, an age range
    ("identity", "うちの犬、今日で10歳!", "third_party"),
    ("identity", "夫が明日で40歳。ケーキ頼んだ", "third_party"),
    ("identity", "パスポート番号の記入例: TK1234567", "sample"),
    ("identity", "30代になって体力が落ちた", None),
]

MUST_STILL_ADD: list[tuple[str, str]] = [
    ("home", "Living near Otaru for five years now"),
    ("workplace", "こもれび菓子処でパティシエやってます"),
    ("workplace", "ひまわり訪問看護ステーションで看護師やってます"),
    ("school", "母校の潮見ヶ丘商業が県大会で準優勝!"),
    ("school", "青葉山工科大院の修士1年、毎日ラボにこもってる"),
    ("family", "お袋の味噌汁が一番うまい"),
    ("routine", "朝6時40分に家出て、7時過ぎには工場。バイク通勤やけん"),
    ("whereabouts", "今、名古屋駅の金の時計の前"),
    ("contact", "連絡くれる人は kakao: mika0000 へ"),
    ("identity", "今年で41。まだまだ現役"),
    ("identity", "誕生日の11月2日、いつも文化祭とかぶる"),
]

#: Rules miss these; the shipped model rightly adds the category.
SHIPPED_ADDS: list[tuple[str, str]] = [
    ("workplace", "こもれび菓子処でパティシエやってます"),
    ("school", "母校の潮見ヶ丘商業が県大会で準優勝!"),
    ("routine", "朝6時40分に家出て、7時過ぎには工場。バイク通勤やけん"),
    ("whereabouts", "今、名古屋駅の金の時計の前"),
    ("contact", "連絡くれる人は kakao: mika0000 へ"),
    ("identity", "今年で41。まだまだ現役"),
]


def _certain():
    """A model that is sure of every category: only eligibility can stop an addition."""
    from auditor.cues import learned

    return learned.Model(
        np.zeros((learned.DIM, len(CATEGORIES)), dtype=np.float32),
        np.full(len(CATEGORIES), 20.0, dtype=np.float32), tuple(CATEGORIES), "test",
        "0" * 16, dict.fromkeys(CATEGORIES, 0.5), 0.0, 0.0)


def _rules(text: str):
    from auditor.cues.detector import _detector

    (a, hits), = _detector().run_hits([text])
    return a, hits


def _learned(a, hits, model) -> set[str]:
    from auditor.cues import learned

    return {h.category for h in learned.combine(a, hits, model) if h.kind == "learned"}


def test_every_category_has_rows() -> None:
    assert {c for c, _, _ in MUST_NOT_ADD} == set(CATEGORIES)
    assert {c for c, _ in MUST_STILL_ADD} == set(CATEGORIES)


@pytest.mark.parametrize(("category", "text", "reason"), MUST_NOT_ADD)
def test_must_not_add(category: str, text: str, reason: str | None) -> None:
    from auditor.cues import detect, learned

    a, hits = _rules(text)
    assert category not in {h.category for h in hits}, "the rules must reject this cue"
    if reason is None:
        assert not a.candidates.get(category), a.candidates
    else:
        assert reason in a.suppressed.get(category, set()), a.suppressed
    assert category not in learned.eligible(a)
    assert category not in _learned(a, hits, _certain())
    assert [f for f in detect(text) if f.category == category] == []


@pytest.mark.parametrize(
    ("category", "text"),
    [(c, t) for c, t, r in MUST_NOT_ADD if r is not None and (c, r) != ("workplace", "unnamed")
     and (c, r) != ("whereabouts", "past")],
)
def test_the_recorded_rejection_is_what_blocks(category: str, text: str) -> None:
    """Without the recorded reason the category would be eligible: the signal does the work."""
    from auditor.cues import learned

    a, _ = _rules(text)
    a.suppressed.pop(category)
    assert category in learned.eligible(a)


def test_past_whereabouts_has_no_candidate_place() -> None:
    # 「渋谷」 is in a clause told afterwards: no place can carry a learned whereabouts.
    a, _ = _rules("今日は渋谷で買い物してきた!")
    assert a.places and not a.candidates.get("whereabouts")
    b, _ = _rules("今日は渋谷で買い物してる!")
    assert b.candidates.get("whereabouts")


@pytest.mark.parametrize(("category", "text"), MUST_STILL_ADD)
def test_must_still_add_when_nothing_rejects(category: str, text: str) -> None:
    a, hits = _rules(text)
    assert category not in {h.category for h in hits}, "the rules miss this one"
    assert category not in a.suppressed
    assert category in _learned(a, hits, _certain())


@pytest.mark.parametrize(("category", "text"), SHIPPED_ADDS)
def test_shipped_model_adds_what_the_rules_miss(category: str, text: str) -> None:
    from auditor.cues import detect

    found = [f for f in detect(text) if f.category == category]
    assert found and all(f.kind == "learned" for f in found), found


def test_a_voiced_post_suppresses_every_category() -> None:
    # A bulletin (register.py): the rules drop its hits; the classifier may not put them back.
    a, hits = _rules("【速報】明日から札幌駅前の〇〇ビルで毎朝7時に配布、問い合わせは090-1111-2222")
    assert hits == []
    assert set(a.suppressed) == set(CATEGORIES)
    assert _learned(a, hits, _certain()) == set()


def test_a_dropped_quote_suppresses_its_category() -> None:
    # 「博多駅なう」 quoted as a bad example is not the author's whereabouts.
    a, hits = _rules("「博多駅なう」って投稿するのは危ないよね、と娘に話した")
    assert "whereabouts" not in {h.category for h in hits}
    assert "whereabouts" in a.suppressed
    assert "whereabouts" not in _learned(a, hits, _certain())


def test_named_school_unnamed_school() -> None:
    from auditor.cues import learned

    named, _ = _rules("みどり台中の吹部、県大会で金賞とった")
    unnamed, _ = _rules("中学の吹部、県大会で金賞とった")
    assert named.candidates.get("school")
    assert "school" not in learned.eligible(unnamed)


def test_gated_and_ungated_record_the_same_signals() -> None:
    from auditor.cues.detector import _detector

    texts = [t for _, t, _ in MUST_NOT_ADD] + ["山田花子です、よろしくお願いします", "推しの佐藤健さん、今日で35歳"]
    det = _detector()
    gated = det.run_hits(texts, gate=True)
    ungated = det.run_hits(texts, gate=False)
    for (a, _), (b, _) in zip(gated, ungated, strict=True):
        assert a.suppressed == b.suppressed and a.candidates == b.candidates
