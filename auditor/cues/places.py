"""Place mentions: prefectures, municipalities, stations, lines, neighbourhoods, facilities.

Built from structure, not from a list of places seen in posts:
- municipalities and prefectures from the national gazetteer (``gazetteer.py``), matched
  only at Sudachi token starts, so 「桜新町」 does not yield a town 「新町」;
- stations and lines from Sudachi's proper-noun tags plus the suffixes 駅/線
  (「石神井公園駅」, 「調布|駅前」 → 調布駅, 「東急|東横線」);
- neighbourhoods from the 固有名詞-地名 tag (「桜新町」, 「高田馬場」, 「武蔵小杉」);
- facilities from 固有名詞-一般 and facility suffixes (「東京ドーム」, 「新千歳空港」).

Every other recogniser asks this module where the places are and then decides, from the
words around them, whether the place is home, work, a current location or nothing.

Misfires: surnames that are also places (「綱島」 is tagged as a surname); katakana shop
names; romaji place names other than the gazetteer's (only a few are read).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from auditor.cues.base import is_place_tag, is_proper
from auditor.cues.gazetteer import gazetteer

if TYPE_CHECKING:
    from spacy.tokens import Doc

_SUFFIX_CHARS = frozenset("市区町村都道府県")
# Nouns that may precede 駅 but never name a station.
_NOT_STATION = frozenset(
    [
        "最寄り", "最寄", "最寄駅", "近く", "前", "この", "その", "あの", "次", "隣", "各",
        "始発", "終着", "乗換", "乗り換え", "同じ", "別", "大きな", "小さな", "地元", "近所",
        "目的", "どの", "降車", "乗車", "JR", "私鉄", "地下鉄", "ターミナル", "無人", "主要",
    ]
)
_FACILITY_SUFFIXES = (
    "空港", "ドーム", "ホール", "アリーナ", "スタジアム", "球場", "公園", "神社", "寺", "城",
    "タワー", "ヒルズ", "モール", "水族館", "動物園", "美術館", "博物館", "競馬場", "温泉",
    "ランド", "パーク", "センター", "市場", "港", "砂丘", "海岸",
)
_LINE_PREFIXES = frozenset(
    [
    "JR", "東急", "京急", "京王", "小田急", "西武", "東武", "京成", "相鉄", "阪急", "阪神",
    "近鉄", "南海", "京阪", "名鉄", "西鉄", "地下鉄", "都営", "東京メトロ", "メトロ", "市営",
    ]
)


@lru_cache(maxsize=1)
def _dictionary():
    from sudachipy import Dictionary

    return Dictionary(dict="core")


@lru_cache(maxsize=4096)
def has_place_reading(surface: str) -> bool:
    """True when Sudachi's dictionary also lists ``surface`` as a place name.

    Sudachi picks one analysis per token; 「梅田」, 「小倉」, 「中洲」, 「石垣」 often come out
    as surnames. The dictionary keeps the other readings, and context decides.
    """
    try:
        return any(
            m.part_of_speech()[1:3] == ("固有名詞", "地名") for m in _dictionary().lookup(surface)
        )
    except Exception:  # pragma: no cover - dictionary problem: fall back to the tagger
        return False


#: After a surname-or-place token, these say "place" (に/で/へ, 在住, 駅, なう …).
_PLACE_CONTEXT = ("に", "で", "へ", "から", "まで", "なう", "ナウ", "在住", "駅", "駅前", "の",
                  "周辺",
                  "近く", "付近", "あたり", "方面")


@dataclass(frozen=True, slots=True)
class Place:
    start: int
    end: int
    kind: str  # prefecture | municipality | station | line | neighbourhood | facility
    value: str
    text: str


def find_places(doc: Doc, text: str, tokens: list | None = None) -> list[Place]:
    """All place mentions in ``doc`` (tokenised from ``text``'s tokenizer form).

    ``tokens`` is ``list(doc)`` when the caller already has it (iterating a Doc builds
    new Token objects every time).
    """
    gz = gazetteer()
    toks = tokens if tokens is not None else list(doc)
    starts = {t.idx for t in toks}
    out: list[Place] = []
    # One byte per character marks text already claimed by a place (linear, not n²).
    taken = bytearray(len(text) + 1)

    def free(s: int, e: int) -> bool:
        return not any(taken[s:e])

    def add(s: int, e: int, kind: str, value: str) -> None:
        if e > s and free(s, e):
            out.append(Place(s, e, kind, value, text[s:e]))
            taken[s:e] = b"\x01" * (e - s)

    def drop_inside(s: int, e: int) -> None:
        if free(s, e):
            return  # nothing claimed there: skip the scan
        for r in [p for p in out if p.start >= s and p.end <= e]:
            out.remove(r)
            taken[r.start : r.end] = bytes(r.end - r.start)

    # 1. Gazetteer forms ending in a suffix character, longest first, at token starts.
    cands: list[tuple[int, int, str, str]] = []
    for p, ch in enumerate(text):
        if ch not in _SUFFIX_CHARS:
            continue
        for k in range(min(gz.max_len, p + 1), 1, -1):
            s = p - k + 1
            form = text[s : p + 1]
            if s not in starts and not (s > 0 and text[s - 1] in _SUFFIX_CHARS):
                continue
            if form in gz.municipalities:
                cands.append((s, p + 1, "municipality", gz.municipalities[form]))
                break
            if ch in "都道府県" and form in gz.prefectures:
                cands.append((s, p + 1, "prefecture", gz.prefectures[form]))
                break
    # A prefecture and municipality written together make one municipality value.
    cands.sort(key=lambda c: (c[0], -(c[1] - c[0])))
    for s, e, kind, value in cands:
        add(s, e, kind, value)

    n = len(toks)
    i = 0
    while i < n:
        t = toks[i]
        s, e = t.idx, t.idx + len(t.text)
        # 2. Stations: 「石神井公園駅」 as one token, or a proper chain + 駅/駅前/駅北口.
        if t.text.endswith("駅") and len(t.text) > 1 and t.text not in _NOT_STATION and (
            is_proper(t) or t.text[:-1] not in _NOT_STATION
        ):
            add(s, e, "station", t.text)
            i += 1
            continue
        if t.text.startswith("駅") and i > 0:
            j = i
            while j > 0 and i - j < 3:
                prev = toks[j - 1]
                if (
                    prev.tag_.startswith("名詞")
                    and prev.text not in _NOT_STATION
                    and not prev.tag_.startswith("名詞-数詞")
                    and "人名" not in prev.tag_
                ):
                    j -= 1
                else:
                    break
            if j < i and any(is_proper(x) or is_place_tag(x) for x in toks[j:i]):
                ss = toks[j].idx
                name = text[ss:s]
                drop_inside(ss, s)
                add(ss, e, "station", name + "駅")
                i += 1
                continue
        # 3. Lines: 「東横線」, 「JR|鹿児島本線」, 「地下鉄|東西線」.
        if t.text.endswith("線") and len(t.text) > 1 and is_proper(t):
            ss = s
            if i > 0 and toks[i - 1].text in _LINE_PREFIXES:
                ss = toks[i - 1].idx
            add(ss, e, "line", text[ss:e])
            i += 1
            continue
        # 4. Place-tagged tokens: municipality stems, prefectures, neighbourhoods. A token
        #    tagged as a person's name counts when the dictionary also knows it as a
        #    place and a place particle follows (「梅田のオフィス」, 「小倉に住んどる」).
        ambiguous = (
            ("人名" in t.tag_ or (
                t.tag_.startswith("名詞-普通名詞") and re.fullmatch(r"[\u4e00-\u9fff]{2,4}", t.text)
            ))
            and i + 1 < n
            and toks[i + 1].text in _PLACE_CONTEXT
            and not (i > 0 and toks[i - 1].text in ("は", "が") and toks[i + 1].text == "の")
            and has_place_reading(t.text)
        )
        if (is_place_tag(t) or ambiguous) and free(s, e):
            j = i + 1
            while j < n and is_place_tag(toks[j]):
                j += 1
            ee = toks[j - 1].idx + len(toks[j - 1].text)
            form = text[s:ee]
            if form in gz.prefectures and form != "京都":
                add(s, ee, "prefecture", gz.prefectures[form])
            elif form in gz.stems:
                add(s, ee, "municipality", gz.stems[form])
            else:
                add(s, ee, "neighbourhood", form)
            i = j
            continue
        # 5. Facilities: proper nouns with a facility suffix, or any proper noun chain
        #    ending in one (「新千歳空港」, 「東京ドーム」, 「大通公園」).
        if t.tag_.startswith("名詞") and t.text.endswith(_FACILITY_SUFFIXES) and (
            is_proper(t) or (i > 0 and (is_proper(toks[i - 1]) or is_place_tag(toks[i - 1])))
        ):
            ss = s
            if not is_proper(t) and i > 0:
                ss = toks[i - 1].idx
                drop_inside(ss, e)
            add(ss, e, "facility", text[ss:e])
        i += 1
    out.sort(key=lambda p: p.start)
    return out
