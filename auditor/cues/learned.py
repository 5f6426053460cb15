"""The learned layer: a linear multi-label classifier over the rule layer's own analysis.

Features (hashed into ``DIM`` buckets with CRC-32, so no vocabulary is stored):
- character 1–3-grams of the normalised text, digits folded to ``0``;
- Sudachi lemmas and lemma bigrams, coarse POS of each token;
- attribution and tense markers (third party, hearsay, past, first person, list/bio form).

One logistic regression per category (one-vs-rest, trained by
``scripts/train_cues_model.py``; weights in ``data/model.npz``, float16, no pickle) gives
a probability per category. ``combine`` applies the rule chosen from leave-one-writer-out
evidence (``scripts/train_cues_model.py``): the classifier *adds* a category the rules missed when
its probability is at least ``add`` (per category), in a post that can be about the
author (``eligible``): never a category whose cue the rule layer saw and rejected as
someone else's or something else (``Analysis.suppressed``: a relative's home, a venue's
station, an office's address, a public notice, the past …), school and workplace only
where the rule layer saw a named candidate (``Analysis.candidates``, TAXONOMY's "named
or identifiable"), whereabouts only at a place outside a clause told afterwards. The
classifier is confident on short posts full of trigger words; the rules know whose
those words are. It *vetoes* a rule category only when every rule finding is weak
(weight ≤ ``weak``) and the probability is below ``veto``. The thresholds are chosen on
writers whose posts the rules were never tuned on, because on the others the rules look
better than they are on new authors.
An added category gets one finding, ``kind="learned"``, whose span is the phrase that
contributed most to the decision (per-token sums of the linear model's contributions).

Deterministic: no randomness at inference; the same text gives the same output.
``AUDITOR_CUES_MODEL=off`` switches the layer off (rules only).
"""

from __future__ import annotations

import math
import os
import re
import zlib
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from auditor.cues.attribution import HEDGE, PAST, THIRD_PARTY
from auditor.cues.base import Analysis, Hit
from auditor.model import CATEGORIES

if TYPE_CHECKING:
    import numpy as np

#: Bump with every retrained model; ``DETECTOR_VERSION`` includes it.
MODEL_VERSION = "8"
DIM = 1 << 17
_FIRST_PERSON = re.compile(r"私|僕|俺|わたし|あたし|うち(?:の|は|ら)|自分|わし|\bI\b|\bmy\b|\bwe\b|\bour\b",
                           re.IGNORECASE)
_LIST_FORM = re.compile(r"[｜|/／]|#\S")

REASONS = {
    "home": ("住まいの場所を示す表現", "wording that points to where the author lives"),
    "workplace": ("勤務先を示す表現", "wording that points to the author's workplace"),
    "school": ("学校を示す表現", "wording that points to a school of the author or family"),
    "family": ("家族構成を示す表現", "wording about the author's family"),
    "routine": ("生活パターンを示す表現", "wording about a recurring time or place"),
    "whereabouts": ("現在地・予定を示す表現", "wording about where the author is or will be"),
    "contact": ("連絡先を示す表現", "wording that gives a way to reach the author"),
    "identity": ("本人を特定する表現", "wording that identifies the author"),
}


_HASHES: dict[str, int] = {}


def _h(feature: str) -> int:
    # Memoised: the same n-grams recur in every post (bounded: cleared when large).
    k = _HASHES.get(feature)
    if k is None:
        if len(_HASHES) > 500_000:
            _HASHES.clear()
        k = _HASHES[feature] = zlib.crc32(feature.encode("utf-8")) % DIM
    return k


@dataclass
class Features:
    """Hashed feature values, and for span-bearing features the text span they cover."""

    values: dict[int, float]
    spans: dict[int, list[tuple[int, int]]]


