"""The author's role at a named workplace: owners, successors, staff, shifts (workplace).

``workplace.py`` ties an organisation to the author through employment verbs next to
it. Many people say it differently: they *run* or *inherit* a business (「〇〇やってます」,
「〇〇を営む」, 「〇〇の二代目」, 「〇〇の若女将です」), *do a job there* (「〇〇で介護福祉士をして
いる」, 「〇〇でフロントやってます」, dialect 「事務しとる」, 「営業しよります」, 「看護師しった」),
*belong to a section* (「〇〇本社、経理部におります」, 「〇〇県庁 〇〇課の〇〇です」), or talk about
*their shifts* there (「〇〇のシフト」, 「〇〇の夜勤は」, 「〇〇のバイトは」).

The rule is structural: a *named place of work* (a name in 「」/『』, an organisation chain
from ``workplace._orgs``, a proper-noun chain ending in a workplace noun: 〜園, 〜苑, 〜院,
〜屋, 〜丸, 〜酒造, 〜漁港 …) and, in the same sentence, a *role predicate* of the author
read from Sudachi lemmas (やる/する/営む/継ぐ/勤める + a progressive or polite ending,
including the western-Japan aspect auxiliaries とる/よる/ちょる/ゆう), a role noun (N代目,
女将, 大将, 店主, 顧問 …) or a shift noun after 「の」.

Not the author's: third parties (「友達のお店」, 「〇〇さんが営む」), wishes and hearsay
(「〇〇で働きたい」, 「〜らしい」), the past (「昔〇〇でバイトしてた」), reviews of a shop.

Misfires: a quoted title before 「やってます」 (「『〇〇』やってます」 about a game) is read as
a business when a shop word is near; a freelance job named like a shop.
"""

from __future__ import annotations

import re

from auditor.cues.attribution import HEDGE, SELF_TOO, THIRD_PARTY
from auditor.cues.base import Analysis, Hit, Recogniser, is_place_tag, is_proper

#: Nouns that end the name of a place of work (shops, farms, boats, offices).
_WORK_NOUNS = (
    "園", "苑", "院", "屋", "店", "丸", "酒造", "蔵", "工房", "工場", "農園", "牧場", "漁港", "市場",
    "旅館", "ホテル", "事務所", "食堂", "商店", "水産", "鮮魚", "製麺所", "所", "館", "荘", "亭",
    "センター", "ショップ", "カフェ", "サロン", "クリニック", "病院", "薬局", "教室", "スタジオ",
    "銀行", "本社", "支店", "営業所", "県庁", "市役所", "区役所", "役場", "役所", "庁", "課", "部",
    "ゲストハウス", "屋台", "病棟", "本店",
)
#: Role nouns the author gives themselves at the workplace.
_ROLE_NOUN = re.compile(
    r"(?:[一二三四五六七八九十\d]+代目|若女将|女将|大将|店主|店長|オーナー|船頭|親方|顧問|院長|"
    r"園長|館長|社長|代表(?!電話|番号|窓口|的)|杜氏|跡取り|若旦那|マスター|料理長|副店長|主任|若い衆|班長|係長|課長|部長|"
    r"支店長|所長|売り子|看板娘|弟子)"
)
#: Operating a business: 「やってます」, 「営んでいます」, 「継ぎました」, 「開業して」.
_OPERATE_LEMMAS = frozenset(["やる", "営む", "継ぐ", "経営", "開業", "切り盛り", "開く", "構える",
                             "開院", "開店", "始める", "弟子入り", "異動", "赴任", "転勤", "出向",
                             "入社", "配属", "就職", "転職"])
#: Doing a job there: する / 勤める / 働く / 務める with a job noun before する.
_DO_LEMMAS = frozenset(["する", "勤める", "働く", "務める", "勤務", "居る", "おる", "いる"])
#: Making the business's goods is working there: 「『〇〇製麺』で毎朝うどん打ってる」.
_PRODUCE_LEMMAS = frozenset(["打つ", "作る", "焼く", "織る", "引き上げる", "仕込む", "捌く", "さばく",
                             "育てる", "醸す", "握る", "揚げる", "搾る", "磨く", "組み立てる", "縫う",
                             "染める", "教える", "切る", "盛る", "淹れる", "研ぐ"])
