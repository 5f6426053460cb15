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
from auditor.infer.tally import Support, Tally, noisy_or
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
    groups: list[list[Support]] = []
    for s in orgs.values.values():
        core = _core(s.value)
        for g in groups:
            if any(core in _core(o.value) or _core(o.value) in core for o in g):
                g.append(s)
                break
        else:
            groups.append([s])
    if not groups:
        return None
    merged = []
    for g in groups:
        m = Support(max((s.value for s in g), key=len))
        for s in g:
            for pid, w in s.per_post.items():
                m.add(pid, w)
        merged.append(m)
    return max(merged, key=lambda s: (s.confidence, len(s.per_post)))


#: 「池袋のオフィス」: the name before it is where the office is, not who the employer is.
_AREA_AFTER = re.compile(r"^(?:の|にある|駅前の)\s?(?:オフィス|会社|職場|事務所|本社|支社|ビル)")


def infer_workplace(findings: list[Finding], cluster: Cluster | None,
                    context: list[str | None] | None = None,
                    texts: dict[str, str] | None = None) -> Place:
    text = [f for f in findings if f.category == "workplace" and f.source not in ("geo", "exif")]
    orgs, jobs, areas = Tally(), Tally(), Tally()
    for f in text:
        after = (texts or {}).get(f.post_id or "", "")[f.end:f.end + 8] if f.field == "text" else ""
        if f.kind == "job":
            jobs.add_finding(f, f.value or f.text)
        elif _AREA_AFTER.match(after):
            areas.add_finding(f, f.value or f.text)
        else:  # "org" and anything older detectors emitted for employers
            orgs.add_finding(f, f.value or f.text)
    org = _group(orgs)
    job = jobs.best()
    area_name = areas.best()
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
