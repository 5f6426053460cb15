"""English and romaji sentences in Japanese timelines (all categories but contact/ID).

Bilingual accounts write 「Living in Fukuoka」, 「Just landed at 伊丹」, 「my wife and two
kids」. Frames are read in English grammar (first person, present or future), places
from the national gazetteer spelt in Hepburn romaji (built from Sudachi's readings of the
municipality names, so Sapporo → Naha all work) or any capitalised name in the frame.

Not the author's: third persons (「his wife」, 「my friend's kids」), the past («last
year I lived in …»), questions and advice («don't post your hotel room number»).

Misfires: a capitalised word after «in» that is not a place («living in Harmony»).
"""

from __future__ import annotations

import re
from functools import lru_cache

from auditor.cues.base import Analysis, Hit, Recogniser
from auditor.cues.gazetteer import gazetteer

_KANA = {
    "キャ": "kya", "キュ": "kyu", "キョ": "kyo", "シャ": "sha", "シュ": "shu", "ショ": "sho",
    "チャ": "cha", "チュ": "chu", "チョ": "cho", "ニャ": "nya", "ニュ": "nyu", "ニョ": "nyo",
    "ヒャ": "hya", "ヒュ": "hyu", "ヒョ": "hyo", "ミャ": "mya", "ミュ": "myu", "ミョ": "myo",
    "リャ": "rya", "リュ": "ryu", "リョ": "ryo", "ギャ": "gya", "ギュ": "gyu", "ギョ": "gyo",
    "ジャ": "ja", "ジュ": "ju", "ジョ": "jo", "ビャ": "bya", "ビュ": "byu", "ビョ": "byo",
    "ピャ": "pya", "ピュ": "pyu", "ピョ": "pyo",
}
_MONO = dict(zip(
    "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン"
    "ガギグゲゴザジズゼゾダヂヅデドバビブベボパピプペポ",
    ["a", "i", "u", "e", "o", "ka", "ki", "ku", "ke", "ko", "sa", "shi", "su", "se", "so", "ta", "chi", "tsu", "te", "to", "na", "ni", "nu", "ne", "no", "ha", "hi", "fu", "he", "ho", "ma", "mi", "mu", "me", "mo", "ya", "yu", "yo", "ra", "ri", "ru", "re", "ro", "wa", "o", "n", "ga", "gi", "gu", "ge", "go", "za", "ji", "zu", "ze", "zo", "da", "ji", "zu", "de", "do", "ba", "bi", "bu", "be", "bo", "pa", "pi", "pu", "pe", "po"], strict=True,
))


def romaji(kana: str) -> str:
    """Hepburn without macrons, as places are spelt in English (トウキョウ → tokyo)."""
    out: list[str] = []
    i = 0
    while i < len(kana):
        two = kana[i : i + 2]
        if two in _KANA:
            out.append(_KANA[two])
            i += 2
            continue
        ch = kana[i]
        if ch == "ッ" and i + 1 < len(kana):
            nxt = _KANA.get(kana[i + 1 : i + 3]) or _MONO.get(kana[i + 1], "")
            out.append(nxt[:1])
        elif ch == "ー":
            pass
        else:
            out.append(_MONO.get(ch, ""))
        i += 1
    s = "".join(out)
    s = re.sub(r"ou|oo", "o", s)
    s = re.sub(r"uu", "u", s)
    return s


