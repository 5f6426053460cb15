"""Self-descriptions written as lists: profile bios and bio-like posts (home, identity).

「札幌｜看護師｜2児ママ」, 「日本語教師 / 松山 / 温泉」, 「#札幌ママ #子育て」: a list of short
segments that describe the author. In such a list a segment that is *only* a place
(a municipality, prefecture, neighbourhood or station, or 「A→B」 whose last place is where
they are now, 「今は〇〇」) is where the author lives, and a segment that is only a number
is the author's age. A place glued to a resident word in a hashtag (「#札幌ママ」,
「#広島市民」, 「#港北区在住」) says the same.

Not home: a travel tag (「#京都旅行」), a venue (「#大阪城ホール」), a hometown marked as
past (「出身」, 「元〜」), a single segment (an ordinary sentence).

Misfires: a list of favourite places (「京都｜奈良｜金沢 が好き」) reads as home.
"""

from __future__ import annotations

import re

from auditor.cues.base import Analysis, Hit, Recogniser
from auditor.cues.places import Place

#: Segment separators in a bio: full/half-width bars, slashes, middle dots between spaces.
_SEP = re.compile(r"\s*(?:[｜|/／]|\s・\s)\s*")
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
    if len(out) < 2 or sum(e - s for s, e in out) / len(out) > 24:
        return []  # long pieces are sentences, not a list
    return out


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
    if re.fullmatch(r"[\s・、,の()()]*(?:あたり|辺り|周辺|近辺|在住|市内|エリア|転勤組|移住組|暮らし|住み|"
                    r"民|市民|県民|区民)?[\s)]*", rest):
        return places[-1]
    return None


#: 「名前:〇〇」, 「年齢:29」, 「仕事:〇〇で営業」, 「住み:岩手・北上市」: a self-introduction card.
_KEY = re.compile(
    r"(?:^|\n|[🌸⭐️・●■◆▶︎-]\s?)\s?(名前|氏名|本名|年齢|歳|仕事|職業|勤務先|職場|所属|住み|住まい|在住|住所|"
    r"出身|学校|誕生日)[ \t]?[::][ \t]?([^\n]{1,40})"
)
_KEY_CATEGORY = {"名前": "identity", "氏名": "identity", "本名": "identity", "年齢": "identity",
                 "歳": "identity", "仕事": "workplace", "職業": "workplace",
                 "勤務先": "workplace", "職場": "workplace", "所属": "workplace", "住み": "home",
                 "住まい": "home", "在住": "home", "住所": "home", "学校": "school",
                 "誕生日": "identity"}
_ORG_HINT = re.compile(
    r"株式会社|有限会社|\(株\)|銀行|病院|クリニック|薬局|店|支店|営業所|本社|役所|役場|県庁|"
    r"事務所|工房|製作所|商事|建設|物流|印刷|酒造|農園|牧場|ホテル|旅館|salon|cafe|shop|inc|co\.",
    re.IGNORECASE,
)