#: Progressive / polite / dialect aspect endings right after the verb (not a past 「た」).
_ASPECT = re.compile(
    r"^(?:て|で|っ?と|っちょ|ちょ|よ|ゆ|りゆ|りよ|ます|てら|とり|ており|ってる|ってま|"
    r"った[^。!?\n]{0,3}(?:よ|ね|っちゃ|けん|で|げん|わ)?$)"
)
_PAST = re.compile(r"(?:てた|てました|ていた|とった|よった|ちょった|だった|でした|昔|以前|かつて|前職|元)")
#: Shift talk after the workplace's name: 「〇〇のシフト」, 「〇〇の夜勤は」.
_SHIFT_AFTER = re.compile(r"^の\s?(?:バイト|アルバイト|パート|シフト|夜勤|日勤|早番|遅番|当直|勤務)")
#: A section of an organisation and the author in it: 「経理部におります」, 「観光振興課の〇〇です」.
_SECTION = re.compile(
    r"[\u4e00-\u9fffァ-ヶー]{1,10}(?:部|課|係|室|科|病棟|支店|営業所)\s?(?:に(?:おります|います|所属)|"
    r"の[^。!?\n、]{1,12}(?:です|と申します)|勤務|配属|所属)"
)
#: A noun that names a job (for 「〇〇で[job]をしている」): suffixes of occupations and work.
_JOB_NOUN = re.compile(
    r"(?:士|師|員|係|業|担当|番|手|職|長|医|官|記者|スタッフ|ドライバー|エンジニア|"
    r"デザイナー|事務|営業|受付|フロント|レジ|研磨|仲卸|配達|配送|調理|接客|販売|経理|総務|清掃|"
    r"介護|看護|警備|開発|設計|企画|バイト|アルバイト|パート|夜勤|仕事|勤務|店番|女将|農|漁|"
    r"メンテ|製造|集配|指導員|班長|係長|課長|部長|主任|三交代|交代勤務|番|仲居|板前|職人|大工|漁師|"
    r"農家|庭師|調剤|受付係|見習い|インストラクター|トレーナー|セラピスト|ナース)$"
)
#: 「整体院やってます」, 「三線教室やってる」, 「店出してます」: a kind of business run by the author.
_RUN_BUSINESS = re.compile(
    r"(?:院|教室|屋|店|工房|カフェ|サロン|食堂|民宿|ゲストハウス|農園|果樹園|牧場|スタジオ)を?\s?"
    r"(?:やって(?:ます|る|います|おります)|やっと(?:る|ります)|やりゆう|営んで|経営して|開業して|"
    r"出してます|出しとる|構えて)"
)
_NAMED_SHIFT = re.compile(
    r"(?:^|(?<=[\s、。!?「『(]))([\u4e00-\u9fffぁ-んァ-ヶー々]{2,10})の\s?"
    r"(?:シフト|夜勤|日勤|バイト|アルバイト|パート|早番|遅番)(?:は|、|も|が|:)"
)
_NOT_SHIFT_OWNER = re.compile(
    r"^(?:今日|明日|昨日|今週|来週|先週|今月|来月|年末|年始|土日|週末|平日|深夜|夜|朝|昼|この|その|あの|"
    r"次|いつも|最初|最後|初|新人|友達|彼氏|彼女|旦那|夫|妻|息子|娘|会社|職場|学校|大学|冬|夏|春|秋|"
    r"[月火水木金土日]曜|夜勤|日勤|早番|遅番|バイト|パート|シフト|仕事|三交代|交代)$|^(?:この|その|あの)|"
    r"(?:から|まで|より|など|とか)$"
)
_WORK_IS = re.compile(
    r"(?:バイト|パート|勤務|勤め|職場|仕事)(?:先)?(?:は|:)\s?[^。!?\n「『]{0,14}?[「『]([^」』]{2,20})[」』]"
)
#: At one's post in the workplace: 「〇〇書房』レジにいます」, 「〇〇の店先に立ってます」.
_AT_POST = re.compile(
    r"^[^。!?\n]{0,12}?(?:レジ|店先|窓口|カウンター|厨房|店頭|ブース|受付|売り場)(?:に|で)\s?"
    r"(?:い(?:ます|る)|おり|おる|立って|入り|入って)"
)
#: 「〇〇消防局の救急隊です」: a unit of the organisation and the author in it.
_UNIT = re.compile(
    r"^の\s?[\u4e00-\u9fffァ-ヶー]{1,8}(?:隊|班|員|係|担当|チーム|スタッフ|職員)\s?(?:です|をして|として|やって)"
)
#: Transferred to an office: 「異動で函館支店に来て半年」.
_TRANSFER = re.compile(r"異動|転勤|赴任|配属|出向")
#: 「で仲居しよります」, 「で事務しとる」 read on the text when the tokens are unreliable.
_JOB_TEXT = re.compile(
    r"^\s?(?:の[^\s、。!?]{1,8}?)?(?:で|に)\s?([\u4e00-\u9fffァ-ヶー]{1,10}?)\s?を?\s?"
    r"(?:し|やっ|や)(?:て(?:る|ま|い|お)|と(?:る|り|っ)|よ(?:る|り)|ちょ|ゆう|っと|った)"
)
_BUSINESS = re.compile(
    r"屋|店|美容室|室|科|院|カフェ|工房|園|苑|教室|食堂|ショップ|サロン|ホテル|旅館|酒造|製作所|会社|事務所|"
    r"クリニック|院|スタジオ|農家|漁師|民宿|ゲストハウス|屋台|蔵|丸"
)
#: 「うちの牧場、『〇〇』」, 「職場の『〇〇』」, 「我が家の蔵「〇〇」」: the business is the author's.
_OWN_BUSINESS = re.compile(
    r"(?:うち|我が家|わが家|私|僕|俺|自分|わし)の(?:お?店|会社|工場|牧場|農園|畑|蔵|工房|事務所|病院|"
    r"医院|サロン|教室|旅館|宿|ホテル|カフェ)|(?:職場|バイト先|パート先|勤務先|勤め先|出向先|"
    r"配属先|転職先|就職先)(?:の|は|:)"
)
_QUOTED = re.compile(r"[「『]([^「」『』\n]{2,25})[」』]")
_NOT_OWN = re.compile(
    r"さんの|くんの|ちゃんの|さんが|さんは|行きたい|行ってみたい|入りたい|働きたい|志望|面接|"
    r"おすすめ|オススメ|美味し|うまい|最高でした|行った|行ってきた|食べた|まとめ|記事|サイト|"
    r"みたいな|ような|ってドラマ|って映画|って漫画|ってアニメ|ってゲーム"
)


