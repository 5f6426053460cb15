"""The author's real name (identity), from a self-introduction frame.

A name counts only inside a frame that makes it the author's: 「〇〇です」, 「〇〇と申します」,
「〇〇 宛」, 「〇〇、28歳」, 「〇〇(17)」, 「本名は〇〇」. Honorifics (さん, くん, 様, 選手 …)
make it someone else's.

Two layers find the name itself:
- tokens: Sudachi's 人名-姓 followed by a given name (人名-名 or a short kana/kanji word):
  「鈴木|健一」, 「佐藤|まな」, 「田中|ゆうき」;
- neural: GiNZA's ENE ``Person`` (or ``Character``) entity, for names Sudachi does not
  tag (「佐伯ひなた」: 佐伯 is tagged as a place). The entity must lie inside a *name
  slot*: a chain of noun tokens (≥ 3 characters, with a proper noun or a kana-only word)
  that ends right before a frame or starts right after 「本名は」. Slots come from the
  Sudachi tokens alone, so the detector runs the neural layer only on sentences that
  contain a slot (``neural_sentences``): a neural finding needs a slot, hence gating
  never changes the result.

kind/value: ``name`` (the name as written, normalised), ``age`` from 「〇〇(17)」.

Misfires: a shop or pen name in a frame (「ひだまり草舎です」 is not tagged as a person);
names of people the author introduces (「こちら田中太郎です」).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from auditor.cues.attribution import THIRD_PARTY
from auditor.cues.base import Analysis, Hit, Recogniser

if TYPE_CHECKING:
    from spacy.tokens import Token

_FRAME = (
    # a reading or former name in brackets: 山本 蒼(やまもと あお)です, 斉藤 由紀(旧姓 森)です
    r"\s?(?:[((](?:[ぁ-んァ-ヶー\s]{2,16}|(?:旧姓|本名)\s?[^()()]{1,10})[))]\s?)?"
    # 「小松原悟(つくば環境科学研究所)です」: an affiliation in brackets before the copula.
    r"(?:[((][^()()\n]{2,30}[))]\s?(?=です|と申します))?"
    r"(?:です|デス|と申します|じゃ(?:[。!\s、]|$)|と(?:い|言)います|だよ|でーす|っす|やで|宛|様方|で検索|"
    r"[、\s]\s?(?:今日から)?\d{1,3}\s?(?:歳|才|サイ)|[((]\d{1,2}[))]|、\s?(?:高|中|小)?\d年|"
    r"、\s?[^、。!?\n]{1,10}在住|"
    r"、\s?[^、。!?\n]{1,14}?(?:高校?|中学?|小学校|大学|学園|学院)の?\s?\d\s?年)"
)
_AFTER = re.compile(rf"^{_FRAME}")
_BEFORE = re.compile(
    r"(?:(?:本名は|本名の|本名\s|名前は|名前\s?:|氏名\s?:?|本名:|フルネーム\s?(?:は|:)|"
    r"(?:私|僕|俺|わたし|あたし)の(?:名前|フルネーム|本名)(?:は|:|\s))\s?[「『]?|"
    r"(?:^|[。!\n\sはがも])(?:私|僕|俺|オレ|わし|うち|あたし|自分|ワタシ|ボク)、|"
    # 「みかん台高3年の杉浦そうた」, 「野球部2年の村上颯太じゃ」: a grade, then the name.
    r"(?:高|中|小|部|学園|学院|大)\s?[1-6]\s?年(?:生)?の)\s?$"
)
#: A post that presents the author's details (contacts, an address, a self-introduction):
#: there a line holding only a full name is the author's name (「名刺代わりに\n〇〇 〇〇\n…」).
_CARD_POST = re.compile(
    r"自己紹介|名刺|プロフィール|発送先|送り先|宛先|〒|@|\d{2,4}-\d{2,4}-\d{4}|TEL|メール|LINE|"
    r"インスタ|ID\s?:",
    re.IGNORECASE,
)
#: Documents that carry the author's own name: 「名札に「小松拓也」」, 「社員証の「〇〇 総務課
#: 佐久間奈緒」」, 「宛名が「宮下綾香様」」 (a full name quoted in a sentence about one of them).
_SELF_DOC = re.compile(r"名札|名刺|社員証|職員証|乗務員証|学生証|宛名|フルネーム|本名|ネームプレート|社内報|"
                       r"会員証|結果表|名簿")
#: A real name said as such outweighs a handle in the same sentence (「本名は〇〇、ハンネは△△」).
_REAL_NAME_BEFORE = re.compile(r"(?:本名|フルネーム|(?:私|僕|俺|わたし)の名前)\s?(?:は|:|の)?\s?[「『(（]?\s?$")
_EN_NAME = re.compile(
    r"\b(?:[Mm]y name is|[Mm]y name's|I'm|I am|This is)\s([A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,2})\b"
    r"|\b([A-Z][a-z]+ [A-Z][a-z]+) (?:here|desu|to moushimasu)\b"
    r"|(?:^|\n)([A-Z]{2,} [A-Z][a-z]+|[A-Z][a-z]+ [A-Z]{2,})\s?[/|｜]"
)
#: A name that owns a contact or an account given in the same post (「店主 板東健二の個人携帯は
#: 090-…」, 「オーナーの岡田みのりの個人アカウント→ @…」, 「高瀬誠(080-…)まで」, 「森田美恵名義」):
#: read only in a post that gives the author's details (``_CARD_POST``).
_OWNER_AFTER = re.compile(
    r"^\s?(?:の\s?)?(?:個人(?:の|用の?)?\s?)?(?:携帯|ケータイ|スマホ|メール|アドレス|アカウント|インスタ|"
    r"LINE|電話|連絡先|垢)|^\s?名義|^\s?[((]\s?(?:私|0\d|\+81)|^\s?(?:まで|宛)(?:[。!\s]|$|ご|お)|"
    r"^\s?が(?:直接|担当|出ます|対応|お返事|お答え|伺)",
    re.IGNORECASE,
)
#: The author's own role right before the name: 「店主 〇〇」, 「オーナーの〇〇」, 「店長・〇〇」,
#: 「二代目、〇〇です」, 「名義 〇〇」, 「僕、〇〇が出ます」, 「店主の私・〇〇」.
_OWNER_BEFORE = re.compile(
    r"(?:(?:店主|店長|オーナー|代表|園主|社長|院長|所長|二代目|三代目|四代目|担当|名義|大工|"
    r"店主の私|窓口)\s?(?:の|・|:|:|、)?\s?|(?:は|の|、|^)(?:私|僕|俺|わたし|自分)\s?・\s?)$"
)
_ANIMAL = re.compile(r"ハムスター|インコ|ウサギ|ワンコ|ニャンコ|プードル|チワワ|ダックス|ポメラニアン|"
                     r"セキセイ|フェレット|カメ|ネコ|イヌ")
_HONORIFIC = re.compile(r"^\s?(?:さん|くん|君|ちゃん|様|さま|氏|先生|選手|監督|師匠|殿|たん|っち)")
#: A span that ends in a title or honorific is someone addressed, not the author.
_TITLE_END = re.compile(r"(?:さん|くん|君|ちゃん|様|氏|先生|選手|監督|師匠|殿|社長|会長|議員|容疑者)$")
_PERSONA = re.compile(r"[Vv][Tt]uber|ハンネ|ハンドルネーム|HN|ペンネーム|芸名|作家名|ニックネーム|"
                      r"キャラ|コスプレ|アバター")
_BAD_NAME = re.compile(r"^[\d\W]+$|[#@_0-9]")


_KANA = re.compile(r"[ぁ-んァ-ヶー]+")


def name_slots(a: Analysis) -> list[tuple[int, int]]:
    """Noun chains where a name can stand in a self-introduction frame (tokens only).

    A slot is a maximal run of noun tokens (not numerals), at least 3 characters long,
    containing a proper noun or a kana-only word, that is followed by a frame
    (「です」, 「(17)」, 「、28歳」 …) or preceded by 「本名は」 within its sentence.
    """
    if a.doc is None:
        return []
    text = a.text
    toks = a.tokens
    slots: list[tuple[int, int]] = []
    i, n = 0, len(toks)
    while i < n:
        if not _nounish(toks[i]):
            i += 1
            continue
        j = i
        while j + 1 < n and _nounish(toks[j + 1]) and not toks[j].whitespace_:
            j += 1
        s, e = toks[i].idx, toks[j].idx + len(toks[j].text)
        chain = toks[i : j + 1]
        # 「豊橋|市民です」 is a resident, not a name.
        resident = chain[-1].text.endswith("民")
        if e - s >= 3 and not resident and any(
            "固有名詞" in t.tag_ or _KANA.fullmatch(t.text) for t in chain
        ):
            ss, se = a.sentence_at(s)
            if _AFTER.match(text[e:se]) or _BEFORE.search(text[ss:s]):
                slots.append((s, e))
        i = j + 1
    return slots


def _nounish(t: Token) -> bool:
    return (
        t.tag_.startswith(("名詞", "接尾辞-名詞的"))
        and not t.tag_.startswith("名詞-数詞")
        and t.text not in ("さん", "くん", "ちゃん", "様")
    )


def neural_sentences(a: Analysis) -> set[int]:
    """Indexes of the sentences the neural layer must see: those holding a name slot."""
    out: set[int] = set()
    for s, _ in name_slots(a):
        k = a.sentence_index(s)
        if k is not None:
            out.add(k)
    return out


class NameRecogniser(Recogniser):
    CATEGORY = "identity"
    NEEDS_TOKENS = True

    def analyze(self, a: Analysis) -> list[Hit]:
        hits: list[Hit] = []
        spans: list[tuple[int, int]] = []
        surnames: list[tuple[int, int]] = []
        assert a.doc is not None
        toks = a.tokens
        text = a.text
        # Token layer: 姓 + given name.
        for i, t in enumerate(toks[:-1]):
            if "人名-姓" not in t.tag_:
                continue
            nxt = toks[i + 1]
            # A given name: tagged as one, or a kana word (「ゆうき」, 「まな」); a kanji
            # common noun is not (「豊橋|市民」).
            given = "人名-名" in nxt.tag_ or "人名-一般" in nxt.tag_ or (
                re.fullmatch(r"[ぁ-んァ-ヶー]{1,5}", nxt.text) is not None
                and nxt.tag_.startswith("名詞")
            )
            # 「大西 航」: after a space, a one- or two-kanji noun is a given name too.
            if not given and t.whitespace_ and re.fullmatch(r"[\u4e00-\u9fff]{1,2}", nxt.text):
                given = nxt.tag_.startswith("名詞") and not nxt.tag_.startswith("名詞-数詞")
            # 「比嘉|ち|なつ」: Sudachi cuts an unknown kana given name into pieces.
            k = i + 1
            while not given and k < len(toks) and re.fullmatch(r"[ぁ-んァ-ヶー]+", toks[k].text) \
                    and toks[k].idx + len(toks[k].text) - nxt.idx <= 5:
                if toks[k].idx + len(toks[k].text) - nxt.idx >= 2 and k > i + 1:
                    given, nxt = True, toks[k]
                    break
                k += 1
            if not given:
                continue
            s, e = t.idx, nxt.idx + len(nxt.text)
            # 「高橋|優|斗です」: a one-kanji noun glued to the given name, before a frame.
            j = toks.index(nxt) + 1 if nxt in toks else len(toks)
            if j < len(toks) and not nxt.whitespace_ and re.fullmatch(r"[\u4e00-\u9fff]", toks[j].text) \
                    and toks[j].tag_.startswith("名詞") and not toks[j].tag_.startswith("名詞-数詞") \
                    and _AFTER.match(text[toks[j].idx + 1 : toks[j].idx + 13]) \
                    and not _AFTER.match(text[e : e + 12]):
                e = toks[j].idx + 1
            spans.append((s, e))
        # A surname Sudachi reads as a common noun or a place (「大橋 健太郎」, 「長浜|翔太」),
        # before a given name it tags as one.
        for i, t in enumerate(toks[:-1]):
            nxt = toks[i + 1]
            if "人名" not in t.tag_ and re.fullmatch(r"[\u4e00-\u9fff]{2,3}", t.text) \
                    and t.tag_.startswith("名詞") and "人名-名" in nxt.tag_ and len(nxt.text) >= 2:
                spans.append((t.idx, nxt.idx + len(nxt.text)))
        # A surname alone in a self-introduction: 「甲斐急便の望月です」, 「僕、渡部と申します」,
        # 「熊本市東区の坂本です」 (weaker: a surname narrows less than a full name).
        for t in toks:
            if "人名-姓" in t.tag_ and len(t.text) >= 2 and re.match(
                    r"^(?:です|と申します|と言います)(?:[。!、\s]|$)", text[t.idx + len(t.text) :]) and (
                    t.idx == 0 or re.search(r"(?:^|[のは、\n。!\s])$", text[max(0, t.idx - 1) : t.idx])):
                surnames.append((t.idx, t.idx + len(t.text)))
        # 「僕、岩瀬と申します」: と申します makes any short kanji word before it a name, even
        # one Sudachi reads as a place.
        for m in re.finditer(r"(?:^|(?<=[、。!\sはの]))([\u4e00-\u9fff]{2,3})(?=と申します)", text):
            if not any(s0 <= m.start(1) < e0 for s0, e0 in surnames):
                surnames.append((m.start(1), m.end(1)))
        # 「本名は林ちひろです」, 「本名の泉直子で」: after 本名 the name needs no tagging.
        for m in re.finditer(r"本名(?:は|の|:|:)\s?[「『]?([\u4e00-\u9fff]{1,3}\s?[\u4e00-\u9fffぁ-んァ-ヶー]{1,4}?)"
                             r"(?=[」』]?\s?(?:です|でやって|で(?:す|登録|検索)|、|。|だ|!|$))", text):
            spans.append((m.start(1), m.end(1)))
        # Foreign names in katakana with ・: 「グエン・ティ・ランです」.
        for m in re.finditer(r"(?<![ァ-ヶー・])[ァ-ヶー]{2,}(?:・[ァ-ヶー]{1,}){1,3}(?=です|と申します)", text):
            spans.append((m.start(), m.end()))
        # Hiragana full names with a space before a frame: 「きんじょう みさきです」.
        for m in re.finditer(r"(?<![ぁ-ん])[ぁ-ん]{2,5} [ぁ-ん]{2,5}(?=です|と申します|、)", text):
            spans.append((m.start(), m.end()))
        # One katakana token before an age: 「ヤマグチリン、今日から21サイ」, 「シマダカイト 19サイ」.
        for t in toks:
            if re.fullmatch(r"[ァ-ヶー]{5,10}", t.text) and not _ANIMAL.search(t.text) and re.match(
                r"^[、\s]\s?(?:今日から)?\d{1,2}\s?(?:歳|才|サイ)", text[t.idx + len(t.text) :]
            ):
                spans.append((t.idx, t.idx + len(t.text)))
        # A surname alone in brackets right after a phone number or an address: 「(野口)」.
        for t in toks:
            if "人名-姓" in t.tag_ and re.search(r"[\d@][^\n]{0,3}[((]\s?$", text[max(0, t.idx - 6) : t.idx]) \
                    and re.match(r"^\s?[))]", text[t.idx + len(t.text) :]):
                spans.append((t.idx, t.idx + len(t.text)))
        # Katakana or romaji full names written with a space: 「アリマ ユウト」, 「KATO Misaki」.
        for m in re.finditer(r"(?<![ァ-ヶー])[ァ-ヶ][ァ-ヶー]{1,6} [ァ-ヶ][ァ-ヶー]{1,6}(?![ァ-ヶー])", text):
            spans.append((m.start(), m.end()))
        # A katakana full name right before an age in brackets: 「タガワケンタ(17)です」.
        for t in toks:
            if re.fullmatch(r"[ァ-ヶー]{4,10}", t.text) and re.match(
                r"^\s?[((]\d{1,2}[))]\s?(?:です|だよ|っす|、)", text[t.idx + len(t.text) :]
            ):
                spans.append((t.idx, t.idx + len(t.text)))
        # Romaji names in an English or romaji self-introduction frame.
        for m in _EN_NAME.finditer(text):
            g = m.group(1) or m.group(2) or m.group(3)
            if g:
                gs = m.start(1) if m.group(1) else (m.start(2) if m.group(2) else m.start(3))
                a.candidate("identity", gs, gs + len(g))
                hits.append(self.hit(gs, gs + len(g), "name", g, "本人の氏名",
                                     "the author's real name", 0.8))
        # Neural layer: Person / Character entities inside a name slot.
        slots = name_slots(a) if a.neural else []
        for si, doc in a.neural.items():
            base = a.sents[si][0]
            for ent in doc.ents:
                s, e = base + ent.start_char, base + ent.end_char
                if ent.label_ in ("Person", "Character") and e - s >= 3 and any(
                    ss <= s and e <= se for ss, se in slots
                ):
                    spans.append((s, e))
        # Every name the layers found is a candidate for the learned layer (identity needs
        # an identifier); neural spans are inside slots, so gated or not they are the same.
        for s, e in spans:
            a.candidate("identity", s, e)
        seen: set[tuple[int, int]] = set()
        for s, e in sorted(spans, key=lambda x: (x[0], -x[1])):
            if (s, e) in seen or any(s >= x and e <= y and (x, y) != (s, e) for x, y in seen):
                continue
            name = text[s:e].strip()
            if not name or _BAD_NAME.search(name):
                continue
            # The frame is read inside the entity's sentence only: that is what makes
            # the neural gate (a search over the sentence) a necessary condition.
            ss, se = a.sentence_at(s)
            after = text[e : min(e + 40, se)]
            before = text[max(ss, s - 6) : s]
            # Someone addressed or introduced, a celebrity, a stage name: recorded for the
            # learned layer (the spans are the same gated or not, so is this).
            if _HONORIFIC.match(after) or _TITLE_END.search(name):
                a.suppress("identity", "third_party")
                continue
            # 「作家名とは別で、本名は〇〇」: a pen name set against the real one (「芸人の〇〇、
            # 本名は…」 and 「主人公の本名」 stay someone else's).
            real = bool(_REAL_NAME_BEFORE.search(text[max(ss, s - 12) : s])) and all(
                m.group(0) in ("作家", "著者") for m in THIRD_PARTY.finditer(text[ss:s]))
            if not real and (THIRD_PARTY.search(text[ss:s]) or _PERSONA.search(text[ss:se])):
                a.suppress("identity", "third_party" if THIRD_PARTY.search(text[ss:s])
                           else "persona")
                continue  # a stage or pen name (「Vtuberの〇〇です」) is not the real name
            before = text[max(ss, s - 12) : s]
            married = re.match(r"^に(?:なりました|なった)", after) and re.search(r"結婚|旧姓|入籍", text)
            signed = re.match(r"^\s?より\s?(?:$|。|\n)", text[e:]) and _CARD_POST.search(text)
            # 「高橋 美穂、本日付で総務課に異動…よろしくお願いします」: a post opening with the name.
            signed = signed or (not text[:s].strip() and re.match(r"^\s?[、,]", text[e:])
                                and re.search(r"よろしくお願い(?:します|いたします|致します)", text))
            # 「…お願いします。関門水産 仲買部 吉永正和」: a signature closing the post.
            signature = not text[e:].strip() and re.search(r"[。!\n][^。!?\n]{0,16}$", text[:s])
            owner = _CARD_POST.search(text) and (
                _OWNER_AFTER.match(text[e : min(e + 12, se)]) or _OWNER_BEFORE.search(before)
                or signature
            )
            if not (_AFTER.match(after) or _BEFORE.search(before) or married or signed or owner or
                    self._card_line(a, s, e) or self._on_document(a, s, e)):
                continue
            seen.add((s, e))
            hits.append(self.hit(s, e, "name", name, "本人の氏名", "the author's real name", 0.8))
            age = re.match(r"^\s?[((](\d{1,2})[))]", after)
            if age and not re.match(r"^\s?[((]\d{1,2}[))]\s?(?:です|だよ|っす|、|$)", after):
                age = None
            if age:
                hits.append(self.hit(e, e + age.end(), "age", str(int(age.group(1))),
                                     "本人の年齢", "the author's exact age", 0.6))
        for s, e in surnames:
            a.candidate("identity", s, e)
            ss, se = a.sentence_at(s)
            if any(x <= s < y for x, y in seen) or THIRD_PARTY.search(text[ss:s]) or \
                    _PERSONA.search(text[ss:se]):
                continue
            hits.append(self.hit(s, e, "surname", text[s:e], "本人の名字", "the author's surname", 0.5))
        return hits

    @staticmethod
    def _on_document(a: Analysis, s: int, e: int) -> bool:
        """A full name that closes a quotation in a sentence about a name tag, a business
        card, a staff card or an address label (「名札に「小松拓也」って」,
        「名刺「営業 桐谷 まこと」」), nobody else's (「友達の名刺」, 「〇〇さんの名札」)."""
        text = a.text
        ss, se = a.sentence_at(s)
        prev = a.sentence_at(ss - 1)[0] if ss > 0 else ss  # 「名刺ができた。「…」」
        if not _SELF_DOC.search(text[prev:se]):
            return False
        if not (re.search(r"[「『((][^「」『』()()\n]{0,24}$", text[ss:s])
                and re.match(r"^\s?[」』))]", text[e:se])):
            return False
        return not re.search(r"さん|様|くん|ちゃん|先生|の(?:名札|名刺|社員証)を?(?:もら|いただ|頂)",
                             text[ss:s]) and not THIRD_PARTY.search(text[prev:s])

    @staticmethod
    def _card_line(a: Analysis, s: int, e: int) -> bool:
        """A line that ends with the name, in a post presenting the author's details."""
        text = a.text
        ls = text.rfind("\n", 0, s) + 1
        le = text.find("\n", e)
        le = len(text) if le < 0 else le
        head, tail = text[ls:s], text[e:le]
        # 「(山田 亨)」 or 「(保育士 中村あかり)」 right after a contact: the signature.
        if re.search(r"[((][^()()\n]{0,8}$", head) and re.match(r"^\s?[))]", tail):
            return bool(_CARD_POST.search(text))
        if not re.fullmatch(r"\s*(?:[((][^()()]{0,16}[))])?\s*(?:[/|・]\s*[^\n]*)?", tail):
            return False
        if len(head) > 24 or re.search(r"さん|様|くん|ちゃん|宛|方へ", head + tail[:4]):
            return False
        if "\n" not in text and not head and not tail.strip():
            return False  # a post that is only a name says nothing about whose
        return bool(_CARD_POST.search(text))