class BioRecogniser(Recogniser):
    CATEGORY = "home"
    NEEDS_TOKENS = True

    def analyze(self, a: Analysis) -> list[Hit]:
        hits: list[Hit] = []
        text = a.text
        for s, e in bio_segments(text):
            p = _only_place(a, s, e)
            if p is None and _PAST.search(text[s:e]) and a.places_in(s, e):
                a.suppress("home", "past")  # 「大阪出身」, 「#京都旅行」: not where they live
            if p is not None:
                hits.append(self.hit(p.start, p.end, p.kind, p.value, "プロフィールの居住地",
                                     "where the author says they live", 0.5))
        segs = bio_segments(text)
        for k, (s, e) in enumerate(segs):
            seg = text[s:e]
            core = _DECOR.sub("", seg)
            agem = re.fullmatch(r"(\d{2})\s?(?:歳|才|y/?o)?", core)
            if agem:
                a.candidate("identity", s, e)  # a bare number in a bio list may be the age
            # The original segment: NFKC and the emoji mask turn 「20↑」 into 「20 」.
            orig = a.norm.original[slice(*a.norm.span(s, e))]
            if _ORG_HINT.search(core):
                a.candidate("workplace", s, e)  # a segment naming an organisation
            if agem and 10 <= int(agem.group(1)) <= 99 and (len(segs) >= 3 or not core.isdigit()) \
                    and not re.search(r"[↑+〜~↓]|代|以上|over", orig):
                core = agem.group(1)
                cs = s + seg.find(core)
                hits.append(self.hit(cs, cs + 2, "age", core, "プロフィールの年齢",
                                     "the author's age in a profile list", 0.5,
                                     category="identity"))
            elif _ORG_HINT.search(core) and not re.search(
                r"好き|推し|行きたい|巡り|^元|^前職|^昔|普通|当座|記号|振込", core
            ) and not re.search(r"振込|口座|おすすめ", text):
                cs = s + seg.find(core)
                hits.append(self.hit(cs, cs + len(core), "org", core, "プロフィールの勤務先",
                                     "the author's workplace in a profile list", 0.5,
                                     category="workplace"))
            elif k == 0 and re.fullmatch(r"[A-Z][a-z]+ [A-Z][a-z]+|[A-Z]{2,} [A-Z][a-z]+", core):
                hits.append(self.hit(s + seg.find(core), s + seg.find(core) + len(core), "name",
                                     core, "プロフィールの氏名", "the author's name in a profile",
                                     0.6, category="identity"))
        for m in _KEY.finditer(text):
            key, value = m.group(1), m.group(2).strip()
            cat = _KEY_CATEGORY.get(key)
            vs = m.start(2)
            if not cat or not value or re.match(r"^(?:なし|ない|秘密|ひみつ|内緒|-|未定)", value):
                continue
            if key == "名前" and re.search(r"[((]\s?本名", value):
                nm = re.search(r"本名\s?([^))]+)", value)
                if nm:
                    hits.append(self.hit(m.start(2) + nm.start(1), m.start(2) + nm.end(1), "name",
                                         nm.group(1).strip(), "本名", "the author's real name",
                                         0.8, category="identity"))
                continue
            if cat == "identity" and key in ("年齢", "歳"):
                n = re.match(r"(\d{1,3})", value)
                if n:
                    hits.append(self.hit(vs, vs + n.end(), "age", n.group(1), "本人の年齢",
                                         "the author's exact age", 0.6, category="identity"))
                continue
            if cat == "identity" and key == "誕生日":
                continue  # identity.py reads dates
            kind = {"identity": "name", "workplace": "org", "home": "neighbourhood",
                    "school": "school"}[cat]
            if cat in ("workplace", "school", "identity"):
                a.candidate(cat, vs, vs + len(value))  # 「仕事:〇〇で営業」, 「学校:〇〇高」, 「名前:〇〇」
            places = [p for p in a.places_in(vs, vs + len(value)) if p.kind in _HOME_KINDS]
            if cat == "home" and places:
                p = places[-1]
                hits.append(self.hit(p.start, p.end, p.kind, p.value, "自己紹介の居住地",
                                     "where the author lives, from a self-introduction", 0.6))
                continue
            if key == "出身":
                a.suppress("home", "past")
                continue  # a hometown is not home
            hits.append(self.hit(vs, vs + len(value), kind, value, f"自己紹介の{key}",
                                 f"the author's {kind} from a self-introduction", 0.6,
                                 category=cat))
        for m in re.finditer(r"#(?:今は|いまは|現在)?([^\s#]{2,20})", text):
            tag_s = m.start(1)
            for p in a.places_in(tag_s, tag_s + 1):
                if p.kind not in _HOME_KINDS or p.start != tag_s:
                    continue
                rest = text[p.end : m.end()]
                parenting = re.search(r"#(?:子育て|育児|ママ|パパ|.{0,6}在住|.{0,6}暮らし)", text)
                full = p.kind == "municipality" and p.text.endswith(("市", "区", "町", "村"))
                if _RESIDENT_TAG.match(rest) or (full and not rest and parenting):
                    hits.append(self.hit(p.start, p.end, p.kind, p.value, "居住地のハッシュタグ",
                                         "a hashtag naming where the author lives", 0.4))
        return hits
