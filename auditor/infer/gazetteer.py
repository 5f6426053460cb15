"""Japanese prefectures and municipalities with their populations (住民基本台帳 2022).

``resolve("東京 板橋区")`` → an :class:`Area` with 567,214 residents. The table is the
copy shipped in ``auditor/data`` (source and CC BY 4.0 licence in ``ATTRIBUTION.md``).

Names are matched greedily, longest first, so 「東京都」 is read as Tokyo, never as
「京都」. Forms understood: 「板橋区」, 「東京都板橋区」, 「東京 板橋区」 (X place names),
「横浜市青葉区」, 「青葉区」 (a ward of a designated city), 「札幌 北区」, 「府中町」 for
「安芸郡府中町」, and municipality names inside an address.

Ambiguous names. The same ward or city name exists in several places (北区 in 16 cities,
中央区 in 10, 府中市 in Tokyo and Hiroshima, 伊達市 …). A prefecture or designated city
named in the same text or in ``context`` (other home cues, the profile's location)
decides. Without one, the result is the **union** of all candidates: a stranger who only
knows 「北区」 knows one of the 北区s, so the anonymity set is their summed population.
This is the conservative choice for an anonymity estimate (it never claims more
precision than the words give); ``Area.ambiguous`` then lists the candidates.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

DATA_FILE = "jp_municipal_population_2022-01-01_jumin_kihon_daicho.csv"


@dataclass(frozen=True, slots=True)
class Area:
    """A prefecture (``municipality == ""``) or municipality, or a union of same-named ones."""

    prefecture: str
    municipality: str
    population: int
    ambiguous: tuple[str, ...] = ()  # "東京都北区", "大阪府大阪市北区", … when a union

    @property
    def level(self) -> str:
        return "municipality" if self.municipality else "prefecture"

    @property
    def label(self) -> str:
        """「東京都板橋区」; for a union, the name as written (「北区」)."""
        if self.ambiguous:
            return self.municipality
        return self.prefecture + self.municipality


@dataclass(frozen=True, slots=True)
class _Row:
    prefecture: str
    municipality: str
    population: int
    designated_city: str | None  # "横浜市" for a ward of 横浜市


class Gazetteer:
    def __init__(self, rows: Iterable[_Row]) -> None:
        self.rows = list(rows)
        self.prefectures = {r.prefecture: r for r in self.rows if not r.municipality}
        self.total = sum(r.population for r in self.prefectures.values())
        self.cities = {r.designated_city for r in self.rows if r.designated_city}
        # key → (kind, payload): kind "pref" → prefecture name; "city" → designated city
        # (context only, a city name without 市); "muni" → list of rows.
        self._keys: dict[str, tuple[str, object]] = {}
        munis: dict[str, list[_Row]] = {}
        for r in self.rows:
            if not r.municipality or r.municipality.endswith("郡"):
                continue  # prefecture rows and county subtotals
            names = {r.municipality}
            if "郡" in r.municipality[:-1]:
                names.add(r.municipality.split("郡", 1)[1])  # 安芸郡府中町 → 府中町
            if r.designated_city:
                names.add(r.municipality[len(r.designated_city):])  # 横浜市青葉区 → 青葉区
            for n in names:
                munis.setdefault(n, []).append(r)
        for name, rs in munis.items():
            self._keys[name] = ("muni", rs)
        for city in {r.designated_city for r in self.rows if r.designated_city}:
            short = city.removesuffix("市")
            if len(short) >= 2 and short not in self._keys:
                self._keys[short] = ("city", city)
        for pref in self.prefectures:
            self._keys[pref] = ("pref", pref)
            short = pref if pref == "北海道" else pref[:-1]
            self._keys.setdefault(short, ("pref", pref))
        self._longest = max(map(len, self._keys))
        self._tokens = lru_cache(maxsize=4096)(self._scan)

    def _scan(self, text: str) -> list[tuple[str, object, str]]:
        """(kind, payload, key as written), longest key first at each position."""
        out, i, keys = [], 0, self._keys
        while i < len(text):
            for size in range(min(self._longest, len(text) - i), 0, -1):
                key = text[i:i + size]
                if key in keys:
                    out.append((*keys[key], key))
                    i += size
                    break
            else:
                i += 1
        return out

    def context(self, texts: Iterable[str | None]) -> tuple[frozenset, frozenset]:
        """The prefectures and designated cities that ``texts`` name (to narrow ambiguity)."""
        if _is_context(texts):
            return texts  # type: ignore[return-value]
        prefs: set = set()
        cities: set = set()
        for text in dict.fromkeys(t for t in texts if t):
            for kind, payload, _key in self._tokens(text):
                if kind == "pref":
                    prefs.add(payload)
                elif kind == "city":
                    cities.add(payload)
                elif kind == "muni":
                    # 「横浜市」 written before 「青葉区」 picks that city's ward.
                    cities.update(r.municipality for r in payload if r.municipality in self.cities)  # type: ignore[attr-defined]
        return frozenset(prefs), frozenset(cities)

    def resolve(self, text: str | None, context: Iterable[str | None] | tuple[frozenset, frozenset] = ()
                ) -> Area | None:
        """The most specific area named in ``text``; ``context`` (texts, or what
        ``context()`` made of them) only narrows ambiguity."""
        if not text:
            return None
        return self._resolve(text, *self.context(context))  # type: ignore[arg-type]

    @lru_cache(maxsize=8192)  # noqa: B019 - one Gazetteer lives for the process
    def _resolve(self, text: str, ctx_prefs: frozenset, ctx_cities: frozenset) -> Area | None:
        tokens = self._tokens(text)
        own_prefs, own_cities = self.context([text])
        prefs, cities = own_prefs | ctx_prefs, own_cities | ctx_cities
        best: Area | None = None
        for kind, payload, key in tokens:
            if kind != "muni":
                continue
            rows: list[_Row] = list(payload)  # type: ignore[call-overload]
            narrowed = [r for r in rows if r.prefecture in prefs] or rows
            narrowed = [r for r in narrowed if r.designated_city in cities] or narrowed
            area = _union(narrowed, written=key)
            if best is None or area.population < best.population:
                best = area
        if best is not None:
            return best
        named = [p for k, p, _ in tokens if k == "pref"]
        if named:
            row = self.prefectures[named[-1]]  # type: ignore[index]
            return Area(row.prefecture, "", row.population)
        return None

    def prefecture(self, name: str) -> Area | None:
        row = self.prefectures.get(name)
        return Area(row.prefecture, "", row.population) if row else None


def _is_context(value: object) -> bool:
    return (isinstance(value, tuple) and len(value) == 2
            and all(isinstance(c, frozenset) for c in value))


def _union(rows: list[_Row], *, written: str) -> Area:
    if len(rows) == 1:
        r = rows[0]
        return Area(r.prefecture, r.municipality, r.population)
    return Area(
        prefecture=rows[0].prefecture if len({r.prefecture for r in rows}) == 1 else "",
        municipality=written,
        population=sum(r.population for r in rows),
        ambiguous=tuple(sorted(r.prefecture + r.municipality for r in rows)),
    )


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The shipped table, parsed once."""
    text = (files("auditor.data") / DATA_FILE).read_text(encoding="utf-8")
    raw = list(csv.DictReader(io.StringIO(text)))
    names = {(r["prefecture"], r["municipality"]) for r in raw}
    rows = []
    for r in raw:
        muni = r["municipality"]
        # A ward of a designated city: 「横浜市青葉区」 where 「横浜市」 is itself a row.
        city = muni[: muni.index("市") + 1] if "市" in muni[:-1] and muni.endswith("区") else None
        if city is not None and (r["prefecture"], city) not in names:
            city = None
        rows.append(_Row(r["prefecture"], muni, int(r["total"]), city))
    return Gazetteer(rows)


def japan_population() -> int:
    """Residents of Japan on 2022-01-01 (sum of the 47 prefectures): 125,927,902."""
    return gazetteer().total
