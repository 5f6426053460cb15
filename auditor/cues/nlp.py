"""GiNZA, loaded once and lazily, so that importing the auditor stays fast."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from auditor.errors import MissingDependency

if TYPE_CHECKING:
    from spacy.language import Language


@lru_cache(maxsize=1)
def get_nlp() -> Language:
    try:
        import spacy
    except ImportError as exc:  # pragma: no cover - install problem
        raise MissingDependency("spaCy が見つかりません: pip install spacy ginza ja-ginza") from exc
    try:
        return spacy.load("ja_ginza")
    except OSError as exc:  # pragma: no cover - install problem
        raise MissingDependency("GiNZA のモデルが見つかりません: pip install ja-ginza") from exc
