"""Offline reverse geocoding for Japan: (lat, lon) → 都道府県, 市区町村 (with wards), 町丁目.

The table ``jp_towns.tsv.xz`` (about 277,000 representative points of 大字・町丁目, 1.8 MB)
ships in the package; where it comes from and its licence are in ``ATTRIBUTION.md``
beside it. No web service is ever asked: a photo's position is as private as a home
address.

The answer is the nearest town point, so it is an estimate: near a border the town or
even the municipality can be the neighbour's, and a point far from every town (at sea,
abroad) gives ``None``. Prefecture and municipality are right far more often than the
町丁目, which is why ``Place`` keeps them apart and callers can say 「付近」.
"""

from __future__ import annotations

import lzma
import math
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

import numpy as np

TABLE = "jp_towns.tsv.xz"
#: Farther than this from every town point, we say nothing (open sea, another country).
MAX_KM = 20.0
_KM_PER_DEG = 111.32
# Band searched first around the query: ~3 km; widened step by step up to MAX_KM.
_FIRST_BAND_DEG = 0.03


@dataclass(frozen=True, slots=True)
class Place:
    """A place name at town level, with how far the matched town point is."""

    prefecture: str
    municipality: str  # 「練馬区」「横浜市青葉区」「所沢市」「西多摩郡奥多摩町」
    town: str  # 「石神井町三丁目」; may be "" where the table has no town name
    lat: float  # the matched town point, not the query
    lon: float
    distance_km: float

    @property
    def name(self) -> str:
        """「東京都練馬区石神井町三丁目」"""
        return f"{self.prefecture}{self.municipality}{self.town}"

    @property
    def municipality_name(self) -> str:
        """「東京都練馬区」: the level that is right even near town borders."""
        return f"{self.prefecture}{self.municipality}"

    def to_dict(self) -> dict[str, object]:
        return {
            "prefecture": self.prefecture,
            "municipality": self.municipality,
            "town": self.town,
            "name": self.name,
            "distance_km": round(self.distance_km, 3),
        }


@dataclass(frozen=True, slots=True)
class _Table:
    lat: np.ndarray  # sorted ascending, degrees
    lon: np.ndarray
    town: list[str]
    muni: np.ndarray  # index into munis
    munis: list[tuple[str, str]]  # (prefecture, municipality)


@lru_cache(maxsize=1)
def _table() -> _Table:
    """Parse the shipped table once, on first use (about 0.5 s, ~30 MB)."""
    raw = (files("auditor.geo") / TABLE).read_bytes()
    text = lzma.decompress(raw).decode("utf-8")
    lats: list[int] = []
    lons: list[int] = []
    towns: list[str] = []
    munis: list[tuple[str, str]] = []
    muni_of: list[int] = []
    for line in text.splitlines():
        if not line or line[0] == "#":
            continue
        if line[0] == "@":
            pref, city = line[1:].split("\t")
            munis.append((pref, city))
            continue
        town, la, lo = line.split("\t")
        towns.append(town)
        lats.append(int(la))
        lons.append(int(lo))
        muni_of.append(len(munis) - 1)
    lat = np.asarray(lats, dtype=np.float64) / 1e5
    order = np.argsort(lat, kind="stable")
    return _Table(
        lat=lat[order],
        lon=(np.asarray(lons, dtype=np.float64) / 1e5)[order],
        town=[towns[i] for i in order],
        muni=np.asarray(muni_of, dtype=np.int32)[order],
        munis=munis,
    )


def reverse(lat: float, lon: float, *, max_km: float = MAX_KM) -> Place | None:
    """The nearest town to (lat, lon), or None when nothing is within ``max_km``.

    Distances use the equirectangular approximation, which is well under 1 % off at
    the few-km scale this works on.
    """
    if not (math.isfinite(lat) and math.isfinite(lon)) or not (-90 <= lat <= 90):
        return None
    t = _table()
    coslat = max(math.cos(math.radians(lat)), 0.01)
    band = _FIRST_BAND_DEG
    limit = max_km / _KM_PER_DEG
    while True:
        lo = int(np.searchsorted(t.lat, lat - band, side="left"))
        hi = int(np.searchsorted(t.lat, lat + band, side="right"))
        if hi > lo:
            dy = t.lat[lo:hi] - lat
            dx = (t.lon[lo:hi] - lon) * coslat
            d2 = dx * dx + dy * dy
            i = int(np.argmin(d2))
            best = math.sqrt(float(d2[i]))
            # The nearest point inside the band is the true nearest once it is closer
            # than the band's half-width: anything outside is at least `band` away.
            if best <= band:
                if best > limit:
                    return None
                k = lo + i
                pref, city = t.munis[int(t.muni[k])]
                return Place(pref, city, t.town[k], float(t.lat[k]), float(t.lon[k]),
                             best * _KM_PER_DEG)
        if band >= limit:
            return None
        band = min(band * 2, limit)


def place_name(lat: float, lon: float, *, level: str = "town") -> str | None:
    """「東京都練馬区石神井町三丁目」 (``level="town"``) or 「東京都練馬区」 (``"municipality"``)."""
    p = reverse(lat, lon)
    if p is None:
        return None
    return p.municipality_name if level == "municipality" else p.name
