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
