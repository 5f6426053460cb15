"""Geotags and photo GPS: where the account's positions cluster, and what each one tells.

Positions come from the platform's geotag (``Post.geo``, source ``geo``) and from EXIF
GPS of attached photos (``ImageFacts.gps``, source ``exif``). They are clustered with
DBSCAN on the haversine distance (scikit-learn): ``EPS_M`` = 150 m, at least
``MIN_POINTS`` = 3 positions on at least 2 different days. Two posts from one spot can
be a café; three on different days are a pattern. 150 m keeps a flat's geotags together
(GPS scatter in a building is 10–50 m; the balcony and the street in front add more)
while a shop round the corner stays apart.

Which cluster is which:
- home: the cluster with the most positions at night (20:00–07:59) or on a day off
  (weekend, public holiday); at least 2 such and at least 40 % of its positions;
- workplace: of the rest, the cluster with the most positions on workdays 08:00–19:59,
  at least 2 such and at least 60 %;
- any other cluster is a regular place (a club, a gym).

Per position, a Finding with source ``geo``/``exif`` (field ``geo`` or ``media:N``):
in the home cluster → ``home``; in the work cluster on a workday → ``workplace``;
any other geotag → ``whereabouts`` ("the author is here now": a geotag is added when
posting). A photo's GPS elsewhere gives no finding here: whether the photo was fresh
(taken shortly before posting → ``whereabouts``) is decided by ``auditor.media``, which
compares capture and post times; an old photo shows a past place, which TAXONOMY.md does
not flag.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from statistics import median

from auditor.infer.clock import Clock
from auditor.infer.gazetteer import Area, gazetteer
from auditor.model import Finding, GeoPoint, ImageFacts, Post

EPS_M = 150.0
MIN_POINTS = 3
EARTH_RADIUS_M = 6_371_000.0


def geo_points(posts: Iterable[Post], images: Iterable[ImageFacts] = ()) -> list[GeoPoint]:
    """Every position tied to a post: geotags first, then photo GPS."""
    posts = list(posts)
    by_id = {p.id: p for p in posts}
    out: list[GeoPoint] = []
    for p in posts:
        if p.geo is not None and p.geo.has_point:
            out.append(GeoPoint(p.id, float(p.geo.lat), float(p.geo.lon), "geo",  # type: ignore[arg-type]
                                at=p.created_at, posted_at=p.created_at,
                                place_name=p.geo.place_name))
    for im in images:
        gps = im.gps
        if gps is None or not gps.has_point or im.error:
            continue
        post = by_id.get(im.post_id)
        posted = post.created_at if post else None
        out.append(GeoPoint(im.post_id, float(gps.lat), float(gps.lon), "exif",  # type: ignore[arg-type]
                            at=im.taken_at or posted, posted_at=posted,
                            place_name=gps.place_name))
    return out


def distance_m(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_M * math.asin(min(1.0, math.sqrt(a)))


@dataclass
class Cluster:
    role: str  # "home" | "work" | "regular"
    points: list[GeoPoint]
    #: The spread measured on the full cluster; kept when posts are removed, so that
    #: removing an outlying geotag never makes the place look more precise.
    spread_m: float | None = None
    _ids: list[str] | None = field(default=None, repr=False, compare=False)
    _town: tuple | None = field(default=None, repr=False, compare=False)

    @property
    def lat(self) -> float:
        return median(p.lat for p in self.points)

    @property
    def lon(self) -> float:
        return median(p.lon for p in self.points)

    @property
    def radius_m(self) -> float:
        """80th-percentile distance of its positions from the centre (at least 30 m)."""
        if self.spread_m is not None:
            return self.spread_m
        lat, lon = self.lat, self.lon
        d = sorted(distance_m(lat, lon, p.lat, p.lon) for p in self.points)
        return max(30.0, d[min(len(d) - 1, int(0.8 * len(d)))]) if d else 30.0

    def area(self, context: Iterable[str | None] = ()) -> Area | None:
        """The municipality its place names agree on (「東京 板橋区」); without place
        names, the municipality of the nearest town point to its centre (offline,
        ``auditor.geo.reverse``)."""
        gz = gazetteer()
        context = gz.context(context)  # type: ignore[assignment]
        votes: Counter[Area] = Counter()
        for p in self.points:
            area = gz.resolve(p.place_name, context)
            if area is not None:
                votes[area] += 1
        if not votes:
            town = self.town()
            return gz.resolve(town.municipality_name) if town is not None else None
        munis = [a for a in votes if a.level == "municipality"]
        return max(munis or list(votes), key=lambda a: votes[a])

    def town(self):  # -> auditor.geo.reverse.Place | None
        """The nearest 町丁目 to the centre (an estimate: near a border it can be the
        neighbour's)."""
        if self._town is None:
            from auditor.geo.reverse import reverse

            self._town = (reverse(self.lat, self.lon),)
        return self._town[0]

    def post_ids(self) -> list[str]:
        if self._ids is None:
            self._ids = list(dict.fromkeys(p.post_id for p in self.points))
        return self._ids

    def without(self, removed: frozenset[str]) -> Cluster | None:
        """The cluster as a stranger sees it once ``removed`` posts are gone."""
        pts = [p for p in self.points if p.post_id not in removed]
        if len(pts) < MIN_POINTS or len({p.at.date() if p.at else None for p in pts}) < 2:
            return None
        return Cluster(self.role, pts, spread_m=self.radius_m, _town=self._town)


@dataclass
class GeoAnalysis:
    points: list[GeoPoint] = field(default_factory=list)
    clusters: list[Cluster] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)

    def cluster(self, role: str, removed: frozenset[str] = frozenset()) -> Cluster | None:
        for c in self.clusters:
            if c.role == role:
                if removed and not removed.isdisjoint(c.post_ids()):
                    return c.without(removed)
                return c
        return None

    def away_ids(self) -> frozenset[str]:
        """Posts whose positions are whereabouts findings."""
        return frozenset(f.post_id for f in self.findings if f.category == "whereabouts" and f.post_id)

    def away_points(self, removed: frozenset[str] = frozenset()) -> list[GeoPoint]:
        """Fresh positions away from home and work (the whereabouts findings' points)."""
        ids = {f.post_id for f in self.findings if f.category == "whereabouts"}
        return [p for p in self.points if p.post_id in ids and p.post_id not in removed]


