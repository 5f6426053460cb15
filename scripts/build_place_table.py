"""Build ``auditor/geo/jp_towns.tsv.xz``, the offline place table, from Geolonia's data.

Source: Geolonia 住所データ (github.com/geolonia/japanese-addresses, CC BY 4.0), itself
built from 国土交通省「位置参照情報」(大字・町丁目レベル) and 日本郵便's postcode data.
Its ``api/ja.json`` lists each prefecture's municipalities (Tokyo's wards and the
designated cities' wards as their own entries) and ``api/ja/<都道府県>/<市区町村>.json``
holds every 大字・町丁目 with a representative point (``town``, ``koaza``, ``lat``, ``lng``).

Usage (with a checkout of that repository; the commit we used is in ATTRIBUTION.md)::

    python scripts/build_place_table.py path/to/japanese-addresses auditor/geo/jp_towns.tsv.xz

Output format (UTF-8 text, xz-compressed), chosen to be small and quick to parse:
a header line ``# …`` with the source, then for each municipality a line
``@<都道府県>\\t<市区町村>`` followed by its points, one a line, ``<町丁目>\\t<lat×1e5>\\t<lon×1e5>``
(integers; 1e-5° is about 1 m, far finer than a town centroid's meaning). Points of the
same town with different 小字 are all kept (they sharpen the nearest-point lookup in rural
areas where one 大字 is large); exact duplicates and points without coordinates are dropped.
"""

from __future__ import annotations

import json
import lzma
import sys
from pathlib import Path


def build(repo: Path) -> tuple[str, int]:
    index = json.loads((repo / "api" / "ja.json").read_text(encoding="utf-8"))
    lines = ["# Geolonia 住所データ (CC BY 4.0) / 国土交通省 位置参照情報 — see ATTRIBUTION.md"]
    n = 0
    for pref, cities in index.items():
        for city in cities:
            rows = json.loads((repo / "api" / "ja" / pref / f"{city}.json").read_text(encoding="utf-8"))
            points = set()
            for r in rows:
                lat, lon, town = r.get("lat"), r.get("lng"), (r.get("town") or "").strip()
                if lat is None or lon is None:
                    continue
                points.add((town, round(float(lat) * 1e5), round(float(lon) * 1e5)))
            if not points:
                continue
            lines.append(f"@{pref}\t{city}")
            for town, la, lo in sorted(points):
                lines.append(f"{town}\t{la}\t{lo}")
                n += 1
    return "\n".join(lines) + "\n", n


def main(argv: list[str]) -> int:
    if len(argv) != 3:
        print(__doc__)
        return 2
    text, n = build(Path(argv[1]))
    data = lzma.compress(text.encode("utf-8"), preset=9 | lzma.PRESET_EXTREME)
    Path(argv[2]).write_bytes(data)
    print(f"{n} points, {len(data):,} bytes → {argv[2]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
