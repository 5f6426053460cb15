"""Family members of the author (family): kinship terms, their ages, household size.

Kinship nouns are read with their Japanese compounds in mind: 「母の日」, 「ママチャリ」,
「主人公」, 「工夫」, 「子どもの頃」, 「親友」 are not relatives; 「ご主人」, 「お子さん」,
「息子さん」 are someone else's. A relative introduced by another person's possessive
(「友達の子ども」, 「推しの家族構成」, 「同僚の赤ちゃん」) or by an animal (「ハムスターの兄弟」)
is not the author's.

kind/value: ``member`` (normalised role: 夫, 妻, 息子, 娘, 父, 母, 兄, 姉, 弟, 妹, 祖父,
祖母, 孫, 子ども, 家族 …), ``member_age`` ("娘:5"), ``household_size`` ("3").

Misfires: 「お母さん」 addressing a stranger; relatives in fiction without a media word.
"""

from __future__ import annotations

import re
from typing import ClassVar

from auditor.cues.attribution import HEDGE
from auditor.cues.base import Analysis, Hit, Recogniser

#: Written form -> normalised role. Longest forms first in the pattern.
ROLES: dict[str, str] = {
    "夫": "夫", "旦那": "夫", "主人": "夫", "夫婦": "夫婦", "だんな": "夫", "ダンナ": "夫",
    "妻": "妻", "嫁": "妻", "嫁さん": "妻", "家内": "妻", "女房": "妻",
    "息子": "息子", "長男": "息子", "次男": "息子", "三男": "息子",
    "娘": "娘", "長女": "娘", "次女": "娘", "三女": "娘",
    "父": "父", "父親": "父", "お父さん": "父", "父さん": "父", "おとん": "父", "親父": "父",
    "オヤジ": "父", "パパ": "父",
    "母": "母", "母親": "母", "お母さん": "母", "母さん": "母", "おかん": "母", "オカン": "母",
    "ママ": "母", "おふくろ": "母",
    "両親": "両親", "親": "親",
    "兄": "兄", "兄貴": "兄", "兄ちゃん": "兄", "お兄ちゃん": "兄", "兄さん": "兄",
    "姉": "姉", "姉貴": "姉", "姉ちゃん": "姉", "お姉ちゃん": "姉", "姉さん": "姉",
    "弟": "弟", "妹": "妹", "兄弟": "兄弟", "姉妹": "姉妹", "きょうだい": "兄弟",
    "祖父": "祖父", "じいじ": "祖父", "じいちゃん": "祖父", "おじいちゃん": "祖父",
    "祖母": "祖母", "ばあば": "祖母", "ばあちゃん": "祖母", "おばあちゃん": "祖母",
    "祖父母": "祖父母", "孫": "孫", "義母": "義母", "義父": "義父", "姑": "義母", "舅": "義父",
    "義兄": "義兄", "義姉": "義姉", "義妹": "義妹", "義弟": "義弟",
    "子ども": "子ども", "子供": "子ども", "こども": "子ども", "我が子": "子ども",
    "うちの子": "子ども",
    "双子": "子ども", "家族": "家族",
    "上の子": "子ども", "下の子": "子ども", "真ん中の子": "子ども", "末っ子": "子ども",
    # Dialect and colloquial forms (東北 ばっちゃ, 沖縄 にーにー), katakana as in ｵﾄｳｻﾝ after NFKC.
    "ばっちゃ": "祖母", "ばっちゃん": "祖母", "じっちゃ": "祖父", "じっちゃん": "祖父",
    "にーにー": "兄", "にぃにぃ": "兄", "ねーねー": "姉", "ねぇねぇ": "姉",
    "かあちゃん": "母", "母ちゃん": "母", "とうちゃん": "父", "父ちゃん": "父",
    "オトウサン": "父", "オカアサン": "母", "ムスメ": "娘", "ムスコ": "息子",
    "かみさん": "妻", "カミさん": "妻", "嫁はん": "妻",
}
_FORMS = "|".join(sorted((re.escape(k) for k in ROLES), key=len, reverse=True))


