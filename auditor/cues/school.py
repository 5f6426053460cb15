"""Named schools and classes of the author or their family (school).

A school name is a chain of nouns ending in a school suffix, read on Sudachi tokens:
full suffixes (小学校, 中学校, 高校, 高等学校, 大学, 高専, 学院, 学園, 幼稚園, 保育園,
短大, 専門学校 …) or the short ones 小/中/高/大 right after a proper noun or place
(「緑ヶ丘|中」, 「京葉|大」, 「ひばりが丘|小」, 「明星学院|高」). A bare 「学校」, 「高校」 or
「うちの高校」 is not a named school. Grade and class: 「2年3組」, 「3年B組」.

Someone else's school: sports results and news (「翠嶺学園が逆転サヨナラ」, 「箱根駅伝、
青葉台大学の選手」, 「附属中の入試倍率」) unless the author ties themselves to it
(「陸上部でマネやってます」, 「うちの」, 「通って」, 「N年」, 「制服」 …).

A teacher or staff member at a named school also reveals a workplace (TAXONOMY note).

kind/value: ``school`` (the name as written), ``grade`` ("2年3組", "2年", "2回生").

Misfires: a school named as a landmark (「〇〇高校の前の道」); a university's hospital.
"""

from __future__ import annotations

import re

from auditor.cues.attribution import HEDGE, SELF_TOO, THIRD_PARTY
from auditor.cues.base import Analysis, Hit, Recogniser, is_place_tag, is_proper
from auditor.cues.candidates import school_chains
from auditor.cues.workplace import KIN_WORK

_FULL = (
    "小学校", "中学校", "中学", "高等学校", "高校", "大学院", "大学", "高専", "女学院", "学院",
    "学園", "幼稚園", "保育園", "こども園", "短大", "専門学校", "医大", "女子大", "工大", "外大",
    "芸大", "美大", "教育大", "附属中", "附属小", "附属高", "支援学校", "養護学校", "中等教育学校",
    "女子高", "商大", "農大", "音大", "体大", "歯大", "薬大", "工業高", "商業高", "農業高", "女子短大",
    "医科大", "看護学校", "看護大", "医療大", "福祉大", "教育学院",
)
#: A relative or the author right before a short name: 「娘の湾岸|高」, 「息子のなぎさ|中」.
_KIN_BEFORE = re.compile(r"(?:娘|息子|長男|長女|次男|次女|三男|三女|弟|妹|兄|姉|孫|うち|私|僕|俺|自分)(?:の|が|は)\s?$")
#: The author's relative (not someone's 息子さん) and someone else's (「先輩の弟」).
_OWN_KIN = re.compile(r"(?:息子|娘|長男|長女|次男|次女|孫|弟|妹)(?!さん|ちゃん)|(?:兄|姉)(?!さん)")
#: A school in a story: 「ドラマの3年A組、最終回」, 「ホリミヤの片桐高校、実在しない」.
_FICTION = re.compile(r"漫画|マンガ|アニメ|ドラマ|映画|小説|主人公|ゲーム|原作|作中|劇中|聖地巡礼|"
                      r"実在しない|実在する|最終回|キャラ|モデルになった|モデルある")
_OWN_IN_SENT = re.compile(r"うち|私|僕|俺|自分|わたし|あたし|母校|息子|娘|長男|長女|次男|次女")
_OTHERS_KIN = re.compile(rf"(?:{THIRD_PARTY.pattern})の(?:息子|娘|長男|長女|次男|次女|孫|弟|妹|兄|姉)")
_SHORT = ("小", "中", "高", "大", "女子")
_PARTICLES = frozenset(
    [
    "の", "が", "は", "を", "に", "で", "も", "へ", "や", "と", "、", "「", "」", "(", ")",
    "#", "から",
    ]
)
_NOT_NAME = frozenset(
    [
        "うち", "この", "その", "あの", "どこ", "どの", "近く", "近所", "地元", "母校", "名門",
        "私立", "公立", "国立", "県立", "市立", "区立", "都立", "府立", "道立", "町立", "同じ",
        "別", "他", "志望", "第一志望", "某", "有名", "大", "小", "中", "高", "同", "各", "全",
    ]
)