@lru_cache(maxsize=1)
def romaji_places() -> dict[str, str]:
    """Romaji stem → full name, for municipalities and prefectures with a unique reading."""
    from auditor.cues.places import _dictionary

    gz = gazetteer()
    seen: dict[str, list[str]] = {}
    # Designated cities are listed by ward (神戸市北区): add the city itself (神戸 → 神戸市).
    cities = {full.split("市", 1)[0]: full.split("市", 1)[0] + "市"
              for full in gz.municipalities.values() if "市" in full[:-1] and full.endswith("区")}
    names = list(gz.stems.items()) + list(cities.items()) + [
        (k, v) for k, v in gz.prefectures.items() if not k.endswith(("都", "府", "県"))
    ]
    for stem, full in names:
        try:
            ms = _dictionary().lookup(stem)
        except Exception:  # pragma: no cover - dictionary problem
            continue
        for m in ms:
            if m.surface() == stem and m.part_of_speech()[2] == "地名":
                r = romaji(m.reading_form())
                if len(r) >= 3:
                    seen.setdefault(r, []).append(full)
                break
    # One spelling, several places (「Osaka」: 大阪府, 小坂町): the larger unit wins, a city
    # before a prefecture of the same name (「Fukuoka」 is 福岡市 rather than 福岡県).
    def rank(full: str) -> int:
        return {"市": 0, "都": 1, "道": 1, "府": 1, "県": 1, "区": 2}.get(full[-1], 3)

    return {r: min(f, key=rank) for r, f in seen.items()}


_CAP = r"([A-Z][a-z]+(?:[ -][A-Z][a-z]+)?|[\u4e00-\u9fffァ-ヶー]{2,8})"
HOME = re.compile(
    rf"\b(?i:(?:I'm |I am |I've been |we're |we are |we've been )?(?:living|based|settled) in|"
    rf"I live in|we live in|moved (?:here |back )?to|relocated to|home is|my home in|"
    rf"(?:my|our) (?:place|apartment|flat|house|home) (?:is )?(?:in|near))\s{_CAP}",
)
ROMAJI_HOME = re.compile(rf"{_CAP}(?:-shi|-ku|-cho|-machi)?\s(?:zaijuu|zaiju|ni sunde)\b")
HOME_NEAR = re.compile(r"\b(?:from|near|to) (?:my|our) (?:place|apartment|flat|house|home)\b")
WORK = re.compile(
    rf"\b(?i:working|work|I work|employed|interning) (?:at|for|in)\s(?:a |an |the )?"
    rf"(?:small |big |local )?(?:[A-Za-z ]{{0,20}}?(?:company|firm|startup|shop|cafe|hospital|"
    rf"office) )?(?:「|\"|')?{_CAP}|"
    rf"\b(?:I'm|I am)\s(?:a|an|the)\s[a-z]+(?:\s[a-z]+)?\s(?:at|in|for)\s(?:the\s)?{_CAP}|"
    rf"\b{_CAP}\s(?:HQ|office|headquarters)\b|\b(?:lead|engineer|manager|developer|designer|"
    rf"nurse|teacher|postdoc|researcher) at\s(?:the\s)?{_CAP}"
)
WORK_ROLE = re.compile(
    rf"\b(?i:I teach|I work|teacher|nurse|doctor|chef|barista|engineer|staff|clerk|pharmacist|"
    rf"receptionist|manager)\b[^.!?\n]{{0,24}}?\bat\s(?:the\s|a\s|an\s)?"
    rf"(?:[a-z]+\s){{0,2}}?(?:right\s)?(?:by\s|near\s|in\s)?{_CAP}|"
    rf"\b(?i:I run|we run|our (?:little |small |family )?(?:shop|cafe|café|bakery|restaurant|salon|"
    rf"studio|ryokan|inn|guesthouse|farm|brewery))\b[^.!?\n]{{0,40}}?\b(?:in|called|at)\s{_CAP}|"
    rf"\b(?i:take over|took over|inherit(?:ed)?) (?:my |our )?(?:\w+'?s? )?(?:ryokan|shop|farm|"
    rf"cafe|restaurant|business|brewery|inn)\b"
)
SCHOOL = re.compile(
    r"\b([A-Z][a-z]+(?: [A-Z][a-z]+)*? (?:Junior High|Senior High|High School|High|Elementary"
    r"(?: School)?|Kindergarten|University|College|Institute of [A-Z][a-z]+))\b"
)
SCHOOL_OWN = re.compile(r"\b(?:I|my|our|kids?'?|daughter'?s?|son'?s?|teach|student|grad|year|"
                        r"club|homeroom|first day)\b", re.IGNORECASE)
