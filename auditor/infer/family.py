"""Who the author lives with: members, their ages, household size.

From ``family`` findings: ``member`` (a normalised role: 夫, 娘 …), ``member_age``
("娘:8"), ``household_size`` ("4"). A role mentioned in several posts is one person
(two daughters told apart only by name are not told apart here). Ages change: the one
stated in the latest post wins, so 「息子 4歳」 in April and 「5歳」 in July give 5.
Words for family in general (家族, 親) are not members; 「孫」 from a parent's post (「父、
孫に囲まれて」) is their own children, already counted.
"""

from __future__ import annotations

from collections import Counter
from datetime import datetime

from auditor.infer.tally import evidence_of, noisy_or
from auditor.infer.types import Family
from auditor.model import Finding

#: Report order: partner, children, parents, siblings, grandparents, others.
ROLE_ORDER = ("夫", "妻", "パートナー", "娘", "息子", "子ども", "父", "母", "兄", "姉", "弟", "妹",
              "祖父", "祖母", "孫")
SPOUSE = frozenset({"夫", "妻", "パートナー"})
#: Words for family in general, not for one member.
GENERIC = frozenset({"家族", "親", "両親", "親戚", "身内"})
CHILDREN = frozenset({"娘", "息子", "子ども", "子供", "孫"})


def infer_family(findings: list[Finding], posted: dict[str, datetime | None]) -> Family:
    fam = [f for f in findings if f.category == "family"]
    if not fam:
        return Family()
    roles: Counter[str] = Counter()
    ages: dict[str, tuple[datetime | None, int]] = {}
    sizes: Counter[int] = Counter()
    for f in fam:
        value = (f.value or "").strip()
        if f.kind == "member" and value:
            roles[value] += 1
        elif f.kind == "member_age" and ":" in value:
            role, _, age = value.partition(":")
            if age.isdigit() and 0 <= int(age) <= 120:
                roles[role] += 1
                when = posted.get(f.post_id or "")
                old = ages.get(role)
                if old is None or (when and (old[0] is None or when >= old[0])):
                    ages[role] = (when, int(age))
        elif f.kind == "household_size" and value.isdigit():
            sizes[int(value)] += 1
    if "子ども" in roles and roles.keys() & {"娘", "息子"}:
        del roles["子ども"]  # 「子ども」 then is one of the named children
    if "孫" in roles and roles.keys() & {"娘", "息子", "子ども"}:
        del roles["孫"]  # 「孫に囲まれて」 about one's parents: the grandchildren are one's children
    for generic in GENERIC & roles.keys():
        del roles[generic]
    order = sorted(roles, key=lambda r: (ROLE_ORDER.index(r) if r in ROLE_ORDER else 99, r))
    age_of = {r: a for r, (_, a) in ages.items()}
    members = [f"{r} ({age_of[r]}歳)" if r in age_of else r for r in order]
    return Family(
        members=members,
        evidence=evidence_of(fam),
        roles=order,
        ages={r: age_of[r] for r in order if r in age_of},
        household_size=sizes.most_common(1)[0][0] if sizes else None,
        confidence=noisy_or(f.weight for f in fam),
    )


class FamilyIndex:
    """``infer_family`` of an account's family findings with some left out (by position):
    roles, ages and household sizes are recounted only where findings went, and the
    confidence (``noisy_or`` over every finding, in order) goes on from the product up
    to the first one left out."""

    def __init__(self, findings: list[Finding], posted: dict[str, datetime | None]) -> None:
        self.findings = findings
        self.role_of: dict[int, str] = {}
        self.roles: Counter[str] = Counter()
        self.ages: dict[str, list[tuple[int, datetime | None, int]]] = {}
        self.size_of: dict[int, int] = {}
        self.sizes: dict[int, list[int]] = {}
        for i, f in enumerate(findings):
            value = (f.value or "").strip()
            if f.kind == "member" and value:
                self.role_of[i] = value
            elif f.kind == "member_age" and ":" in value:
                role, _, age = value.partition(":")
                if age.isdigit() and 0 <= int(age) <= 120:
                    self.role_of[i] = role
                    self.ages.setdefault(role, []).append((i, posted.get(f.post_id or ""), int(age)))
            elif f.kind == "household_size" and value.isdigit():
                self.size_of[i] = int(value)
                self.sizes.setdefault(int(value), []).append(i)
        self.roles = Counter(self.role_of.values())
        self.factor = [1.0 - min(max(f.weight, 0.0), 1.0) for f in findings]
        self.miss = [1.0]  # the running product of noisy_or, before each finding
        for x in self.factor:
            self.miss.append(self.miss[-1] * x)
        self.full = infer_family(findings, posted)

    def infer(self, dropped: frozenset[int] | set[int], evidence: bool = True) -> Family:
        if not dropped:
            return self.full
        if len(dropped) >= len(self.findings):
            return Family()
        lost = Counter(self.role_of[i] for i in dropped if i in self.role_of)
        roles = {r for r, n in self.roles.items() if n > lost[r]}
        if "子ども" in roles and roles & {"娘", "息子"}:
            roles.discard("子ども")
        if "孫" in roles and roles & {"娘", "息子", "子ども"}:
            roles.discard("孫")
        roles -= GENERIC
        order = sorted(roles, key=lambda r: (ROLE_ORDER.index(r) if r in ROLE_ORDER else 99, r))
        age_of: dict[str, int] = {}
        for role, entries in self.ages.items():
            best: tuple[datetime | None, int] | None = None
            for i, when, age in entries:
                if i not in dropped and (best is None or (when and (best[0] is None or when >= best[0]))):
                    best = (when, age)
            if best is not None:
                age_of[role] = best[1]
        size, size_key = None, None
        for value, at in self.sizes.items():
            left = [i for i in at if i not in dropped]
            if left and (size_key is None or (len(left), -left[0]) > size_key):
                size, size_key = value, (len(left), -left[0])
        first = min(dropped)
        miss = self.miss[first]
        for k in range(first + 1, len(self.factor)):
            if miss == 0.0:
                break
            if k not in dropped:
                miss *= self.factor[k]
        kept = [f for i, f in enumerate(self.findings) if i not in dropped] if evidence else []
        return Family(
            members=[f"{r} ({age_of[r]}歳)" if r in age_of else r for r in order],
            evidence=evidence_of(kept) if evidence else [],
            roles=order,
            ages={r: age_of[r] for r in order if r in age_of},
            household_size=size,
            confidence=1.0 - miss,
        )
