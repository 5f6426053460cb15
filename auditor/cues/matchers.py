"""spaCy ``Matcher`` rules over Sudachi's lemmas, normalised forms and POS tags.

Rules written as token patterns survive conjugation and dialect for free: the lemma
働く covers 働いて, 働きます, 働いとる (Hiroshima/Hakata), and the normalised form 子供
covers 子ども/こども. The matchers are built once per vocabulary and cached.

Misfires: a pattern can only see tokens as Sudachi cut them; a brand that Sudachi tags
as a common noun (「ドトール」 is a proper noun, 「コメダ」 may not be) is not a brand here.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.matcher import Matcher
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

#: Work predicates, by lemma: 「働く」, 「勤める」, and nouns used with する.
WORK_LEMMAS = ["働く", "勤める", "務める", "勤務", "バイト", "アルバイト", "パート", "就職", "入社",
               "配属", "出勤"]

#: 「サイゼリヤで働いとる」: a brand (proper noun, not a place or a person) + で + work.
BRAND_AT_WORK = [
    {"TAG": {"REGEX": "^名詞-固有名詞-一般"}},
    {"TEXT": {"IN": ["で", "に"]}},
    {"LEMMA": {"IN": WORK_LEMMAS}},
]


@lru_cache(maxsize=4)
def _matcher(vocab: Vocab) -> Matcher:
    from spacy.matcher import Matcher

    m = Matcher(vocab)
    m.add("BRAND_AT_WORK", [BRAND_AT_WORK])
    return m


def brand_workplaces(doc: Doc) -> list[tuple[int, int]]:
    """Character spans of brands the author works at (the brand token only)."""
    out: list[tuple[int, int]] = []
    for _, start, _end in _matcher(doc.vocab)(doc):
        t = doc[start]
        out.append((t.idx, t.idx + len(t.text)))
    return out
