"""Where the author lives: text cues and the night/weekend geotag cluster, combined.

Text cues (``home`` findings from the detector and the profile) name a prefecture,
municipality, station, neighbourhood, postcode or address; the geotag cluster gives a
point. Each becomes a *clue* with a confidence (noisy-or over the posts that say it).
The clues are facts; ``auditor.score`` turns them into an anonymity set with its priors.

How precisely home can be located (``precision``, the 所在 sub-score) is the finest rung
of none → prefecture → municipality → station → street that some clue reaches with
confidence ≥ 0.5. A station, a named neighbourhood or a postcode put a stranger at
the station rung (a walk of a few minutes); a house number, a 丁目, or a tight geotag
cluster put them in the street.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from auditor.infer.gazetteer import Area, gazetteer
from auditor.infer.geo import Cluster
from auditor.infer.tally import Tally, noisy_or
from auditor.infer.types import PRECISION_LEVELS, Place
from auditor.model import PROFILE_ID, Finding, Profile

#: Ladder rung reached by each kind of clue.
LEVEL_OF_CLUE: dict[str, str] = {
    "prefecture": "prefecture",
    "municipality": "municipality",
    "station": "station",
    "neighbourhood": "station",
    "postcode": "station",
    "address_block": "street",
    "address_number": "street",
    "geo": "street",
}
LOCATE_THRESHOLD = 0.5
#: Weight of one position in the home cluster: 3 positions → 0.66, 6 → 0.88, 12 → 0.99.
GEO_POINT_WEIGHT = 0.3

_NUMBERED = re.compile(r"\d+\s*(?:番地?|号|[-ー−‐の])\s*\d+|\d+番地")
_BLOCK = re.compile(r"\d+\s*丁目")


@dataclass(frozen=True)
class Clue:
    kind: str
    value: str
    confidence: float
    evidence: tuple[str, ...]

    def to_dict(self) -> dict:
        return {"kind": self.kind, "value": self.value, "confidence": round(self.confidence, 3)}


def address_kind(address: str) -> str:
    """address_number (a building), address_block (a 丁目) or municipality-only."""
    if _NUMBERED.search(address):
        return "address_number"
    if _BLOCK.search(address):
        return "address_block"
    return "municipality"


def precision_of(clues: Iterable[Clue]) -> str:
    reached = "none"
    clues = list(clues)
    for level in PRECISION_LEVELS[1:]:
        finer = PRECISION_LEVELS[PRECISION_LEVELS.index(level):]
        conf = max((c.confidence for c in clues if LEVEL_OF_CLUE[c.kind] in finer), default=0.0)
        if conf >= LOCATE_THRESHOLD:
            reached = level
    return reached


def infer_home(findings: list[Finding], cluster: Cluster | None,
               profile: Profile | None = None) -> Place:
    text = [f for f in findings if f.category == "home" and f.source not in ("geo", "exif")]
    context = [f.value for f in text if f.kind in ("prefecture", "municipality", "address")]
    if profile is not None and profile.location:
        context.append(profile.location)
    if cluster is not None:
        context.extend(p.place_name for p in cluster.points)
    gz = gazetteer()
    context = gz.context(context)  # type: ignore[assignment]

    areas: dict[str, Area] = {}
    munis, prefs, stations, hoods, postcodes, addresses = (Tally() for _ in range(6))
    for f in text:
        if f.kind in ("municipality", "address", "prefecture"):
            area = gz.resolve(f.value or f.text, context)
            if area is not None:
                areas[area.label] = area
                (munis if area.level == "municipality" else prefs).add_finding(f, area.label)
                if area.prefecture:
                    prefs.add_finding(f, area.prefecture)
        if f.kind == "station":
            stations.add_finding(f, _station(f.value or f.text))
        elif f.kind == "neighbourhood":
            hoods.add_finding(f)
        elif f.kind == "postcode":
            postcodes.add_finding(f)
        elif f.kind == "address":
            addresses.add_finding(f, f.value or f.text)

    clues: list[Clue] = []
    geo_area = None
    if cluster is not None:
        geo_conf = noisy_or([GEO_POINT_WEIGHT] * len(cluster.points))
        clues.append(Clue("geo", f"{cluster.lat:.5f},{cluster.lon:.5f}", geo_conf,
                          tuple(cluster.post_ids())))
        geo_area = cluster.area(context)
        if geo_area is not None:
            areas[geo_area.label] = geo_area
            tally = munis if geo_area.level == "municipality" else prefs
            for pid in cluster.post_ids():
                tally.add(geo_area.label, pid, 0.9 * GEO_POINT_WEIGHT)
            if geo_area.prefecture:
                for pid in cluster.post_ids():
                    prefs.add(geo_area.prefecture, pid, 0.9 * GEO_POINT_WEIGHT)

    def clue(kind: str, tally: Tally) -> None:
        best = tally.best()
        if best is not None:
            clues.append(Clue(kind, best.value, best.confidence, tuple(best.evidence)))

    clue("prefecture", prefs)
    clue("municipality", munis)
    clue("station", stations)
    clue("neighbourhood", hoods)
    clue("postcode", postcodes)
    best_address = addresses.best()
    if best_address is not None:
        kind = address_kind(best_address.value)
        if kind != "municipality":
            clues.append(Clue(kind, best_address.value, best_address.confidence,
                              tuple(best_address.evidence)))

    if not clues:
        return Place()
    by_kind = {c.kind: c for c in clues}
    muni = by_kind.get("municipality")
    area = areas.get(muni.value) if muni else None
    pref = by_kind.get("prefecture")
    place = Place(
        municipality=area.municipality if area else None,
        prefecture=(area.prefecture if area and area.prefecture else pref.value if pref else None),
        station=by_kind["station"].value if "station" in by_kind else None,
        lat=cluster.lat if cluster is not None else None,
        lon=cluster.lon if cluster is not None else None,
        confidence=noisy_or(c.confidence for c in clues),
        evidence=_evidence(clues),
        precision=precision_of(clues),
        population=area.population if area else None,
    )
    town = cluster.town() if cluster is not None and not cluster_named(cluster, context) else None
    place.detail = {
        "clues": [c.to_dict() for c in clues],
        "town": f"{town.town}付近" if town is not None and town.town else None,
        "ambiguous": list(area.ambiguous) if area else [],
        "radius_m": round(cluster.radius_m) if cluster is not None else None,
        "neighbourhood": by_kind["neighbourhood"].value if "neighbourhood" in by_kind else None,
        "postcode": by_kind["postcode"].value if "postcode" in by_kind else None,
        "address": next((c.value for c in clues if c.kind.startswith("address")), None),
    }
    place.value = _describe(place, area)
    return place


def cluster_named(cluster: Cluster, context) -> bool:
    """Whether the cluster's geotags carry place names that name a municipality."""
    gz = gazetteer()
    return any(gz.resolve(p.place_name, context) is not None for p in cluster.points)


