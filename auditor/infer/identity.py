"""Who the author is: real name, birthday, age, ID numbers; and how to reach them.

From ``identity`` findings (``name``, ``birthday`` "MM-DD"/"YYYY-MM-DD", ``age``,
``mynumber``/``card``/``passport``/``licence``/``plate``/``bank_account``) and
``contact`` findings (``phone``, ``email``, ``sns_id``). The age is the latest stated;
when a birthday with a year is known, the age is computed at the latest post instead.
A name counts as a full name when it has a space between family and given name or is
at least three kanji long (「高橋奈央」); shorter is a surname or given name only.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date, datetime

from auditor.infer.tally import Tally, evidence_of, noisy_or
from auditor.infer.types import Identity
from auditor.model import Finding

ID_KINDS = ("mynumber", "passport", "licence", "card", "bank_account", "plate")
CONTACT_KINDS = ("phone", "email", "sns_id")
_KANJI = re.compile(r"[\u4e00-\u9fff々]")


def is_full_name(name: str) -> bool:
    name = name.strip()
    if re.search(r"\S[\s\u3000]+\S", name):
        return True
    return len(_KANJI.findall(name)) >= 3


def infer_identity(findings: list[Finding], posted: dict[str, datetime | None], *,
                   min_age: int = 0) -> Identity:
    """``min_age``: a stated age below it is someone else's (a parent of an 8-year-old is
    not 5: 「蒼、今日で5歳」 is the son's birthday)."""
    ident = [f for f in findings if f.category == "identity"]
    if not ident:
        return Identity()
    names, birthdays = Tally(), Tally()
    ages: list[tuple[datetime | None, int, float, str]] = []
    ids: Counter[str] = Counter()
    for f in ident:
        value = (f.value or f.text or "").strip()
        if f.kind == "name":
            names.add_finding(f, value)
        elif f.kind == "birthday" and re.fullmatch(r"(\d{4}-)?\d{2}-\d{2}", value):
            birthdays.add_finding(f, value)
        elif f.kind == "age" and value.isdigit() and max(0, min_age) <= int(value) < 120:
            ages.append((posted.get(f.post_id or ""), int(value), f.weight, f.post_id or ""))
        elif f.kind in ID_KINDS:
            ids[f.kind] += 1
    name = names.best()
    latest = max((t for t in posted.values() if t), default=None)

    def plausible(value: str) -> bool:
        # A full date of birth that makes the author younger than ``min_age`` is a
        # child's birthday (「蒼、今日で5歳」), not the author's.
        return len(value) != 10 or latest is None or latest.year - int(value[:4]) >= min_age

    # A birthday with the year beats one without when both are said.
    bday = max((s for s in birthdays.values.values() if plausible(s.value)),
               key=lambda s: (len(s.value), s.confidence), default=None)
    age = None
    if bday is not None and len(bday.value) == 10 and bday.value[:4] >= "1900":
        born = date.fromisoformat(bday.value)
        if latest is not None:
            today = latest.date()
            age = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
    confidence = {}
    if name:
        confidence["name"] = name.confidence
    if bday:
        confidence["birthday"] = bday.confidence
    if age is not None and bday is not None:
        confidence["age"] = bday.confidence
    if age is None and ages:
        # The surest, then the latest (ages go up).
        age = max(ages, key=lambda a: (a[2], a[0] is not None, a[0] or datetime.min))[1]
        confidence["age"] = noisy_or(w for _, a, w, _p in ages if a == age)
    return Identity(
        name=name.value if name else None,
        birthday=bday.value if bday else None,
        age=age,
        evidence=_evidence(ident, name.value if name else None, bday.value if bday else None, age),
        ids=sorted(ids),
        full_name=bool(name and is_full_name(name.value)),
        confidence=confidence,
    )


def _evidence(ident: list[Finding], name: str | None, bday: str | None, age: int | None) -> list[str]:
    """Posts behind the values chosen (not a child's age read as the author's)."""
    used = [
        f for f in ident
        if (f.kind == "name" and (f.value or f.text or "").strip() == name)
        or (f.kind == "birthday" and bday is not None and (f.value or "") in (bday, bday[-5:]))
        or (f.kind == "age" and age is not None and (f.value or "") == str(age))
        or f.kind in ID_KINDS
    ]
    return evidence_of(used)


def contact_of(findings: list[Finding]) -> dict[str, list[str]]:
    """Contact kinds seen → the posts that show them."""
    out: dict[str, list[str]] = {}
    for f in findings:
        if f.category == "contact":
            kind = f.kind if f.kind in CONTACT_KINDS else "sns_id"
            ids = out.setdefault(kind, [])
            if f.post_id and f.post_id not in ids:
                ids.append(f.post_id)
    return out
