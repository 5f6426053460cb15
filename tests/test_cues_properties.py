"""Properties: detect never raises and every span points into the original text."""

from __future__ import annotations

import os
import subprocess
import sys

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from auditor.cues import DETECTOR_VERSION, detect, detect_many
from auditor.model import CATEGORIES

# Japanese-heavy text with the characters that break naive pipelines.
_PIECES = st.one_of(
    st.characters(min_codepoint=0x3040, max_codepoint=0x30FF),  # kana
    st.characters(min_codepoint=0x4E00, max_codepoint=0x4FFF),  # kanji
    st.characters(min_codepoint=0xFF61, max_codepoint=0xFF9F),  # half-width katakana
    st.characters(min_codepoint=0xFF10, max_codepoint=0xFF19),  # full-width digits
    st.sampled_from(list("0123456789-@.〒()「」、。!?\n\t ーｰ\u200d\u202e\ufe0f\u3099\x00")),
    st.sampled_from([
        "🏃\u200d♂️", "👨\u200d👩\u200d👧", "駅", "在住", "なう", "歳", "です", "市", "区",
        "090-1234-5678", "〒100-0001", "@abc_1", "今", "明日から",
    ]),
    st.characters(),
)
# Texts are built from pieces (some longer than one character: emoji sequences, cue words).
_TEXTS = st.lists(_PIECES, max_size=40).map("".join)

# A recogniser bug must fail the tests, not be swallowed (see detector._safe).
os.environ["AUDITOR_CUES_STRICT"] = "1"


def _check(text: str) -> None:
    for f in detect(text):
        assert 0 <= f.start < f.end <= len(text)
        assert f.text == text[f.start : f.end]
        assert f.category in CATEGORIES
        assert 0 < f.weight <= 1


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_TEXTS)
def test_detect_never_raises_and_spans_are_valid(text: str) -> None:
    _check(text)


def test_edge_inputs() -> None:
    for text in ["", " ", "\n\n", "\x00", "\ud800", "ｶﾞ" * 3, "🏳️‍🌈" * 50,
                 "渋谷なう。" * 20_000, "0" * 5000, "@" * 3000, "〒" * 1000]:
        _check(text)


def test_detect_many_streams_in_order() -> None:
    texts = ["練馬区在住です", "", "今日は雨", "博多駅なう"]
    gen = detect_many(iter(texts), batch_size=2)
    assert not isinstance(gen, list)
    out = list(gen)
    assert len(out) == len(texts)
    assert [f.category for f in out[0]] == ["home"]
    assert out[1] == [] and out[2] == []
    assert out[3] and all(f.category == "whereabouts" for f in out[3])
    assert out == list(detect_many(texts, batch_size=1))
    assert DETECTOR_VERSION


def test_importing_cues_does_not_import_spacy() -> None:
    code = "import sys, auditor.cues; print('spacy' in sys.modules or 'sudachipy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
