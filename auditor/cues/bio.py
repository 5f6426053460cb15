"""Self-descriptions written as lists: profile bios and bio-like posts (home, identity).

「札幌｜看護師｜2児ママ」, 「日本語教師 / 松山 / 温泉」, 「#札幌ママ #子育て」: a list of short
segments that describe the author. In such a list a segment that is *only* a place
(a municipality, prefecture, neighbourhood or station, or 「A→B」 whose last place is where
they are now, 「今は〇〇」) is where the author lives, and a segment that is only a number
is the author's age. A place glued to a resident word in a hashtag (「#札幌ママ」,
「#広島市民」, 「#港北区在住」) or a hashtag that is a full municipality name (「#横浜市港北区」)
says the same.

Not home: a travel tag (「#京都旅行」), a venue (「#大阪城ホール」), a hometown marked as
past (「出身」, 「元〜」), a single segment (an ordinary sentence).

Misfires: a list of favourite places (「京都｜奈良｜金沢 が好き」) reads as home.
"""

from __future__ import annotations

import re

from auditor.cues.base import Analysis, Hit, Recogniser
from auditor.cues.places import Place

#: Segment separators in a bio: full/half-width bars, slashes, middle dots between spaces.
_SEP = re.compile(r"\s*(?:[｜|/／]|\s・\s|\n)\s*")
_RESIDENT_TAG = re.compile(r"^(?:ママ|パパ|民|市民|区民|県民|町民|村民|在住|暮らし|住み|子育て|主婦|育児)")
_DECOR = re.compile(r"[\s\W_]+$|^[\s\W_]+")
_PAST = re.compile(r"出身|元|生まれ|育ち|旅行|観光|遠征|参戦|ライブ|出張")
_HOME_KINDS = ("municipality", "prefecture", "neighbourhood", "station")


def bio_segments(text: str) -> list[tuple[int, int]]:
    """[start, end) of each segment when ``text`` reads as a list (≥ 2 segments)."""
    out: list[tuple[int, int]] = []
    pos = 0
    for m in _SEP.finditer(text):
        if text[pos : m.start()].strip():
            out.append((pos, m.start()))
        pos = m.end()
    if text[pos:].strip():
        out.append((pos, len(text)))
    return out if len(out) >= 2 else []


def _only_place(a: Analysis, s: int, e: int) -> Place | None:
    """The place that makes up the whole segment (decoration and 「今は」 aside)."""
    seg = a.text[s:e]
    core = _DECOR.sub("", seg)
    if not core or _PAST.search(core):
        return None
    cs = s + seg.find(core)
    ce = cs + len(core)
    m = re.match(r"^(?:今は|現在|now)\s?", core)
    if m:
        cs += m.end()
    # 「新潟→東京」: the last place of a move is where they are now.
    arrow = max(a.text.rfind("→", cs, ce), a.text.rfind("->", cs, ce))
    if arrow >= 0:
        cs = arrow + (1 if a.text[arrow] == "→" else 2)
    places = [p for p in a.places_in(cs, ce) if p.kind in _HOME_KINDS]
    if not places:
        return None
    # The places must cover the segment except joiners (「埼玉・川越」, 「京都の西陣あたり」).
    rest = a.text[cs:ce]
    for p in places:
        rest = rest.replace(p.text, "")
    if re.fullmatch(r"[\s・、,の()()]*(?:あたり|辺り|周辺|近辺|在住|市内|エリア)?[\s)]*", rest):
        return places[-1]
    return None


class BioRecogniser(Recogniser):
    CATEGORY = "home"
    NEEDS_TOKENS = True

    def analyze(self, a: Analysis) -> list[Hit]:
        hits: list[Hit] = []
        text = a.text
        for s, e in bio_segments(text):
            p = _only_place(a, s, e)
            if p is not None:
                hits.append(self.hit(p.start, p.end, p.kind, p.value, "プロフィールの居住地",
                                     "where the author says they live", 0.5))
        for m in re.finditer(r"#([^\s#]{2,20})", text):
            tag_s = m.start(1)
            for p in a.places_in(tag_s, tag_s + 1):
                if p.kind not in _HOME_KINDS or p.start != tag_s:
                    continue
                rest = text[p.end : m.end()]
                full = p.kind == "municipality" and p.text.endswith(("市", "区", "町", "村"))
                if _RESIDENT_TAG.match(rest) or (full and not rest):
                    hits.append(self.hit(p.start, p.end, p.kind, p.value, "居住地のハッシュタグ",
                                         "a hashtag naming where the author lives", 0.4))
        return hits