NOW = re.compile(
    rf"\b(?i:just (?:landed|arrived)|landed|arrived|I'm|we're|currently|right now|back)\s(?:at|in)\s"
    rf"{_CAP}|\b(?i:heading|on (?:my|our) way|flying|driving|taking (?:my|our) \w+) to\s{_CAP}|"
    rf"^(?i:at)\s{_CAP}|\b{_CAP}\s(?:now|rn)\b|"
    # 「Coworking at Osaki today」, 「Team lunch at our Roppongi office today!」
    rf"(?<!started )(?<!joined )(?<!enrolled )\b(?i:at|in|from)\s(?:(?i:our|my|the)\s)?{_CAP}[^.!?\n]{{0,30}}?\b(?i:today|tonight|this (?:morning|afternoon|evening))\b",
)
FUTURE = re.compile(
    rf"\b(?:(?i:exploring|visiting|studying abroad in|moving to|going to)\s{_CAP}[^.!?\n]{{0,12}}?"
    rf"\b(?:this weekend|tomorrow|tonight|next \w+|from \w+))|"
    rf"\b(?i:flight|trip|travelling|traveling|off) to\s{_CAP}[^.!?\n]{{0,30}}?"
    rf"\b(?:tomorrow|tonight|next week|this weekend|on \w+day)|"
    rf"\b(?:tomorrow|tonight|next week|this weekend)[^.!?\n]{{0,20}}?\b(?:in|to|at)\s{_CAP}",
)
AWAY = re.compile(r"\b(?:house|home|apartment|flat)\s(?:will be|is)\s(?:empty|unattended)|"
                  r"\bnobody (?:will be )?home\b|\baway (?:until|till) \w+", re.IGNORECASE)
ROUTINE = re.compile(
    r"\b(?:every|each)\s(?:morning|evening|night|day|weekday|weekend|Monday|Tuesday|Wednesday|"
    r"Thursday|Friday|Saturday|Sunday)s?\b|\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*days:?\s|"
    r"\bcommute\b|\busually\b|\balways (?:at|in|take)\b|\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)"
    r"day mornings?\b",
    re.IGNORECASE,
)
FAMILY = re.compile(
    r"\b(?:my|our)\s(?:\w+\s){0,2}?(wife|husband|son|daughter|kids?|children|parents|mum|mom|"
    r"dad|mother|father|sister|brother|twins|grandma|grandpa|grandkids|family)\b|"
    r"\b(Kids|Son|Daughter|Wife|Hubby)\s?\(\d",
    re.IGNORECASE,
)
_ROLE = {"kid": "子ども", "kids": "子ども", "children": "子ども", "twins": "子ども",
         "wife": "妻", "husband": "夫", "hubby": "夫", "son": "息子", "daughter": "娘",
         "parents": "両親", "mum": "母", "mom": "母", "mother": "母", "dad": "父", "father": "父",
         "sister": "姉妹", "brother": "兄弟", "grandma": "祖母", "grandpa": "祖父",
         "grandkids": "孫", "family": "家族"}
_NOT_AUTHOR = re.compile(
    r"\b(?:don't|do not|never|should|tip|if you|his|her|their|friend's|friends'|last (?:year|month|"
    r"week)|used to|ago|was|were|would|wish|someday)\b|\?",
    re.IGNORECASE,
)
_NOT_PLACE = frozenset(["The", "A", "An", "My", "Our", "Japan", "Japanese", "English", "Tokyo Tower"])


