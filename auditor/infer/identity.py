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

from auditor.infer.tally import Support, Tally, TallyIndex, evidence_of, noisy_or
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


def latest_post(posted: dict[str, datetime | None]) -> datetime | None:
    return max((t for t in posted.values() if t), default=None)


def infer_identity(findings: list[Finding], posted: dict[str, datetime | None], *,
                   min_age: int = 0, latest: datetime | bool | None = False) -> Identity:
    """``min_age``: a stated age below it is someone else's (a parent of an 8-year-old is
    not 5: 「蒼、今日で5歳」 is the son's birthday). ``latest``: ``latest_post(posted)``
    when the caller already knows it."""
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
    if latest is False:
        latest = latest_post(posted)

    def plausible(value: str) -> bool:
        return _plausible(value, latest, min_age)

    # A birthday with the year beats one without when both are said.
    bday = max((s for s in birthdays.values.values() if plausible(s.value)),
               key=lambda s: (len(s.value), s.confidence), default=None)

    def pick_age() -> tuple[int, float] | None:
        if not ages:
            return None
        # The surest, then the latest (ages go up).
        age = max(ages, key=_age_rank)[1]
        return age, noisy_or(w for _, a, w, _p in ages if a == age)

    return _finish(name, bday, pick_age, sorted(ids), latest,
                   lambda n, b, a: _evidence(ident, n, b, a))


def _plausible(value: str, latest: datetime | None, min_age: int) -> bool:
    # A full date of birth that makes the author younger than ``min_age`` is a
    # child's birthday (「蒼、今日で5歳」), not the author's.
    return len(value) != 10 or latest is None or latest.year - int(value[:4]) >= min_age


def _age_rank(a: tuple) -> tuple:
    return (a[2], a[0] is not None, a[0] or datetime.min)


def _finish(name: Support | None, bday: Support | None, pick_age, ids: list[str],
            latest: datetime | None, evidence) -> Identity:
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
    if age is None:
        picked = pick_age()
        if picked is not None:
            age, confidence["age"] = picked
    return Identity(
        name=name.value if name else None,
        birthday=bday.value if bday else None,
        age=age,
        evidence=evidence(name.value if name else None, bday.value if bday else None, age),
        ids=ids,
        full_name=bool(name and is_full_name(name.value)),
        confidence=confidence,
    )