_KANA_NOT_NAME = frozenset(["ちゃんと", "やっと", "ずっと", "いつも", "もうすぐ", "まだまだ", "そろそろ",
                            "ようやく", "いよいよ", "たまたま", "たぶん", "きっと", "すでに", "ついに"])


class SchoolRecogniser(Recogniser):
    CATEGORY = "school"
    NEEDS_TOKENS = True
    GRADE_CLASS = re.compile(r"(?<!\d)([1-9])\s?年\s?([1-9A-Za-z]|[一二三四五六七八九十])\s?組")
    GRADE_NEAR = re.compile(r"^(?:の)?\s?(?:([1-9])\s?(?:年生?|回生)|(?:[1-9])\s?年\s?\w組)")
    #: Sports results, exams and news about a school: not the author's own.
    NEWS = re.compile(
        r"選手|甲子園|駅伝|決勝|優勝|勝った|逆転|サヨナラ|試合|回裏|入試|倍率|志望|ニュース|噂|"
        r"ランキング|偏差値|不祥事|報道|出身の(?:芸能人|俳優|選手)"
    )
    #: The author (or family) belongs to it.
    OWN = re.compile(
        r"うち|私|僕|俺|自分|通[うっいわ]|入学|合格|卒業|出身|在学|生です|[1-9]年|回生|学部|学科|"
        r"部で|部の|制服|担任|教員|先生|勤め|働|文化祭|学食|授業|限|実習|課題|運動会|参観|"
        r"発表会|入学式|卒研|ゼミ|マネ|吹部|部活|OB|OG|母校|卒業生|同窓会|同期|卒アル|PTA|保護者|部[、!!]|"
        r"研究室|配属|事務|職員|やってます|してます|"
        r"(?:息子|娘|長男|長女|次男|次女|弟|妹|兄|姉|孫)(?!さん|ちゃん)"
    )
    #: School life right after a short name (「名島台小、今日は参観日」 is caught by the
    #: post, 「竹宮中で生徒会長」, 「若竹小のPTA」, 「西中剣道部」 by these words).
    LIFE_AFTER = re.compile(
        r"^[^。!?\n]{0,10}?(?:部|PTA|クラス|参観|運動会|文化祭|卒アル|卒業|入学|合格|担任|先生|"
        r"生徒|保健室|図書室|校庭|校舎|体育館|ゼミ|OB|OG|制服|年生|\d年|入試|受験|定演|遠征|"
        r"大会|連絡網|学年|給食|の子|に通|通い|同期|卒|の校長|の教頭|生活|まで(?:自転車|チャリ|歩|徒歩|\d)|"
        r"のゼミ|の連れ|の仲間)"
    )
    #: 「2-4の打ち上げ」, 「3-2の担任」: grade-class written with a hyphen, with class words.
    HYPHEN_CLASS = re.compile(
        r"(?<![\d\-])([1-6])-([1-9A-Ha-h])(?![\d\-])(?=\s?(?:の(?:担任|みんな|打ち上げ|クラス|"
        r"グループ|教室|皆)|組|ﾌｫｰｴﾊﾞｰ|フォーエバー|の?みんな))"
    )
    SUFFIX_IN_TEXT = re.compile(r"小学校|中学校|高等学校|高校|大学|高専|幼稚園|保育園|専門学校")
    BRACKETED = re.compile(
        r"(?:小学校|中学校?|高校|大学|学校|幼稚園|保育園|うち)\s?[((]"
        r"([^()()、。]{1,12}(?:小|中|高|大|学校|学院|学園|幼稚園|保育園))[))]|"
        # 「ウチの高校(金沢泉丘)」, 「弟の高校(広島城北)」: a name without its suffix, in brackets
        # right after the kind of school.
        r"(?:の)(?:小学校|中学校?|高校|大学|幼稚園|保育園)\s?[((]([\u4e00-\u9fffァ-ヶー]{2,8})[))]"
    )
    #: Staff words that tie the author to the school wherever they stand in the post.
    STRONG_STAFF = re.compile(r"引率|顧問を|の顧問|担任を|赴任|着任|で教えて|教員です|教師です")
    STAFF = re.compile(
        r"教員|教師|教諭|講師|教授|准教授|職員|事務員|司書|養護|校長|教頭|教えて|勤め|勤務|働[いき]|寮監|"
        r"赴任|着任|異動|担任(?:を|は|として|持)|の先生(?:して|です|を)|保健室|顧問|保育士|用務員|引率|ALT|"
        # 「〇〇高校で国語の非常勤やってます」, 「〇〇大学の事務やってます」, 「先生しちょん」.
        r"非常勤|常勤|事務(?:を|員|職|の仕事|やって|して)|給食室|"
        r"先生(?:\d+年目|やって|しちょ|しと|しよ|して)"
    )

    def analyze(self, a: Analysis) -> list[Hit]:
        assert a.doc is not None
        text = a.text
        toks = a.tokens
        names: list[tuple[int, int]] = []
        for i, t in enumerate(toks):
            # 「理科大」, 「京大」: a proper noun ending in 大 is a university.
            full = (t.text.endswith(_FULL) and t.text not in _FULL) or (
                is_proper(t) and len(t.text) >= 2 and t.text.endswith("大")
            )
            chain = self._chain(toks, i)
            # 「熊本|中央|看護|学校」: 学校 after a multi-word name with a place or proper noun.
            if t.text == "学校" and len(chain) >= 2 and any(is_proper(c) or is_place_tag(c) for c in chain):
                names.append((chain[0].idx, t.idx + len(t.text)))
                continue
            if not (t.text in _FULL or t.text in _SHORT or full):
                continue
            if t.text in _SHORT and not self._short_ok(toks, i, chain) and not (
                chain and self._name_like(chain) and self.LIFE_AFTER.match(
                    text[t.idx + len(t.text) : t.idx + len(t.text) + 16])
            ):
                continue
            if not chain and not full:
                continue
            s = chain[0].idx if chain else t.idx
            names.append((s, t.idx + len(t.text)))
        # 「翔陽工業の2年」: a vocational school's short name and a grade.
        for m in re.finditer(r"([\u4e00-\u9fffァ-ヶー]{1,6}(?:工業|商業|農業|学園|学院|高専))(?=の?\s?(?:[1-5]年|"
                             r"文化祭|体育祭|学園祭|部|生徒|先生|制服|卒業|入学|OB|OG))", text):
            if not any(s <= m.start() < e for s, e in names):
                names.append((m.start(), m.end()))
        # 「北高2年」, 「西高祭」: a one-kanji name + 高/中/小 + grade or festival.
        for m in re.finditer(r"([\u4e00-\u9fff]{1,3}(?:高|中|小))(?=\s?[1-9]年|祭|生\b)", text):
            if m.group(1) not in _NOT_NAME and not any(s <= m.start() < e for s, e in names):
                names.append((m.start(), m.end()))

        # Sudachi sometimes swallows the suffix's first character (「天王|寺中|学校」): find the
        # suffix in the text and build the chain from the token that holds its start.
        starts = {t.idx: k for k, t in enumerate(toks)}
        for m in self.SUFFIX_IN_TEXT.finditer(text):
            if m.start() in starts or any(s <= m.start() < e for s, e in names):
                continue
            k = next((k for k, t in enumerate(toks) if t.idx < m.start() < t.idx + len(t.text)),
                     None)
            if k is None:
                continue
            chain = [*self._chain(toks, k), toks[k]]
            if any(is_proper(c) or is_place_tag(c) for c in chain):
                names.append((chain[0].idx, m.end()))
        # 「みどり|台中|の吹奏楽部」: a short suffix inside a token (here Taichung, 台中),
        # accepted when the chain reads as a name and school life follows.
        for m in re.finditer(r"(?<=[\u4e00-\u9fffぁ-んァ-ヶー々])[中小高](?=の|[^\s]{0,3}部)", text):
            if m.start() in starts or any(s <= m.start() < e for s, e in names):
                continue
            k = next((k for k, t in enumerate(toks) if t.idx < m.start() < t.idx + len(t.text)),
                     None)
            if k is None or not self.LIFE_AFTER.match(text[m.end() : m.end() + 16]):
                continue
            chain = [*self._chain(toks, k), toks[k]]
            if self._name_like(chain):
                names.append((chain[0].idx, m.end()))
        # 「娘の小学校(みどり野小)」, 「うち(東都理科大)」: the name in brackets.
        for m in self.BRACKETED.finditer(text):
            g = 1 if m.group(1) else 2
            if g == 2 and re.fullmatch(r"[県市区町村都道府]立|私立|公立|国立|共学|男子校|女子校|"
                                       r"通信制?|定時制|全日制|単位制|第[一二三1-3]志望", m.group(2)):
                continue
            if not any(s <= m.start(g) < e for s, e in names):
                names.append((m.start(g), m.end(g)))

        hits: list[Hit] = []
        own_post = bool(self.OWN.search(text))
        # Chains that read as a school's name (「浜風|商業」) are candidates for the learned
        # layer even when the rules do not take them; so is every name found below.
        for s, e in school_chains(a):
            a.candidate("school", s, e)
        for s, e in names:
            # Every school name is a candidate for the learned layer (TAXONOMY wants a named
            # school); the rejections below are recorded as suppressions.
            a.candidate("school", s, e)
            a.candidate("workplace", s, e)  # a named institution: staff work there
            sent = a.sentence_text(s)
            if self.NEWS.search(text) and not self.OWN.search(sent):
                # Sports results, exams, news about a school; recorded when nothing in the
                # post ties the author to a school (「息子が3番で出る」, 「図書室で司書」 do).
                if not (self.OWN.search(text) or self.STAFF.search(text)):
                    a.suppress("school", "news")
                continue
            # Someone else's school (「知り合いの息子さんが〇〇大の医学部らしい」) unless the author
            # puts themselves in the sentence.
            ss = a.sentence_at(s)[0]
            # 「明峰大の先輩たち」: the senior is at the author's school, not the other way round.
            third = [m for m in THIRD_PARTY.finditer(sent)
                     if not re.fullmatch(r"の\s?", text[e : ss + m.start()])]
            # A school in a story: 「漫画の主人公が「ぽかぽか保育園」の保育士で」.
            if re.search(r"漫画|アニメ|ドラマ|映画|小説|主人公|ゲーム", text[ss:s]) or (
                    _FICTION.search(sent) and not _OWN_IN_SENT.search(sent)):
                a.suppress("school", "third_party")
                continue
            # 「先輩の弟が〇〇大に」: a relative of someone else is not the author's; the
            # author's relative may be named in the sentence before (「中1の娘の自由研究。
            # 〇〇中の先生に褒められたらしい」).
            others_kin = _OTHERS_KIN.search(sent)
            own_kin = _OWN_KIN.search(text) and not _OTHERS_KIN.search(text)
            if (third or HEDGE.search(sent)) and (others_kin or not (own_kin or re.search(
                r"うち|私|僕|俺|自分|母校|同窓会|OB|OG|卒業|出身|(?:高校|中学|大学|小学校)(?:は|って)",
                sent,
            ))):
                a.suppress("school", "third_party" if THIRD_PARTY.search(sent) else "hearsay")
                continue
            name = text[s:e]
            if KIN_WORK.search(text[a.sentence_at(s)[0] : s]) and self.STAFF.search(sent):
                if not SELF_TOO.search(sent):
                    a.suppress("school", "kin")
                    a.suppress("workplace", "kin")
                continue  # a relative's workplace (family, not school)
            hits.append(self.hit(s, e, "school", name, "学校名", "a named school", 0.7))
            g = self.GRADE_NEAR.match(text[e : e + 8])
            if g:
                hits.append(self.hit(e, e + g.end(), "grade", g.group(0).lstrip("の "), "学年",
                                     "grade or class", 0.4))
            # 「息子の「〇〇小」、今年の担任は…」: the child's school; the staff words are the teacher's.
            kin_school = re.search(r"(?:息子|娘|長男|長女|次男|次女|三男|三女|うちの子|子ども|子供|孫|弟|妹)"
                                   r"(?:の|が|は|、)", text[ss:s])
            if (self.STAFF.search(sent) or self.STRONG_STAFF.search(text)) and not KIN_WORK.search(
                text[ss:s]
            ) and not kin_school:
                hits.append(self.hit(s, e, "org", name, "勤務先の学校",
                                     "the school the author works at", 0.7,
                                     category="workplace"))
        for m in self.HYPHEN_CLASS.finditer(text):
            a.candidate("school", m.start(), m.end())
            if HEDGE.search(a.sentence_text(m.start())):
                a.suppress("school", "hearsay")
            else:
                hits.append(self.hit(m.start(), m.end(), "grade", f"{m.group(1)}年{m.group(2)}組",
                                     "学年とクラス", "grade and class", 0.5))
        for m in self.GRADE_CLASS.finditer(text):
            sent = a.sentence_text(m.start())
            a.candidate("school", m.start(), m.end())
            if HEDGE.search(sent) and not own_post:
                a.suppress("school", "hearsay")
                continue
            if _FICTION.search(sent) and not _OWN_IN_SENT.search(sent):
                a.suppress("school", "third_party")
                continue
            hits.append(self.hit(m.start(), m.end(), "grade", m.group(0), "学年とクラス",
                                 "grade and class", 0.5))
        return hits

    @staticmethod
    def _chain(toks: list, i: int) -> list:
        """The noun chain that names the school before token ``i`` (at most 4 tokens)."""
        j = i
        while j > 0 and i - j < 4:
            p = toks[j - 1]
            if p.text in _NOT_NAME or p.text in _PARTICLES:
                # 「みな|と|中学校」: と inside a hiragana name, not the particle.
                if not (p.text == "と" and j >= 2 and re.fullmatch(r"[ぁ-ん]+", toks[j - 2].text)
                        and j == i):
                    break
            elif not (p.tag_.startswith(("名詞", "接頭辞", "接尾辞")) or p.text in ("ヶ", "ケ") or (
                    # 「ことり|保育園」: a kana name Sudachi reads as an adverb, right before a full suffix
                    j == i and toks[i].text in _FULL and re.fullmatch(r"[ぁ-ん]{3,}", p.text)
                    and p.text not in _KANA_NOT_NAME)):
                break
            j -= 1
        # 「うち|ら|緑ヶ丘|中」: a chain never starts with a suffix such as ら.
        while j < i and toks[j].tag_.startswith("接尾辞"):
            j += 1
        return toks[j:i]

    @staticmethod
    def _name_like(chain: list) -> bool:
        """A chain that reads as a name: 〜ヶ丘, 〜台, 〜野, kana, or two or more kanji."""
        name = "".join(c.text for c in chain)
        if name in _NOT_NAME or any(c.tag_.startswith(("名詞-数詞", "代名詞")) for c in chain):
            return False
        return bool(re.search(r"[ヶケ]|[台丘野浜谷山川原田島森]$|^[東西南北]$", name) or (
            len(name) >= 2 and re.fullmatch(r"[\u4e00-\u9fffぁ-んァ-ヶー々]+", name)
        ))

    @staticmethod
    def _short_ok(toks: list, i: int, chain: list) -> bool:
        """小/中/高/大 name a school only after a name, not as 〜中 (during) or 最大."""
        if not chain:
            return False
        nxt = toks[i + 1].text if i + 1 < len(toks) else ""
        before = i - len(chain)
        prev_prefix = "".join(t.text for t in toks[max(0, before - 3) : before])
        named = any(is_proper(c) or is_place_tag(c) for c in chain) or chain[-1].text.endswith(
            ("学院", "学園", "女子", "工業", "商業", "農業", "学芸")
        ) or prev_prefix.endswith(("立", "通う", "通ってる", "通っている")) or (
            bool(_KIN_BEFORE.search(prev_prefix)) and len("".join(c.text for c in chain)) >= 2
            and not any(c.text in _NOT_NAME for c in chain)
        )
        context = re.match(r"^(?:に通|の\d|\d|生|の制服|の生徒|の入学|吹部|部|の先生|祭)", "".join(
            x.text for x in toks[i + 1 : i + 4]
        ))
        if not (named or context):
            return False
        if toks[i].whitespace_:
            return True
        # 〜中 followed by another kanji noun is usually "during" (移動中断) — allow 部/生.
        return not (re.match(r"^[\u4e00-\u9fff]", nxt) and not re.match(r"^(?:部|生|祭|学部)", nxt)
                    and not nxt.endswith("部"))
