"""Masking found values for a report that will be shown to others (``--redact``).

Two passes over every string the report prints: first every value the scan found
(finding texts and values, inferred home/work/school/identity) is replaced wherever it
occurs, longest first, so a phone number the detector caught in one post is masked in
every post, the profile and the OCR text too; then patterns that are personal whatever
their context (phone numbers, e-mail addresses, postcodes, long digit runs) are masked
even where no finding pointed at them.

Masks keep enough to stay readable — the category and the shape — and no more:
``090-1234-5678`` → ``090-****-5678``, ``hana@example.com`` → ``h***@e***.com``,
``石神井公園駅`` → ``石＊＊＊＊駅``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from auditor.model import Finding, Profile

#: Finding kinds whose values do not point at a person by themselves and that the
#: reader needs to follow the report: times, weekdays, household size, "home is empty",
#: a job title, prefectures, train lines, and where someone was or will be (what makes
#: those dangerous is the date, which stays; the home station is masked as a home value).
KEEP_KINDS = frozenset(
    {"time", "weekly", "household_size", "away", "job", "face", "prefecture", "line", "now",
     "future"}
)
#: A family ``member`` cue is kept when it is a role (「娘」「夫」), masked when a name.
ROLE_WORDS = (
    "夫", "妻", "嫁", "旦那", "主人", "息子", "娘", "父", "母", "兄", "姉", "弟", "妹", "祖父",
    "祖母", "子ども", "子供", "長男", "長女", "次男", "次女", "孫", "家族", "パパ", "ママ",
)
#: Suffixes kept after masking a name, so that a masked value still says what it is.
_SUFFIXES = (
    "小学校", "中学校", "高等学校", "高校", "大学", "幼稚園", "保育園", "支店", "病院",
    "丁目", "番地", "駅", "区", "市", "町", "村", "郡", "小", "中", "線", "店", "組", "歳", "号",
)
_MASK = "＊"

_PHONE = re.compile(r"(?<!\d)(?:\+81[-\s]?|0)\d{1,4}[-\s(（]?\d{1,4}[-\s)）]?\d{3,4}(?!\d)")
_EMAIL = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+")
_POSTCODE = re.compile(r"(〒\s?)?(?<!\d)(\d{3})[-ー−‐](\d{4})(?!\d)")
#: Card, My Number, account numbers: ten digits or more (dates have eight).
_LONG_DIGITS = re.compile(r"(?<!\d)\d(?:[\s-]?\d){9,}(?!\d)")


def mask_digits(text: str, *, keep_head: int = 3, keep_tail: int = 4) -> str:
    """Mask the digits of ``text`` but the first ``keep_head`` and last ``keep_tail``;
    separators stay (``090-1234-5678`` → ``090-****-5678``)."""
    digits = [i for i, ch in enumerate(text) if ch.isdigit()]
    if len(digits) <= keep_head + keep_tail:
        keep_head, keep_tail = 0, min(2, len(digits) // 2)
    hidden = set(digits[keep_head : len(digits) - keep_tail])
    return "".join("*" if i in hidden else ch for i, ch in enumerate(text))


def mask_phone(text: str) -> str:
    """Keep the first group (area or mobile prefix) and the last four digits:
    ``090-1234-5678`` → ``090-****-5678``, ``03-0000-5521`` → ``03-****-5521``."""
    groups = re.split(r"([-\s()（）]+)", text.strip())
    digit_groups = [g for g in groups if (g and g[0].isdigit()) or g.startswith("+")]
    if len(digit_groups) < 2:
        return mask_digits(text)
    head = len(re.sub(r"\D", "", digit_groups[0]))
    return mask_digits(text, keep_head=head, keep_tail=4)


def mask_email(text: str) -> str:
    local, _, domain = text.partition("@")
    name, dot, tld = domain.rpartition(".")
    if not dot:
        name, tld = domain, ""
    return f"{local[:1]}***@{name[:1]}***{dot}{tld}"


def mask_name(text: str) -> str:
    """Keep the first character and a telling suffix; mask the rest (spaces kept)."""
    stripped = text.strip()
    if not stripped:
        return text
    suffix = next((s for s in _SUFFIXES if stripped.endswith(s) and len(stripped) > len(s)), "")
    body = stripped[: len(stripped) - len(suffix)] if suffix else stripped
    if body.startswith("@"):
        head, rest = body[:2], body[2:]
    else:
        head, rest = body[:1], body[1:]
    if not rest and not suffix:
        return _MASK * len(body)
    return head + "".join(ch if ch.isspace() else _MASK for ch in rest) + suffix


def mask_value(text: str, kind: str = "") -> str:
    """The mask for one found value, chosen by its kind and its shape."""
    if _EMAIL.fullmatch(text.strip()) or kind == "email":
        return _EMAIL.sub(lambda m: mask_email(m.group()), text)
    if _PHONE.search(text) or kind == "phone":
        return _PHONE.sub(lambda m: mask_phone(m.group()), text) if _PHONE.search(text) else mask_digits(text)
    if kind == "postcode" or _POSTCODE.fullmatch(text.strip()):
        return _POSTCODE.sub(lambda m: f"{m.group(1) or ''}{m.group(2)}-****", text)
    if sum(ch.isdigit() for ch in text) >= 6:
        return mask_digits(text, keep_head=0, keep_tail=4)
    if kind in ("age", "member_age", "birthday", "grade"):
        return re.sub(r"\d", "*", text) if any(ch.isdigit() for ch in text) else mask_name(text)
    return mask_name(text)


class Redactor:
    """Callable masking every known value and every personal pattern in a string."""

    def __init__(self, values: dict[str, str]) -> None:
        self._mapping = {k: v for k, v in values.items() if k and k != v}
        keys = sorted(self._mapping, key=len, reverse=True)
        self._pattern = re.compile("|".join(map(re.escape, keys))) if keys else None

    @classmethod
    def from_scan(
        cls,
        findings: Iterable[Finding],
        inferred: dict[str, Any] | None,
        recommendations: Iterable[Any] = (),
        profile: Profile | None = None,
    ) -> Redactor:
        """Masks for everything the scan found, the words its actions delete, and the
        account's own handle and display name (a shown report should not name it)."""
        values: dict[str, str] = {}

        def add(text: Any, kind: str = "") -> None:
            if isinstance(text, str) and len(text.strip()) >= 2 and text not in values:
                values[text] = mask_value(text, kind)

        kept: set[str] = set()
        for f in findings:
            if f.kind in KEEP_KINDS or (f.kind == "member" and any(w in f.text for w in ROLE_WORDS)):
                kept.add(f.text)
                continue
            add(f.text, f.kind)
            if f.value and f.value != f.text:
                add(f.value, f.kind)
        inferred = inferred or {}
        for key in ("home", "workplace", "school"):
            item = inferred.get(key) or {}
            if isinstance(item, dict):
                for sub in ("value", "municipality", "station"):
                    add(item.get(sub), sub)
        ident = inferred.get("identity") or {}
        if isinstance(ident, dict):
            add(ident.get("name"), "name")
            add(ident.get("birthday"), "birthday")
        if profile is not None:
            add(profile.handle, "sns_id")
            add(profile.display_name, "name")
        for rec in recommendations:  # the words to delete are found values too
            if isinstance(rec, dict):
                for word in rec.get("words") or []:
                    if word not in kept:
                        add(word)
        return cls(values)

    def __call__(self, text: Any) -> Any:
        if not isinstance(text, str) or not text:
            return text
        if self._pattern is not None:
            text = self._pattern.sub(lambda m: self._mapping[m.group()], text)
        text = _EMAIL.sub(lambda m: mask_email(m.group()), text)
        text = _POSTCODE.sub(lambda m: f"{m.group(1) or ''}{m.group(2)}-****", text)
        text = _PHONE.sub(lambda m: mask_phone(m.group()), text)
        return _LONG_DIGITS.sub(lambda m: mask_digits(m.group(), keep_head=0), text)


def no_redaction(text: Any) -> Any:
    return text


def mask_coordinate(value: float) -> str:
    """A coordinate to one decimal (about 10 km): enough to see 'Tokyo', not a street."""
    return f"{value:.1f}…"