class IdentityIndex:
    """``infer_identity`` for an account's identity findings with some left out (by
    position), re-reading only the values whose findings went (``TallyIndex``)."""

    def __init__(self, findings: list[Finding], posted: dict[str, datetime | None], *,
                 min_age: int, latest: datetime | None) -> None:
        self.findings, self.latest, self.min_age = findings, latest, min_age
        names: list[tuple[str | None, str | None, float]] = []
        bdays: list[tuple[str | None, str | None, float]] = []
        self.name_op: dict[int, int] = {}
        self.bday_op: dict[int, int] = {}
        self.ages: list[tuple[datetime | None, int, float, str, int]] = []
        self.ids: Counter[str] = Counter()
        self.id_kind: dict[int, str] = {}
        self.used: dict[tuple[str, str], list[int]] = {}  # what _evidence matches on
        for i, f in enumerate(findings):
            value = (f.value or f.text or "").strip()
            if f.kind == "name":
                self.name_op[i] = len(names)
                names.append((value, f.post_id, f.weight * 1.0))
                self.used.setdefault(("name", value), []).append(i)
            elif f.kind == "birthday" and re.fullmatch(r"(\d{4}-)?\d{2}-\d{2}", value):
                self.bday_op[i] = len(bdays)
                bdays.append((value, f.post_id, f.weight * 1.0))
            elif f.kind == "age" and value.isdigit() and max(0, min_age) <= int(value) < 120:
                self.ages.append((posted.get(f.post_id or ""), int(value), f.weight, f.post_id or "", i))
            elif f.kind in ID_KINDS:
                self.ids[f.kind] += 1
                self.id_kind[i] = f.kind
            if f.kind == "birthday":
                self.used.setdefault(("birthday", f.value or ""), []).append(i)
            elif f.kind == "age":
                self.used.setdefault(("age", f.value or ""), []).append(i)
            if f.kind in ID_KINDS:
                self.used.setdefault(("id", ""), []).append(i)
        self.names, self.bdays = TallyIndex(names), TallyIndex(bdays)
        self.bday_rank = [v for v in self.bdays.ranked_by(lambda s, first: (len(s.value), s.confidence, -first))
                          if _plausible(v, latest, min_age)]
        self.age_rank = sorted(self.ages, key=_age_rank, reverse=True)  # stable: first stays first
        self.age_weights: dict[int, list[tuple[float, int]]] = {}  # age → (weight, position), in order
        for _t, a, w, _p, i in self.ages:
            self.age_weights.setdefault(a, []).append((w, i))

    def infer(self, dropped: frozenset[int] | set[int]) -> Identity:
        if len(dropped) >= len(self.findings):
            return Identity()
        name = self.names.best({self.name_op[i] for i in dropped if i in self.name_op})
        gone = {self.bday_op[i] for i in dropped if i in self.bday_op}
        changed = {self.bdays.ops[j][0] for j in gone}
        bday, best_key = None, None
        for v in self.bday_rank:
            if v not in changed:
                bday = self.bdays.full[v]
                best_key = (len(v), bday.confidence, -self.bdays.of_value[v][0])
                break
        for v in changed:
            left = [j for j in self.bdays.of_value[v] if j not in gone]
            if not left or not _plausible(v, self.latest, self.min_age):
                continue
            s = self.bdays._support(v, left)  # the same arithmetic as Tally
            key = (len(v), s.confidence, -left[0])
            if best_key is None or key > best_key:
                bday, best_key = s, key

        def pick_age() -> tuple[int, float] | None:
            for a in self.age_rank:
                if a[4] not in dropped:
                    age = a[1]
                    return age, noisy_or(w for w, i in self.age_weights[age] if i not in dropped)
            return None

        lost = Counter(self.id_kind[i] for i in dropped if i in self.id_kind)
        ids = sorted(k for k, n in self.ids.items() if n > lost[k])

        def evidence(n: str | None, b: str | None, a: int | None) -> list[str]:
            keys = [("id", "")]
            if n is not None:
                keys.append(("name", n))
            if b is not None:
                keys += [("birthday", b), ("birthday", b[-5:])]
            if a is not None:
                keys.append(("age", str(a)))
            at = sorted({i for k in keys for i in self.used.get(k, ()) if i not in dropped})
            return evidence_of(self.findings[i] for i in at)

        return _finish(name, bday, pick_age, ids, self.latest, evidence)


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
    seen: dict[str, dict[str, None]] = {}
    for f in findings:
        if f.category == "contact":
            kind = f.kind if f.kind in CONTACT_KINDS else "sns_id"
            ids = seen.setdefault(kind, {})
            if f.post_id:
                ids.setdefault(f.post_id, None)
    return {kind: list(ids) for kind, ids in seen.items()}


class ContactIndex:
    """``contact_of`` for an account's contact findings with some left out (by position)."""

    def __init__(self, findings: list[Finding]) -> None:
        self.kind: dict[int, str] = {}
        self.post: dict[int, str | None] = {}
        self.of_kind: dict[str, list[int]] = {}
        self.of_post: dict[tuple[str, str], list[int]] = {}
        self.first: dict[str, list[tuple[int, str]]] = {}  # (position, post) first seen
        for i, f in enumerate(findings):
            if f.category != "contact":
                continue
            kind = f.kind if f.kind in CONTACT_KINDS else "sns_id"
            self.kind[i], self.post[i] = kind, f.post_id
            self.of_kind.setdefault(kind, []).append(i)
            self.first.setdefault(kind, [])
            if f.post_id:
                at = self.of_post.setdefault((kind, f.post_id), [])
                if not at:
                    self.first[kind].append((i, f.post_id))
                at.append(i)
        self.posts = {kind: [p for _i, p in first] for kind, first in self.first.items()}

    def infer(self, dropped: frozenset[int] | set[int]) -> dict[str, list[str]]:
        hit: dict[str, set[str]] = {}
        for i in dropped:
            if i in self.kind and self.post[i]:
                hit.setdefault(self.kind[i], set()).add(self.post[i])  # type: ignore[arg-type]
        kinds = []
        for kind, at in self.of_kind.items():
            first = next((i for i in at if i not in dropped), None)
            if first is not None:
                kinds.append((first, kind))
        out: dict[str, list[str]] = {}
        for _first, kind in sorted(kinds):
            if kind not in hit:  # (shared: inference's results are read, never changed)
                out[kind] = self.posts[kind]
                continue
            moved = []
            for p in hit[kind]:
                i = next((i for i in self.of_post[(kind, p)] if i not in dropped), None)
                if i is not None:
                    moved.append((i, p))
            if not moved:  # the posts hit are gone from this kind altogether
                out[kind] = [p for p in self.posts[kind] if p not in hit[kind]]
                continue
            entries = [(i, p) for i, p in self.first[kind] if p not in hit[kind]] + moved
            out[kind] = [p for _i, p in sorted(entries)]
        return out
