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
from auditor.infer.tally import Support, Tally, TallyIndex, noisy_or
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


#: The tallies of home clues, in the order their clues are told.
_TALLIES = ("prefs", "munis", "stations", "hoods", "postcodes", "addresses")
_CONTEXT_KINDS = ("prefecture", "municipality", "address")


def _text_of(findings: list[Finding]) -> list[Finding]:
    return [f for f in findings if f.category == "home" and f.source not in ("geo", "exif")]


def _context(text: list[Finding], cluster: Cluster | None, profile: Profile | None):
    context = [f.value for f in text if f.kind in _CONTEXT_KINDS]
    if profile is not None and profile.location:
        context.append(profile.location)
    if cluster is not None:
        context.extend(p.place_name for p in cluster.points)
    return gazetteer().context(context)


def _ops(f: Finding, context) -> list[tuple[str, str | None, Area | None]]:
    """The tally additions one text finding makes: (tally, value, area resolved)."""
    out: list[tuple[str, str | None, Area | None]] = []
    if f.kind in ("municipality", "address", "prefecture"):
        area = gazetteer().resolve(f.value or f.text, context)
        if area is not None:
            out.append(("munis" if area.level == "municipality" else "prefs", area.label, area))
            if area.prefecture:
                out.append(("prefs", area.prefecture, None))
    if f.kind == "station":
        out.append(("stations", _station(f.value or f.text), None))
    elif f.kind == "neighbourhood":
        out.append(("hoods", f.value, None))
    elif f.kind == "postcode":
        out.append(("postcodes", f.value, None))
    elif f.kind == "address":
        out.append(("addresses", f.value or f.text, None))
    return out


def _geo(cluster: Cluster, context) -> tuple[Clue, Area | None, list[tuple[str, str, str, float]]]:
    """The geotag clue, the cluster's area, and the tally additions it makes."""
    geo_conf = noisy_or([GEO_POINT_WEIGHT] * len(cluster.points))
    clue = Clue("geo", f"{cluster.lat:.5f},{cluster.lon:.5f}", geo_conf, tuple(cluster.post_ids()))
    geo_area = cluster.area(context)
    ops: list[tuple[str, str, str, float]] = []
    if geo_area is not None:
        tally = "munis" if geo_area.level == "municipality" else "prefs"
        for pid in cluster.post_ids():
            ops.append((tally, geo_area.label, pid, 0.9 * GEO_POINT_WEIGHT))
        if geo_area.prefecture:
            for pid in cluster.post_ids():
                ops.append(("prefs", geo_area.prefecture, pid, 0.9 * GEO_POINT_WEIGHT))
    return clue, geo_area, ops


def infer_home(findings: list[Finding], cluster: Cluster | None,
               profile: Profile | None = None) -> Place:
    text = _text_of(findings)
    context = _context(text, cluster, profile)
    areas: dict[str, Area] = {}
    tallies = {name: Tally() for name in _TALLIES}
    for f in text:
        for name, value, area in _ops(f, context):
            if area is not None:
                areas[area.label] = area
            tallies[name].add_finding(f, value)
    geo_clue = None
    if cluster is not None:
        geo_clue, geo_area, ops = _geo(cluster, context)
        if geo_area is not None:
            areas[geo_area.label] = geo_area
        for name, value, pid, weight in ops:
            tallies[name].add(value, pid, weight)
    return _conclude({name: t.best() for name, t in tallies.items()}, areas.get, geo_clue,
                     cluster, context)


