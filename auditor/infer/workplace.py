"""Where the author works: employer names, job, and the weekday-daytime geotag cluster.

Employer names (``workplace``/``org``) are grouped by their core — 「株式会社つばさ事務機
池袋支店」 and 「つばさ事務機」 are one employer — and the longest spelling names it.
``detail["site"]`` says whether the name points at one site (a branch, shop, clinic,
school) or only at a company, which ``auditor.score`` prices differently. A job title
(``job``) alone is an occupation, not a workplace. A name followed by 「のオフィス/の会社」
(「池袋のオフィス」) is where the office is (``detail["area"]``), not the employer.
"""

from __future__ import annotations

import re

from auditor.infer.geo import Cluster
from auditor.infer.tally import Support, Tally, TallyIndex, noisy_or
from auditor.infer.types import Place
from auditor.model import Finding

#: Suffixes that make an employer name one site rather than a whole company.
SITE_SUFFIX = re.compile(
    r"(支店|支社|営業所|出張所|事業所|工場|店|本店|本社|センター|病院|クリニック|医院|歯科|薬局|"
    r"保育園|幼稚園|こども園|小学校|中学校|高校|高等学校|役所|役場|区役所|市役所|署|局)$"
)
LARGE_SITE = re.compile(r"(病院|大学|市役所|区役所|県庁|都庁|本社)$")
_CORP = re.compile(r"株式会社|有限会社|合同会社|\(株\)|（株）|㈱|\s+")
GEO_POINT_WEIGHT = 0.3


def _core(name: str) -> str:
    return _CORP.sub("", name)


def _group(orgs: Tally) -> Support | None:
    """Merge spellings of one employer; the group's value is its longest spelling."""
    merged = [_merged([orgs.values[v] for v in g]) for g in _spellings(list(orgs.values))]
    return max(merged, key=lambda s: (s.confidence, len(s.per_post)), default=None)


def _spellings(values: list[str]) -> list[list[str]]:
    """Names grouped as spellings of one employer, each joining the first group with a
    member whose core contains its core or is contained in it."""
    groups: list[list[str]] = []
    for v in values:
        core = _core(v)
        for g in groups:
            if any(core in _core(o) or _core(o) in core for o in g):
                g.append(v)
                break
        else:
            groups.append([v])
    return groups


def _merged(members: list[Support]) -> Support:
    m = Support(max((s.value for s in members), key=len))
    for s in members:
        for pid, w in s.per_post.items():
            m.add(pid, w)
    return m


#: 「池袋のオフィス」: the name before it is where the office is, not who the employer is.
_AREA_AFTER = re.compile(r"^(?:の|にある|駅前の)\s?(?:オフィス|会社|職場|事務所|本社|支社|ビル)")


def infer_workplace(findings: list[Finding], cluster: Cluster | None,
                    context: list[str | None] | None = None,
                    texts: dict[str, str] | None = None) -> Place:
    text = [f for f in findings if f.category == "workplace" and f.source not in ("geo", "exif")]
    tallies = {"orgs": Tally(), "jobs": Tally(), "areas": Tally()}
    for f in text:  # "org" and anything older detectors emitted for employers go to orgs
        tallies[_kind(f, texts)].add_finding(f, f.value or f.text)
    orgs, jobs, areas = tallies["orgs"], tallies["jobs"], tallies["areas"]
    return _conclude(_group(orgs), jobs.best(), areas.best(), cluster, context)


def _kind(f: Finding, texts: dict[str, str] | None) -> str:
    """Which tally a workplace finding adds to: jobs, areas (「池袋のオフィス」) or orgs."""
    after = (texts or {}).get(f.post_id or "", "")[f.end:f.end + 8] if f.field == "text" else ""
    if f.kind == "job":
        return "jobs"
    return "areas" if _AREA_AFTER.match(after) else "orgs"