def clues_of(place: Place) -> list[Clue]:
    """The clues stored in ``place.detail`` (as ``auditor.score`` reads them)."""
    return [Clue(c["kind"], c["value"], c["confidence"], ()) for c in place.detail.get("clues", [])]


def _station(value: str) -> str:
    value = value.strip()
    return value if value.endswith("駅") else value + "駅"


def _evidence(clues: list[Clue]) -> list[str]:
    out: dict[str, None] = {}
    order = sorted(clues, key=lambda c: -PRECISION_LEVELS.index(LEVEL_OF_CLUE[c.kind]))
    for c in order:
        for pid in c.evidence:
            out.setdefault(pid or PROFILE_ID, None)
    return list(out)


def _describe(place: Place, area: Area | None) -> str:
    if place.detail.get("address"):
        return place.detail["address"]
    parts = []
    if area is not None:
        parts.append(area.label)
    elif place.prefecture:
        parts.append(place.prefecture)
    if place.station:
        parts.append(f"{place.station}付近")
    elif place.detail.get("neighbourhood"):
        parts.append(place.detail["neighbourhood"])
    elif place.detail.get("town"):
        parts.append(place.detail["town"])
    if not parts and place.lat is not None:
        parts.append(f"{place.lat:.4f}, {place.lon:.4f} 付近")
    return " ".join(parts)
