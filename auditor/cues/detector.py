"""First detector: GiNZA entities plus a few attributed patterns per category.

Deliberately small; issue 3 replaces it with one module per category.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator

from auditor.cues.nlp import get_nlp
from auditor.model import Finding

DETECTOR_VERSION = "0.1.0"

_PATTERNS: list[tuple[str, re.Pattern[str], str, str]] = [
    ("contact", re.compile(r"0\d{1,4}-\d{1,4}-\d{3,4}"), "phone", "電話番号"),
    ("contact", re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+"), "email", "メールアドレス"),
    ("home", re.compile(r"〒?\d{3}-\d{4}"), "postcode", "郵便番号"),
    ("home", re.compile(r"\S{1,6}[区市町村]在住"), "municipality", "居住地の市区町村"),
    ("home", re.compile(r"最寄り(?:駅)?(?:は|の)?\S{1,8}駅"), "station", "自宅の最寄り駅"),
    ("whereabouts", re.compile(r"\S{1,10}なう"), "now", "今いる場所"),
    ("identity", re.compile(r"\d{1,3}歳になりました"), "age", "本人の年齢"),
    ("family", re.compile(r"(夫|妻|旦那|嫁|息子|娘|長男|長女|次男|次女|母|父)"), "member", "家族"),
    ("routine", re.compile(r"毎(?:朝|週|日|晩)"), "recurring", "繰り返す予定"),
    ("school", re.compile(r"\S{1,8}(?:小学校|中学校|高校|大学)"), "school", "学校名"),
    ("workplace", re.compile(r"\S{1,10}(?:支店|本社|病院)で働"), "workplace", "勤務先"),
]


def _normalise(text: str) -> str:
    # NFKC keeps offsets for almost all Japanese text; later versions map offsets exactly.
    return unicodedata.normalize("NFKC", text)


def _find(text: str) -> list[Finding]:
    norm = _normalise(text)
    if len(norm) != len(text):
        norm = text
    found: list[Finding] = []
    for category, pattern, kind, reason in _PATTERNS:
        for m in pattern.finditer(norm):
            found.append(
                Finding(
                    category=category,  # type: ignore[arg-type]
                    start=m.start(),
                    end=m.end(),
                    text=text[m.start() : m.end()],
                    reason=reason,
                    kind=kind,
                    value=m.group(0),
                )
            )
    return found


def detect(text: str) -> list[Finding]:
    return next(detect_many([text]))


def detect_many(texts: Iterable[str], *, batch_size: int = 64) -> Iterator[list[Finding]]:
    nlp = get_nlp()
    for doc, text in nlp.pipe(((t, t) for t in texts), as_tuples=True, batch_size=batch_size):
        found = _find(text)
        for ent in doc.ents:
            if ent.label_ == "Person":
                found.append(
                    Finding("identity", ent.start_char, ent.end_char, ent.text, "人名", kind="name")
                )
        yield found
