"""Where the author lives (home): residence predicates, nearest station, 地元, surroundings.

Places come from ``places.py`` (gazetteer, Sudachi place tags, 駅/線 suffixes); this
recogniser decides whether a place is *home* from the words around it:
- a residence predicate right after the place: 「練馬区在住」, 「旭川に住んで5年」,
  「札幌市北区に引っ越して」, 「高田馬場で一人暮らし」, 「善光寺の近くに住んでる」;
- home nouns after it: 「墨田区の自宅」, 「杉並のうち」, 「柏の葉キャンパス駅近くのマンション」;
- 「最寄り(駅)は X」, 「家が X」, 「自宅のある X」, 「地元の X」;
- a residence predicate elsewhere in the post (「住んでる身としては」, 「#綱島 住んで10年」)
  plus a place in the post;
- the surroundings of home (「うちの近所の銭湯」, 「ベランダから」, 「うちから徒歩2分」),
  weakly (weight 0.2–0.3), with a place from the post when there is one.

Not home: the past (「昔住んでた横浜」, 「高校まで住んでた函館」), wishes (「住みたい街」),
other people's homes (「ドラマの主人公の家」, 「ばあちゃん家」, 「在住の方へ」), 実家.

Misfires: a place named in one sentence and 「住んでる」 about another place in the next;
「会社の近所」 (we check for work words before 近所).
"""

from __future__ import annotations

import re

from auditor.cues.attribution import HEDGE, THIRD_PARTY, clause_around
from auditor.cues.base import Analysis, Hit, Recogniser
from auditor.cues.places import Place

_KIND = {"facility": "neighbourhood", "line": "neighbourhood"}
_WEIGHT = {"prefecture": 0.3, "municipality": 0.5, "neighbourhood": 0.6, "station": 0.6,
           "facility": 0.5, "line": 0.3}