class WorkplaceIndex:
    """``infer_workplace`` of an account's workplace findings with some left out (by
    position), for one geotag cluster and context: only the names that lost findings
    are tallied again; the few employer names are grouped again."""

    def __init__(self, findings: list[Finding], cluster: Cluster | None,
                 context: list[str | None] | None, texts: dict[str, str] | None) -> None:
        self.cluster, self.context = cluster, context
        ops: dict[str, list[tuple[str | None, str | None, float]]] = {"orgs": [], "jobs": [], "areas": []}
        self.op: dict[int, tuple[str, int]] = {}
        for i, f in enumerate(findings):
            if f.category != "workplace" or f.source in ("geo", "exif"):
                continue
            name = _kind(f, texts)
            self.op[i] = (name, len(ops[name]))
            ops[name].append((f.value or f.text, f.post_id, f.weight * 1.0))
        self.tallies = {name: TallyIndex(o) for name, o in ops.items()}
        orgs = self.tallies["orgs"]
        self.order = list(orgs.of_value)
        self.groups = _spellings(self.order)
        self.merged = {tuple(g): _merged([orgs.full[v] for v in g]) for g in self.groups}

    def infer(self, dropped: frozenset[int] | set[int], cluster: Cluster | None) -> Place | None:
        if cluster is not self.cluster:
            return None
        gone: dict[str, set[int]] = {"orgs": set(), "jobs": set(), "areas": set()}
        for i in dropped:
            if i in self.op:
                name, j = self.op[i]
                gone[name].add(j)
        orgs = self.tallies["orgs"]
        changed = {orgs.ops[j][0] for j in gone["orgs"]}
        supports: dict[str, Support] = {}
        first = {v: idx[0] for v, idx in orgs.of_value.items()}
        for v in changed:
            left = [j for j in orgs.of_value[v] if j not in gone["orgs"]]
            if left:
                first[v], supports[v] = left[0], orgs._support(v, left)  # as Tally adds
            else:
                del first[v]
        order = sorted(first, key=first.__getitem__) if changed else self.order
        grouping = self.groups if order == self.order else _spellings(order)
        merged = [self.merged[tuple(g)] if tuple(g) in self.merged and not changed & set(g)
                  else _merged([supports.get(v) or orgs.full[v] for v in g]) for g in grouping]
        org = max(merged, key=lambda s: (s.confidence, len(s.per_post)), default=None)
        return _conclude(org, self.tallies["jobs"].best(gone["jobs"]),
                         self.tallies["areas"].best(gone["areas"]), cluster, self.context)


def _conclude(org: Support | None, job: Support | None, area_name: Support | None,
              cluster: Cluster | None, context: list[str | None] | None) -> Place:
    if org is None and job is None and cluster is None and area_name is None:
        return Place()
    confs, evidence = [], []
    place = Place()
    if org is not None:
        confs.append(org.confidence)
        evidence += org.evidence
        place.value = org.value
    if job is not None:
        confs.append(job.confidence)
        evidence += job.evidence
    if cluster is not None:
        confs.append(noisy_or([GEO_POINT_WEIGHT] * len(cluster.points)))
        evidence += cluster.post_ids()
        place.lat, place.lon = cluster.lat, cluster.lon
        area = cluster.area(context or ())
        if area is not None:
            place.municipality = area.municipality or None
            place.prefecture = area.prefecture or None
            place.population = area.population if area.municipality else None
    if area_name is not None:
        confs.append(area_name.confidence)
        evidence += area_name.evidence
    if place.value is None:
        if area_name is not None:
            place.value = f"{area_name.value}のオフィス"
        elif place.municipality:
            place.value = f"{place.prefecture or ''}{place.municipality}の勤務先"
        elif job is not None:
            place.value = job.value
        elif cluster is not None:
            place.value = f"{cluster.lat:.4f}, {cluster.lon:.4f} 付近"
    place.confidence = noisy_or(confs)
    place.evidence = list(dict.fromkeys(evidence))
    place.precision = "street" if cluster is not None else "none"
    place.detail = {
        "org": org.value if org else None,
        "org_confidence": round(org.confidence, 3) if org else 0.0,
        "site": bool(org and SITE_SUFFIX.search(org.value)),
        "large_site": bool(org and LARGE_SITE.search(org.value)),
        "job": job.value if job else None,
        "job_confidence": round(job.confidence, 3) if job else 0.0,
        "geo_confidence": round(noisy_or([GEO_POINT_WEIGHT] * len(cluster.points)), 3)
        if cluster is not None else 0.0,
        "area": area_name.value if area_name else None,
        "area_confidence": round(area_name.confidence, 3) if area_name else 0.0,
    }
    return place
