"""The author's employer, office or shop (workplace).

Organisation names are read on Sudachi tokens: 株式会社/有限会社 plus the noun chain
next to it, or a chain ending in an organisation suffix (銀行, 信金, 商事, 電機, 食品,
病院, クリニック, 県庁, 市役所, 図書館, 工場, 支店, 本社, 営業所, 店 …).

A name alone is not employment (「ミナト銀行みたいな会社に行きたい」, news about a
company). The author must be tied to it by a work cue in the same sentence:
働く/勤務/勤める/入社/配属/異動/就職/経営, 「で〇〇やってます」 with a job noun, 「〇〇部の
[名前]です」 (business self-introduction), 「バイト先の」, 「勤務先」, 「会社の最寄り」,
「うちの事務所」, 「〇〇のオフィス」, or the voice of a shop owner (「ご来店ありがとう
ございます」, 「〇〇屋をやってます」, 「11時オープンです」).

kind/value: ``org`` (name as written, or the office's place), ``job`` (the job noun).

Misfires: someone else's shop praised with owner-like words; a freelance job from
home (no workplace by the taxonomy) said with shop words.
"""

from __future__ import annotations

import re

from auditor.cues.attribution import HEDGE, SELF_TOO, THIRD_PARTY
from auditor.cues.base import Analysis, Hit, Recogniser, is_place_tag, is_proper
from auditor.cues.candidates import named_chains
from auditor.cues.matchers import brand_workplaces

_ORG_SUFFIXES = (
    "株式会社", "有限会社", "銀行", "信金", "信用金庫", "商事", "物産", "電機", "電気", "工業",
    "食品", "製作所", "製薬", "建設", "工務店", "不動産", "証券", "保険", "病院", "医院",
    "クリニック", "薬局", "県庁", "府庁", "都庁", "道庁", "市役所", "区役所", "役場", "役所",
    "図書館", "工場", "支店", "支社", "本社", "本店", "営業所", "事務所", "店", "ホールディングス",
    "新聞社", "新聞", "出版社", "ホテル", "旅館", "美容室", "サロン", "郵便局", "消防署", "警察署",
    "センター", "物流", "運輸", "交通", "設計", "テック", "モバイル", "商店", "研究所", "協会",
    "組合", "財団", "法人", "事業所", "出張所", "ターミナル", "空港", "市場", "メーカー", "庁",
    "支所", "支部", "漁協", "農協", "損保", "生命", "信組", "消防局", "歯科", "眼科", "整骨院",
    "鍼灸院", "整体院", "製作所", "鉄工所", "印刷", "精機", "精工", "酒造", "水産", "農園",
    "署", "局",
    # Shop and inn names: 「霧島かやの荘」, 「出島ちゃんぽん本舗」, 「すだち軒」, 「紗月堂」.
    "荘", "本舗", "製菓", "観光", "畜産", "ファーム", "タクシー", "急便", "運送", "商会", "堂", "軒",
    "亭", "舎", "庵", "化学", "化成", "製紙", "電装", "電子", "技研", "重工", "産業", "興業", "通信",
    "システム", "システムズ", "製麺", "マート", "ストア",
    "果樹園", "農場", "牧場", "ワイナリー", "醸造所", "工房", "窯元",
)
#: Shop and inn names Sudachi cuts at a particle (「霧島かや|の|荘」, 「別府ゆ|の|か荘」): read on
#: the surface, from a particle or bracket to the suffix.
_SHOP_NAME = re.compile(
    r"(?:^|(?<=[はがをでにへと、。!\s「『((]))([\u4e00-\u9fffァ-ヶーぁ-ん]{2,9}?(?:荘|本舗|軒|亭|堂|舎|庵))"
    r"(?=で|に|の|は|が|、|」|』|です|\s|$)"
)
_ORG_WORD = re.compile("|".join(_ORG_SUFFIXES))
#: A relative's job: 「夫が〇〇支社に赴任」, 「旦那の会社」, 「父が勤めた〇〇」 (family, not workplace).
KIN_WORK = re.compile(
    r"(?:夫|旦那|ダンナ|だんな|主人|妻|嫁|息子|娘|父|母|親父|兄|姉|弟|妹|義父|義母|彼氏|彼女)"
    r"(?:さん)?(?:が|は|の(?:前の|元の|昔の|今の|新しい)?(?:会社|勤め先|職場|勤務先|仕事|転勤|赴任)|も)"
)
#: Someone else as the subject of a work sentence: 「同級生が燕三条の包丁メーカーで職人やってる」.
OTHER_WORKER = re.compile(r"(?:同級生|クラスメイト|幼なじみ|いとこ|従兄弟|従姉妹|知人|近所の人)(?:の\S{0,4})?(?:が|は|も)")
#: A relative as the topic of the sentence: 「うちの母、〇〇製麺で40年パートしてる」.
KIN_TOPIC = re.compile(
    r"^\s?(?:うちの|私の|僕の|俺の|わたしの)?(?:夫|旦那|主人|妻|嫁|息子|娘|父|母|親父|兄|姉|弟|妹|義父|義母|"
    r"祖父|祖母|じいちゃん|ばあちゃん)(?:さん)?、"
)
#: A kind of workplace between a place and a work verb: 「京都の老舗和菓子屋で働いてます」,
#: 「長崎の造船所勤務」 point to one workplace even without its name.
_FACILITY = re.compile(
    r"屋|工房|旅館|工場|造船所|製作所|窯元|ワイナリー|酒蔵|蔵元|食堂|病院|医院|クリニック|薬局|"
    r"ホテル|カフェ|喫茶|牧場|農園|果樹園|漁港|市場|保育園|幼稚園|施設|事務所|整骨院|整体院|"
    r"美容室|サロン|書店|本屋|スーパー|コンビニ|百貨店|デパート|郵便局|プラント|造船|倉庫"
)
#: 「漁師やってる親父」: the job belongs to the relative after it.
KIN_JOB = re.compile(r"(?:やってる|してる|しとる|やっとる|やりゆう)の?\s?(?:親父|父|母|夫|旦那|兄|姉|弟|妹|"
                     r"息子|娘|祖父|祖母|じいちゃん|ばあちゃん)")