class HomeRecogniser(Recogniser):
    CATEGORY = "home"
    NEEDS_TOKENS = True
    #: Residence predicates that follow the place (at most a short linker in between).
    RESIDENCE = re.compile(
        r"^(?:内|市内|区内|町内|村内)?(?:の[^\s、。!?]{1,8}?(?=に|で))?(?:の|に)?"
        r"(?:すぐ)?(?:近く|近所|そば|辺り|あたり|周辺|付近|ふもと|麓|方|北部|南部|東部|西部|"
        r"[^\s、。!?]{0,8}?(?:マンション|アパート|団地|寮|社宅|一軒家))?"
        r"\s?(?:での|に|で|の|さ|ば|へ)?\s?(?:在住|住[んまみむめ]|引っ?越|越して|暮らし|住まい|下宿|"
        r"の?実家暮らし|嫁いで|嫁に来て|に?戻って(?:き|来|、)|に?帰ってきて|Uターン|"
        r"民(?:です|になって|になり|歴|として|だけど|なのに|だから|なので|の(?:私|僕|俺|わたし)|\d|、|。|!|"
        r"\s|$)|"
        r"一人暮らし|ひとり暮らし|二人暮らし|の?住人(?:に|です|歴|として|になって)|"
        r"移住|移り住|(?:転勤|赴任|転居)して(?:き|来)|に(?:家|マイホーム|新居|マンション)を?(?:買|建て|購入)|"
        # 「北九州来て3年」: a stay measured in years.
        r"に?(?:来て|きて)(?:\d+|[一二三四五六七八九十]+)\s?(?:年|ヶ月|か月))"
    )
    #: Home nouns after a place: 「墨田区の自宅」, 「杉並のうち」.
    HOME_NOUN = re.compile(
        r"^(?:内|市内|区内|町内)?(?:の|にある)\s?(?:自宅|うち(?![らの])|家(?![族賃具事])|我が家|わが家|"
        r"(?:(?:私|わたし|僕|俺|自分)の)?部屋(?!探|を探|を見|を借|代)|"
        r"マンション|アパート|新居|下宿|ワンルーム|借家|団地|(?:学生|社員|独身)?寮(?!生活の思い出))"
    )
    #: Markers before a place: 「自宅のある調布市」, 「家が船橋」, 「最寄りは」, 「地元の」.
    BEFORE = re.compile(
        r"(?:自宅(?:の(?:ある|近く)|は|が|:)|(?<![\u4e00-\u9fffぁ-んァ-ヶ])(?:家|うち|ウチ)(?:が|は)|"
        r"我が家(?:は|が|:)|住まい(?:は|が|:)|(?:引っ?越し|転居)先(?:は|が|:)|新居(?:は|が|:)|"
        r"地元(?:の|は|が|、|:)?|(?:うちの|我が家の)(?:地区|地域|集落|町内)(?:、|は|の)?|(?:うち|自宅|我が家|私|僕)の(?:アパート|マンション|団地|家|部屋)\s?[((]|"
        r"(?:家|うち|自宅|下宿)から|下宿(?:は|先は|先の))\s?$"
    )
    NEAREST = re.compile(
        r"最寄り?(?:駅)?\s?(?:は|の|が|:|=|→|、)?\s?"
        r"(?:JR|地下鉄|私鉄|[ァ-ヶー]{2,6}線?|[\u4e00-\u9fffA-Za-z]{1,5}線?の)?\s?$"
    )
    MY_NEAREST = re.compile(r"(?:うち|ウチ|家|自宅|私|僕|俺|自分|我が家|わが家|実家|ワイ|あたし|わし)の\s?$")
    NOT_MINE_BEFORE_NEAREST = re.compile(
        r"(?:会社|職場|オフィス|勤務先|学校|大学|バイト先|店|病院)の?$"
    )
    #: Residence said elsewhere in the sentence (object not adjacent).
    RESIDES = re.compile(
        r"在住|住んで(?:る|ます|いる|います|\d|[0-9一二三四五六七八九十]+年)|住んでる|"
        r"住み始め|一人暮らし|ひとり暮らし|暮らして(?:る|ます|いる)|住んでいます|"
        r"引っ?越して(?:き|来)(?:た|て|ました)|引っ?越して\d"
    )
    NOT_RESIDENCE = re.compile(
        r"住んで(?:た|いた|ました)|住んだ|まで住|昔|(?<![見手日近年])頃|以前|かつて|住みたい|住んでみたい|"
        r"暮らしたい|住めたら|たら|ランキング|在住の(?:方|人|皆|みな)|設定|主人公|ドラマ|推し|"
        r"友達|友人|芸能人|ニュース|速報|事件|事故|火災|もし|住むなら|住めるなら|"
        r"(?:会社|職場|オフィス|学校)に住|(?:地元|故郷|ふるさと)[^。!?\n]{0,8}を(?:出て|離れ)|テレビ"
    )
    #: A residence told in the past: 「住んでた」, 「まで住んで」, 「昔住んでいた」.
    PAST_RESIDENCE = re.compile(r"住んで(?:た|いた|ました)|まで住|暮らして(?:た|いた)|住んだ(?:こと|街|町)")
    OTHER_SUBJECT = re.compile(rf"(?:{THIRD_PARTY.pattern})(?:さん|くん|ちゃん)?(?:が|は|も)")
    #: 「国際通りから徒歩圏内に住める」: a distance from the place to home.
    DISTANCE_HOME = re.compile(
        r"^(?:の[^\s、。!?]{1,8}?)?(?:から|まで)(?:徒歩|歩いて|自転車で|チャリで|車で|電車で)"
        r"[^。!?\n]{0,10}?(?:に住|の(?:家|マンション|アパート|部屋)|の(?:とこ|ところ|場所)に住)"
    )
    #: Where a daily commute starts is home: 「垂水駅からJR快速で三ノ宮へ」, 「多賀城から仙石線で通勤」.
    COMMUTE_FROM = re.compile(
        r"^(?:駅|の?バス停)?\s?(?:発の|(?:から|→|->)\s?[^。!?\n]{0,24}?(?:通勤|通学|通って|通っとる|通っちょる|"
        r"乗って(?:ます|る)|まで|へ|に乗る|乗[らりるれっ]|発|快速|急行|各停|特急|電車|線|ライン|バス|"
        r"京急|東急|小田急|京王|西武|東武|京成|阪急|阪神|近鉄|南海|名鉄|西鉄|地下鉄|メトロ|市電|都電|"
        r"モノレール)|\s?\d{1,2}[:時]\d{2}分?発)"
    )
    COMMUTE_DAILY = re.compile(r"毎朝|毎日|平日|通勤|通学|通って|通っとる|朝\s?\d|朝イチ|朝一|始発|"
                               r"every (?:morning|day)|commute", re.IGNORECASE)
    #: 「長崎市内で取りに来られる方」, 「根室近辺で手渡しできる人」: a second-hand sale (フリマ,
    #: ジモティー) handed over near home.
    HANDOVER = re.compile(
        r"^(?:内|市内|区内|町内|村内|近辺|周辺|近郊|エリア|付近|駅)?\s?(?:で|なら|まで|に)?\s?"
        r"(?:手渡し|取りに|引き取り|引取り|直接(?:お)?渡|受け渡し)"
    )
    NEAR_WORK = re.compile(
        r"(?:2階|二階|上|奥|裏)が(?:自宅|住まい|家)|自宅兼|(?:家|自宅)の(?:隣|\d軒隣|[二三]軒隣|向かい|裏)|"
        r"(?:家|自宅)から徒歩\d+\s?(?:分|秒)の|(?:2階|二階|上)に住"
    )
    #: 「鶴田駅が最寄り」: the station first, then 最寄り.
    STATION_NEAREST = re.compile(r"^\s?(?:が|は)\s?(?:うちの|家の|私の)?最寄り")
    #: Home buildings as subjects: 「社宅が千葉市美浜区にあって」, 「会社の独身寮が尼崎の塚口で」.
    BUILDING_BEFORE = re.compile(
        r"(?:社宅|寮|独身寮|学生寮|シェアハウス|下宿|アパート|マンション|実家暮らしの実家)(?:が|は)\s?$|"
        r"(?:実家|自宅|うち|家)[((]\s?$|(?:うちの|我が家の)(?:町内|近所|地区|団地)\s?[((]\s?$|"
        r"(?:こっち|こちら)\s?[((]\s?$|単身赴任(?:先|中|\d+年目?)?の\s?$|"
        # 「住んでる町(北海道・当別町)」: the place in brackets after where one lives.
        r"(?:住んで(?:る|いる|ます)|暮らして(?:る|いる)|住まいの)(?:町|街|市|区|村|所|ところ|とこ|地域|エリア)"
        r"\s?[((][^()()]{0,10}$"
    )
    KIN_SUBJECT = re.compile(
        r"(?:息子|娘|長男|長女|次男|次女|弟|妹|兄|姉|父|母|親|夫|妻|旦那|嫁|子ども|子供|いとこ|"
        r"従兄弟|従姉妹|叔父|叔母|伯父|伯母|おじ|おば|姪|甥|孫|祖父|祖母|ばあちゃん|じいちゃん|"
        r"親戚)(?:が|は|も)"
    )
    #: An unknown place name right before a residence predicate: 「三|軒|茶屋で一人暮らし」.
    UNTAGGED_PLACE = re.compile(
        # 「住んでる川口、便利すぎる」: the place right after the residence verb.
        r"(?:住んで(?:る|いる|ます)|住み慣れた|暮らして(?:る|いる))\s?([\u4e00-\u9fffァ-ヶー々]{2,6})"
        r"(?=[、。!\s]|は|って|も|の(?:町|街|駅|人)?(?:は|って|、))|"
        r"(?<![\u4e00-\u9fffァ-ヶー々\d])([\u4e00-\u9fffァ-ヶー々]{2,8})(?:(?:で|に)"
        r"(?:一人暮らし|ひとり暮らし|住[んまみむめ]|引っ?越|暮らし|(?:家|マイホーム|新居)を?(?:建て|買|購入))|"
        # 「川口住みだして8年」, 「函館住みです」: 〇〇住み.
        r"住み(?:だ|始め|です|で|の|歴|\d|、|。|!|\s|$)|"
        # 「駒形の家を出て」, 「学園前の家から大学まで」, 「牧園の寮の窓から」: where home is.
        r"の(?:家|自宅|部屋|寮|アパート|マンション)(?:を出|から|の窓|の前|のベランダ|の近く|の周り))"
    )
    #: Nouns before 「の家」 that name someone's, not a place: 「友達の家から」, 「祖母の家の前」.
    NOT_PLACE_OWNER = re.compile(
        r"友達|友人|知人|先輩|後輩|同僚|上司|彼氏|彼女|実家|親戚|祖父|祖母|両親|義父|義母|"
        r"叔父|叔母|伯父|伯母|兄|姉|弟|妹|息子|娘|家族|主人公|隣|他人|誰|近所|自分|本人|先生"
    )
    GENERIC_PLACES = frozenset(
        [
            "都会", "田舎", "実家", "寮", "自宅", "地方", "海外", "都内", "近く", "近所", "一人",
            "社宅", "団地", "郊外", "地元", "下町", "都心", "国内", "日本", "外国", "県外", "市内",
            "東京都内",
        ]
    )
    KIN_AFTER = re.compile(
        r"^(?:している|してる|の)\s?(?:息子|娘|長男|長女|次男|次女|弟|妹|兄|姉|父|母|両親|親|祖父|祖母|"
        r"祖父母|ばあちゃん|じいちゃん|おばあちゃん|おじいちゃん|叔母|叔父|伯母|伯父|いとこ)"
    )
    #: People in general after a residence predicate: 「沖縄に住んでる人の」, 「在住の方へ」.
    PEOPLE_AFTER = re.compile(
        r"^[ぁ-ん]{0,3}\s?(?:人|方々?|皆さん|みなさん|皆様|人たち|人達|友達|友人|知り合い|芸能人|夫婦|"
        r"一家|カップル|家族)(?:の|が|は|に|って|も|、|向け|へ|限定|いたら|いる|いわく|曰く)|"
        # 「さいたま市在住の30〜40代女性」: a description of people, not the author.
        r"^の\s?[^、。!?\s]{0,8}?(?:代|歳)の?(?:女性|男性|方|人|主婦|ママ|パパ)|"
        # 「鹿児島在住の陶芸家さんの器」: someone named by where they live.
        r"^の\s?[^、。!?\s]{0,8}?(?:さん|氏|様|先生)(?:の|が|は|に|、|から)"
    )
    #: Living at the parents' home: 「岐阜の実家から名古屋まで通勤」.
    PARENTS_HOME = re.compile(r"^の実家から[^。!?\n]{0,16}(?:通勤|通学|通って|通う|通い)")
    SURROUNDINGS = re.compile(
        r"(?:うち|自宅|家)の(?:近所|近く|前|周り|マンション|ベランダ|窓)|"
        r"(?:うち|自宅|家)から(?:徒歩|歩いて|見える|\d)|ベランダから|近所の(?!人|子|方|おば|おじ|"
        r"皆|みんな|奥|ママ|家|犬|猫)(?:お|ご)?[\u4e00-\u9fffァ-ヶー]{1,6}|家の前の|我が家の窓|"
        r"うちのマンション|自宅マンション|(?:うち|自宅|家)からの(?:景色|眺め)|"
        r"(?:(?<=うちの)|(?<=家の)|(?<![\u4e00-\u9fffァ-ヶーぁ-ん]の))最寄りの(?:バス停|駅|コンビニ|スーパー)"
    )
    NOT_SURROUNDINGS = re.compile(
        r"会社|職場|オフィス|実家|友達|友人|ばあちゃん|じいちゃん|祖父母|テレビ|ニュース|って(?:言|聞)|"
        r"若い人|人は"
    )

    def analyze(self, a: Analysis) -> list[Hit]:
        text = a.text
        hits: list[Hit] = []
        places = a.places

        def sent_blocked(pos: int) -> bool:
            """A residence cue at ``pos`` that is not the author's now; the reason is
            recorded for the learned layer (``Analysis.suppress``), except a relative
            named only in the sentence before (the rule is unsure there)."""
            reason = self._blocked_reason(a, pos)
            if reason and reason != "kin_before":
                a.suppress("home", reason)
            return reason is not None

        def home(p: Place, reason: str, reason_en: str, weight: float | None = None) -> None:
            kind = _KIND.get(p.kind, p.kind)
            hits.append(self.hit(p.start, p.end, kind, p.value, reason, reason_en,
                                 weight if weight is not None else _WEIGHT.get(p.kind, 0.5)))

        # 「ユニバの最寄りは…」, 「会社の最寄りが…」: someone's or something's nearest station,
        # whatever the place after it; only 「(うちの)最寄り」 is the author's.
        for m in re.finditer(r"の\s?最寄り?", text):
            if not self.MY_NEAREST.search(text[max(0, m.start() - 10) : m.start() + 1]):
                a.suppress("home", "venue")
        if self.PAST_RESIDENCE.search(text):
            a.suppress("home", "past")  # 「高校まで住んでた函館」: where the author lived
        for i, p in enumerate(places):
            after = text[p.end : p.end + 24]
            before = text[max(0, p.start - 12) : p.start]
            m = self.RESIDENCE.match(after)
            if m and self.KIN_AFTER.match(after[m.end() :]):
                a.suppress("home", "kin")
                continue  # 「札幌在住の姉」: a relative lives there
            if m and self.PEOPLE_AFTER.match(after[m.end() :]):
                a.suppress("home", "third_party")
                continue  # 「沖縄に住んでる人のブログ」: people who live there
            if m and not sent_blocked(p.start):
                # Earlier places in the same clause belong to the same residence
                # (「長野市の善光寺の近くに住んでる」).
                home(p, "居住地", "where the author lives")
                for q in places[:i][::-1]:
                    gap = text[q.end : p.start]
                    if len(gap) > 6 or re.search(r"[、。!?\s]", gap):
                        break
                    home(q, "居住地", "where the author lives")
                continue
            if self.BUILDING_BEFORE.search(before) and not sent_blocked(p.start):
                home(p, "居住地", "where the author lives")
                continue
            if p.kind == "station" and self.STATION_NEAREST.match(after) and re.search(
                r"[\u4e00-\u9fffァ-ヶー](?:は|って)[^。!?\n]{0,12}$",
                text[a.sentence_at(p.start)[0] : p.start]) and not re.search(
                r"(?:うち|ウチ|家|自宅|私|僕|俺|自分|我が家|わが家)(?:は|って)[^。!?\n]{0,12}$",
                text[a.sentence_at(p.start)[0] : p.start]):
                a.suppress("home", "venue")  # 「大通公園は地下鉄の大通駅が最寄り」: a venue's
                continue
            if p.kind == "station" and self.STATION_NEAREST.match(after):
                home(p, "自宅の最寄り駅", "the author's nearest station", 0.7)
                continue
            if self.COMMUTE_FROM.match(after) and self.COMMUTE_DAILY.search(
                a.sentence_text(p.start)
            ) and not sent_blocked(p.start) and not re.search(
                r"(?:会社|職場|学校|大学|バイト)(?:から|→)", text[max(0, p.start - 4) : p.end + 3]
            ):
                home(p, "通勤・通学の出発地", "where the author's daily commute starts", 0.4)
                continue
            if self.DISTANCE_HOME.match(after) and not sent_blocked(p.start):
                home(p, "自宅の近くの場所", "a place near the author's home")
                continue
            if self.HANDOVER.match(after) and not sent_blocked(p.start):
                home(p, "手渡しできる地域(生活圏)", "where the author hands things over", 0.4)
                continue
            if self.PARENTS_HOME.match(after):
                home(p, "居住地(実家)", "where the author lives (parents' home)")
                continue
            if self.HOME_NOUN.match(after) and not sent_blocked(p.start):
                home(p, "自宅の所在地", "location of the author's home")
                continue
            # 「熊本市東区の坂本です」, 「大分の佐藤ミツ子と申します」: a self-introduction that
            # names the author by where they live.
            intro = re.match(r"^の\s?([^\s、。!?]{1,8}?)\s?(?:です|と申します|でございます)", after)
            if intro and not intro.group(1).endswith(("さん", "くん", "ちゃん", "様", "氏", "先生")) and \
                    not sent_blocked(p.start) and any(
                    t.idx == p.end + 1 + (after[1:].startswith(" ")) and "人名" in t.tag_
                    for t in a.tokens):
                home(p, "自己紹介の居住地", "where the author lives, from a self-introduction")
                continue
            # 「もう20年東京にいる」: a stay measured in years is where one lives.
            if re.search(r"\d+\s?年(?:間|以上|近く)?\s?$", before) and re.match(
                r"^に(?:い|居)(?:る|ます)", after
            ) and not sent_blocked(p.start):
                home(p, "居住地", "where the author lives")
                continue
            nb = self.NEAREST.search(before)
            if nb and (HEDGE.search(a.sentence_text(p.start)) or THIRD_PARTY.search(
                a.sentence_text(p.start)
            ) or re.search(r"さん|先生|様", text[a.sentence_at(p.start)[0] : p.start])):
                nb = None  # 「取引先の担当さん、最寄りが大宮らしくて」: someone else's station
                a.suppress("home", "third_party")
            if nb:
                pre = text[max(0, p.start - 12 - 8) : p.start - len(nb.group(0))]
                # 「東京ドームの最寄り駅」 is a venue's; only 「(うちの)最寄り」 is the author's.
                others = re.search(r"の\s?$", pre) and not self.MY_NEAREST.search(pre)
                if others or self.NOT_MINE_BEFORE_NEAREST.search(pre):
                    a.suppress("home", "venue")  # a venue's, an office's or a school's station
                elif p.kind in ("station", "neighbourhood", "municipality", "facility"):
                    home(p, "自宅の最寄り駅", "the author's nearest station", 0.7)
                    continue
            if self.BEFORE.search(before) and not re.match(r"^(?:系|派|風|味|流|推し)", after):
                if self._past(a, p.start):
                    a.suppress("home", "past")  # 「地元の函館を離れて10年」
                    continue
                home(p, "居住地", "where the author lives")
                continue

        # 「店の2階が自宅」, 「職場が家の2軒隣」, 「家から徒歩7分の草加の倉庫」: home is where the
        # workplace named in the post is.
        if not hits and self.NEAR_WORK.search(text) and not self.KIN_SUBJECT.search(text):
            near = [p for p in places if p.kind not in ("prefecture", "line")]
            if near:
                home(near[0], "自宅の近くの場所(職場のそば)", "home is next to the workplace", 0.3)
            else:
                from auditor.cues.workplace import WorkplaceRecogniser

                orgs = WorkplaceRecogniser()._orgs(a)  # memoised: the workplace pass reuses it
                if orgs:
                    s0, e0 = orgs[0]
                    hits.append(self.hit(s0, e0, "neighbourhood", text[s0:e0], "自宅の近くの場所(職場のそば)",
                                         "home is next to the workplace", 0.3))
        if not hits:
            for m in self.UNTAGGED_PLACE.finditer(text):
                g = 1 if m.group(1) else 2
                name = m.group(g)
                if g == 1 and re.fullmatch(r"部屋|場所|地域|エリア|辺り|アパート|マンション|一軒家|"
                                           r"シェアハウス|街|町|所|地区|島|集落|家|寮", name):
                    continue  # 「住んでる部屋は」: where, not a name
                if name in self.GENERIC_PLACES or self.NOT_PLACE_OWNER.search(name) or \
                        sent_blocked(m.start()):
                    continue
                if re.match(r"^(?:さん|くん|ちゃん|様)", text[m.end(g) :]) or (
                        text[m.end(g) :].startswith("の") and self._given_name(a, m.start(g), m.end(g))):
                    continue  # 「田中さんの家」, 「ゆうきの家」: a person's home
                if any(p.start < m.end(g) and m.start(g) < p.end for p in places):
                    continue
                hits.append(self.hit(m.start(g), m.end(g), "neighbourhood", name, "居住地",
                                     "where the author lives", 0.4))
        if hits:
            return hits
        # Residence stated elsewhere: 「#綱島 住んで10年」, 「住んでる側としては」.
        for m in self.RESIDES.finditer(text):
            if self.KIN_AFTER.match(text[m.end() : m.end() + 8]):
                a.suppress("home", "kin")
                continue
            if self.PEOPLE_AFTER.match(text[m.end() : m.end() + 16]):
                a.suppress("home", "third_party")
                continue
            if sent_blocked(m.start()):
                continue
            near = self._nearest(a, m.start())
            if near is not None and a.sentence_at(near.start) != a.sentence_at(m.start()) and \
                    re.search(r"出張|旅行|帰省|遠征|なう|から\d+日|明日から", a.sentence_text(near.start)):
                near = None  # 「明日から札幌出張。一人暮らしだで…」: the trip's place, not home
            if near is not None:
                home(near, "居住地", "where the author lives")
                return hits
        # 「最寄り駅は大森」: Sudachi may read the name as a surname; the frame says station.
        m = re.search(r"(?:^|[。!\n\s])(?:うちの|家の|私の)?最寄り?駅?(?:は|:)\s?([\u4e00-\u9fffァ-ヶー]{2,8})"
                      r"(?:駅)?(?=です|やで|だよ|だ|。|!|$|\s)", text)
        if m and not sent_blocked(m.start(1)):
            hits.append(self.hit(m.start(1), m.end(1), "station", m.group(1).removesuffix("駅") + "駅",
                                 "自宅の最寄り駅", "the author's nearest station", 0.6))
            return hits
        # 「最寄り駅が始発じゃない」 + a station elsewhere in the post.
        if re.search(r"(?:会社|職場|学校)の最寄", text):
            a.suppress("home", "venue")  # the office's or the school's nearest station
        elif re.search(r"最寄り?駅", text):
            stations = [p for p in places if p.kind == "station"]
            if stations:
                home(stations[0], "自宅の最寄り駅", "the author's nearest station", 0.5)
                return hits
        for m in self.SURROUNDINGS.finditer(text):
            s, e = a.sentence_at(m.start())
            if self.NOT_SURROUNDINGS.search(text[s:e]) or self._past(a, m.start()):
                a.suppress("home", "past" if self._past(a, m.start()) else "not_own")
                continue
            near = self._nearest(a, m.start(), kinds=("municipality", "neighbourhood", "station"))
            if near is not None:
                home(near, "自宅周辺の場所", "a place around the author's home", 0.3)
            else:
                hits.append(self.hit(m.start(), m.end(), "neighbourhood", None,
                                     "自宅の周辺", "the surroundings of the author's home", 0.2))
            return hits
        return hits

    def _blocked_reason(self, a: Analysis, pos: int) -> str | None:
        text = a.text
        nr = self.NOT_RESIDENCE.search(a.sentence_text(pos)) or re.search(
            r"(?<![がでっ])たい(?:な|なぁ|!|。|$)", clause_around(text, *a.sentence_at(pos), pos))
        if nr:
            return "past" if re.match(r"住ん|住だ|まで|昔|頃|以前|かつて|地元|故郷|ふるさと",
                                      nr.group(0)) else "not_own"
        if HEDGE.search(clause_around(text, *a.sentence_at(pos), pos)):
            return "hearsay"
        # 「息子が東北大学に合格!仙台で一人暮らし始める」: a relative is the subject.
        s, _ = a.sentence_at(pos)
        prev = a.sentence_at(s - 1)[0] if s > 0 else s
        if self.OTHER_SUBJECT.search(text[s:pos]):
            return "third_party"  # 「彼氏が福岡に転勤」: someone else moves
        if self.KIN_SUBJECT.search(text[s:pos]):
            return "kin"
        return "kin_before" if self.KIN_SUBJECT.search(text[prev:s]) else None

    @staticmethod
    def _given_name(a: Analysis, s: int, e: int) -> bool:
        """The span holds a given name (人名-名) or is a surname alone (人名-姓): someone."""
        toks = [t for t in a.tokens if s <= t.idx < e]
        return any("人名-名" in t.tag_ for t in toks) or (
            len(toks) == 1 and "人名-姓" in toks[0].tag_ and not re.search(
                r"毎朝|毎日|通勤|通学|出勤|住", a.sentence_text(s)))

    def _past(self, a: Analysis, pos: int) -> bool:
        return bool(re.search(r"昔|頃|以前|かつて|まで住|住んで(?:た|いた)|(?:地元|故郷|ふるさと)[^。!?\n]{0,8}"
                              r"を(?:出て|離れ)", a.sentence_text(pos)))

    @staticmethod
    def _nearest(
        a: Analysis, pos: int, kinds: tuple[str, ...] = ("municipality", "neighbourhood",
                                                          "station", "prefecture", "facility")
    ) -> Place | None:
        cands = [p for p in a.places if p.kind in kinds]
        if not cands:
            return None
        return min(cands, key=lambda p: abs(p.start - pos))
