"""Shared plumbing: what recognisers receive (``Analysis``) and return (``Hit``).

Like Presidio's ``nlp_artifacts``, the text is analysed once and every recogniser reads
the same ``Analysis``: the normalised text, the tokenizer-only ``Doc`` (Sudachi POS,
lemma, normalised form, reading) and, for the few sentences that passed the neural
gate, a ``Doc`` with GiNZA's entities. Recognisers work in normalised offsets; the
detector maps hits back to the original text.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar

from auditor.cues.normalise import Normalised

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from auditor.cues.places import Place

# Sentence ends: Japanese and ASCII marks, line breaks, and the 。 that the normaliser
# puts in place of emoji.
_SENT_END = re.compile(r"[。!?\n]+")


@dataclass(frozen=True, slots=True)
class Hit:
    """A recogniser's result in normalised offsets; the detector makes it a Finding."""

    category: str
    start: int
    end: int
    kind: str
    value: str | None
    reason: str
    reason_en: str
    weight: float


@dataclass
class Analysis:
    """Everything recognisers may read about one text (computed once)."""

    norm: Normalised
    doc: Doc | None = None
    #: sentence index -> GiNZA Doc of that sentence (only gated sentences, or all).
    neural: dict[int, Doc] = field(default_factory=dict)
    sents: list[tuple[int, int]] = field(default_factory=list)
    #: place mentions found in ``doc`` (``places.find_places``)
    places: list[Place] = field(default_factory=list)
    #: Results shared between recognisers (e.g. organisation spans), computed once.
    memo: dict[str, object] = field(default_factory=dict, repr=False)
    #: Category -> why the rules rejected a cue of it: the cue was there, but it belongs
    #: to someone else or something else (a relative, a venue, a notice, the past …).
    #: The learned layer never adds a suppressed category (``learned.eligible``).
    suppressed: dict[str, set[str]] = field(default_factory=dict)
    #: Category -> spans of things the rules could have named for it, accepted or not:
    #: school names and grades, places of work. TAXONOMY wants a named school or
    #: workplace; the learned layer adds those categories only where one was seen.
    candidates: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    _tokens: list[Token] | None = field(default=None, repr=False)
    _cache_sents: list[int] = field(default_factory=list, repr=False)
    _cache_places: list[int] = field(default_factory=list, repr=False)

    @property
    def text(self) -> str:
        return self.norm.text

    @property
    def tokens(self) -> list[Token]:
        """The tokens of ``doc`` as a list (iterating a Doc builds Token objects each time)."""
        if self._tokens is None:
            self._tokens = list(self.doc) if self.doc is not None else []
        return self._tokens

    def sentence_at(self, pos: int) -> tuple[int, int]:
        # Bisection keeps a 100 KB post linear overall (thousands of sentences).
        k = bisect_right(self._sent_starts, pos) - 1
        if k >= 0 and pos < self.sents[k][1]:
            return self.sents[k]
        return 0, len(self.text)

    def sentence_index(self, pos: int) -> int | None:
        k = bisect_right(self._sent_starts, pos) - 1
        return k if k >= 0 and pos < self.sents[k][1] else None

    def places_in(self, start: int, end: int) -> list[Place]:
        """Places that start inside [start, end), in text order."""
        lo = bisect_left(self._place_starts, start)
        hi = bisect_left(self._place_starts, end)
        return self.places[lo:hi]

    @property
    def _sent_starts(self) -> list[int]:
        if len(self._cache_sents) != len(self.sents):
            self._cache_sents[:] = [s for s, _ in self.sents]
        return self._cache_sents

    @property
    def _place_starts(self) -> list[int]:
        if len(self._cache_places) != len(self.places):
            self._cache_places[:] = [p.start for p in self.places]
        return self._cache_places

    def sentence_text(self, pos: int) -> str:
        s, e = self.sentence_at(pos)
        return self.text[s:e]

    def suppress(self, category: str, reason: str) -> None:
        """Record that a cue of ``category`` was seen and rejected, and why."""
        self.suppressed.setdefault(category, set()).add(reason)

    def candidate(self, category: str, start: int, end: int) -> None:
        """Record a span that could name ``category``'s thing (a school, a workplace)."""
        spans = self.candidates.setdefault(category, [])
        if (start, end) not in spans:
            spans.append((start, end))


def split_sentences(sudachi_text: str) -> list[tuple[int, int]]:
    """[start, end) of each non-blank sentence (end includes the closing marks)."""
    out: list[tuple[int, int]] = []
    pos = 0
    for m in _SENT_END.finditer(sudachi_text):
        if sudachi_text[pos : m.start()].strip():
            out.append((pos, m.end()))
        pos = m.end()
    if sudachi_text[pos:].strip():
        out.append((pos, len(sudachi_text)))
    return out


def is_place_tag(tok: Token) -> bool:
    return "固有名詞-地名" in tok.tag_


def is_proper(tok: Token) -> bool:
    return "固有名詞" in tok.tag_


class Recogniser:
    """Base class: subclasses set ``CATEGORY`` and implement ``analyze``.

    Class constants hold patterns and context words so that a subclass or ``__init__``
    can override them (the Presidio recogniser pattern).
    """

    CATEGORY: ClassVar[str] = ""
    #: True when the recogniser reads ``Analysis.doc`` (the Sudachi token layer).
    NEEDS_TOKENS: ClassVar[bool] = False

    def analyze(self, a: Analysis) -> list[Hit]:  # pragma: no cover - interface
        raise NotImplementedError

    def hit(
        self,
        start: int,
        end: int,
        kind: str,
        value: str | None,
        reason: str,
        reason_en: str,
        weight: float,
        category: str | None = None,
    ) -> Hit:
        return Hit(category or self.CATEGORY, start, end, kind, value, reason, reason_en, weight)