_KANA_WORD = re.compile(r"[ぁ-んァ-ヶーA-Za-z]+")
_CHAIN_STOP = frozenset(["の", "うち", "この", "その", "某", "近く", "近所", "駅前", "お", "ご"])
#: Suffixes that name one institution even after a common noun (「市民|病院」).
_INSTITUTIONS = ("病院", "銀行", "図書館", "庁", "役所", "役場", "工場", "郵便局", "署", "局")
JOBS = (
    "看護師", "准看護師", "介護士", "保育士", "薬剤師", "医師", "歯科医", "歯科衛生士",
    "理学療法士",
    "作業療法士", "司書", "教員", "教師", "講師", "店長", "副店長", "店員", "スタッフ", "社員",
    "事務", "経理", "総務", "営業", "窓口", "受付", "品質管理", "エンジニア", "SE", "デザイナー",
    "スタイリスト", "美容師", "理容師", "仲居", "シェフ", "料理人", "調理", "配送", "ドライバー",
    "運転士", "車掌", "駅員", "警察官", "消防士", "公務員", "職員", "研究員", "記者", "編集",
    "販売", "レジ", "バイト", "アルバイト", "パート", "夜勤", "日勤", "当直", "シフト",
    "グランドスタッフ",
    "CA", "パイロット", "整備士", "バリスタ", "パティシエ", "パン職人", "ネイリスト", "融資",
    "集配", "三交代", "二交代", "製造", "清掃", "警備", "接客", "ガイド", "寮監", "トリマー",
    "engineer", "designer", "nurse", "developer", "エンジニア職",
)
_JOB_RE = "|".join(sorted(map(re.escape, JOBS), key=len, reverse=True))
#: Not inside a longer katakana or Latin word (「アパート」 is not パート).
_JOB_PATTERN = re.compile(rf"(?<![ァ-ヶーA-Za-z])(?:{_JOB_RE})")
#: Words that make a sentence about the author's work: a specific place in such a sentence
#: is a *located* place of work candidate (「宇都宮駅東口の会社まで」, 「清原の工場まで通勤」).
WORK_CONTEXT = re.compile(
    r"会社|職場|勤務|出勤|通勤|勤め|働[いきくけ]|仕事|バイト|パート|工場|オフィス|事務所|現場|"
    r"支店|支社|本社|営業所|(?<![閉開])店(?!員さん)|転勤|赴任|異動|配属|出向|シフト|夜勤|当直|"
    r"継[いぐ]|代目|経営|営ん|開業|店主|女将|教えて|担任"
)


