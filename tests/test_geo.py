"""Geotag and photo-GPS clusters: which is home, which is work, what each point says."""

from __future__ import annotations

from datetime import timedelta

from conftest import jst

from auditor.infer.clock import Clock
from auditor.infer.geo import analyse_points, distance_m, geo_points
from auditor.model import Geo, GeoPoint, ImageFacts, Post

HOME = (35.76030, 139.68610)
WORK = (35.73050, 139.71630)
CLUB = (35.76350, 139.67700)  # a Saturday-morning swimming club ~900 m from home
CAFE = (35.75910, 139.68930)  # ~300 m from home


def _pt(pid, where, at, source="geo"):
    return GeoPoint(pid, where[0], where[1], source, at=at, posted_at=at)


def _offset(where, north_m=0.0, east_m=0.0):
    return (where[0] + north_m / 111_000, where[1] + east_m / 90_300)


def _points():
    pts = []
    # Home: evenings and weekends, scattered over ~100 m.
    for i, (day, hh, dn, de) in enumerate([(6, 21, 0, 0), (7, 22, 40, -30), (11, 10, -50, 20),
                                          (12, 15, 30, 60), (14, 20, -20, -60), (18, 9, 60, 10)]):
        pts.append(_pt(f"h{i}", _offset(HOME, dn, de), jst(2026, 4, day, hh, 5)))
    # Work: weekday lunch.
    for i, day in enumerate([6, 8, 9, 14, 16]):
        pts.append(_pt(f"w{i}", _offset(WORK, 10 * i, -5 * i), jst(2026, 4, day, 12, 20)))
    # The club: three Saturday mornings (a regular place, not home).
    for i, day in enumerate([11, 18, 25]):
        pts.append(_pt(f"c{i}", _offset(CLUB, i * 5), jst(2026, 4, day, 9, 30)))
    pts.append(_pt("cafe", CAFE, jst(2026, 4, 15, 12, 30)))
    pts.append(_pt("trip", (35.0155, 138.4960), jst(2026, 5, 3, 11, 47)))
    pts.append(_pt("w-sat", WORK, jst(2026, 4, 25, 14, 0)))  # at the office area on a Saturday
    return pts


def test_home_work_and_regular_clusters():
    res = analyse_points(_points(), Clock())
    roles = {c.role: c for c in res.clusters}
    assert set(roles) == {"home", "work", "regular"}
    assert distance_m(roles["home"].lat, roles["home"].lon, *HOME) < 40
    assert distance_m(roles["work"].lat, roles["work"].lon, *WORK) < 40
    assert {p.post_id for p in roles["home"].points} == {f"h{i}" for i in range(6)}  # not the café
    assert {p.post_id for p in roles["regular"].points} == {"c0", "c1", "c2"}


def test_one_finding_per_point():
    res = analyse_points(_points(), Clock())
    by_post = {f.post_id: f for f in res.findings}
    assert {by_post[f"h{i}"].category for i in range(6)} == {"home"}
    assert {by_post[f"w{i}"].category for i in range(5)} == {"workplace"}
    for pid in ("c0", "cafe", "trip"):
        assert by_post[pid].category == "whereabouts" and by_post[pid].kind == "now"
    # Near the office on a Saturday is not work.
    assert by_post["w-sat"].category == "whereabouts"
    assert all(f.source == "geo" and f.field == "geo" for f in res.findings)
    assert by_post["h0"].kind == "coordinates" and by_post["h0"].value.startswith("35.76")


def test_a_public_holiday_counts_as_a_day_off():
    # Golden Week weekdays at one spot: home, not work.
    pts = [_pt(f"g{i}", _offset(HOME, i * 10), jst(2026, 5, d, 13, 0)) for i, d in enumerate([4, 5, 6])]
    res = analyse_points(pts, Clock())
    assert [c.role for c in res.clusters] == ["home"]


def test_two_points_are_not_a_pattern():
    pts = [_pt("a", HOME, jst(2026, 4, 6, 21)), _pt("b", HOME, jst(2026, 4, 7, 21))]
    res = analyse_points(pts, Clock())
    assert res.clusters == [] and {f.category for f in res.findings} == {"whereabouts"}


def test_photo_gps_joins_the_clusters():
    posts = [Post("x", f"p{i}", "写真", created_at=jst(2026, 4, 6 + i, 21, 0)) for i in range(4)]
    posts.append(Post("x", "geo", "ただいま", created_at=jst(2026, 4, 11, 22, 0),
                      geo=Geo(HOME[0], HOME[1], "東京 板橋区")))
    images = [
        ImageFacts(f"p{i}", 0, gps=Geo(*_offset(HOME, 15 * i)), taken_at=jst(2026, 4, 6 + i, 20, 30))
        for i in range(3)
    ]
    # An old photo far away: a place visited long ago, no finding.
    images.append(ImageFacts("p3", 0, gps=Geo(34.70, 135.50), taken_at=jst(2025, 8, 1, 12, 0)))
    images.append(ImageFacts("p3", 1, error="truncated"))
    pts = geo_points(posts, images)
    assert [p.source for p in pts] == ["geo", "exif", "exif", "exif", "exif"]
    assert pts[1].posted_at - pts[1].at == timedelta(minutes=30)
    res = analyse_points(pts, Clock())
    assert [c.role for c in res.clusters] == ["home"]
    cats = {(f.post_id, f.source): f.category for f in res.findings}
    assert cats == {("geo", "geo"): "home", ("p0", "exif"): "home", ("p1", "exif"): "home",
                    ("p2", "exif"): "home"}
    assert res.clusters[0].area().label == "東京都板橋区"  # from the geotag's place name


def test_unnamed_home_cluster_is_placed_offline():
    """Geotags without place names: the municipality of the nearest town point."""
    from auditor.infer import infer, prepare
    from auditor.model import Profile

    posts = [Post("x", str(i), "ただいま", created_at=jst(2026, 5, 4 + i, 21, 0),
                  geo=Geo(*_offset((35.74360, 139.60660), 20 * i))) for i in range(4)]
    home = infer(prepare(Profile("x", "a"), posts, [])).home
    assert (home.prefecture, home.municipality, home.population) == ("東京都", "練馬区", 738_358)
    assert home.value == "東京都練馬区 石神井町三丁目付近" and home.precision == "street"