class FamilyRecogniser(Recogniser):
    CATEGORY = "family"
    NEEDS_TOKENS = True
    KIN = re.compile(rf"({_FORMS})")
    #: Compounds and idioms in which a kinship noun names no relative.
    NOT_KIN_AFTER = re.compile(
        r"^(?:の日|チャリ|友|みたいな|みたいに|っぽい|的な|代わり|さん(?:たち|達)?と繋|垢|活|さん(?:達)?へ|役|公|子(?![どども供])|"
        r"[校国音体語性]|分|系|会(?!社)|向け|構成|思い|の頃|の時|のころ|のとき|時代|"
        r"たち(?:が|に)|店|都市|作|弟子|方|御|ぶり|戚|切|身|指|睦|権|元|密|孝|知らず|割|の手って|犬の?CM|世代|鳥|葬)"
    )
    NOT_KIN_BEFORE = re.compile(
        r"(?:ご|御|お(?=子)|工|丈|大丈|稲|神|保|酵|分|看板|師|兄弟|主|店|大|乳|聖|里|"
        r"継|名付け|生み|育ての?)$"
    )
    #: Someone else's relative: 「友達の子ども」, 「推しの家族構成」, 「ハムスターの兄弟」.
    OTHERS = re.compile(
        r"(?:友達|友人|同僚|同期|後輩|先輩|上司|推し|彼氏|彼女|近所|ドラマ|映画|アニメ|芸能人|"
        r"俳優|女優|選手|タレント|アイドル|ハムスター|犬|猫|ペット|うさぎ|さん|くん|ちゃん|様|"
        r"知り合い|お客さん|生徒|患者|他人|よその|よそ|元カレ|元カノ|大家族|隣|店員|客)(?:の|、)?\s?$"
    )
    #: 「ドラマの中の家族」: relatives inside a story.
    IN_STORY = re.compile(r"(?:ドラマ|映画|アニメ|漫画|小説|番組|物語|ゲーム)の(?:中の|なかの)\s?$")
    MEDIA = re.compile(r"ドラマ|韓ドラ|劇場|映画|アニメ|ドキュメンタリー|番組|漫画|小説|役の|推しの|"
                       r"シーン|キャラ|主人公|選手|アイドル|モデル|芸人|俳優|女優")
    #: Wishes and suppositions: 「もし子どもができたら」, 「猫と二人暮らしが理想」.
    HYPOTHETICAL = re.compile(r"もし|たら(?:いい|な|、)|理想|欲しい|欲しかった|みたかった|将来は|"
                              r"ができたら|いたら")
    PET = re.compile(r"犬|猫|ねこ|ネコ|うさぎ|ハムスター|インコ|メダカ|金魚|トイプー|柴|ペット|"
                     r"わんこ|にゃんこ|保護犬|保護猫")
    GENERIC = re.compile(r"^(?:って|とは|がいる家庭|のいる家庭|向け|の習い事|連れ(?:に|の|で|歓迎|OK))")
    #: Kin words said of pets: 「みんな大事な家族🐈」, 「パパになった気分」 (with メダカ before).
    PET_METAPHOR = frozenset(["家族", "パパ", "ママ", "うちの子", "おじいちゃん", "おばあちゃん",
                              "お兄ちゃん", "お姉ちゃん", "兄弟", "姉妹", "きょうだい"])
    #: Talk about people in general: 「保育士あるある」, 「〜する人って」.
    GENERIC_TALK = re.compile(r"あるある|一般的に|世の中の|(?:てる|する|いる)人(?:って|は|が)")
    #: Help lines for children and parents (「子どもの人権110番 0120-…」): 子ども, 親 there are
    #: anyone's.
    HOTLINE = re.compile(r"0120|#\d{4}|110番|相談(?:窓口|ダイヤル|電話)|チャイルドライン|ダイヤル|お受験|面接で")
    #: Parenthood and marriage said without a kinship noun: 「二児の父」, 「第二子妊娠中」.
    PARENTHOOD = re.compile(
        r"[一二三四五\d]児の(?:父|母|ママ|パパ)|[一二三四五\d]児(?:ママ|パパ)|第[一二三四五\d]子|入籍|"
        r"妊娠\d*(?:中|ヶ月|か月|週)|子育て中|育児中|産休中|育休中|"
        # 「中学生2人育ててます」, 「3人の子の母」.
        r"(?:[小中高]学生|男の子|女の子|年子|子)\s?[\d一二三四五]\s?人(?:を)?育て|"
        r"[\d一二三四五]\s?人の子(?:の(?:母|父|親|ママ|パパ)|を育て)"
    )
    #: Kin introduced by someone else's possessive 「X の」, X not the author nor a relative.
    FIRST_PERSON = re.compile(r"(?:うち|私|わたし|僕|俺|自分|我が家|わが家|あたし|わし|ウチ)$")

    def _others_possessive(self, text: str, start: int) -> bool:
        m = re.search(r"([^\s、。!?「」()()]{1,8})の\s?$", text[max(0, start - 10) : start])
        if not m:
            return False
        owner = m.group(1)
        if re.search(r"実家|義理|義|嫁ぎ先|我が家", owner):
            return False
        if re.search(r"(?:在住|住み|暮らし|出身|生まれ|育ち|勤務|勤め|単身赴任中?)$", owner):
            # 「横浜在住の兄」, 「大阪勤務の夫」: a description, not a possessor; whose
            # relative is read before it (「友達の横浜在住の兄」).
            s0 = max(0, start - 10) + m.start()
            head = text[max(0, s0 - 12) : s0] + owner.rsplit("の", 1)[0] + "の" if "の" in owner \
                else text[max(0, s0 - 12) : s0]
            return bool(self.OTHERS.search(head) or re.search(r"友(?:達)?の$", head))
        if re.search(r"友(?:達)?$", owner):
            return True  # 「ママ友の」, 「パパ友の」: a friend, whatever the word inside
        if self.FIRST_PERSON.search(owner) or self.KIN.search(owner[-4:]):
            return False  # 「うちの娘」, 「夫の実家」 (a relative's relative is household)
        if re.search(r"\d|[年月日]$|歳|才|ごろ|頃|時|中$|前$|後$|旅行$|今日|今年|去年|毎", owner):
            return False  # 「5歳の娘」, 「今日の娘」: time and age, not a possessor
        # Particles and kana function words are not possessors.
        return not re.fullmatch(r"[ぁ-ん]{1,3}", owner)

    AGE_BEFORE = re.compile(r"(\d{1,2})\s?(?:歳|才)(?:と\d{1,2}\s?(?:歳|才))?\s?の\s?$")
    AGE_AFTER = re.compile(
        r"^(?:\s?[((]\s?(\d{1,2})\s?(?:歳|才)?\s?[))]|(?:は|が|も)?(?:今日で|今年で|もう|もうすぐ)?"
        r"\s?(\d{1,2})\s?(?:歳|才))"
    )
    HOUSEHOLD = re.compile(
        r"(\d{1,2}|[二三四五六七八九])\s?人(?:暮らし|家族)|家族\s?(\d{1,2})\s?人"
    )
    _KANJI_NUM: ClassVar[dict[str, str]] = dict(zip("二三四五六七八九", "23456789", strict=True))

    def analyze(self, a: Analysis) -> list[Hit]:
        text = a.text
        hits: list[Hit] = []
        # An idiom (「母の日」, 「ママ友」, 「母校」) says nothing about the post: it is recorded
        # for the learned layer only when every kinship word of the post is one.
        mentions = idioms = 0
        for m in self.KIN.finditer(text):
            form = m.group(1)
            after = text[m.end() : m.end() + 8]
            before = text[max(0, m.start() - 8) : m.start()]
            mentions += 1
            not_kin = self.NOT_KIN_AFTER.match(after) or self.NOT_KIN_BEFORE.search(before)
            if not_kin:
                # 「子どもたちが」 is rejected by the rule but may be the author's children.
                idioms += not re.match(r"^たち", after)
                continue
            if (
                form in ("孫", "娘", "母", "父")
                and re.match(r"^[\u4e00-\u9fff]{2}", after)
                and not re.match(r"^(?:親|達|二人)", after)
            ):
                continue  # 孫正義, 母国語: part of a longer word or name (娘一家 too: not recorded)
            # 「子どもの写真載せるときは…」, 「子どもの顔出し問題」: children in general, in advice.
            if form in ("子ども", "子供", "こども") and re.match(
                    r"^の(?:写真|顔|名前|顔出し|教育|医療|貧困|人権|権利|安全|事故|虐待|数|SNS)", after) and \
                    not re.search(r"うち|私|僕|俺|自分|我が家|わが家", a.sentence_text(m.start())):
                a.suppress("family", "general")
                continue
            if form in ("子ども", "子供", "こども") and re.match(
                    r"^(?:会|食堂|向け|用|服|部屋|医療|病院|家庭課|ミュージアム|手当|の(?:国|村|城)|に大人気)", after):
                idioms += 1
                continue
            # Strangers by role: 「乗り遅れそうなおばあちゃん」, 「隣になったおじいちゃん」, 「ご家族」
            # (the author's own are 「うちの」, 「祖母」).
            if form in ("おばあちゃん", "おじいちゃん", "ばあちゃん", "じいちゃん", "夫婦", "家族") and (
                    before.endswith("ご") or re.search(
                        r"(?:った|んだ|いた|きた|てた|した|える|いる|そうな|ような|てる|ている)$", before)) and not re.search(
                        r"うち|私|僕|俺|自分|我が家|わが家", a.sentence_text(m.start())):
                a.suppress("family", "third_party")
                continue
            # 「うちの長男(柴犬・4歳)」: a pet called by a kinship word.
            if re.match(r"^\s?[((][^()()]{0,10}(?:犬|猫|柴|プードル|ミックス|チワワ|ダックス|ハムスター|うさぎ)",
                        after):
                a.suppress("family", "pet")
                continue
            if form == "家族" and after.startswith("連れ"):
                a.suppress("family", "third_party")
                continue  # 家族連れ: other families
            if form in ("子ども", "子供", "こども") and re.match(r"^(?:たち|達)", after) and not (
                re.search(r"うち|我が家|私|僕|俺|自分", text[max(0, m.start() - 10) : m.start()])
            ):
                continue  # 「子どもたちの成長」 of a nursery teacher: not necessarily hers
            if form in ("息子", "娘") and after.startswith(("さん", "様", "ちゃん")):
                a.suppress("family", "third_party")
                continue  # 息子さん/娘さん: someone else's child
            if before.endswith(("お", "ご")) and after.startswith(("さん", "様")) and form in (
                "孫", "子ども", "子供", "こども", "嫁", "主人", "旦那", "家族", "子"
            ):
                a.suppress("family", "third_party")
                continue  # お孫さん, お子さん, ご主人様: honorifics for someone else's family
            if form in ("姉さん", "兄さん") and before.endswith("お"):
                a.suppress("family", "third_party")
                continue  # お姉さん/お兄さん: usually a stranger (店員のお姉さん)
            if form in ("ママ", "パパ") and re.match(r"^(?:さん|友|垢|活|チャリ)", after):
                if after.startswith("さん"):
                    a.suppress("family", "third_party")  # 「ママさんたち」: other parents
                else:
                    idioms += 1
                continue
            if self.OTHERS.search(text[max(0, m.start() - 12) : m.start()].rstrip("おご")) or \
                    self.IN_STORY.search(
                text[max(0, m.start() - 12) : m.start()]
            ):
                a.suppress("family", "third_party")
                continue
            sent = a.sentence_text(m.start())
            if self.MEDIA.search(sent) and not re.search(r"うち|私|僕|俺|我が家", sent):
                a.suppress("family", "third_party")
                continue
            # 「漁師の嫁」, 「茶農家の娘🍵」 said of oneself end the segment: the author's kin.
            self_desc = re.match(r"^\s*(?:です|でした|だよ|やで|[｜|/#\n]|$)|^\s+\S", after)
            hypo = self.HYPOTHETICAL.search(sent)
            if hypo:
                if hypo.group(0) != "たら、":  # 「連れていったら、」 tells what happened
                    a.suppress("family", "hypothetical")
                continue
            # An unknown possessor (「天草の母」) is not recorded: the rule is unsure there.
            # 「沖縄の祖父母」, 「天草の母」: a place before の says where the relative lives.
            place_owner = any(p.end <= m.start() <= p.end + 2 and text[p.end : m.start()].strip() == "の"
                              for p in a.places) and not re.match(r"^(?:たち|達)", after)
            if self._others_possessive(text, m.start()) and not self_desc and not place_owner:
                continue
            prev_s = a.sentence_at(max(0, a.sentence_at(m.start())[0] - 1))[0]
            near = text[prev_s : a.sentence_at(m.start())[1]]
            if self.PET.search(near) and (form in self.PET_METAPHOR or re.match(
                r"^\s?[((][^))]{0,8}(?:犬|猫|ねこ|うさぎ|ハムスター|インコ|トイプー|柴)", after
            )):
                a.suppress("family", "pet")
                continue  # 「うちの長男(柴犬・5歳)」, 「猫3匹…大事な家族」: pets
            hotline = form in ("子ども", "子供", "こども", "親", "家族", "両親") and self.HOTLINE.search(sent)
            if (self.GENERIC.match(after) or self.GENERIC_TALK.search(sent) or hotline) and not re.search(
                r"うち|私|僕|俺|我が家|自分", sent
            ):
                a.suppress("family", "general")
                continue  # 「家族って難しい」, 「子どもがいる家庭は」: talk about families in general
            role = ROLES[form]
            hits.append(self.hit(m.start(), m.end(), "member", role, "家族の存在",
                                 "a member of the author's family", 0.3))
            age = self.AGE_BEFORE.search(text[max(0, m.start() - 14) : m.start()])
            age_after = self.AGE_AFTER.match(text[m.end() : m.end() + 14])
            if age:
                n = age.group(1)
                hits.append(self.hit(m.start() - len(age.group(0)), m.end(), "member_age",
                                     f"{role}:{int(n)}", "家族の年齢",
                                     "a family member's age", 0.5))
            elif age_after:
                n = age_after.group(1) or age_after.group(2)
                hits.append(self.hit(m.start(), m.end() + len(age_after.group(0)), "member_age",
                                     f"{role}:{int(n)}", "家族の年齢",
                                     "a family member's age", 0.5))
        if mentions and idioms == mentions:
            a.suppress("family", "idiom")
        # Katakana spellings (「ムスメ」, half-width ｳﾁﾉ ﾑｽﾒ): Sudachi's normalised form.
        if a.doc is not None:
            for t in a.tokens:
                katakana = re.fullmatch(r"[ァ-ヶー]{2,6}", t.text)
                if katakana and t.norm_ in ROLES and t.norm_ != t.text:
                    hits.append(self.hit(t.idx, t.idx + len(t.text), "member", ROLES[t.norm_],
                                         "家族の存在", "a member of the author's family", 0.3))
        for m in self.PARENTHOOD.finditer(text):
            if HEDGE.search(a.sentence_text(m.start())) or self.HYPOTHETICAL.search(
                a.sentence_text(m.start())
            ):
                a.suppress("family", "hypothetical")
            else:
                hits.append(self.hit(m.start(), m.end(), "member", "子ども" if "児" in m.group(0)
                                     or "子" in m.group(0) else "家族", "家族の存在",
                                     "a member of the author's family", 0.3))
        for m in self.HOUSEHOLD.finditer(text):
            sent = a.sentence_text(m.start())
            if self.HYPOTHETICAL.search(sent) or (self.PET.search(sent) and not self.KIN.search(sent)):
                a.suppress("family", "hypothetical" if self.HYPOTHETICAL.search(sent) else "pet")
                continue  # 「将来は猫と二人暮らしが理想」
            n = m.group(1) or m.group(2)
            n = self._KANJI_NUM.get(n, n)
            hits.append(self.hit(m.start(), m.end(), "household_size", str(int(n)), "世帯の人数",
                                 "household size", 0.4))
        # 「5人で」 counts as the household only next to relatives.
        if hits:
            for m in re.finditer(r"(\d{1,2})\s?人で", text):
                hits.append(self.hit(m.start(), m.end(), "household_size", str(int(m.group(1))),
                                     "世帯の人数", "household size", 0.4))
        return hits