#: 「呉の造船所」, 「清原の工場」: a name, の, then a place-of-work noun.
_LOCATED_AT = re.compile(
    r"^の\s?(?:工場|造船所|会社|事務所|オフィス|店|お店|病院|現場|支店|営業所|本社|工房|倉庫|農園|"
    r"牧場|市場|漁港|ホテル|旅館|施設|センター|研究所|ラボ)"
)
#: A name in brackets right after a noun: 「うち(菓匠あさの)」 (no digits: not 「(5歳)」).
_NAME_IN_BRACKETS = re.compile(r"(?<=[\u4e00-\u9fffァ-ヶーち])[((]([^()()、。!?!?\d\n]{2,20})[))]")
#: A client's or a competitor's organisation: 「取引先の〇〇商事」, 「客先の〇〇工場」.
_CLIENT_BEFORE = re.compile(r"(?:取引先|客先|クライアント|先方|競合|他社)(?:の|さん|である)?\s?$")
_NOT_OWN_WORK = re.compile(
    r"某|取引先|客先|クライアント|先方|みたいな|ような|行きたい|入りたい|受けたい|志望|面接|"
    r"内定辞退"
)


#: A job told as the past: 「昔〜で働いてた」, 「前の職場」, 「辞めて5年」.
_PAST_WORK = re.compile(r"昔|以前(?:は|に)|前の職場|元職場|辞めて|退職して|(?:働いて|やって|して|勤めて)た(?:頃|ころ|時|とき|こと)")


_REVIEW = re.compile(
    r"美味し|おいし|うまい|うまか|旨い|一択|おすすめ|オススメ|絶品|親切|食べた|飲んだ|買った|リピ|コスパ|"
    r"定休|だって|らしい|ニュース|出展|特別展|閉店のお知らせ|改装|番組|NHK|BS|テレビ"
)
#: Words that tie the author to a workplace anywhere in the post.
_OWN_WORK = re.compile(
    r"働|勤務|勤め|バイト|パート|当店|弊社|私の店|店主|店長|入社|シフト|出勤|"
    r"職場|仕込み|ご来店|ご予約|お待ちして|営業中|やってます|やってる|しとります|しております|してます|"
    r"しています|を開いて|開業|出展中|うちの"
)
_COWORKERS = frozenset(["同僚", "同期", "後輩", "先輩", "上司"])


def blocked_reason(a: Analysis, pos: int, explicit: bool = False) -> str | None:
    """Why a work cue at ``pos`` is not the author's job (None when nothing says so).

    ``explicit``: the author owns the workplace in words (「勤務先の〇〇病院」, 「うちの会社
    (〇〇)」); hearsay in the sentence is then about the news, not about the job
    (「勤務先の〇〇病院、面会制限が緩和されたらしい」)."""
    sent = a.sentence_text(pos)
    ss = a.sentence_at(pos)[0]
    if KIN_WORK.search(a.text[ss:pos]) or KIN_JOB.search(sent) or OTHER_WORKER.search(a.text[ss:pos]) or (
            KIN_TOPIC.match(a.text[ss:pos]) and not SELF_TOO.search(sent)):
        return "kin"
    third = THIRD_PARTY.search(sent)
    # Coworkers belong to the author's own workplace when the author owns it in words
    # (「入社した〇〇では同期で一番年下」, 「同僚と、うちの会社(〇〇)の歓迎会」).
    if third and explicit and all(
            m.group(0) in _COWORKERS for m in THIRD_PARTY.finditer(sent)):
        third = None
    if third or _NOT_OWN_WORK.search(sent):
        return "third_party"
    # 「昔、白浜の旅館で仲居してた頃」, 「前の職場の日立の工場、辞めてもう5年」: a job left behind.
    if _PAST_WORK.search(sent):
        return "past"
    # 「出雲市役所 代表0853-21-2211」: an office's switchboard, listed for anyone.
    if re.match(r"^[^。!?\n]{0,16}?(?:代表|TEL|Tel|tel|☎|電話)?\s?[::]?\s?0\d{1,4}-\d{1,4}-\d{3,4}",
                a.text[pos : pos + 30]) and not re.search(r"私|僕|俺|自分|うち|弊社|当社", sent):
        return "venue"
    if HEDGE.search(sent) and not explicit:
        return "hearsay"
    if re.search(r"PTA|役員|ボランティア", sent):
        return "not_work"
    return None