def _not_own_reason(sent: str) -> str | None:
    """Why a sentence's business is not the author's: someone else's, hearsay, a review."""
    if THIRD_PARTY.search(sent) or _NOT_OWN.search(sent):
        return "third_party"
    return "hearsay" if HEDGE.search(sent) else None


class WorkRoleRecogniser(Recogniser):
    CATEGORY = "workplace"
    NEEDS_TOKENS = True

    def analyze(self, a: Analysis) -> list[Hit]:
        assert a.doc is not None
        from auditor.cues.workplace import KIN_JOB, KIN_TOPIC, KIN_WORK, WorkplaceRecogniser

        text = a.text
        orgs = WorkplaceRecogniser()._orgs(a)
        org_set = set(orgs)
        names = self._names(a, orgs)
        hits: list[Hit] = []
        toks = a.tokens
        for s, e in names:
            # 「『焼き鳥 とりまる』さんから告知」: an honorific after a business makes it
            # someone else's (recorded for the learned layer).
            if re.match(r"^[」』]?\s?(?:さん|様|さま)(?!ま)", text[e : e + 4]):
                a.suppress("workplace", "third_party")
            # Quoted speech (「せんせーおはよー!」, 「…職場です」) and people's names are not
            # places of work; anything else named is a candidate for the learned layer.
            inside = [t for t in toks if s <= t.idx < e]
            person = bool(inside) and all("人名" in t.tag_ for t in inside)
            if not (person or re.search(r"[!?。、!?…]|(?:です|ます|よ|ね)$", text[s:e])):
                a.candidate("workplace", s, e)
        for m in _OWN_BUSINESS.finditer(text):
            q = _QUOTED.search(text, m.end(), min(len(text), m.end() + 24))
            if q and (THIRD_PARTY.search(a.sentence_text(m.start())) or _NOT_OWN.search(
                    a.sentence_text(m.start()))):
                a.suppress("workplace", "third_party")
            elif q:
                hits.append(self.hit(q.start(1), q.end(1), "org", q.group(1), "勤務先・自分の店",
                                     "the author's workplace or own business", 0.7))
        # 「整体院やってます」, 「ピアノ教室やってます(高松市林町)」: running a kind of business
        # at a place named in the post is a workplace even without the business's name.
        if not hits:
            for m in _RUN_BUSINESS.finditer(text):
                sent = a.sentence_text(m.start())
                located = [p for p in a.places if p.kind != "prefecture" and p.kind != "line"]
                reason = _not_own_reason(sent) or ("past" if _PAST.search(m.group(0)) else None)
                if reason:
                    a.suppress("workplace", reason)
                elif located:
                    p = located[0]
                    hits.append(self.hit(p.start, p.end, "org", p.value, "経営する店の場所",
                                         "where the author's own business is", 0.5))
                    break
        if not hits and _TRANSFER.search(text):
            for s, e in orgs:
                if re.search(r"(?:支店|支社|営業所|本社|工場|事務所|県庁|市役所|出張所)$", text[s:e]):
                    sent = a.sentence_text(s)
                    blocked = KIN_WORK.search(sent) or THIRD_PARTY.search(sent) or HEDGE.search(sent)
                    if _TRANSFER.search(sent) and blocked:
                        a.suppress("workplace", "kin" if KIN_WORK.search(sent) else "third_party")
                    elif _TRANSFER.search(sent):
                        hits.append(self.hit(s, e, "org", text[s:e], "異動先の勤務先",
                                             "the office the author was transferred to", 0.7))
                        break
        # 「とりしげのバイトは」, 「あおがき苑の夜勤は」: any short name before a shift word.
        for m in _NAMED_SHIFT.finditer(text):
            name = m.group(1)
            sent = a.sentence_text(m.start())
            if _NOT_SHIFT_OWNER.search(name):
                continue
            if THIRD_PARTY.search(sent) or HEDGE.search(sent):
                a.suppress("workplace", "third_party" if THIRD_PARTY.search(sent) else "hearsay")
                continue
            if not any(h.start <= m.start(1) < h.end for h in hits):
                hits.append(self.hit(m.start(1), m.end(1), "org", name, "勤務先(シフト)",
                                     "the author's workplace (shifts there)", 0.6))
        # 「バイトは大街道のカフェ『ミカンノキ』で」: the work noun first, then the place's name.
        for m in _WORK_IS.finditer(text):
            a.candidate("workplace", m.start(1), m.end(1))
            if THIRD_PARTY.search(a.sentence_text(m.start())) or HEDGE.search(
                    a.sentence_text(m.start())):
                a.suppress("workplace", "third_party")
            else:
                hits.append(self.hit(m.start(1), m.end(1), "org", m.group(1), "勤務先",
                                     "the author's workplace", 0.6))
        for s, e in names:
            if re.search(r"(?:学校|高校|大学|大学院|学園|学院|中学|幼稚園|保育園|[小中高大])$",
                         text[s:e]) or text[max(0, s - 1) : s] == "某":
                continue  # schools are school.py's (staff included); 「某〇〇」 is anonymised
            ss, se = a.sentence_at(s)
            sent = text[ss:se]
            # The name's closing bracket is not part of what follows it.
            after = text[e:se].removeprefix("」").removeprefix("』")
            verb = self._role_verb(a, toks, e, se)
            # Sudachi may read a dialect form as a name (「仲居|しより|ます」): read the text.
            jm = _JOB_TEXT.match(after)
            if verb is None and jm and _JOB_NOUN.search(jm.group(1)):
                verb = "job"
            role = (
                _SHIFT_AFTER.match(after)
                or _AT_POST.match(after)
                or _UNIT.match(after)
                or _ROLE_NOUN.search(text[max(ss, s - 6) : s] + after[:14])
                or _SECTION.search(after)
                or verb
                or (text[s:e].endswith("丸") and re.match(r"^\s?(?:に|さ)\s?乗", after))
            )
            if not role:
                continue
            # A role at a named place, but someone else's: recorded for the learned layer
            # when the owner comes before the name (「友達のお店『〇〇』」), not for a word
            # after it (「…でフロントやっとるけど、お客さんが」) nor when the author does it too.
            if KIN_WORK.search(text[ss:s]) or KIN_JOB.search(sent) or KIN_TOPIC.match(text[ss:s]):
                if not SELF_TOO.search(sent):
                    a.suppress("workplace", "kin")
                continue
            reason = _not_own_reason(sent) or ("not_work" if "PTA" in sent else None)
            if reason:
                if _not_own_reason(text[ss:s]) and not SELF_TOO.search(sent):
                    a.suppress("workplace", reason)
                continue
            if verb == "operate" and (s, e) not in org_set and not (
                _BUSINESS.search(text[s:e]) or _BUSINESS.search(text[max(ss, s - 10) : s])
            ):
                continue  # 「『〇〇』やってます」 about a game or a show: no business named
            # 「出雲市役所 代表0853-21-2211」: an office's switchboard listed for anyone.
            if re.match(r"^\s?(?:代表|TEL|Tel|tel|☎|電話)?\s?[::]?\s?0\d{1,4}-\d{1,4}-\d{3,4}", after) and \
                    not re.search(r"私|僕|俺|自分|うち|弊社|当社", sent):
                a.suppress("workplace", "venue")
                continue
            if _PAST.search(after[:30]) and not re.search(r"異動|転職|入社|赴任|独立", sent) and not re.search(r"(?:て|で)(?:る|ます|おります)", after):
                a.suppress("workplace", "past")
                continue
            hits.append(self.hit(s, e, "org", text[s:e], "勤務先・経営する店",
                                 "the author's workplace or own business", 0.7))
        return hits

    @staticmethod
    def _role_verb(a: Analysis, toks: list, e: int, se: int) -> str | None:
        """A work verb after the name in its clause, in the author's present.

        ``"job"`` for a job noun + する or 働く/勤める, ``"operate"`` for running a business
        (やる/営む/継ぐ without a job noun), None otherwise.
        """
        for k, t in enumerate(toks):
            if t.idx < e or t.idx >= se:
                continue
            if t.text in ("。", "!", "?") or t.idx - e > 30:
                break
            if t.lemma_ in ("たい", "ない") or t.text.startswith("たい"):
                return None
            rest = a.text[t.idx + len(t.text) : se]
            kind = "job"
            if t.lemma_ in _OPERATE_LEMMAS or t.text == "やっ":
                m = k - 1 - (k > 1 and toks[k - 1].text == "を")
                kind = "job" if m >= 0 and _JOB_NOUN.search(toks[m].text) else "operate"
            if t.lemma_ in _PRODUCE_LEMMAS and re.match(r"^(?:て|で|っ?と|よ|ちょ|ゆ)", rest):
                return "job"
            if t.lemma_ in _OPERATE_LEMMAS or t.lemma_ in _DO_LEMMAS or t.text in ("やっ", "し"):
                if t.lemma_ in ("居る", "おる", "いる") and not re.search(
                    r"[部課係室]\s?に\s?$", a.text[max(0, t.idx - 6) : t.idx]
                ):
                    continue
                if t.lemma_ == "する" or t.text == "し":
                    # Only a job noun before する (「事務しとる」, 「介護福祉士をしている」).
                    m = k - 1 - (k > 1 and toks[k - 1].text == "を")
                    if m < 0 or not _JOB_NOUN.search(toks[m].text):
                        continue
                started = ("経営", "開業", "勤務", "開院", "開店", "入社", "就職", "異動", "赴任", "独立")
                if _ASPECT.match(rest) or t.lemma_ in started or re.match(
                    r"^(?:とる|とり|ちょる|よる|より|ゆう|ゆー|とっ|った|ってら|てら|ら)", rest
                ):
                    return kind
            # Sudachi splits 「やりゆう」 as や|りゆう: the Kōchi progressive of やる.
            if t.text == "や" and re.match(r"^(?:りゆう|りよる|っとる|っちょる|ってら)", rest):
                return "operate"
        return None

    @staticmethod
    def _names(a: Analysis, orgs: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Spans that name a place of work: quoted names, org chains, proper-noun chains."""
        assert a.doc is not None
        text = a.text
        out = list(orgs)
        for m in _QUOTED.finditer(text):
            after = text[m.end() : m.end() + 4]
            if re.match(r"^(?:って|と(?:言|思|い)|みたい|的)", after):
                continue  # quoted speech, not a name
            out.append((m.start(1), m.end(1)))
        toks = a.tokens
        for i, t in enumerate(toks):
            if not t.text.endswith(_WORK_NOUNS) or not t.tag_.startswith(("名詞", "接尾辞")):
                continue
            j = i
            while j > 0 and i - j < 5 and toks[j - 1].tag_.startswith(("名詞", "接頭辞", "接尾辞")) \
                    and not toks[j - 1].tag_.startswith("名詞-数詞") and toks[j - 1].text not in (
                        "の", "うち", "この", "その", "近く", "近所"):
                j -= 1
            chain = toks[j : i + 1]
            proper = any(is_proper(c) or is_place_tag(c) for c in chain[:-1]) or (
                is_proper(t) and len(t.text) > 2
            )
            if len(chain) >= 2 and proper:
                out.append((chain[0].idx, t.idx + len(t.text)))
        # Merge overlaps, keeping the longest.
        out.sort(key=lambda x: (x[0], -x[1]))
        merged: list[tuple[int, int]] = []
        for s, e in out:
            if merged and s < merged[-1][1]:
                if e > merged[-1][1]:
                    merged[-1] = (merged[-1][0], e)
                continue
            merged.append((s, e))
        return merged
