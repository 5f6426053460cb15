"""The author's own age and birthday (identity).

Age: 「N歳」 counts as the author's when a self frame surrounds it (「N歳になりました」,
「今日でN歳」, 「N歳の誕生日」, 「今年でN歳です」, a sentence that opens with 「N歳、」, a name
followed by 「、N歳」) and nobody else owns it in the words before: a relative (then it is
``family``), a pet, a celebrity or a friend (「推しのバースデー、今日で25歳」, 「うちの犬、
今日で10歳」, 「リオくん23歳」).

Birthday: 「誕生日はM月D日」, 「YYYY年M月D日生まれ」, 「生年月日H12.4.1」, 「(5/5)生まれ」,
「My birthday is 7/22」, unless hearsay or someone else's (「元カレの誕生日(3/8)」).

kind/value: ``age`` ("28"), ``birthday`` ("MM-DD" or "YYYY-MM-DD"), ``birth_year`` ("1996").

Misfires: an unattributed age in a list of people; 「N歳」 of a child mentioned in an
earlier post.
"""

from __future__ import annotations

import re
from typing import ClassVar

from auditor.cues.attribution import HEDGE
from auditor.cues.base import Analysis, Hit, Recogniser
from auditor.cues.family import ROLES

_KIN = "|".join(sorted((re.escape(k) for k in ROLES), key=len, reverse=True))
_ERA = {"H": 1988, "平成": 1988, "S": 1925, "昭和": 1925, "R": 2018, "令和": 2018}


_SELF = re.compile(r"私|僕|俺|自分|わたし|あたし|わし")
_KANJI_DIGIT = {c: i for i, c in enumerate("〇一二三四五六七八九")}


def _number(s: str) -> int:
    """「42」, 「七十五」, 「十八」, 「百二」 → int (the forms ``AGE`` accepts)."""
    if s.isdigit():
        return int(s)
    total, head = 0, s
    if "百" in head:
        h, head = head.split("百", 1)
        total += 100 * (_KANJI_DIGIT.get(h, 1) if h else 1)
    if "十" in head:
        t, head = head.split("十", 1)
        total += 10 * (_KANJI_DIGIT.get(t, 1) if t else 1)
    return total + sum(_KANJI_DIGIT.get(c, 0) for c in head)


#: Ages and birthdays the rules read too strictly to take (「今年で26。」, 「今日で66や」,
#: 「誕生日の1月20日」): candidates for the learned layer only.
_LOOSE_CANDIDATE = re.compile(
    r"(?:今年で|今日で|本日で|明日で|昨日で|ついに|やっと)\s?\d{2}(?!\d)|"
    r"(?:誕生日|生年月日|バースデー|birthday)[^。!?\n]{0,6}?\d{1,2}\s?[月/.]\s?\d{1,2}|"
    r"(?<!\d)\d{2}\s?(?:に|さ)?な(?:った|りました|る)",
    re.IGNORECASE,
)


