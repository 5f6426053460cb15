"""Name-like noun chains: what the learned layer needs before it may add school or workplace.

TAXONOMY ties both categories to a *named* thing: 「学校だるい」 and 「仕事疲れた」 name no
school and no workplace. The rule recognisers find names precisely but narrowly (an
organisation suffix after a proper noun, a school suffix after a name …); the learned
layer is allowed to add a category the rules missed, so its precondition must be wider
than the rules, yet never satisfied by generic words alone.

A *name-like chain* is a run of noun tokens (prefixes and noun suffixes included, ``・``
and spaces between Latin words allowed, no numerals) of two or more tokens that holds
evidence of a name: a proper noun (Sudachi tags surnames and places inside shop names
too: 「河内|精密」, 「甲斐|急便」), a Latin word (「HAIR ATELIER」), a hiragana word
(「デイサービス|あおぞら|館」), or three or more nouns (「ホワイト|リッジ|スキー場」). A chain
that is only a person's name or only a place is not a name of an organisation (a place is
a *located* candidate when a sentence talks about work, see ``workplace.py``).

Misfires: generic compounds with a katakana or hiragana word (「スポーツ|クラブ|ジム」 is
three nouns) count as names; they only open the door for the classifier.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from auditor.cues.base import Analysis

#: Characters inside names that Sudachi reads as symbols or particles.
_JOINERS = frozenset(["・", "乃", "ノ", "ヶ", "ケ", "&", "＆"])
_LATIN = re.compile(r"[A-Za-z][A-Za-z&'.\-]*")
_HIRAGANA = re.compile(r"[ぁ-ん]{2,}")
_KATAKANA = re.compile(r"[ァ-ヶー]{2,}")
#: E-mail addresses, URLs and handles: their Latin pieces are not names of places.
_ADDRESSY = re.compile(r"[\w.+\-]+@[\w.\-]+|https?://\S+|@\w+|\w+\.(?:com|jp|net|org)\S*")
#: A place and a word that only locates it: 「新潟|駅前」, 「渋谷|東口」.
_PLACE_TAIL = re.compile(r"^(?:駅前|駅|前|周辺|付近|近く|方面|[東西南北]?口|線|エリア|出張|旅行|在住|住み|民|市民|出身)?$")
#: Kana words that are function words or generic, not parts of a name.
_NOT_NAME_KANA = frozenset(["うち", "こと", "もの", "ところ", "とこ", "ため", "みんな", "あと", "まえ",
                            "いま", "きょう", "あした", "おかげ", "まわり", "ほう", "ぜんぶ"])
#: Heads that name a school (for the school candidates).
SCHOOL_HEAD = re.compile(
    r"(?:学校|中学|高校|大学院?|大院|高専|学院|学園|幼稚園|保育園|こども園|短大|商業|工業|農業|学芸|"
    r"[小中高大])$"
)
#: Heads that also end generic kinds (「看護|学校」, 「今週|中」): these need a name in front.
_WEAK_HEAD = re.compile(r"(?:学校|[小中高大])$")
#: Modifiers that make no school name (「県立|高校」, 「地元|の|中学」 stops at の anyway).
_GENERIC_SCHOOL_MOD = re.compile(
    r"^(?:私立|公立|国立|県立|市立|区立|都立|府立|道立|町立|地元|近所|近く|名門|有名|母校|同じ|別|他|"
    r"志望|第一志望|某|女子|男子|共学|全日制|定時制|通信制|夜間|附属|付属|新設|進学|底辺|普通)+$"
)


def _nounish(t: Token) -> bool:
    tag = t.tag_
    # Numerals and time words (「明日|小|テスト」) are never inside a name.
    if tag.startswith(("名詞-数詞", "代名詞")) or "副詞可能" in tag or t.text in (
            "の", "さん", "くん", "ちゃん", "様"):
        return False
    return tag.startswith(("名詞", "接頭辞", "接尾辞-名詞的")) or bool(_LATIN.fullmatch(t.text))


def _evidence(chain: list[Token], joined: bool) -> bool:
    """A proper noun, a Latin word, a joiner inside (「峰乃白梅酒造」), a hiragana word
    next to kanji or katakana (「あおぞら|館」), or three nouns with a katakana one."""
    if joined:
        return True
    kana_only = all(_HIRAGANA.fullmatch(t.text) for t in chain)
    for t in chain:
        if "固有名詞" in t.tag_ or _LATIN.fullmatch(t.text):
            return True
        if _HIRAGANA.fullmatch(t.text) and t.text not in _NOT_NAME_KANA and not kana_only \
                and t.tag_.startswith("名詞"):
            return True
    return len(chain) >= 3 and any(_KATAKANA.fullmatch(t.text) for t in chain)


def _chains(a: Analysis) -> list[tuple[list[Token], bool]]:
    """Maximal runs of noun tokens (joined across ``・``, 「乃」 … and spaces between Latin
    words), each with whether a joiner was inside."""
    out: list[tuple[list[Token], bool]] = []
    cur: list[Token] = []
    joined = False
    toks = [t for t in a.tokens if not t.is_space]
    for i, t in enumerate(toks):
        if _nounish(t):
            if cur:
                prev = cur[-1]
                gap = a.text[prev.idx + len(prev.text) : t.idx]
                glued = gap in ("",) or gap in _JOINERS or (gap.strip() == "" and (
                    _LATIN.fullmatch(prev.text) or _LATIN.fullmatch(t.text)))
                if not glued:
                    out.append((cur, joined))
                    cur, joined = [], False
            cur.append(t)
            continue
        if t.text in _JOINERS and cur and i + 1 < len(toks) and _nounish(toks[i + 1]):
            # 「峰乃白梅酒造」, 「ホテル・ラ・メール」: inside a name; a ・ between kanji words
            # lists things (「火・木」, 「数学・物理」).
            joined = joined or t.text != "・" or any(
                _KATAKANA.fullmatch(x.text) or _LATIN.fullmatch(x.text) for x in (cur[-1], toks[i + 1]))
            continue
        if cur:
            out.append((cur, joined))
            cur, joined = [], False
    if cur:
        out.append((cur, joined))
    return out


def named_chains(a: Analysis) -> list[tuple[int, int]]:
    """Spans of name-like noun chains in ``a`` (memoised on the analysis)."""
    if a.doc is None:
        return []
    if "named_chains" in a.memo:
        return list(a.memo["named_chains"])  # type: ignore[call-overload]
    spans: list[tuple[int, int]] = []
    addressy = [m.span() for m in _ADDRESSY.finditer(a.text)]
    for chain, joined in _chains(a):
        # One token can be a whole name: a brand or organisation (「北都バス」, 「スタバ」).
        brand = len(chain) == 1 and "固有名詞" in chain[0].tag_ and not re.search(
            "人名|地名", chain[0].tag_) and len(chain[0].text) >= 2
        if not brand and (len(chain) < 2 or not _evidence(chain, joined)):
            continue
        if all("人名" in t.tag_ for t in chain) or all("地名" in t.tag_ for t in chain):
            continue  # a person's name, or a place alone
        s, e = chain[0].idx, chain[-1].idx + len(chain[-1].text)
        if any(x < e and s < y for x, y in addressy):
            continue  # a piece of an e-mail address or a URL
        if any(p.start <= s and _PLACE_TAIL.match(a.text[p.end : e]) for p in a.places_in(s, s + 1)):
            continue  # a place, located more finely (「新潟駅前」, 「宇都宮線」)
        spans.append((s, e))
    a.memo["named_chains"] = spans
    return list(spans)


def school_like(a: Analysis, start: int, end: int) -> bool:
    """A noun chain that reads as a school's name: a school head after a non-generic part."""
    name = a.text[start:end]
    m = SCHOOL_HEAD.search(name)
    return bool(m and m.start() > 0 and not _GENERIC_SCHOOL_MOD.match(name[: m.start()]))


def school_chains(a: Analysis) -> list[tuple[int, int]]:
    """Noun chains ending in a school head (「浜風|商業」, 「大和|学芸|大院」), any evidence."""
    if a.doc is None:
        return []
    out = []
    for chain, joined in _chains(a):
        # The name can be the start of a longer chain: 「曳馬|台中|サッカー|部」.
        for k in range(2, len(chain) + 1):
            head = chain[:k]
            s, e = head[0].idx, head[-1].idx + len(head[-1].text)
            # 小中高大 also end 「今週中」, 「最大」, and 学校 ends 「看護学校」: these need a name.
            weak = bool(_WEAK_HEAD.search(a.text[s:e]))
            if school_like(a, s, e) and (not weak or _evidence(head, joined)):
                out.append((s, e))
                break
    return out
