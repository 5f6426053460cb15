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
from collections import Counter

from auditor.infer.gazetteer import gazetteer
from auditor.infer.tally import Support, Tally, TallyIndex
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


def _is_child(f: Finding) -> bool:
    return (f.category == "family" and f.kind in ("member", "member_age")
            and (f.value or "").split(":")[0] in CHILD_ROLES)


def _name(f: Finding, texts: dict[str, str] | None) -> str:
    name = f.value or f.text
    before = (texts or {}).get(f.post_id or "", "")[max(0, f.start - 10):f.start]
    m = _FOUNDER_BEFORE.search(before)
    if m and not name.startswith(m.group(1)) and f.field == "text":
        name = m.group(1) + name  # 「板橋区立」 written just before 「みずき台小」
    return name


def _grouped(values: list[str]) -> list[list[str]]:
    """Names of one school (「さくら台小」, 「練馬区立さくら台小学校」), as ``infer_school``
    groups them: each joins the first group whose (longest) name shares its core."""
    groups: list[list[str]] = []
    shown: list[str] = []
    for v in values:
        for k, g in enumerate(shown):
            a, b = _core(v), _core(g)
            if a and b and (a.startswith(b) or b.startswith(a)):
                groups[k].append(v)
                if len(v) > len(g):
                    shown[k] = v
                break
        else:
            groups.append([v])
            shown.append(v)
    return groups


def _merged(members: list[Support]) -> Support:
    g = Support(members[0].value, dict(members[0].per_post))
    for s in members[1:]:
        for pid, w in s.per_post.items():
            g.add(pid, w)
        if len(s.value) > len(g.value):
            g.value = s.value
    return g


def infer_school(findings: list[Finding], texts: dict[str, str] | None = None) -> Place:
    names, classes = Tally(), Tally()
    child_posts = {f.post_id for f in findings if _is_child(f)}
    for f in findings:
        if f.category != "school" or f.source in ("geo", "exif"):
            continue
        if f.kind == "grade":
            classes.add_finding(f, f.value or f.text)
        else:
            names.add_finding(f, _name(f, texts))
    groups = [_merged([names.values[v] for v in g]) for g in _grouped(list(names.values))]
    best = max(groups, key=lambda s: (s.confidence, len(s.per_post)), default=None)
    return _place(best, classes.best(), child_posts)


class SchoolIndex:
    """``infer_school`` of an account's school and family findings (``by_cat["school"]``
    then ``by_cat["family"]``) with some left out (by position): only the names that
    lost findings are tallied again; the few names are grouped again when one is no
    longer said or is now first said later."""

    def __init__(self, findings: list[Finding], texts: dict[str, str] | None) -> None:
        names: list[tuple[str | None, str | None, float]] = []
        grades: list[tuple[str | None, str | None, float]] = []
        self.name_op: dict[int, int] = {}
        self.grade_op: dict[int, int] = {}
        self.child: dict[int, str] = {}
        for i, f in enumerate(findings):
            if _is_child(f):
                self.child[i] = f.post_id  # type: ignore[assignment]
            if f.category != "school" or f.source in ("geo", "exif"):
                continue
            if f.kind == "grade":
                self.grade_op[i] = len(grades)
                grades.append((f.value or f.text, f.post_id, f.weight * 1.0))
            else:
                self.name_op[i] = len(names)
                names.append((_name(f, texts), f.post_id, f.weight * 1.0))
        self.names, self.grades = TallyIndex(names), TallyIndex(grades)
        self.order = list(self.names.of_value)  # first-seen order
        self.groups = _grouped(self.order)
        self.merged = [_merged([self.names.full[v] for v in g]) for g in self.groups]
        self.children = Counter(self.child.values())

    def infer(self, dropped: frozenset[int] | set[int], evidence: bool = True) -> Place:
        gone = {self.name_op[i] for i in dropped if i in self.name_op}
        changed = {self.names.ops[j][0] for j in gone}
        supports: dict[str, Support] = {}
        first = {v: idx[0] for v, idx in self.names.of_value.items()}
        for v in changed:
            left = [j for j in self.names.of_value[v] if j not in gone]
            if left:
                first[v] = left[0]
                supports[v] = self.names._support(v, left)  # the same arithmetic as Tally
            else:
                del first[v]  # no longer said
        if changed:  # the names in the order now first said, grouped again (a few names)
            order = sorted(first, key=first.__getitem__)
            grouping = self.groups if order == self.order else _grouped(order)
        else:
            grouping = self.groups
        base = {tuple(g): m for g, m in zip(self.groups, self.merged, strict=True)}
        groups = [
            base[tuple(g)] if tuple(g) in base and not changed & set(g)
            else _merged([supports.get(v) or self.names.full[v] for v in g])
            for g in grouping
        ]
        best = max(groups, key=lambda s: (s.confidence, len(s.per_post)), default=None)
        cls = self.grades.best({self.grade_op[i] for i in dropped if i in self.grade_op})
        lost = Counter(self.child[i] for i in dropped if i in self.child)
        child_posts = {p for p, n in self.children.items() if n > lost[p]}
        return _place(best, cls, child_posts, evidence)


def _place(best: Support | None, cls: Support | None, child_posts: set,
           evidence_too: bool = True) -> Place:
    """``evidence_too=False``: without the evidence list (all the score reads; whose
    school it is comes out the same: the same posts, unsorted)."""
    if best is None:
        return Place()
    if evidence_too:
        first = best.evidence  # (a property that sorts: read it once)
        known = set(first)
        evidence = first + [p for p in (cls.evidence if cls else []) if p not in known]
        whose = "child" if any(p in child_posts for p in evidence) else "self"
    else:
        said = {p for p in best.per_post if p} | {p for p in (cls.per_post if cls else ()) if p}
        evidence, whose = [], "child" if not said.isdisjoint(child_posts) else "self"
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