def features(a: Analysis, hits: list[Hit] | None = None, with_spans: bool = False) -> Features:
    """The classifier's features: the text's own, never the rules' findings.

    Round 2 also fed the rule hits in; since the rules were written while reading the
    training posts, their hits are near-perfect there and the classifier learned to
    trust them over the text, adding almost nothing on new authors. ``hits`` is kept
    for callers and ignored.
    """
    text = a.text
    counts: dict[int, float] = {}
    spans: dict[int, list[tuple[int, int]]] = {}

    def add(f: str, span: tuple[int, int] | None = None, w: float = 1.0) -> None:
        k = _h(f)
        counts[k] = counts.get(k, 0.0) + w
        if with_spans and span is not None:
            spans.setdefault(k, []).append(span)

    folded = re.sub(r"\d", "0", text.lower())
    if with_spans:
        for n in (1, 2, 3):
            for i in range(len(folded) - n + 1):
                g = folded[i : i + n]
                if g.strip():
                    add("c" + g, (i, i + n))
    else:
        # Same counts, fewer calls: count the n-grams first, hash each distinct one once.
        grams: Counter[str] = Counter()
        for n in (1, 2, 3):
            grams.update(folded[i : i + n] for i in range(len(folded) - n + 1))
        for g, c in grams.items():
            if g.strip():
                add("c" + g, None, float(c))
    if a.doc is not None:
        prev = "^"
        for t in a.tokens:
            if t.is_space:
                continue
            lemma = t.lemma_
            span = (t.idx, t.idx + len(t.text))
            add("l" + lemma, span)
            add("b" + prev + "|" + lemma, span)
            add("p" + t.tag_[:9], span, 0.5)
            prev = lemma
    for name, pat in (("3p", THIRD_PARTY), ("hedge", HEDGE), ("past", PAST),
                      ("1p", _FIRST_PERSON), ("list", _LIST_FORM)):
        if pat.search(text):
            add("m" + name)
    add("len" + str(min(6, int(math.log2(1 + len(text))))))
    # Sub-linear counts, then unit length: long posts do not outweigh short ones.
    vals = {k: 1.0 + math.log(v) if v >= 1 else v for k, v in counts.items()}
    norm = math.sqrt(sum(v * v for v in vals.values())) or 1.0
    return Features({k: v / norm for k, v in vals.items()}, spans)


@dataclass(frozen=True)
class Model:
    weights: np.ndarray  # (DIM, n_categories) float32
    bias: np.ndarray  # (n_categories,)
    categories: tuple[str, ...]
    version: str
    train_hash: str
    add: dict[str, float]
    veto: float
    weak: float

    def proba(self, f: Features) -> dict[str, float]:
        import numpy as np

        if not f.values:
            z = self.bias
        else:
            idx = np.fromiter(f.values.keys(), dtype=np.int64)
            val = np.fromiter(f.values.values(), dtype=np.float32)
            z = val @ self.weights[idx] + self.bias
        p = 1.0 / (1.0 + np.exp(-z.astype(np.float64)))
        return {c: float(round(p[i], 6)) for i, c in enumerate(self.categories)}

    def best_phrase(self, a: Analysis, f: Features, category: str) -> tuple[int, int]:
        """The token span whose features pushed ``category`` up the most."""
        j = self.categories.index(category)
        contrib = [0.0] * (len(a.text) + 1)
        for k, v in f.values.items():
            w = float(self.weights[k, j]) * v
            for s, e in f.spans.get(k, ()):
                share = w / max(1, e - s)
                for i in range(s, e):
                    contrib[i] += share
        toks = [t for t in a.tokens if not t.is_space] if a.doc is not None else []
        if not toks:
            return 0, len(a.text)
        scores = [sum(contrib[t.idx : t.idx + len(t.text)]) for t in toks]
        best = max(range(len(toks)), key=lambda i: (scores[i], -i))
        lo = hi = best
        # Grow over positive neighbours inside the sentence (at most 6 tokens).
        ss, se = a.sentence_at(toks[best].idx)
        while hi - lo < 5:
            left = scores[lo - 1] if lo > 0 and toks[lo - 1].idx >= ss else -1.0
            right = scores[hi + 1] if hi + 1 < len(toks) and toks[hi + 1].idx < se else -1.0
            if max(left, right) <= 0:
                break
            if left >= right:
                lo -= 1
            else:
                hi += 1
        return toks[lo].idx, toks[hi].idx + len(toks[hi].text)


