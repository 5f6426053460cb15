"""Which school the author or their child attends.

School names (``school``/``school``) are grouped by their core: 「板橋区立みずき台小学校」,
「みずき台小」 and 「みずき台小学校」 are one school (the founder prefix 「板橋区立」 and the
ending 「学校」 are dropped for comparison); the longest spelling names it. The founder
prefix also tells the municipality. ``detail["whose"]`` is ``child`` when a post that
names the school also names a child (娘, 息子, 子ども …), else ``self``. ``level``
(elementary … university) comes from the ending and sets the score's school-size prior.
A grade/class (「3年2組」) is kept as ``detail["class"]``.
"""

from __future__ import annotations

import re

from auditor.infer.gazetteer import gazetteer
from auditor.infer.tally import Support, Tally
from auditor.infer.types import Place
from auditor.model import Finding

CHILD_ROLES = frozenset(["息子", "娘", "子ども", "子供", "長男", "長女", "次男", "次女", "三男", "三女", "孫"])
_FOUNDER = re.compile(r"^(.{1,10}?)(?:区|市|町|村|都|道|府|県)立")
_LEVELS: tuple[tuple[str, str], ...] = (
    (r"(保育園|保育所|幼稚園|こども園)$", "preschool"),
    (r"(小学校|小学|小)$", "elementary"),
    (r"(中学校|中学|中)$", "junior_high"),
    (r"(高等学校|高校|高|高専)$", "high"),
    (r"(大学|大|大学院|短大)$", "university"),
)


def level_of(name: str) -> str:
    for pattern, level in _LEVELS:
        if re.search(pattern, name):
            return level
    return "unknown"


def _core(name: str) -> str:
    name = re.sub(r"^.{1,10}?(?:区|市|町|村|都|道|府|県|国|私)立", "", name.strip())
    name = re.sub(r"附属|付属", "", name)
    return re.sub(r"学校$|学$|等学校$", "", name)


_FOUNDER_BEFORE = re.compile(r"([\u4e00-\u9fff々]{1,6}(?:区|市|町|村|都|道|府|県)立)$")


def infer_school(findings: list[Finding], texts: dict[str, str] | None = None) -> Place:
    names, classes = Tally(), Tally()
    child_posts = {
        f.post_id for f in findings
        if f.category == "family" and f.kind in ("member", "member_age")
        and (f.value or "").split(":")[0] in CHILD_ROLES
    }
    for f in findings:
        if f.category != "school" or f.source in ("geo", "exif"):
            continue
        if f.kind == "grade":
            classes.add_finding(f, f.value or f.text)
        else:
            name = f.value or f.text
            before = (texts or {}).get(f.post_id or "", "")[max(0, f.start - 10):f.start]
            m = _FOUNDER_BEFORE.search(before)
            if m and not name.startswith(m.group(1)) and f.field == "text":
                name = m.group(1) + name  # 「板橋区立」 written just before 「みずき台小」
            names.add_finding(f, name)
    groups: list[Support] = []
    for s in names.values.values():
        for g in groups:
            a, b = _core(s.value), _core(g.value)
            if a and b and (a.startswith(b) or b.startswith(a)):
                for pid, w in s.per_post.items():
                    g.add(pid, w)
                if len(s.value) > len(g.value):
                    g.value = s.value
                break
        else:
            groups.append(Support(s.value, dict(s.per_post)))
    best = max(groups, key=lambda s: (s.confidence, len(s.per_post)), default=None)
    cls = classes.best()
    if best is None:
        return Place()
    first = best.evidence  # (a property that sorts: read it once)
    known = set(first)
    evidence = first + [p for p in (cls.evidence if cls else []) if p not in known]
    whose = "child" if any(p in child_posts for p in evidence) else "self"
    place = Place(value=best.value, confidence=best.confidence, evidence=evidence,
                  precision="street")
    m = _FOUNDER.match(best.value)
    if m:
        area = gazetteer().resolve(best.value[: m.end() - 1])
        if area is not None and area.level == "municipality":
            place.municipality, place.prefecture = area.municipality, area.prefecture or None
            place.population = area.population
    place.detail = {"level": level_of(best.value), "whose": whose,
                    "class": cls.value if cls else None}
    return place
