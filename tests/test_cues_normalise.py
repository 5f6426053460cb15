"""The normaliser folds width and dashes but maps every span back to the original text."""

from __future__ import annotations

import pytest

from auditor.cues.normalise import normalise


@pytest.mark.parametrize(
    ("original", "norm_fragment", "orig_fragment"),
    [
        ("携帯:０８０－１２３４－５６７８です", "080-1234-5678", "０８０－１２３４－５６７８"),
        ("ｶﾞｯｺｳ ｲｷﾀｸﾅｲ 090-1234-5678", "090-1234-5678", "090-1234-5678"),
        ("ﾊﾞｲﾄ先のｺﾝﾋﾞﾆ", "バイト先", "ﾊﾞｲﾄ先"),
        ("待って…090ー1234ー5678", "090-1234-5678", "090ー1234ー5678"),
        ("ｶﾞｶﾞｶﾞ東京", "東京", "東京"),
    ],
)
def test_span_maps_back_to_original(original: str, norm_fragment: str, orig_fragment: str) -> None:
    n = normalise(original)
    i = n.text.index(norm_fragment)
    s, e = n.span(i, i + len(norm_fragment))
    assert original[s:e] == orig_fragment


def test_halfwidth_voiced_marks_merge() -> None:
    n = normalise("ｶﾞｯｺｳ")
    assert n.text == "ガッコウ"
    assert n.span(0, 1) == (0, 2)  # ガ came from ｶ + ﾞ


def test_emoji_become_sentence_marks_for_the_tokenizer_only() -> None:
    n = normalise("渋谷なう🍻友達と")
    assert len(n.sudachi) == len(n.text)
    assert "。" in n.sudachi and "。" not in n.text


def test_lone_surrogate_is_replaced() -> None:
    n = normalise("a\ud800b")
    assert "\ud800" not in n.text and len(n.text) == 3
