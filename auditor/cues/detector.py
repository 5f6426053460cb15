"""The layered detector: patterns, Sudachi tokens, then GiNZA's neural layer where needed.

1. Normalise (``normalise.py``) and run the validated patterns (phone, e-mail, SNS IDs,
   ID numbers, plates, addresses). No tokenizer needed.
2. Tokenise with GiNZA's tokenizer only (``nlp.make_doc``: Sudachi POS, lemma, norm,
   reading), find places, and run the token recognisers (home, workplace, school,
   family, routine, whereabouts, identity).
3. The neural layer (tok2vec + ner) runs on single *sentences*, and only on sentences
   that hold a *name slot* (``names.name_slots``: a noun chain right before a
   self-introduction frame, found from the Sudachi tokens), the condition every neural
   rule requires.

4. The learned layer (``learned.py``): a linear classifier over the text may add a
   category the rules missed (per-category threshold, ``kind="learned"``), but never one
   the rule layer rejected as someone else's or something else (``Analysis.suppressed``,
   recorded by the recognisers and by ``register.py``, which first drops hits inside
   quoted, broadcast or sample text).

Canonical behaviour: neural results are defined per sentence, from that sentence's text
alone. Running the neural layer on every sentence (``gate=False``) or only on gated ones
gives the same findings, because a neural rule can only fire inside a name slot — the
gate —; ``tests/test_cues_gating.py`` checks this on dev and the extra set.
"""

from __future__ import annotations

import os
import warnings
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import TYPE_CHECKING

from auditor.cues.base import Analysis, Hit, Recogniser, split_sentences
from auditor.cues.normalise import normalise
from auditor.model import Finding

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

from auditor.cues.learned import MODEL_VERSION

#: Bump whenever output can change: it keys the result cache. The learned layer's model
#: version is part of it, so retraining invalidates cached findings too.
DETECTOR_VERSION = f"3.4.0+m{MODEL_VERSION}"

#: Tokenizer input limit: Sudachi refuses more than 49,149 bytes; 4,000 chars of
#: 3-byte UTF-8 stay well below it.
_TOKENIZER_CHUNK = 4000


def _recognisers() -> list[Recogniser]:
    """All recognisers, pattern ones first (imported lazily: spaCy-free import)."""
    from auditor.cues.address import AddressRecogniser
    from auditor.cues.bio import BioRecogniser
    from auditor.cues.callsign import CallSignRecogniser
    from auditor.cues.email import EmailRecogniser
    from auditor.cues.english import EnglishRecogniser
    from auditor.cues.family import FamilyRecogniser
    from auditor.cues.home import HomeRecogniser
    from auditor.cues.identity import IdentityRecogniser
    from auditor.cues.idnumbers import IdNumberRecogniser
    from auditor.cues.names import NameRecogniser
    from auditor.cues.phone import PhoneRecogniser
    from auditor.cues.plate import PlateRecogniser
    from auditor.cues.routine import RoutineRecogniser
    from auditor.cues.school import SchoolRecogniser
    from auditor.cues.sns import SnsRecogniser
    from auditor.cues.whereabouts import WhereaboutsRecogniser
    from auditor.cues.work_roles import WorkRoleRecogniser
    from auditor.cues.workplace import WorkplaceRecogniser

    return [
        # Layer 1: normalised text + validated patterns.
        PhoneRecogniser(), EmailRecogniser(), SnsRecogniser(), IdNumberRecogniser(),
        PlateRecogniser(), AddressRecogniser(), CallSignRecogniser(),
        # Layer 2: Sudachi tokens and places (NEEDS_TOKENS).
        HomeRecogniser(), WorkplaceRecogniser(), WorkRoleRecogniser(), SchoolRecogniser(),
        FamilyRecogniser(), EnglishRecogniser(), BioRecogniser(),
        RoutineRecogniser(), WhereaboutsRecogniser(), IdentityRecogniser(),
        # Layers 2 + 3: tokens, and GiNZA entities of the gated sentences.
        NameRecogniser(),
    ]


