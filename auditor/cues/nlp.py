"""GiNZA, loaded once and lazily, so that importing the auditor stays fast.

``get_nlp`` returns the full ja_ginza pipeline. The detector uses only its tokenizer
(``nlp.make_doc``: Sudachi POS, lemma, normalised form, reading) for every post and the
neural components (tok2vec + ner) for the few sentences that pass the neural gate.
NumPy ops without BLIS are set before loading: 2–3× faster on small CPUs, same output.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from auditor.errors import MissingDependency

if TYPE_CHECKING:
    from spacy.language import Language

#: Components the neural layer needs (entities only; the parser is not used).
NEURAL_PIPES = ("tok2vec", "ner")


@lru_cache(maxsize=1)
def get_nlp() -> Language:
    try:
        import spacy
        from thinc.api import NumpyOps, set_current_ops
    except ImportError as exc:  # pragma: no cover - install problem
        raise MissingDependency("spaCy が見つかりません: pip install spacy ginza ja-ginza") from exc
    set_current_ops(NumpyOps(use_blis=False))
    try:
        return spacy.load("ja_ginza")
    except OSError as exc:  # pragma: no cover - install problem
        raise MissingDependency("GiNZA のモデルが見つかりません: pip install ja-ginza") from exc