#: What a learned addition needs to be about the author: no hearsay or third party in the
#: post, and something the category can point at (a place for home, a number or @ for
#: contact …). The classifier proposes; this keeps it to posts the rules could have read.
_ANCHOR = {
    "home": re.compile(r"[A-Z][a-z]{2,}|在住|住|家|うち|地元|近所|最寄"),
    "whereabouts": re.compile(r"[A-Z][a-z]{2,}|今|明日|から|なう|中|着|行|来|留守|tomorrow|now",
                              re.IGNORECASE),
    "contact": re.compile(r"[A-Za-z0-9_.\-]{4,}|@|\d{3,}"),
}
#: Categories that TAXONOMY ties to a *named* thing: an unnamed 「学校」, 「部活」, 「会社」,
#: 「仕事」 is never school or workplace, and identity is a name, an exact age, a birthday
#: or an ID number. The classifier may add them only where the rule layer saw a candidate
#: (``Analysis.candidates``): a school name or a grade and class; an organisation, a named
#: place of work, or a specific place in a post about work; an age, a date of birth, a
#: name in a self-introduction slot, a number next to its ID word.
_NEEDS_CANDIDATE = ("school", "workplace", "identity")
_LATIN_NAME = re.compile(r"[A-Z][a-z]{2,}")


def eligible(a: Analysis) -> frozenset[str]:
    """Categories the classifier may add to this post.

    Never a category the rules suppressed (``Analysis.suppressed``: its cue was seen and
    rejected as someone else's, a venue's, a notice, hearsay, the past …); school and
    workplace only with a named candidate; whereabouts only at a place outside the
    clauses the rules read as past (``whereabouts.past_clause``).
    """
    text = a.text
    if THIRD_PARTY.search(text) or HEDGE.search(text):
        return frozenset()
    latin = bool(_LATIN_NAME.search(text))
    out = set()
    for c in CATEGORIES:
        if c in a.suppressed:
            continue
        anchor = _ANCHOR.get(c)
        if anchor is not None and not anchor.search(text):
            continue
        if c in _NEEDS_CANDIDATE and not a.candidates.get(c):
            continue
        if c == "home" and not (a.places or latin):
            continue
        if c == "whereabouts" and not (a.candidates.get(c) or (latin and not _EN_PAST.search(text))):
            continue
        # A person's name that the name rules did not take as the author's is someone else's
        # (「大谷翔平、今日で30歳!」): their age or birthday is not the author's identity.
        if c == "identity" and any("人名" in t.tag_ for t in a.tokens):
            continue
        out.add(c)
    return frozenset(out)


#: English told afterwards (the English recogniser's reading of the past).
_EN_PAST = re.compile(r"\b(?:last (?:year|month|week)|used to|ago|was|were|went|visited)\b",
                      re.IGNORECASE)


def _enabled() -> bool:
    return os.environ.get("AUDITOR_CUES_MODEL", "on").lower() not in ("off", "0", "no")


@lru_cache(maxsize=1)
def load_model() -> Model | None:
    """The shipped model, or None when the file is absent (rules only)."""
    import numpy as np

    path = resources.files("auditor.cues").joinpath("data/model.npz")
    try:
        with path.open("rb") as fh, np.load(fh, allow_pickle=False) as z:
            return Model(
                weights=z["weights"].astype(np.float32),
                bias=z["bias"].astype(np.float32),
                categories=tuple(str(c) for c in z["categories"]),
                version=str(z["version"]),
                train_hash=str(z["train_hash"]),
                add={str(c): float(t) for c, t in zip(z["categories"], z["add"], strict=True)},
                veto=float(z["veto"]),
                weak=float(z["weak"]),
            )
    except (FileNotFoundError, OSError, KeyError, ValueError):
        return None


def combine(a: Analysis, hits: list[Hit], model: Model | None = None) -> list[Hit]:
    """Rule hits plus learned additions, minus vetoed weak rule categories."""
    if model is None:
        if not _enabled():
            return hits
        model = load_model()
    if model is None or not a.text.strip():
        return hits
    fired = {h.category for h in hits}
    allowed = eligible(a)
    if model.veto <= 0.0 and not (allowed - fired):
        return hits  # nothing to add and no veto: skip the features (same output, faster)
    f = features(a, hits)
    p = model.proba(f)
    out = list(hits)
    for c in model.categories:
        ws = [h.weight for h in hits if h.category == c]
        if ws and max(ws) <= model.weak and p[c] < model.veto:
            out = [h for h in out if h.category != c]
        elif not ws and p[c] >= model.add[c] and c not in fired and c in allowed:
            fs = features(a, hits, with_spans=True)
            s, e = model.best_phrase(a, fs, c)
            ja, en = REASONS[c]
            out.append(Hit(c, s, e, "learned", None, ja, en, round(0.3 + 0.4 * p[c], 2)))
    return out