class Detector:
    """Holds the loaded pipeline and the recognisers; ``run`` processes one batch."""

    def __init__(self, nlp: Language | None = None) -> None:
        if nlp is None:
            from auditor.cues.nlp import get_nlp

            nlp = get_nlp()
        self.nlp = nlp
        self.recognisers = _recognisers()

    def tokenize(self, text: str) -> Doc:
        """Tokenizer-only Doc of ``text``; long texts are cut at sentence ends."""
        if len(text) <= _TOKENIZER_CHUNK:
            return self.nlp.make_doc(text)
        from spacy.tokens import Doc

        pieces: list[str] = []
        pos = 0
        while pos < len(text):
            end = min(len(text), pos + _TOKENIZER_CHUNK)
            if end < len(text):
                cut = max(text.rfind(c, pos, end) for c in "。\n!?")
                end = cut + 1 if cut > pos else end
            pieces.append(text[pos:end])
            pos = end
        with warnings.catch_warnings():
            # GiNZA's per-doc user data (sub_tokens) cannot be merged; we do not use it.
            warnings.simplefilter("ignore", UserWarning)
            return Doc.from_docs([self.nlp.make_doc(p) for p in pieces], ensure_whitespace=False)

    def analyse(self, text: str) -> Analysis:
        from auditor.cues.places import find_places

        norm = normalise(text)
        a = Analysis(norm)
        a.sents = split_sentences(norm.sudachi)
        if norm.text.strip():
            a.doc = self.tokenize(norm.sudachi)
            a.places = find_places(a.doc, norm.text, a.tokens)
        return a

    @staticmethod
    def neural_candidates(a: Analysis, gate: bool) -> list[int]:
        """Sentences for the neural layer: all of them, or only those with a name slot."""
        if not gate:
            return list(range(len(a.sents)))
        from auditor.cues.names import neural_sentences

        return sorted(neural_sentences(a))

    def run(self, texts: list[str], gate: bool = True) -> list[list[Finding]]:
        return [_to_findings(a, _safe_combine(a, hits)) for a, hits in self.run_hits(texts, gate)]

    def run_hits(self, texts: list[str], gate: bool = True) -> list[tuple[Analysis, list[Hit]]]:
        """The rule layer's hits per text, with the analysis they were read from."""
        analyses = [self.analyse(t) for t in texts]
        jobs: list[tuple[Analysis, int]] = [
            (a, i) for a in analyses if a.doc is not None for i in self.neural_candidates(a, gate)
        ]
        if jobs:
            disable = [p for p in self.nlp.pipe_names if p not in ("tok2vec", "ner")]
            sents = (a.norm.sudachi[slice(*a.sents[i])] for a, i in jobs)
            for (a, i), doc in zip(jobs, self.nlp.pipe(sents, disable=disable), strict=True):
                a.neural[i] = doc
        return [(a, self.rule_hits(a)) for a in analyses]

    def rule_hits(self, a: Analysis) -> list[Hit]:
        from auditor.cues.register import drop_voiced

        hits: list[Hit] = []
        for r in self.recognisers:
            if a.doc is not None or not r.NEEDS_TOKENS:
                hits.extend(_safe(r, a))
        return drop_voiced(a, hits)


def _safe(r: Recogniser, a: Analysis) -> list[Hit]:
    # A recogniser bug must not lose the whole post's findings (contract: never raise).
    # AUDITOR_CUES_STRICT=1 (set by the tests) lets the bug surface instead.
    try:
        return r.analyze(a)
    except Exception:
        if os.environ.get("AUDITOR_CUES_STRICT") == "1":
            raise
        return []


def _safe_combine(a: Analysis, hits: list[Hit]) -> list[Hit]:
    # The learned layer must not cost the rules' findings either (contract: never raise).
    from auditor.cues.learned import combine

    try:
        return combine(a, hits)
    except Exception:
        if os.environ.get("AUDITOR_CUES_STRICT") == "1":
            raise
        return hits


def _to_findings(a: Analysis, hits: list[Hit]) -> list[Finding]:
    out: list[Finding] = []
    seen: set[tuple[str, int, int, str]] = set()
    for h in sorted(hits, key=lambda h: (h.start, h.end, h.category, h.kind)):
        if h.end <= h.start:
            continue
        start, end = a.norm.span(h.start, h.end)
        key = (h.category, start, end, h.kind)
        if key in seen:
            continue
        seen.add(key)
        out.append(
            Finding(
                category=h.category,  # type: ignore[arg-type]
                start=start,
                end=end,
                text=a.norm.original[start:end],
                reason=h.reason,
                source="text",
                weight=max(0.01, min(1.0, h.weight)),
                post_id=None,
                field="text",
                kind=h.kind,
                value=h.value,
                reason_en=h.reason_en,
            )
        )
    return out


_DETECTOR: Detector | None = None


def _detector() -> Detector:
    global _DETECTOR
    if _DETECTOR is None:
        _DETECTOR = Detector()
    return _DETECTOR


def _chunks(texts: Iterable[str], size: int) -> Iterator[list[str]]:
    it = iter(texts)
    while chunk := list(islice(it, size)):
        yield chunk


def _run_chunk(args: tuple[list[str], bool]) -> list[list[Finding]]:
    texts, gate = args
    return _detector().run(texts, gate)


def detect(text: str) -> list[Finding]:
    """Findings for one text (offsets into ``text``)."""
    return next(detect_many([text]))


def detect_many(
    texts: Iterable[str], *, n_process: int = 1, batch_size: int = 256, gate: bool = True
) -> Iterator[list[Finding]]:
    """One list of findings per input text, in order, lazily (batch by batch).

    ``gate=False`` runs the neural layer on every sentence instead of only on the
    sentences that can need it; the findings are the same, only slower (tests prove it).
    """
    batch_size = max(1, batch_size)
    if n_process <= 1:
        for chunk in _chunks(texts, batch_size):
            yield from _run_chunk((chunk, gate))
        return
    import multiprocessing

    ctx = multiprocessing.get_context("spawn")
    with ctx.Pool(n_process) as pool:
        jobs = ((c, gate) for c in _chunks(texts, batch_size))
        for result in pool.imap(_run_chunk, jobs):
            yield from result
