"""Routine from timestamps: local zone, sleep, weekly events seen in timing alone."""

from __future__ import annotations

import random
from datetime import timedelta

import pytest
from conftest import jst

from auditor.infer.clock import Clock, account_zone
from auditor.infer.routine import Timeline, infer_routine, sleep_window
from auditor.model import GeoPoint, Post, Profile


def _posts(times):
    return [Post("x", str(i), "", created_at=t) for i, t in enumerate(times)]


@pytest.mark.parametrize(
    ("location", "zone"),
    [("東京 板橋区", "Asia/Tokyo"), ("", "Asia/Tokyo"), ("London, UK", "Europe/London"),
     ("ニューヨーク在住", "America/New_York")],
)
def test_zone_from_profile(location, zone):
    assert account_zone(Profile("x", "a", location=location)) == zone


def test_zone_from_geotags_abroad():
    pts = [GeoPoint(str(i), 48.85, 2.35, "geo") for i in range(6)]  # Paris, no location
    assert account_zone(Profile("x", "a"), pts) == "Etc/UTC"
    la = [GeoPoint(str(i), 34.05, -118.25, "geo") for i in range(6)]
    assert account_zone(Profile("x", "a"), la) == "Etc/GMT+8"  # UTC−8
    mixed = la[:2] + [GeoPoint("j", 35.7, 139.7, "geo")] * 4
    assert account_zone(Profile("x", "a"), mixed) == "Asia/Tokyo"


def test_timestamps_are_read_in_the_accounts_zone():
    posts = _posts([jst(2026, 4, 6, 7, 0)])  # Monday 07:00 in Tokyo = Sunday 23:00 in London (BST)
    tokyo = Timeline(posts, Clock("Asia/Tokyo")).activity()
    london = Timeline(posts, Clock("Europe/London")).activity()
    assert tokyo[0][7] == 1 and london[6][23] == 1


def test_sleep_window_ignores_one_stray_post():
    bins = [0] * 144
    for b in range(42, 141):  # awake 07:00–23:30
        bins[b] = 2
    bins[18] = 1  # one post at 03:00
    assert sleep_window(bins) == "23:30-07:00"
    assert sleep_window([1] * 20 + [0] * 124) is None  # too few posts to say


def test_weekly_event_from_timestamps_alone():
    rng = random.Random(3)
    times = []
    start = jst(2026, 4, 6)  # Monday
    for d in range(10 * 7):
        day = start + timedelta(days=d)
        times += [day.replace(hour=rng.choice([20, 21, 22]), minute=rng.randint(0, 59))]
        if day.weekday() == 5 and d < 63:  # 9 of 10 Saturdays, 09:20–09:50
            times.append(day.replace(hour=9, minute=rng.randint(20, 50)))
    tl = Timeline(_posts(times), Clock())
    r = infer_routine(tl, [])
    assert len(r.weekly) == 1 and r.weekly[0].startswith("土曜 09:")
    assert "10週中9週" in r.weekly[0]
    # Deleting the Saturday posts removes the event.
    saturday = frozenset(s.post_id for s in tl.stamps.values() if s.local.hour == 9)
    assert infer_routine(tl, [], removed=saturday).weekly == []
    assert sum(map(sum, infer_routine(tl, [], removed=saturday).activity)) == len(times) - len(saturday)