class HomeIndex:
    """``infer_home`` for an account's home findings with some of them left out, rebuilt
    only where they were (``TallyIndex``). Answers None when the answer could differ in
    more than the tallies — the findings left name other prefectures or cities to
    resolve place names by, or the geotag cluster is another — and the caller then runs
    ``infer_home`` itself."""

    def __init__(self, findings: list[Finding], cluster: Cluster | None, profile: Profile | None) -> None:
        self.cluster, self.findings = cluster, findings
        text = [i for i, f in enumerate(findings)
                if f.category == "home" and f.source not in ("geo", "exif")]
        self.context = _context([findings[i] for i in text], cluster, profile)
        gz = gazetteer()
        # How many findings bring each prefecture and city into the context (None: always there).
        self.tokens: dict[int, tuple] = {}
        self.count: dict[tuple, float] = {}
        fixed = [profile.location if profile is not None else None]
        fixed += [p.place_name for p in cluster.points] if cluster is not None else []
        for tok in _tokens(gz.context(fixed)):
            self.count[tok] = float("inf")
        ops: dict[str, list[tuple[str | None, str | None, float]]] = {n: [] for n in _TALLIES}
        self.op_of: dict[str, dict[int, list[int]]] = {n: {} for n in _TALLIES}
        self.areas: dict[str, list[tuple[int, Area]]] = {}
        #: Findings naming a place shared by several (北区, 府中市): what they add, read in context.
        self.sensitive: dict[int, list] = {}
        for i in text:
            f = findings[i]
            if f.kind in _CONTEXT_KINDS and f.value:
                self.tokens[i] = _tokens(gz.context([f.value]))
                for tok in self.tokens[i]:
                    self.count[tok] = self.count.get(tok, 0) + 1
            if f.kind in _CONTEXT_KINDS and any(
                    kind == "muni" and len(rows) > 1 for kind, rows, _key in gz._tokens(f.value or f.text)):
                self.sensitive[i] = _ops(f, self.context)
            for name, value, area in _ops(f, self.context):
                if area is not None:
                    self.areas.setdefault(area.label, []).append((i, area))
                self.op_of[name].setdefault(i, []).append(len(ops[name]))
                ops[name].append((value, f.post_id, f.weight * 1.0))
        self.geo_clue, self.geo_area = None, None
        if cluster is not None:
            self.geo_clue, self.geo_area, extra = _geo(cluster, self.context)
            for name, value, pid, weight in extra:
                ops[name].append((value, pid, weight))
        self.tallies = {name: TallyIndex(o) for name, o in ops.items()}
        self._town: tuple | None = None
        self.place: Place | None = None  # with nothing left out
        self.bests: dict[str, Support | None] = {}

    def infer(self, dropped: frozenset[int] | set[int], cluster: Cluster | None,
              evidence: bool = True) -> Place | None:
        """``evidence=False``: the Place without the posts it rests on (``evidence``
        and each clue's are left empty), all the score reads."""
        if cluster is not self.cluster:
            return None
        gone: dict[tuple, int] = {}
        for i in dropped:
            for tok in self.tokens.get(i, ()):
                gone[tok] = gone.get(tok, 0) + 1
        vanished = {tok for tok, n in gone.items() if n >= self.count[tok]}
        if vanished:  # the context for resolving place names changes
            if cluster is not None:
                return None
            context = (self.context[0] - {v for k, v in vanished if k == "pref"},
                       self.context[1] - {v for k, v in vanished if k == "city"})
            # Only a name shared by several places is read by its context: if those left
            # read as before, every tally addition is as it was.
            for i in self.sensitive:
                if i not in dropped and _ops(self.findings[i], context) != self.sensitive[i]:
                    return None
        bests = {}
        for name, index in self.tallies.items():
            of = self.op_of[name]
            bests[name] = index.best({j for i in dropped for j in of.get(i, ())})

        def area_of(label: str, dropped=dropped) -> Area | None:
            if self.geo_area is not None and self.geo_area.label == label:
                return self.geo_area
            for i, area in reversed(self.areas.get(label, ())):
                if i not in dropped:
                    return area
            return None

        if self.place is None:
            self.bests = {name: index.best() for name, index in self.tallies.items()}
            self.place = _conclude(self.bests, lambda label: area_of(label, ()), self.geo_clue, cluster,
                                   self.context, self.town)
        muni = bests["munis"]
        if (all(bests[n] is self.bests[n] for n in bests)
                and (muni is None or area_of(muni.value) is area_of(muni.value, ()))):
            return self.place  # every clue as it was: the same place
        return _conclude(bests, area_of, self.geo_clue, cluster, self.context, self.town, evidence)

    def town(self):
        if self._town is None:
            self._town = (_town(self.cluster, self.context),)
        return self._town[0]


def _tokens(context: tuple[frozenset, frozenset]) -> tuple:
    prefs, cities = context
    return tuple(("pref", p) for p in prefs) + tuple(("city", c) for c in cities)


def _town(cluster: Cluster | None, context):
    return cluster.town() if cluster is not None and not cluster_named(cluster, context) else None


def _conclude(bests: dict[str, Support | None], area_of, geo_clue: Clue | None,
              cluster: Cluster | None, context, town_of=None, evidence: bool = True) -> Place:
    """The Place from the tallies' best values (``_TALLIES``) and the geotag clue."""
    def posts(s: Support) -> tuple[str, ...]:
        return tuple(s.evidence) if evidence else ()

    clues: list[Clue] = [geo_clue] if geo_clue is not None else []
    for kind, name in (("prefecture", "prefs"), ("municipality", "munis"), ("station", "stations"),
                       ("neighbourhood", "hoods"), ("postcode", "postcodes")):
        best = bests[name]
        if best is not None:
            clues.append(Clue(kind, best.value, best.confidence, posts(best)))
    best_address = bests["addresses"]
    if best_address is not None:
        kind = address_kind(best_address.value)
        if kind != "municipality":
            clues.append(Clue(kind, best_address.value, best_address.confidence, posts(best_address)))

    if not clues:
        return Place()
    by_kind = {c.kind: c for c in clues}
    muni = by_kind.get("municipality")
    area = area_of(muni.value) if muni else None
    pref = by_kind.get("prefecture")
    place = Place(
        municipality=area.municipality if area else None,
        prefecture=(area.prefecture if area and area.prefecture else pref.value if pref else None),
        station=by_kind["station"].value if "station" in by_kind else None,
        lat=cluster.lat if cluster is not None else None,
        lon=cluster.lon if cluster is not None else None,
        confidence=noisy_or(c.confidence for c in clues),
        evidence=_evidence(clues) if evidence else [],
        precision=precision_of(clues),
        population=area.population if area else None,
    )
    town = town_of() if town_of is not None else _town(cluster, context)
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