def _labels(points: list[GeoPoint]) -> list[int]:
    import numpy as np
    from sklearn.cluster import DBSCAN

    coords = np.radians([[p.lat, p.lon] for p in points])
    model = DBSCAN(eps=EPS_M / EARTH_RADIUS_M, min_samples=MIN_POINTS, metric="haversine",
                   algorithm="ball_tree")
    return [int(x) for x in model.fit(coords).labels_]


def _night_or_day_off(p: GeoPoint, clock: Clock) -> bool:
    if p.at is None:
        return False
    t = clock.local(p.at)
    return clock.day_off(t.date()) or t.hour >= 20 or t.hour < 8


def _workday_daytime(p: GeoPoint, clock: Clock) -> bool:
    if p.at is None:
        return False
    t = clock.local(p.at)
    return not clock.day_off(t.date()) and 8 <= t.hour < 20


def analyse_points(points: list[GeoPoint], clock: Clock) -> GeoAnalysis:
    """Cluster ``points``, name home and work, and derive one Finding per position."""
    result = GeoAnalysis(points=list(points))
    if not points:
        return result
    groups: dict[int, list[GeoPoint]] = {}
    if len(points) >= MIN_POINTS:
        for label, p in zip(_labels(points), points, strict=True):
            if label >= 0:
                groups.setdefault(label, []).append(p)
    candidates = [
        pts for pts in groups.values()
        if len({clock.local(p.at).date() for p in pts if p.at}) >= 2
    ]

    def share(pts: list[GeoPoint], test) -> tuple[int, float]:
        n = sum(1 for p in pts if test(p, clock))
        return n, n / len(pts)

    home_pts = max(
        (pts for pts in candidates
         if share(pts, _night_or_day_off)[0] >= 2 and share(pts, _night_or_day_off)[1] >= 0.4),
        key=lambda pts: (share(pts, _night_or_day_off)[0], len(pts)),
        default=None,
    )
    rest = [pts for pts in candidates if pts is not home_pts]
    work_pts = max(
        (pts for pts in rest
         if share(pts, _workday_daytime)[0] >= 2 and share(pts, _workday_daytime)[1] >= 0.6),
        key=lambda pts: (share(pts, _workday_daytime)[0], len(pts)),
        default=None,
    )
    for pts in candidates:
        role = "home" if pts is home_pts else "work" if pts is work_pts else "regular"
        cluster = Cluster(role, pts)
        cluster.spread_m = cluster.radius_m  # measured once, on all its positions
        result.clusters.append(cluster)
    in_home = {id(p) for p in home_pts or ()}
    in_work = {id(p) for p in work_pts or ()}
    for p in points:
        f = _finding(p, clock, home=id(p) in in_home, work=id(p) in in_work)
        if f is not None:
            result.findings.append(f)
    return result


def _finding(p: GeoPoint, clock: Clock, *, home: bool, work: bool) -> Finding | None:
    where = p.place_name or f"{p.lat:.5f}, {p.lon:.5f}"
    what = "写真の位置情報" if p.source == "exif" else "投稿の位置情報"
    what_en = "photo GPS" if p.source == "exif" else "geotag"
    common = {"start": 0, "end": 0, "text": where, "source": p.source, "post_id": p.post_id,
              "field": "geo" if p.source == "geo" else "media",
              "value": f"{p.lat:.5f},{p.lon:.5f}", "kind": "coordinates"}
    if home:
        return Finding("home", reason=f"自宅付近の{what} (夜や休日の位置が集まる場所)",
                       reason_en=f"{what_en} near home (where night and weekend positions cluster)",
                       weight=0.8, **common)
    if work and p.at is not None and clock.workday(p.at):
        return Finding("workplace", reason=f"勤務先付近の{what} (平日昼の位置が集まる場所)",
                       reason_en=f"{what_en} near the workplace (weekday daytime cluster)",
                       weight=0.7, **common)
    if p.source == "geo":
        return Finding("whereabouts", reason=f"投稿した時にいた場所 ({what})",
                       reason_en=f"where the author was when posting ({what_en})",
                       weight=0.6, **{**common, "kind": "now", "value": where})
    return None
