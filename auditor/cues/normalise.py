"""One normaliser for every layer, with an exact map back to the original offsets.

Posts mix full-width digits (０９０), half-width katakana (ｶﾞｯｺｳ), odd dashes between
digits (090ー1234ー5678) and emoji between words. Every recogniser works on the
normalised text; ``Normalised.span`` maps a normalised span back to the original
string so that ``Finding.text == original[start:end]`` always holds.

NFKC is applied per *cluster* (a base character plus following combining marks,
including the half-width voiced marks ﾞ/ﾟ), because NFKC can merge two code points
into one (ｶ+ﾞ → ガ) or expand one into several (… → ...). Each output character
remembers the original cluster it came from.

On top of NFKC (all length-preserving, one output char per input char):
- dashes, minus signs and the long-vowel mark between two digits become ``-``
  (phone numbers, addresses 7ー2ー3), and ``~``/``〜`` become ``〜``;
- pictographic emoji, ZWJ, variation selectors and skin-tone modifiers become ``。``
  in ``Normalised.sudachi`` (the text given to the tokenizer), because on social
  media an emoji ends a thought as often as ``。`` does; ``Normalised.text`` keeps them
  as spaces so that regular expressions are not cut by a sentence mark.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Code points that continue the previous character under NFKC composition.
_COMBINING_EXTRA = {"\uff9e", "\uff9f", "\u3099", "\u309a"}

_DASHES = "-‐‑‒–—―−ー－─━ｰ"
_DASH_BETWEEN_DIGITS = re.compile(rf"(?<=\d)[{_DASHES}](?=\d)")

# Emoji and pictographs (Extended_Pictographic approximation), plus the joiners and
# modifiers that glue emoji sequences together.
_EMOJI = re.compile(
    "[\u2600-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff\u200d\ufe0f\ufe0e"
    "\U0001f3fb-\U0001f3ff\u20e3\u2300-\u23ff\u2190-\u21ff\u25a0-\u25ff\u3030\u303d]"
)

# Python strings can hold lone surrogates; the tokenizer (Rust) cannot encode them.
_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass(frozen=True, slots=True)
class Normalised:
    """Normalised text plus, per normalised char, the original [start, end) it came from."""

    original: str
    text: str
    sudachi: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original offsets of the normalised span [start, end) (end exclusive)."""
        if not self.text:
            return 0, 0
        start = max(0, min(start, len(self.text) - 1))
        end = max(start + 1, min(end, len(self.text)))
        return self.starts[start], self.ends[end - 1]


def _clusters(text: str) -> list[tuple[int, int]]:
    """Original [start, end) of each cluster (base char + combining marks)."""
    out: list[tuple[int, int]] = []
    i, n = 0, len(text)
    while i < n:
        j = i + 1
        while j < n and (
            text[j] in _COMBINING_EXTRA or unicodedata.combining(text[j])
        ):
            j += 1
        out.append((i, j))
        i = j
    return out


def normalise(original: str) -> Normalised:
    """NFKC + digit-dash folding, keeping an exact offset map. Never raises."""
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for s, e in _clusters(original):
        piece = unicodedata.normalize("NFKC", original[s:e])
        if not piece:  # pragma: no cover - NFKC never maps a cluster to nothing
            continue
        for ch in piece:
            chars.append(ch)
            starts.append(s)
            ends.append(e)
    text = _SURROGATE.sub("\ufffd", "".join(chars))
    text = _DASH_BETWEEN_DIGITS.sub("-", text)
    text = text.replace("~", "〜")
    spaced = _EMOJI.sub(" ", text)
    sudachi = _EMOJI.sub("。", text)
    return Normalised(original, spaced, sudachi, tuple(starts), tuple(ends))