class WorkplaceRecogniser(Recogniser):
    CATEGORY = "workplace"
    NEEDS_TOKENS = True
    #: Work cues right after an organisation or place (same clause).
    WORK_AFTER = re.compile(
        rf"^[^。!?\n]{{0,16}}?(?:で|に|の|へ|、|\s)\s?(?:[^。!?\n、]{{0,8}}?)"
        rf"(?:働[いきくけ]|勤務|勤め|務め|入社|配属|異動|就職|転職|経営|勤続|"
        rf"(?:{_JOB_RE})(?:担当|係|職|業務)?(?:を|と)?(?:して|やって|として|です|の|\d|歴|明け|中)|で教えて(?:ます|いる|る)|やってる者|"
        # 「〇〇病院の小児病棟で看護師長になりました」: promoted or hired into a job there.
        rf"(?:{_JOB_RE})長?に(?:なり|なっ|昇進|昇格|復帰|採用)|"
        r"[\u4e00-\u9fffァ-ヶー]{0,8}?(?:士|師|員|職人|担当|仲居|女将|修業|修行)(?:を|と)?\s?"
        r"(?:して|しと|しよ|しちょ|やって|やっと|です|中)|"
        r"の者です|部の[^。!?\n]{1,10}です|部です|課です|"
        # 「日向化学に入って3年」, 「厨房に入ってもう7年」, 「〇〇荘で3年目」, 「〇〇でバイト。」
        r"(?:に|で)?入って(?:もう)?\d+年|に所属|所属(?:して|に|の)|で\d+年目|に立って(?:もう)?\d+年|"
        r"で働き始め|"
        r"(?:アルバイト|バイト|パート)(?=[。!、\s]|$))"
    )
    ORG_JOB = re.compile(
        r"^\s?[」』]?\s?(?:で|の)\s?[^\s。!?、「」]{1,10}?(?:を|として)?\s?"
        r"(?:やって(?:ます|る|います)|しています|してます|しとる|やっとる|やっちょる|として働|"
        # 「〇〇センターでクレーム対応して3年」: how long one has done a job there.
        r"(?:して|やって|しとって)(?:もう|もう少しで)?\s?\d+\s?(?:年|ヶ月|か月))"
    )
    #: A back-office job or department right after the organisation's name: 「〇〇商事の経理、」,
    #: 「〇〇電機の設計部は」 (jobs a customer does not meet, unlike 窓口 or 店員).
    ORG_DEPT = re.compile(
        r"^\s?[」』]?\s?の\s?(?:経理|総務|人事|事務|企画|開発|設計|品質管理|製造|研究員|"
        r"[数国英理社]学?科|(?:営業|総務|経理|人事|開発|設計|企画|広報|製造|技術|情報システム)[部課]"
        r"(?:\s?\d\s?課)?)(?:[、,]|は|も|で|に)"
    )
    WORK_BEFORE = re.compile(
        r"(?:勤務先|勤め先|職場|バイト先|パート先|勤務地|就職先|転職先|配属先|出向先|会社|オフィス|事務所|"
        r"うちの会社|うちの店|うちのお店|アルバイト|バイト|パート|入社した|就職した|勤めている|"
        r"勤めてる|働いている|働いてる)(?:は|が|の|:|、|\s)*\s?(?:\(|「)?\s?$"
    )
    #: Working life in the same sentence as a named organisation: 「〇〇郵便局、繁忙期で残業続き」,
    #: 「昼休み、〇〇県庁の窓から」 (the author is there as staff, not as a customer).
    WORK_LIFE = re.compile(
        r"残業|出勤(?!前)|退勤|出社(?!前)|夜勤|当直|日勤|早番|遅番|昼休み|休憩中|休憩室|定時|繁忙期|勤務中|"
        r"仕事中|仕事終わり|仕事納め|仕事始め|社食|社員食堂|職員食堂|更衣室|タイムカード"
    )
    #: 「うちの結城果樹園」, 「弊社(渋谷の…)」: the author's own business, by an organisation's name.
    OWN_ORG_BEFORE = re.compile(
        r"(?:(?<![\u4e00-\u9fffぁ-んァ-ヶー])(?:うち|ウチ)の|弊社|当社)(?:は|が|の|:|、|\s)*\s?(?:\(|「)?\s?$"
    )
    OFFICE_AFTER = re.compile(r"^\s?の?\s?(?:オフィス|事務所|職場|本社|支社|社屋)(?!街|ビル街)")
    NEAREST_WORK = re.compile(
        r"(?:会社|職場|オフィス|勤務先|バイト先)の最寄り?(?:駅)?\s?(?:は|が|:)?\s?$"
    )
    #: A shop owner's voice, with a shop noun in the post.
    OWNER_VOICE = re.compile(
        r"ご来店|ご予約(?:は|・|を|お待ち)|お待ちしております|臨時休業|営業時間|オープンです|"
        r"(?:本日|今日)(?:も|は)\s?\d{1,2}時(?:から)?オープン|ご注文は|の注文は私|直売所|"
        r"問い合わせは(?:園|店|蔵|工房)の|お店のインスタ|営業日は|"
        r"本日のおすすめ|店主|店長\s?[((]私|承ります|仕込み|(?:屋|店|工房|サロン)を?(?:やって|営んで|経営)|"
        r"\d{1,2}時(?:から)?開店|(?:店|お店)を開け|開店準備|"
        r"当店|弊店"
    )
    SHOP = re.compile(
        r"店|屋|工房|サロン|salon|カフェ|ショップ|shop|美容室|食堂|ベーカリー|ブティック|園|蔵|酒造|"
        r"農園|牧場|珈琲|coffee|ブーランジェリー|パン|うどん|そば|蕎麦|ラーメン|居酒屋|ビストロ|"
        r"レストラン|鮨|寿司|焼肉|菓子|花屋|書店|本屋|古本|bakery", re.I
    )
    BRACKETED = re.compile(
        r"(?:バイト先|パート先|勤務先|職場|うちの会社|うちの店|うちのお店|うちの事務所|勤め先|"
        r"(?:自分|私|僕|俺)の(?:お?店|会社|事務所|サロン))"
        r"の?[^\s、。(()]{0,8}[((]([^()()]{2,30})[))]"
    )
    ROUND_UP = re.compile(r"まとめ|サイト|記事|ランキング|おすすめ|オススメ|\d+選")
    NOT_OWN = _NOT_OWN_WORK

    def analyze(self, a: Analysis) -> list[Hit]:
        assert a.doc is not None
        text = a.text
        hits: list[Hit] = []
        orgs = self._orgs(a)
        # A city alone with a job (「大阪でネイリストしてます」) points to no one workplace;
        # places count for the job rule only when specific (a neighbourhood, a facility).
        broad = {(p.start, p.end) for p in a.places if p.kind in ("prefecture", "municipality")}
        spans = orgs + [(p.start, p.end) for p in a.places]
        seen: set[tuple[int, int]] = set()

        def blocked(pos: int, explicit: bool = False) -> bool:
            """A work cue at ``pos`` that is not the author's job; the reason is recorded
            for the learned layer (``Analysis.suppress``) unless the author says they do
            it too (「嫁の親父の会社に、俺も入った」)."""
            reason = blocked_reason(a, pos, explicit)
            if reason and not SELF_TOO.search(a.sentence_text(pos)):
                a.suppress("workplace", reason)
            return reason is not None

        # Candidates for the learned layer: named places of work (name-like chains, the
        # organisations above), and located ones (a specific place, or a name before a
        # workplace noun 「呉の造船所」, in a sentence about work).
        for s, e in named_chains(a):
            a.candidate("workplace", s, e)
        for p in a.places:
            if p.kind not in ("prefecture", "line") and WORK_CONTEXT.search(text):
                a.candidate("workplace", p.start, p.end)
        for t in a.tokens:
            if is_proper(t) and _LOCATED_AT.match(text[t.idx + len(t.text) : t.idx + len(t.text) + 8]):
                a.candidate("workplace", t.idx, t.idx + len(t.text))
        for m in _NAME_IN_BRACKETS.finditer(text):  # 「うち(菓匠あさの)」, 「村役場(高知県馬路村)」
            a.candidate("workplace", m.start(1), m.end(1))

        for s, e in sorted(spans):
            if (s, e) in seen:
                continue
            after = text[e : e + 40]
            before = text[max(0, s - 16) : s]
            if (s, e) in orgs and _CLIENT_BEFORE.search(before):
                a.suppress("workplace", "third_party")  # 「取引先の丸山商事」: a client's
            sent_e = a.sentence_at(s)[1]
            after = after[: max(0, sent_e - e)]
            wa = self.WORK_AFTER.match(after)
            if wa and wa.group(0).endswith("受付中"):
                wa = None  # 「ご依頼受付中」: taking orders, not a receptionist
            # A city is too broad for 「で働いてます」, but 「鈴鹿の近くの工場で働いてます」
            # names a facility between the place and the verb.
            # 「「なまはげ観光バス」でガイドやってます」: a named organisation, then any job
            # done there (a place alone is not enough: 「渋谷でランチしてます」).
            if not wa and (s, e) in orgs:
                wa = self.ORG_JOB.match(after) or self.ORG_DEPT.match(after)
            specific = (s, e) not in broad or bool(
                wa and (_ORG_WORD.search(wa.group(0)) or _FACILITY.search(wa.group(0)))
            )
            work = (
                (wa and specific)
                or ((s, e) in orgs and self._self_intro(a, e, after))
                or ((s, e) in orgs and self._working_there(a, s, e))
                or self.WORK_BEFORE.search(before)
                or ((s, e) in orgs and self.OWN_ORG_BEFORE.search(before))
                or self.NEAREST_WORK.search(before)
                or ((s, e) not in orgs and self.OFFICE_AFTER.match(after))
            )
            if wa and not specific and not work and re.match(r"^\s?(?:で|に)", after) and not re.search(
                r"[\u4e00-\u9fffァ-ヶーA-Za-z・]$", text[:s]
            ):
                # 「大阪でネイリストしてます」: a city alone and a job point to no one workplace
                # (not 「四日市臨海化学で」 or 「…ルクス品川で」, where the city is in a name).
                a.suppress("workplace", "unnamed")
            own = bool(re.search(r"(?:^|[^の]|(?:私|僕|俺|自分|わたし|あたし)の)(?:勤務先|勤め先|職場|"
                                 r"バイト先|パート先|うちの会社|うちの店|入社した|就職した)の?\s?[((「]?\s?$",
                                 before))
            if not work or blocked(s, own):
                continue
            seen.add((s, e))
            hits.append(self.hit(s, e, "org", text[s:e], "勤務先", "the author's workplace", 0.7))
        # Office location without a name: 「オフィスが虎ノ門に移転」, 「うちの事務所、南青山の」.
        if not hits:
            for m in re.finditer(r"(?:オフィス|事務所|職場|勤務先)(?:が|は|、|の)", text):
                if blocked(m.end()):  # 「旦那の前の職場、」: the owner comes before the noun
                    continue
                s, e = a.sentence_at(m.start())
                places = a.places_in(m.start() + 1, e)
                if places:
                    p = places[0]
                    hits.append(self.hit(p.start, p.end, "org", p.value, "勤務先の場所",
                                         "where the author works", 0.6))
                    break
        # 「新宿まで通ってる会社員」: where an office worker's commute ends is the office (a
        # plain 「〇〇まで通勤」 is routine only: the writers do not read it as a workplace).
        if not hits:
            for p in a.places:
                after = text[p.end : p.end + 24]
                if re.match(r"^(?:駅)?(?:の[^\s、。!?]{1,10})?まで[^。!?\n]{0,10}?"
                            r"通って(?:る|ます)[^。!?\n]{0,4}(?:会社員|社会人|OL)", after) \
                        and not blocked(p.start):
                    hits.append(self.hit(p.start, p.end, "org", p.value, "勤務先の場所",
                                         "where the author's office is", 0.5))
                    break
        # 「バイト先のカフェ(吉祥寺の…)」: the workplace is named in brackets.
        for m in self.BRACKETED.finditer(text):
            a.candidate("workplace", m.start(1), m.end(1))
            if blocked_reason(a, m.start(), explicit=True) in ("third_party", "kin"):
                a.suppress("workplace", "third_party")
            else:
                hits.append(self.hit(m.start(1), m.end(1), "org", m.group(1), "勤務先",
                                     "the author's workplace", 0.7))
        voice = self.OWNER_VOICE.search(text)
        # The owner's voice names a workplace only with a named shop (an unnamed one is
        # not a workplace by the taxonomy) and not in a review or a round-up.
        hedged_voice = voice and self.SHOP.search(text) and (
            HEDGE.search(a.sentence_text(voice.start())) or self.ROUND_UP.search(text))
        if hedged_voice:
            # A review or a round-up of someone's shop; 「本日のおすすめ」 is the owner's own
            # word, so おすすめ alone is not recorded.
            if HEDGE.search(a.sentence_text(voice.start())) or any(
                    m.group(0) not in ("おすすめ", "オススメ") for m in self.ROUND_UP.finditer(text)):
                a.suppress("workplace", "not_own")
        elif voice and self.SHOP.search(text) and (
                THIRD_PARTY.search(a.sentence_text(voice.start())) or KIN_WORK.search(
                    text[a.sentence_at(voice.start())[0] : voice.start()])):
            a.suppress("workplace", "third_party")  # 「友達のお母さんが〇〇の店主さんで」
        elif voice and self.SHOP.search(text):
            from auditor.cues.work_roles import WorkRoleRecogniser

            named = WorkRoleRecogniser._names(a, orgs)
            located = [p for p in a.places if p.kind != "prefecture"]
            if named:
                s, e = named[0]
                hits.append(self.hit(s, e, "org", text[s:e], "自分の店", "the author's own shop",
                                     0.6))
            elif located:
                p = located[0]
                hits.append(self.hit(p.start, p.end, "org", p.value, "自分の店の場所",
                                     "where the author's own shop is", 0.5))
        # A review or news of a named business (「『海鮮 とやま湾』一択」, 「〇〇工房、パリに出展
        # だって」, 「店員さんが親切」) with nothing tying the author to it: recorded, so that
        # the learned layer does not add a workplace there either.
        if not hits and _REVIEW.search(text) and not (_OWN_WORK.search(text) or voice):
            a.suppress("workplace", "not_own")
        # The job noun, once a workplace is known (「看護師」, 「司書」).
        if hits:
            for m in _JOB_PATTERN.finditer(text):
                if not blocked(m.start()):
                    hits.append(self.hit(m.start(), m.end(), "job", m.group(0), "職業",
                                         "the author's job", 0.3))
                    break
        return hits

    def _working_there(self, a: Analysis, s: int, e: int) -> bool:
        """Working life after a named organisation in its sentence (「〇〇郵便局、ピークで残業
        続き」) or a break taken there (「昼休み、〇〇県庁の窓から」); not the way to work
        (「小田急で出勤」) and not a review of the place."""
        ss, se = a.sentence_at(s)
        text = a.text
        if _REVIEW.search(text) or re.match(r"^\s?(?:で|を使って)\s?(?:出勤|出社|通勤)", text[e:se]):
            return False
        return bool(self.WORK_LIFE.search(text[e:se]) or re.match(
            r"^\s?(?:昼休み|休憩中|休憩時間)[、,\s]", text[ss:s]))

    @staticmethod
    def _self_intro(a: Analysis, end: int, after: str) -> bool:
        """「〇〇支店の山本大輔です」: the org, の, then a person's name and です."""
        # 「北海道新聞の記者、小林智也です」, 「〇〇水産 仲買部 吉永正和」: a job or a
        # department may stand between the organisation and the name.
        m = re.match(
            r"^\s?(?:[^。!?\n、]{0,12}?の)\s?([^\s。!?\n、]{2,8}?)(?:です|と申します)", after
        ) or re.match(
            rf"^\s?(?:の\s?)?(?:[^\s。!?\n、]{{1,6}}?(?:部|課|室|係)\s|(?:{_JOB_RE})\s?[、\s])\s?"
            r"([^\s。!?\n、]{2,8}?)(?:です|と申します|\s?$|\s?\n)", after
        )
        if not m or a.doc is None:
            return False
        name_at = end + m.start(1)
        return any(t.idx == name_at and "人名" in t.tag_ for t in a.tokens)

    def _orgs(self, a: Analysis) -> list[tuple[int, int]]:
        """Organisation name spans: a noun chain with an organisation suffix or 株式会社."""
        assert a.doc is not None
        if "orgs" not in a.memo:
            a.memo["orgs"] = self._find_orgs(a)
            for s, e in a.memo["orgs"]:  # type: ignore[attr-defined]
                a.candidate("workplace", s, e)
        return list(a.memo["orgs"])  # type: ignore[call-overload]

    def _find_orgs(self, a: Analysis) -> list[tuple[int, int]]:
        assert a.doc is not None
        toks = a.tokens
        out: list[tuple[int, int]] = []
        for i, t in enumerate(toks):
            if not t.tag_.startswith(("名詞", "接尾辞")):
                continue
            if t.text in ("株式会社", "有限会社", "(株)"):
                j = i + 1
                while j < len(toks) and toks[j].tag_.startswith("名詞") and j - i <= 3:
                    j += 1
                if j > i + 1:
                    out.append((t.idx, toks[j - 1].idx + len(toks[j - 1].text)))
                continue
            if not t.text.endswith(_ORG_SUFFIXES):
                continue
            j = i
            while j > 0 and i - j < 5:
                p = toks[j - 1]
                if not (p.tag_.startswith(("名詞", "接頭辞", "接尾辞")) or p.text in ("ヶ", "・") or (
                        p.tag_.startswith("形状詞") and _KANA_WORD.fullmatch(p.text))):  # 「フレッシュ|マート」
                    break
                # 「そのまま|病院」, 「今日|工場」: an adverb-like word starts no name (a one-kanji
                # one can: 「麺|処|たけ蔵」).
                if p.text in _CHAIN_STOP or p.tag_.startswith("名詞-数詞") or (
                        p.tag_.startswith("名詞-普通名詞-副詞可能") and len(p.text) > 1):
                    break
                j -= 1
            chain = toks[j : i + 1]
            # One token can be a whole name: 「静岡県庁」, 「市民病院」 (4+ chars).
            if len(chain) < 2 and not ((is_proper(t) and len(t.text) > 2) or len(t.text) >= 4):
                continue
            # A name needs something proper-like: a proper noun or place, a kana word
            # (「みなと|中央|病院」) or a long chain; 「大学|病院」 alone is generic.
            institution = t.text.endswith(_INSTITUTIONS)
            if not (
                is_proper(t) or len(chain) >= 3 or len(chain) == 1 or institution or any(
                    is_proper(c) or is_place_tag(c) or _KANA_WORD.fullmatch(c.text)
                    for c in chain[:-1]
                )
            ):
                continue
            s = chain[0].idx
            # Extend over 株式会社 in front and merge with an overlapping earlier org.
            if out and out[-1][1] >= s - 1 and a.text[out[-1][1] : s].strip(" ・") == "":
                s = out[-1][0]
                out.pop()
            out.append((s, t.idx + len(t.text)))
        # A brand name (proper noun, not a place or person) + で + a work lemma:
        # 「サイゼリヤでバイトしてます」, 「ローソンで働いとる」 (spaCy Matcher on lemmas).
        out.extend(brand_workplaces(a.doc))
        for m in _SHOP_NAME.finditer(a.text):
            if not any(s <= m.start(1) < e for s, e in out) and not re.match(
                    r"^(?:食堂|本堂|講堂|公会堂|聖堂|母屋|校舎|駅舎|庁舎|宿舎|茶屋)$", m.group(1)):
                out.append((m.start(1), m.end(1)))
        # A name in 「」 right before a work cue: 「月乃屋」で仲居として働いて.
        for m in re.finditer(r"「([^「」]{2,20})」", a.text):
            if self.WORK_AFTER.match(a.text[m.end() : m.end() + 40]):
                out.append((m.start(1), m.end(1)))
        return sorted(out)