class IdentityRecogniser(Recogniser):
    CATEGORY = "identity"
    NEEDS_TOKENS = True
    AGE = re.compile(r"(?<![\d.])(\d{1,3}|[二三四五六七八九]?十[一二三四五六七八九]?|百[一二三四五六七八九十]*)"
                     r"\s?(?:歳|才|サイ|さい(?![ごこた]))")
    NOT_AGE_AFTER = re.compile(
        r"^(?:児|以上|以下|未満|から|まで|くらい|ぐらい|前後|差|年上|年下|頃|の(?:時|頃|とき|ころ)|"
        r"ずつ|代|と\d|の(?!誕生日|バースデー|抱負|目標|私|僕|俺|自分|うち|年))"
    )
    SELF_AFTER = re.compile(
        r"^(?:に(?:なりました|なった|なる|なります|なりまし)|の(?:誕生日|バースデー|抱負|目標|私|僕|俺)|"
        r"を迎え|です|でした|独身|既婚|男性?|女性?|会社員|主婦|最後|ラスト|に(?:ナリ|ナッ)|!|。|、|/|\s|$|\)|"
        r"じゃ|や(?![つ])|だ(?:よ|ぜ|わ|ね|し|[。!、]|$)|っす|になります|🎂|🎉)"
    )
    SELF_BEFORE = re.compile(
        r"(?:今日で|本日で|本日をもって|昨日で|明日で|今年で|今日から|やっと|ついに|とうとう|気づけば|気付けば|"
        r"(?:私|僕|俺|自分|わたし|あたし)(?:は|も)?(?:今年|来週|来月|明日|今月|もう)?(?:で)?|私|僕|俺|自分)\s?$"
    )
    #: Another owner close before the age: relatives, pets, celebrities, friends.
    OTHER_OWNER = re.compile(
        rf"(?:{_KIN}|犬|猫|ワンコ|わんこ|にゃんこ|ハムスター|うさぎ|ペット|推し|さん|くん|君|ちゃん|様|"
        r"氏|選手|友達|友人|同期|同僚|後輩|先輩|上司|彼氏|彼女|元カレ|元カノ|タレント|アイドル|"
        r"俳優|女優|芸人|監督|バースデー|生誕|米寿|還暦|古希|喜寿|うちの子|この子|子が)"
    )
    BIRTHDAY = re.compile(
        r"(?:誕生日|タンジョウビ|生年月日|birthday|バースデー)\s?(?:は|が|:|is|って|ハ)?\s?[((]?"
        r"(?:(?P<era>H|S|R|平成|昭和|令和)?(?P<y>\d{1,4})[年./])?(?P<m>\d{1,2})[月/.](?P<d>\d{1,2})日?"
        r"|(?:(?P<era2>H|S|R|平成|昭和|令和)?(?P<y2>\d{1,4})年)?(?P<m2>\d{1,2})月(?P<d2>\d{1,2})日\s?生まれ"
        r"|生まれ\s?[((](?P<m3>\d{1,2})/(?P<d3>\d{1,2})[))]"
        # 「平成21年3月3日、ひな祭り生まれです」: the date, then 生まれ in the same clause run.
        r"|(?:(?P<era4>H|S|R|平成|昭和|令和)?(?P<y4>\d{1,4})年)?(?P<m4>\d{1,2})月(?P<d4>\d{1,2})日"
        r"(?=[、\s]?[^。!?\n\d]{0,10}生まれ(?:です|でした|だ|[。!、\s]|$))",
        re.IGNORECASE,
    )
    #: 「32になった」, 「今年で65になった」: an age without 歳, in the author's own frame;
    #: 「47にもなって」, 「40になって、やっと」 open a clause with the author's age.
    BARE_AGE = re.compile(
        r"(?:^|(?<=[。!?\n\s、])|(?<=今年で)|(?<=今日で)|(?<=本日で)|(?<=ついに)|(?<=やっと)|"
        r"(?<=無事))(\d{2})\s?(?:(?:に|さ)?な(?:った|りました|ったぜ|ったわ|ったよ|ったで)|"
        r"にも?なって(?![いる]))"
    )
    SELF_AGE = re.compile(
        r"(?<![\u4e00-\u9fff])(?:私|わたし|僕|俺|自分|あたし)\s?(?:[((]\s?(\d{2})\s?(?:歳|才)?\s?[))]|"
        r"(\d{2})\s?(?:歳|才)?(?=[、,。!\s/]|と|$))"
    )
    #: Named ages and milestones: 二十歳, 還暦 (60), 喜寿 (77) …
    MILESTONES: ClassVar[dict[str, int]] = {"二十歳": 20, "はたち": 20, "ハタチ": 20, "還暦": 60, "古希": 70, "古稀": 70,
                  "喜寿": 77, "傘寿": 80, "米寿": 88, "卒寿": 90, "白寿": 99}
    MILESTONE = re.compile(r"(二十歳|はたち|ハタチ|還暦|古希|古稀|喜寿|傘寿|米寿|卒寿|白寿)")
    MILESTONE_SELF = re.compile(
        r"^(?:[((]\s?\d{2,3}\s?[))])?\s?(?:や|だ|です|じゃ|を迎え|に(?:なり|なっ|なる)|なった|"
        r"の誕生日|記念|祝い|!|。|、|$)"
    )
    #: 「33回目の誕生日」, "turned 37", "I'm 37".
    NTH_BIRTHDAY = re.compile(r"(\d{1,3})\s?(?:回目|度目)の(?:誕生日|バースデー)")
    EN_AGE = re.compile(
        r"(?:\b(?i:I\s?(?:just\s)?turned|I'm|I am|I'll be|turning)|^Turned|(?<=[.!]\s)Turned)"
        r"\s(\d{2})\b(?!\s?(?:min|%|km|yen|years? ago))|"
        # 「Hey! I'm Ken, 31, software engineer」
        r"\bI'm [A-Z][a-z]+, (\d{2})\b"
    )
    EN_BIRTHDAY = re.compile(
        r"\b(?:born on|my birthday is|birthday:)\s(?:the\s)?"
        r"(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s(\d{1,2})",
        re.IGNORECASE,
    )
    #: 「1988.12.24生まれ」, 「Born 1992.8.15」, a bare date in a bio list 「2001.7.14 / 名古屋」.
    DATE_BORN = re.compile(
        r"(?:\b(?i:born)\s(?:on\s)?)?(?<![\d.])((?:19|20)\d\d)[./-](\d{1,2})[./-](\d{1,2})(?![\d.])"
        r"(?=\s?(?:生まれ|\s?[/|｜]|\s*$|\s*\n))"
    )
    TODAY_BIRTHDAY = re.compile(r"(?:^|[。!\n\s])(?:今日|本日)(?:は)?(?:私の|わたしの|僕の|俺の|自分の|あたしの|うちの)?"
                                r"(?:誕生日|バースデー)(?!\s?(?:の(?!私|僕|俺)|会|プレゼント))")
    EN_NTH = re.compile(r"\b[Mm]y (\d{2})(?:st|nd|rd|th) birthday\b|"
                        r"\b(?i:happy) (\d{2})(?:st|nd|rd|th) (?i:birthday) to me\b")
    AGE_TAG = re.compile(r"#(\d{2})歳(?=\s|#|$)")
    BIRTH_YEAR = re.compile(r"(?P<era>平成|昭和|令和)?(?P<y>\d{1,4})年(?:\d{1,2}月)?生まれ")
    #: 「3/14生まれ」, 「S58.7.7生まれ」.
    BORN_MD = re.compile(
        r"(?<![\d/.])(?:(?P<era>S|H|R|昭和|平成|令和)?(?P<y>\d{1,4})[./])?(?P<m>\d{1,2})[/.](?P<d>\d{1,2})"
        r"\s?生まれ"
    )
    #: 「今日で63!」, 「正確には38です」: a bare number in a frame that can only be an age.
    BARE_AGE2 = re.compile(
        r"(?:(?<=今日で)|(?<=本日で)|(?<=明日で)|(?:正確には|実は|年齢は|歳は)\s?)(\d{2})(?=[!!。\s]|です|$)"
    )

    @staticmethod
    def _person_before(a: Analysis, start: int, end: int) -> bool:
        if a.doc is None:
            return False
        span = a.doc.char_span(start, end, alignment_mode="expand")
        return span is not None and any("人名" in t.tag_ for t in span)

    def analyze(self, a: Analysis) -> list[Hit]:
        hits: list[Hit] = []
        text = a.text
        # Every age or birthday written as one is a candidate for the learned layer, which
        # adds identity only where an identifier was seen (「就活生 / 25卒」 has none).
        for pattern in (self.AGE, self.BIRTHDAY, self.BARE_AGE, self.BARE_AGE2, self.MILESTONE,
                        self.NTH_BIRTHDAY, self.EN_AGE, self.EN_NTH, self.AGE_TAG,
                        self.BIRTH_YEAR, self.BORN_MD, self.DATE_BORN, self.TODAY_BIRTHDAY,
                        self.EN_BIRTHDAY, _LOOSE_CANDIDATE):
            for m in pattern.finditer(text):
                a.candidate("identity", m.start(), m.end())
        for m in self.AGE.finditer(text):
            after = text[m.end() : m.end() + 8]
            if self.NOT_AGE_AFTER.match(after):
                # 「30代」, 「20歳以上」 are no exact age, 「5歳の娘」 is someone's; 「72歳の手習い」
                # is rejected by the rule but may be the author's: not recorded.
                if not after.startswith("の") or self.OTHER_OWNER.match(after[1:]):
                    a.suppress("identity", "not_exact")
                continue
            s, e = a.sentence_at(m.start())
            look = text[max(0, m.start() - 25) : m.start()]
            # Only the clause part before the age can name its owner; a first person after
            # the last other owner takes it back (「旦那は47歳。私は来週44歳」).
            other = [o.end() for o in self.OTHER_OWNER.finditer(look)]
            mine = [o.end() for o in _SELF.finditer(look)]
            if other and not (mine and mine[-1] > other[-1]):
                a.suppress("identity", "third_party")  # a relative's, a pet's, a celebrity's
                continue
            sentence_initial = not text[s : m.start()].strip(" 、,")
            # A self-introduction list: 「〇〇区在住、43歳、」, 「〇〇 / 〇〇市在住 / 27歳」.
            sentence_initial = sentence_initial or bool(
                re.search(r"(?:在住|出身|住み|住まい|暮らし|育ち|在学|会社員|学生|主婦|"
                          r"(?<![\u4e00-\u9fff])[中高大][1-4１-４]|[/|・])\s?[、/|・]?\s?$",
                          text[s : m.start()])
            )
            # 「田中ゆうき、28歳。…営業部です」: a name, then the age, in a self-introduction
            # (です/ます somewhere); 「大谷翔平、今日で30歳!」 alone is a celebrity.
            named = bool(
                re.search(r"[\u4e00-\u9fffぁ-んァ-ヶ]{2,}、\s?$", text[s : m.start()])
                and re.search(r"です|ます|よろしく|フォロー", text)
                and not re.search(r"おめでと|祝", text)
            )
            # A person's name just before the age (「大谷翔平、今日で30歳」) owns it, unless
            # the post is the author's self-introduction (``named``).
            if not named and self._person_before(a, max(s, m.start() - 12), m.start()):
                a.suppress("identity", "third_party")
                continue
            if not (
                self.SELF_AFTER.match(after)
                and (sentence_initial or named or self.SELF_BEFORE.search(look)
                     or re.match(r"^(?:に(?:なりました|なった|なる|なります)|の誕生日|を迎え)", after)
                     or re.search(r"今年で|今日で|本日", text[s : m.start()]))
            ):
                continue
            if HEDGE.search(text[s:e]):
                a.suppress("identity", "hearsay")
                continue
            n = _number(m.group(1))
            if not 5 <= n <= 110:
                continue
            hits.append(self.hit(m.start(), m.end(), "age", str(n), "本人の年齢",
                                 "the author's exact age", 0.6))
        # 「夫(42)と私(39)と長男(10)」, 「夫41、私37、長男10」: the author's age in a household list.
        for m in self.SELF_AGE.finditer(text):
            n = int(m.group(1) or m.group(2))
            if 5 <= n <= 110 and not HEDGE.search(a.sentence_text(m.start())):
                hits.append(self.hit(m.start(), m.end(), "age", str(n), "本人の年齢",
                                     "the author's exact age", 0.6))
        for m in self.BIRTHDAY.finditer(text):
            s, e = a.sentence_at(m.start())
            before = text[max(s - 20, 0) : m.start()]
            # Only the clause up to the date can hedge it: 「私の誕生日(4/9)、覚えてる?」.
            clause_end = text.find("、", m.end(), e)
            topic = re.search(r"[^\s、。!?]{2,}(?<!私)(?<!僕)(?<!俺)(?<!自分)って\s?$", before)
            if self.OTHER_OWNER.search(before) or topic or HEDGE.search(
                text[s : clause_end if clause_end >= 0 else e]
            ):
                if not re.search(r"(?:私|僕|俺|自分)の\s?$", before):  # 「母から、私の誕生日に」
                    a.suppress("identity", "third_party" if self.OTHER_OWNER.search(before)
                               else "hearsay")
                continue
            if re.search(r"の\s?$", before) and not re.search(r"(?:私|僕|俺|自分)の\s?$", before):
                a.suppress("identity", "third_party")
                continue  # 「元カレの誕生日」, 「坂本龍馬の誕生日」: someone else's
            y = m.group("y") or m.group("y2") or m.group("y4")
            era = m.group("era") or m.group("era2") or m.group("era4")
            mo = m.group("m") or m.group("m2") or m.group("m3") or m.group("m4")
            d = m.group("d") or m.group("d2") or m.group("d3") or m.group("d4")
            if not (1 <= int(mo) <= 12 and 1 <= int(d) <= 31):
                continue
            value = f"{int(mo):02d}-{int(d):02d}"
            if y:
                year = int(y) + _ERA[era] if era else int(y)
                if 1900 <= year <= 2030:
                    value = f"{year}-{value}"
            hits.append(self.hit(m.start(), m.end(), "birthday", value, "本人の誕生日",
                                 "the author's birthday", 0.7))
        self._more_ages(a, hits)
        if not any(h.kind == "birthday" for h in hits):
            for m in self.BIRTH_YEAR.finditer(text):
                s, e = a.sentence_at(m.start())
                owner = self.OTHER_OWNER.search(text[max(s, m.start() - 20) : m.start()]) or re.search(
                    r"[^\s、。!?]{2,}(?<!私)(?<!僕)(?<!俺)(?:って|の誕生日)[^。!?\n]{0,12}$",
                    text[max(s, m.start() - 20) : m.start()])
                if owner or HEDGE.search(text[s:e]):
                    a.suppress("identity", "third_party" if owner else "hearsay")
                    continue
                era = m.group("era")
                year = int(m.group("y")) + (_ERA[era] if era else 0)
                if 1900 <= year <= 2030:
                    hits.append(self.hit(m.start(), m.end(), "birth_year", str(year),
                                         "本人の生まれ年", "the author's birth year", 0.4))
        return hits

    def _more_ages(self, a: Analysis, hits: list[Hit]) -> None:
        """Ages written without 歳 or with a named milestone, and English ones."""
        text = a.text

        def owned_by_other(pos: int) -> bool:
            s, _ = a.sentence_at(pos)
            look = text[max(s, pos - 20) : pos]
            # 「まる子って5月8日生まれ」, 「ドラえもんの誕生日(2112年生まれ)」: a topic before the date.
            topic = re.search(r"[^\s、。!?]{2,}(?:って|の誕生日)[^。!?\n]{0,12}$", look) and not re.search(
                r"(?:私|僕|俺|自分|わたし|あたし)(?:って|の誕生日)", look)
            other = bool(self.OTHER_OWNER.search(look) or topic) or self._person_before(
                a, max(s, pos - 12), pos)
            if other:
                a.suppress("identity", "third_party")
            return other

        def add(s: int, e: int, n: int) -> None:
            if HEDGE.search(a.sentence_text(s)):
                a.suppress("identity", "hearsay")
            if 5 <= n <= 110 and not HEDGE.search(a.sentence_text(s)) and not any(
                h.kind == "age" for h in hits
            ):
                hits.append(self.hit(s, e, "age", str(n), "本人の年齢", "the author's exact age", 0.6))

        for m in self.BARE_AGE.finditer(text):
            if not owned_by_other(m.start(1)):
                add(m.start(1), m.end(), int(m.group(1)))
        for m in self.MILESTONE.finditer(text):
            after = text[m.end() : m.end() + 8]
            if not self.MILESTONE_SELF.match(after) or owned_by_other(m.start()):
                continue
            if re.match(r"^の(?:誕生日|記念|祝い)", after) or re.match(r"^(?:記念|祝い)", after):
                continue  # 「米寿のお祝い」 is usually a grandparent's
            num = re.match(r"^[((]\s?(\d{2,3})", after)
            add(m.start(), m.end(), int(num.group(1)) if num else self.MILESTONES[m.group(1)])
        for m in self.BARE_AGE2.finditer(text):
            if not owned_by_other(m.start(1)):
                add(m.start(1), m.end(1), int(m.group(1)))
        for m in self.BORN_MD.finditer(text):
            mo, d = int(m.group("m")), int(m.group("d"))
            if not (1 <= mo <= 12 and 1 <= d <= 31) or owned_by_other(m.start()):
                continue
            value = f"{mo:02d}-{d:02d}"
            if m.group("y"):
                y = int(m.group("y")) + (_ERA[m.group("era")] if m.group("era") else 0)
                if 1900 <= y <= 2030:
                    value = f"{y}-{value}"
            hits.append(self.hit(m.start(), m.end(), "birthday", value, "本人の誕生日",
                                 "the author's birthday", 0.7))
        for m in self.NTH_BIRTHDAY.finditer(text):
            if not owned_by_other(m.start()):
                add(m.start(), m.end(), int(m.group(1)))
        for m in self.EN_AGE.finditer(text):
            add(m.start(), m.end(), int(m.group(1) or m.group(2)))
        for m in self.EN_NTH.finditer(text):
            add(m.start(), m.end(), int(m.group(1) or m.group(2)))
        for m in self.AGE_TAG.finditer(text):
            # 「#jk2 #17歳 #制服」: an age among the author's own tags; not where the tags or
            # the post give the age to someone else (「#娘 #10歳」, 「息子10歳!#10歳」).
            run = re.search(r"(?:#\S+\s?)*$", text[: m.start()])
            tags = (run.group(0) if run else "") + text[m.start() : m.start() + 40].split("\n")[0]
            untagged = re.sub(r"#\S+", "", text)
            if not (self.OTHER_OWNER.search(tags) or re.search(
                    rf"(?:{self.OTHER_OWNER.pattern})[^。\n]{{0,6}}\d{{1,2}}\s?(?:歳|才)", untagged)):
                add(m.start(), m.end(), int(m.group(1)))
        for m in self.DATE_BORN.finditer(text):
            y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
            whole = text[max(0, m.start() - 6) : m.end() + 4]
            listed = bool(re.search(r"[/|｜]", text)) or "生まれ" in whole or re.search(
                r"(?i:born)|生年月日", text)
            if listed and 1 <= mo <= 12 and 1 <= d <= 31 and 1900 <= y <= 2030 and not \
                    HEDGE.search(a.sentence_text(m.start())) and not owned_by_other(m.start()):
                hits.append(self.hit(m.start(1), m.end(3), "birthday", f"{y}-{mo:02d}-{d:02d}",
                                     "本人の誕生日", "the author's birthday", 0.7))
        for m in self.TODAY_BIRTHDAY.finditer(text):
            s = m.start() + (1 if text[m.start()] in "。!\n " else 0)
            if not owned_by_other(s) and not HEDGE.search(a.sentence_text(s)):
                hits.append(self.hit(s, m.end(), "birthday", None, "本人の誕生日(投稿日)",
                                     "the author's birthday (the post's date)", 0.5))
        months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
        for m in self.EN_BIRTHDAY.finditer(text):
            mo, d = months.index(m.group(1)[:3].lower()) + 1, int(m.group(2))
            if 1 <= d <= 31 and not HEDGE.search(a.sentence_text(m.start())):
                hits.append(self.hit(m.start(), m.end(), "birthday", f"{mo:02d}-{d:02d}",
                                     "本人の誕生日", "the author's birthday", 0.7))