class EnglishRecogniser(Recogniser):
    CATEGORY = "home"
    NEEDS_TOKENS = True

    def analyze(self, a: Analysis) -> list[Hit]:
        text = a.text
        if not re.search(r"[A-Za-z]{3,}\s[A-Za-z]{2,}", text):
            return []
        hits: list[Hit] = []
        places = romaji_places()

        def place_of(m: re.Match[str]) -> tuple[int, int, str] | None:
            for g in range(1, (m.lastindex or 0) + 1):
                v = m.group(g)
                if v and v not in _NOT_PLACE:
                    return m.start(g), m.end(g), places.get(v.lower(), v)
            return None

        def clean(pos: int, category: str) -> bool:
            s, e = a.sentence_at(pos)
            sent = text[max(s, pos - 40) : min(e, pos + 60)]
            if _NOT_AUTHOR.search(sent):
                a.suppress(category, "not_own")  # someone else's, the past, advice, a question
                return False
            return True

        for m in HOME.finditer(text):
            p = place_of(m)
            if p and clean(m.start(), "home"):
                hits.append(self.hit(p[0], p[1], "municipality" if p[2] != text[p[0]:p[1]] else
                                     "neighbourhood", p[2], "居住地", "where the author lives", 0.5))
        for m in ROMAJI_HOME.finditer(text):
            p = place_of(m)
            if p:
                hits.append(self.hit(p[0], p[1], "municipality", p[2], "居住地",
                                     "where the author lives", 0.5))
        for m in HOME_NEAR.finditer(text):
            if clean(m.start(), "home"):
                near = [p for p in a.places if p.kind in ("station", "neighbourhood",
                                                          "municipality")]
                s, e = (near[0].start, near[0].end) if near else (m.start(), m.end())
                hits.append(self.hit(s, e, "neighbourhood", near[0].value if near else None,
                                     "自宅の近く", "near the author's home", 0.4))
        for m in WORK.finditer(text):
            p = place_of(m)
            if p:
                a.candidate("workplace", p[0], p[1])
            if p and clean(m.start(), "workplace"):
                hits.append(self.hit(p[0], p[1], "org", text[p[0] : p[1]], "勤務先",
                                     "the author's workplace", 0.6, category="workplace"))
        for m in WORK_ROLE.finditer(text):
            a.candidate("workplace", m.start(), m.end())
            if clean(m.start(), "workplace"):
                p = place_of(m)
                s, e = (p[0], p[1]) if p else (m.start(), m.end())
                hits.append(self.hit(s, e, "org", text[s:e], "勤務先", "the author's workplace",
                                     0.6, category="workplace"))
                break
        for m in SCHOOL.finditer(text):
            a.candidate("school", m.start(1), m.end(1))
            if clean(m.start(), "school") and SCHOOL_OWN.search(text):
                hits.append(self.hit(m.start(1), m.end(1), "school", m.group(1), "学校名",
                                     "a named school", 0.6, category="school"))
                if re.search(r"\b(?i:teach|teacher|staff|nurse|ALT)\b", text):
                    hits.append(self.hit(m.start(1), m.end(1), "org", m.group(1), "勤務先の学校",
                                         "the school the author works at", 0.6,
                                         category="workplace"))
        for m in NOW.finditer(text):
            p = place_of(m)
            if p and clean(m.start(), "whereabouts"):
                hits.append(self.hit(p[0], p[1], "now", p[2], "今いる場所",
                                     "where the author is right now", 0.7, category="whereabouts"))
        for m in FUTURE.finditer(text):
            p = place_of(m)
            if p and clean(m.start(), "whereabouts"):
                hits.append(self.hit(p[0], p[1], "future", p[2], "これから行く場所",
                                     "where the author will be", 0.6, category="whereabouts"))
        for m in AWAY.finditer(text):
            if clean(m.start(), "whereabouts"):
                hits.append(self.hit(m.start(), m.end(), "away", None, "自宅が留守になる",
                                     "the author's home will be empty", 0.8,
                                     category="whereabouts"))
        for m in ROUTINE.finditer(text):
            if clean(m.start(), "routine"):
                hits.append(self.hit(m.start(), m.end(), "recurring", None, "繰り返す行動",
                                     "a recurring activity", 0.3, category="routine"))
                break
        for m in FAMILY.finditer(text):
            word = (m.group(1) or m.group(2)).lower()
            if clean(m.start(), "family") and word in _ROLE:
                hits.append(self.hit(m.start(), m.end(), "member", _ROLE[word], "家族の存在",
                                     "a member of the author's family", 0.3, category="family"))
        return hits
