"""Japan's prefectures and municipalities, from the official resident register.

``data/municipalities.tsv`` lists every 市区町村 (2022, 総務省 住民基本台帳, CC BY 4.0), so
that a place like 「調布」 or 「札幌市北区」 is recognised and normalised to its full name
from Hokkaido to Okinawa, not from a list of places seen in the dev set.

Misfires: a stem that is also a common word or surname (「府中」 is a city in Tokyo and
a town in Hiroshima; 「大和」) resolves to no single municipality; such stems only
count when Sudachi also tags the token as a place (固有名詞-地名).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

PREFECTURE_SUFFIXES = ("都", "道", "府", "県")
MUNICIPAL_SUFFIXES = ("市", "区", "町", "村")


@dataclass(frozen=True)
class Gazetteer:
    #: every accepted written form -> full municipality name ("北区" is absent: ambiguous)
    municipalities: dict[str, str]
    #: stem without 市/区/町/村 -> full name, only when unique ("調布" -> "調布市")
    stems: dict[str, str]
    #: prefecture with and without suffix -> full name ("大阪" -> "大阪府")
    prefectures: dict[str, str]
    max_len: int


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    text = resources.files("auditor.cues").joinpath("data/municipalities.tsv").read_text("utf-8")
    forms: dict[str, set[str]] = {}
    prefectures: dict[str, str] = {}
    stems: dict[str, set[str]] = {}

    def add(form: str, full: str) -> None:
        forms.setdefault(form, set()).add(full)

    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        pref, muni = line.split("\t")
        prefectures[pref] = pref
        short = pref[:-1] if pref != "北海道" and pref.endswith(PREFECTURE_SUFFIXES) else pref
        prefectures[short] = pref
        if not muni.endswith(MUNICIPAL_SUFFIXES):
            continue  # 郡 rows and 島しょ are not municipalities
        add(muni, muni)
        if "郡" in muni:  # 石狩郡当別町 is written 当別町
            add(muni.split("郡", 1)[1], muni)
        elif "市" in muni[:-1] and muni.endswith("区"):  # 札幌市北区: the ward alone too
            add(muni.split("市", 1)[1], muni)
    municipalities: dict[str, str] = {}
    for form, fulls in forms.items():
        if len(fulls) == 1:
            municipalities[form] = next(iter(fulls))
        stem = form[:-1]
        if len(stem) >= 2:
            stems.setdefault(stem, set()).update(fulls)
    unique_stems = {s: next(iter(f)) for s, f in stems.items() if len(f) == 1}
    return Gazetteer(
        municipalities,
        unique_stems,
        prefectures,
        max(len(k) for k in municipalities),
    )
