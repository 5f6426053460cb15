"""Where the author is now or will be, and when home is empty (whereabouts).

Per sentence, tense and aspect decide:
- now: なう/now, 今/いま/只今/現在 + a place, 〜にいます/来てます/待ってる/並び中/足止め,
  帰省中/出張中/滞在中;
- future: これから/今から/明日/今夜/今週末/来週/来月/N日から/〜から3泊 + a place or a
  trip word (旅行, 出張, 帰省, 一人旅, 行ってきます, 向かう, 予定);
- away: 家は空っぽ, うちは誰もいない, 家を空ける, 留守.
Told afterwards (わず, 行ってきた, 先月, 去年, 昨日まで…) is not whereabouts unless a
now/future marker follows it (「渋谷わず→今は新宿」). Someone else's location (「友達が
今ハワイに」, 「推しが今日福岡で」), forecasts and news (台風, 予報, 開催, らしい) and wishes
(いつか, 行きたい) are not the author's.

kind/value: ``now``, ``future``, ``away``; value is the place (or null). Dates are not
resolved (the post's own date is not known here), so value stays the place.

Misfires: a place named in a sentence about plans of others without a third-party
word; 「今日は在宅」 style statements are not flagged (home is not a whereabouts cue).
"""

from __future__ import annotations

import re

from auditor.cues.attribution import HEDGE, PAST, THIRD_PARTY, clause_around
from auditor.cues.base import Analysis, Hit, Recogniser, is_proper
from auditor.cues.places import Place, has_place_reading
from auditor.cues.workplace import _JOB_RE

#: なう as a word (not 「かなう」), also glued to 待ち/並び: 「待ちなう」.
_NAU_JA = r"(?:(?<![ぁ-ん])|(?<=待ち)|(?<=並び)|(?<=通り))なう"
_NOW = re.compile(
    rf"{_NAU_JA}|(?<![ァ-ヶー])ナウ(?![ァ-ヶー])|(?<![A-Za-z])(?<!years )(?<!year )(?<!months )now(?![A-Za-z])(?!\s+[a-z]+ing)|只今|"
    r"ただいま|現在|"
    r"(?<![A-Za-z])今(?!日|年|週|月|度|回|後|まで|更|朝|夜|晩|頃|際|期|どの|さら|も|でも)|"
    r"いま(?!さら|まで|いち|どき|も|でも)|"
    r"到着|着いた|来て(?:ます|る|います)|に(?:い|お|居)(?:ます|る|るよ|るで|ります)|"
    r"滞在中|帰省中|出張中|旅行中|遠征中|移動中|足止め|待ち(?:中|!|。|$)|待って(?:る|ます)|"
    r"並(?:び|んで)中?|ランチ中|向かって(?:る|ます)|乗り換え待ち"
)
_FUTURE = re.compile(
    r"これから|今から|明日|明後日|あさって|今夜|今晩|今日(?:は|から|の|\d)|本日(?:は|から|も|より|\d)|今週|来週|"
    r"来月|再来週|週末|連休|年末|年始|GW|夏休み|お盆|正月|\d+日から|から\d+(?:泊|日間)|"
    r"[月火水木金土日](?:曜)?(?:日)?(?:の夜)?から|まで(?:滞在|いる|います)|"
    r"行ってきます|行ってくる|行ってくるね|行きます|向かいます|帰省します|"
    r"(?<![A-Za-z])(?:tomorrow|tonight|today)(?![A-Za-z])|heading to|on my way",
    re.IGNORECASE,
)
_TRIP = re.compile(
    r"旅行|出張|帰省|一人旅|旅|遠征|泊|滞在|参戦|ツアー|向かう|向かいます|heading|flying",
    re.IGNORECASE,
)
#: Going somewhere without naming it in this sentence: counts only when the post names
#: a place elsewhere (「鳥取砂丘、…。来週また家族で行く予定」).
_GOING = re.compile(r"行く予定|行ってきます|行ってくる|行きます|向かいます|また行く")
_AWAY = re.compile(
    r"(?:家|うち|自宅)(?:には|は|が|に|も)?(?:空っぽ|誰も(?:い|居)(?:ない|ません)|誰もおら[んへ]|誰もおりません|留守)|"
    r"家を空け|留守に(?:し|な)|"
    r"(?:家|うち|自宅)に(?:い|居)ません|"
    # 「家には猫だけ」, 「家族全員出払ってます」: nobody (but a pet) at home.
    r"(?:家|うち|自宅)(?:には|に|は)(?:猫|ねこ|ネコ|犬|いぬ|ワンコ|わんこ|ペット)(?:だけ|のみ|しか)|"
    r"(?:家族|みんな|全員)[^。!?\n]{0,6}出払|"
    r"home alone|house (?:is )?empty",
    re.IGNORECASE,
)
_NOT_AUTHOR = re.compile(
    r"台風|地震|予報|見込み|開催|オープン|発売|放送|中継|公開|ニュース|発表(?!会)|遅延|"
    r"運休|見合わせ|在宅(?!じゃな|ではな)|テレビ|TV|配信|行けない|行かない|いけない|ラッシュ|渋滞|入社|市民です|区民です|"
    r"写真整理|振り返|思い出|がんばれ|頑張れ|頑張って|応援して|たら(?:いい|な)|比較|探し|しない派|旅行しない|"
    # A programme about a place (「今夜のNHK『ブラタモリ』は鹿児島の回」), a forecast (「宇都宮-4℃予想」).
    r"NHK|BS|番組|の回(?:[。、!]|$)|特集|予想|℃|跡地|"
    # Weather and quakes of a place (「明日の関東、朝は冷え込み」, 「〇〇村で震度4」).
    r"天気|冷え込|降水|震度|津波|警報|注意報"
)
#: A relative's own trip: 「娘、明日から修学旅行で京都」, 「父(住職)が今日から研修で京都へ」.
_KIN_TRIP = re.compile(
    r"(?:息子|娘|長男|長女|次男|次女|子ども|子供|夫|旦那|主人|妻|嫁|父|母|兄|姉|弟|妹)(?:[((][^()()]{1,8}[))])?"
    r"(?:が|は|、|も|の[^。!?\n]{1,16}?(?:、|は))[^。!?\n]{0,30}?(?:修学旅行|遠足|林間学校|臨海学校|合宿|研修|出張|遠征|単身赴任|"
    r"帰省|旅行|キャンプ)"
)
_OTHER_SUBJECT = re.compile(
    rf"(?:{THIRD_PARTY.pattern})(?:さん|くん|ちゃん|たち|達)?(?:が|は|も)"
)
_PAST_PREDICATE = re.compile(r"(?:た|だった|でした|ました)[!。…\.〜~wｗ笑\s]*$")
_CLAUSE_CUT = re.compile(r"、|,|けど|ので|から、|が、")
#: Residence in the marker's clause: 「今は京都市伏見区で一人暮らし」 is home, not whereabouts.
_RESIDENCE = re.compile(r"住ん|住み|暮らし|在住|民です|下宿|引っ越|転居|同居|転園|実家を出|今の家を出")
#: Strong future markers: a trip announced even when the sentence ends in 「た」.
_STRONG_FUTURE = re.compile(r"明日|明後日|あさって|来週|来月|今夜|今晩|これから|今から|\d+日から")
#: A relative as the subject: 「娘が今日から〇〇幼稚園」, 「夫が来週から出張」.
_KIN_SUBJECT = re.compile(
    r"(?:^|[、。\s])?(?:夫|旦那|ダンナ|主人|妻|嫁|息子|娘|長男|長女|次男|次女|子ども|子供|うちの子|父|母|"
    r"兄|姉|弟|妹|双子)(?:たち|達)?(?:が|は|、)"
)
#: Habits are routine, not whereabouts: 「毎年正月は」, 「休日はだいたい〇〇にいる」.
_HABIT = re.compile(r"毎年|毎週|毎月|毎朝|毎晩|恒例|いつも(?!の)|だいたい|たいてい|平日は|休日は|昼休み")
#: A new post or school year: 「今日から〇〇支店勤務」, 「明日から〇〇小の1年生」.
_NAMED_PLACE_TIME = re.compile(
    r"明日|明後日|あさって|これから|今から|今夜|今晩|来週|再来週|\d+日から|(?<![ぁ-ん])なう|待ちなう|"
    r"(?<![\u4e00-\u9fff])(?:今|いま|只今)(?!日|年|週|月|度|回|後|まで|更|朝|夜|晩|頃)|"
    r"\d{1,2}\s?(?:時|:\d{2})(?:半)?\s?(?:から|〜|~)|(?:今週|来週)[月火水木金土日]|"
    r"(?:見て|来て|並んで|待って)(?:ます|る)|(?:まで|に)(?:います|いる|おります|おる)"
)
_KANA_ONLY = re.compile(r"[ぁ-んァ-ヶーA-Za-z]+")
#: A day or time that makes a sentence about the author's job say where they are then
#: (「今夜も夜勤入ります」, 「本日は品川オフィスに出社しております」).
_STATED_TIME = re.compile(r"今日|本日|今夜|今晩|明日|今から|これから|今週|来週|(?<![\u4e00-\u9fff])今(?![日年週月度回後の])")
#: A spot, then 「にいます/におります」: 「本部テントにおります」, 「神社にいます」.
_AT_SPOT = re.compile(r"([\u4e00-\u9fffァ-ヶー]{2,10}(?:の[\u4e00-\u9fffァ-ヶー]{1,6})?)に(?:い|居|お)(?:ます|ります|る)(?!人|方)")
_SPOT_TIME = re.compile(r"今日|本日|今夜|今晩|明日|\d{1,2}\s?時|\d{1,2}/\d{1,2}|\d{1,2}月\d{1,2}日|まで")
#: On the way home now: 「夜勤明けで今から帰宅」, 「只今帰宅🏠」.
_GOING_HOME = re.compile(r"(?:今から|これから|只今|ただいま|今)\s?帰(?:宅|る)|帰宅中|帰り道なう|帰りの電車")
_SCHOOL_EVENT = re.compile(r"運動会|参観|面談|入学式|卒業式|発表会|文化祭|体育祭|学校説明会|懇談会|"
                           r"学芸会|音楽会|保護者会|三者面談|入園式|卒園式|お遊戯会")
_WORK_STATE = re.compile(
    rf"(?:{_JOB_RE}|[士師員手]|職人|ドライバー)(?:を|として)?(?:やって|して)(?:ます|る|います)|"
    r"働いて(?:ます|る|います)|勤めて|勤務して|(?:今の|前の)?職場(?:は|が|、)|"
    r"(?:課|部|係|庁|役所|支所|窓口)に(?:いる|おる|居る)と|就職|転職|異動|副業|乗務|配置員|"
    r"\bI work at\b|\bI'm an? [a-z]+ at\b",
    re.IGNORECASE,
)
_NEW_POST = re.compile(r"(?:部|課|係|支社|支店|本社|営業所)に(?:おります|います|居ります)|勤務です|勤務になり|入社|配属|赴任|着任|年少さん|年中さん|年長さん|\d年生|入学(?!式)|入園(?!式)")
#: Home empty soon without 家: 「明日から3日留守」, 「家にいません」.
_AWAY_SOON = re.compile(
    r"(?:明日|明後日|今日|今夜|週末|来週|\d+日)[^。!?\n]{0,14}(?:留守|不在|家にいません|家にいない|"
    r"家を空け)"
)
_ON_BOARD = re.compile(
    r"([^\s、。!?]{0,8}(?:フェリー|新幹線|特急|夜行バス|高速バス|飛行機|便|号))\s?(?:に|で)?\s?"
    r"乗って(?:る|ます|います)"
)
_NOT_NOW_NOUNS = frozenset(["募集", "営業", "受付", "妊娠", "子育て", "育児", "勉強", "検討", "販売",
                            "配信", "放送", "開催", "工事", "休業", "入院", "準備", "計画", "予約",
                            "発売", "公開", "建設", "連載", "療養", "治療", "修業", "修行", "研修",
                            "積み立て", "積立", "開発", "制作"])
_NOT_NOW_VERBS = frozenset(["住む", "働く", "勤める", "務める", "通う", "暮らす", "教える", "営む",
                            "やる", "する", "思う", "言う", "考える", "知る", "持つ", "売る",
                            "作る", "育てる", "続ける", "生まれる", "育つ", "似る", "待つ"])
_NAU = re.compile(
    rf"(?:{_NAU_JA}|(?<![ァ-ヶー])ナウ(?![ァ-ヶー])|(?<![A-Za-z])now(?![A-Za-z])(?!\s+[a-z]+ing))",
    re.IGNORECASE,
)


#: Told afterwards at the end of a clause: 「買い物してきた」, 「行ってた」, 「楽しかった」.
_PAST_END = re.compile(r"(?:てきた|てきました|てた|ってた|た|だった|でした|ました|かった)[!。…\.〜~wｗ笑\s]*$")


#: Named venues Sudachi does not know as places: 「栗林公園」, 「横アリ」, 「那須高原SA」, 「南座」,
#: a name in 「」.
_VENUE = re.compile(
    r"「([^「」\n]{2,20})」(?=\s?(?:で(?!お願い|よろしく|検索|登録)|に(?:いる|います|来|行|向|集合)(?!人)|へ|の前|前))|"
    r"((?:[\u4e00-\u9fffァ-ヶーA-Za-z]{1,10})(?:公園|運動公園|球場|スタジアム|アリーナ|ドーム|ホール|会館|"
    r"劇場|座|SA|PA|サービスエリア|道の駅|ラウンジ|水族館|動物園|美術館|博物館|神社|寺|城|温泉|病院|"
    r"空港|港|キャンプ場|スキー場|ゲレンデ|ビッグサイト|メッセ|アリ))(?![\u4e00-\u9fffァ-ヶー])"
)


def _job_sentence(sent: str) -> bool:
    """A sentence about the author's job with no day or time in it (「〇〇課におると」):
    it says where they work, not where they are at a given time."""
    return bool(_WORK_STATE.search(sent)) and not _STATED_TIME.search(sent)


def past_clause(a: Analysis, pos: int) -> bool:
    """True when the clause holding ``pos`` is told afterwards, as the rules read tense:
    a past marker with no now/future marker after it, or a past predicate ending the
    clause without a strong future marker (「明日から北海道だから、新聞止めた」 is not past).
    """
    s, e = a.sentence_at(pos)
    clause = clause_around(a.text, s, e, pos)
    if re.search(r"(?:来|着い|到着し)た(?:ー|〜|ぁ|!|$)", clause):
        return False  # an arrival told as it happens: 「博多来たー!」
    # 「の時計」, 「の時間」 hold PAST's 「の時」 without telling anything afterwards.
    past = [m.start() for m in PAST.finditer(clause)
            if not (m.group(0) == "の時" and re.match(r"[\u4e00-\u9fff]", clause[m.end() : m.end() + 1]))]
    if re.search(r"てきた|てきました", clause):
        past.append(clause.rfind("てき"))
    if past:
        last = max(past)
        later = any(m.start() > last for m in _NOW.finditer(clause)) or any(
            m.start() > last for m in _FUTURE.finditer(clause)) or _NAU.search(clause)
        if not later:
            return True
    return bool(_PAST_END.search(clause.rstrip("!? ")) and not _STRONG_FUTURE.search(clause)
                and not _NAU.search(clause))


def _not_author_reason(word: str) -> str:
    """The kind of a ``_NOT_AUTHOR`` word, for ``Analysis.suppressed``."""
    if re.search(r"写真整理|振り返|思い出", word):
        return "past"
    if re.search(r"がんばれ|頑張|応援", word):
        return "third_party"
    if re.search(r"市民|区民|入社|在宅", word):
        return "residence"
    if re.search(r"行けない|行かない|いけない|たら|比較|探し|しない", word):
        return "not_going"
    return "news"  # forecasts, events, broadcasts, delays


class WhereaboutsRecogniser(Recogniser):
    CATEGORY = "whereabouts"
    NEEDS_TOKENS = True

    def analyze(self, a: Analysis) -> list[Hit]:
        hits: list[Hit] = []
        # Places outside clauses told afterwards: only there may the learned layer add a
        # whereabouts (「今日は渋谷で買い物してきた!」 has none). Tense is read per place,
        # not per post: 「準備で今日は20時まで園に残ってた」 does not make 「明日は…運動会」 past.
        for p in a.places:
            if p.kind != "line" and not past_clause(a, p.start):
                a.candidate("whereabouts", p.start, p.end)
        sents = list(a.sents)
        covered = -1
        for k, (s, e) in enumerate(sents):
            if k <= covered:
                continue  # already read together with the short line before it
            # Short lines (「明日から\nハワイ」, 「今🚃大宮駅🚃で乗り換え中」) read as one sentence.
            j = k
            while len(a.text[s:e].strip()) <= 8 and j + 1 < len(sents) and sents[j + 1][1] - s <= 40:
                j += 1
                e = sents[j][1]
            covered = j
            n_before = len(hits)
            self._sentence(a, s, e, hits)
            if len(hits) == n_before:
                h = self._aspect(a, s, e)
                if h is not None:
                    hits.append(h)
        if a.memo.get("told_afterwards") and not a.candidates.get("whereabouts"):
            a.suppress("whereabouts", "past")  # every place of the post is told afterwards
        return hits

    def _sentence(self, a: Analysis, s: int, e: int, hits: list[Hit]) -> None:
        text = a.text
        sent = text[s:e]
        away = _AWAY.search(sent)
        if away and not PAST.search(sent[: away.start()]):
            place = self._place(a, s, e)
            hits.append(self.hit(s + away.start(), s + away.end(), "away",
                                 place.value if place else None, "自宅が留守になる",
                                 "the author's home will be empty", 0.8))
        now = next((m for m in _NOW.finditer(sent) if self._real_now(a, s, m)), None)
        fut = _FUTURE.search(sent)
        marker = now or fut
        if not marker:
            return
        kind = "now" if now else "future"
        # A question after なう asks something else (「迷子なう…どこから出れば?」).
        nau_end = _NAU.search(sent)
        # A short question line read together with this one (「なんしょん?今ちょうど〇〇おる」)
        # does not hedge what follows it.
        q = max(sent.rfind(c, 0, marker.start()) for c in "?!。\n")
        hedged = HEDGE.search(sent[q + 1 : nau_end.end()] if nau_end else sent[q + 1 :])
        # Each rejection below is recorded for the learned layer (``Analysis.suppress``).
        if hedged:
            a.suppress("whereabouts", "hearsay")
            return
        not_author = _NOT_AUTHOR.search(sent)
        if not_author:
            self._reject(a, _not_author_reason(not_author.group(0)))
            return
        if _KIN_TRIP.search(sent) and not re.search(r"私|僕|俺|自分|と(?:一緒|二人|2人)|家族で|連れて|"
                                                    r"(?:で|と)(?:行|向か)", sent):
            a.suppress("whereabouts", "kin")
            return
        if _RESIDENCE.search(self._clause(sent, marker)):
            a.suppress("whereabouts", "residence")
            return
        if re.search(r"\d+\s?年[^。、]{0,8}に(?:い|居)(?:る|ます)", sent):
            a.suppress("whereabouts", "residence")
            return  # 「もう20年東京にいる」: residence, not a current location
        # なう puts the author there whoever else the sentence is about (「彼氏が予約して
        # くれたお店でディナーなう」): the rejections below are then not recorded.
        nau_here = bool(_NAU.search(sent))
        # Someone else is the subject (「友達が今ハワイに」); a companion (「友達と」) is not.
        if _OTHER_SUBJECT.search(sent) and not re.search(r"私|僕|俺|自分", sent):
            if not nau_here:
                a.suppress("whereabouts", "third_party")
            return
        # A sentence about the author's job (「〇〇でドライバーやってます。今日は首都高」,
        # 「県庁の観光課におると」): the workplace is not where they are at a given time.
        if not nau_here and _job_sentence(sent):
            a.suppress("whereabouts", "new_post")
            return
        not_trip = self._not_a_trip_reason(self._clause(sent, marker))
        if not_trip or _NEW_POST.search(sent):
            # A relative named only after the marker may be a companion (「〇〇なう。息子が…」).
            kin_after = not_trip == "kin" and not _KIN_SUBJECT.search(sent[: marker.start()])
            if not (nau_here or kin_after):
                a.suppress("whereabouts", not_trip or "new_post")
            # なう puts the author there, unless a relative is its subject (「息子が修学旅行で
            # 京都なう」).
            if not nau_here or (not_trip == "kin" and not kin_after) or not_trip not in (None, "kin"):
                return
        # Told afterwards, unless a now/future marker comes after the past one.
        past = [m for m in PAST.finditer(sent)]
        if past and not (
            (now and now.start() > past[-1].start()) or (fut and fut.start() > past[-1].start())
            or _NAU.search(sent)
        ):
            a.memo["told_afterwards"] = True
            return
        if re.search(r"ってきた|った[!。]|だった", sent[marker.end() :]):
            a.memo["told_afterwards"] = True
            return
        # The sentence's own predicate is past: 「京都旅行の写真やっと整理した」 (but
        # 「明日から北海道だから、新聞止めた」 announces the trip).
        if not now and _PAST_PREDICATE.search(sent) and not _STRONG_FUTURE.search(sent):
            a.memo["told_afterwards"] = True
            return
        nau = _NAU.search(sent)
        place = self._place(a, s, e)
        # 「2年ぶりに京都の実家へ帰省中」: 〜ぶり counts the time since, it tells nothing afterwards.
        if [m for m in past if m.group(0) != "ぶり"] and place is not None and place.start < s + marker.start():
            # 「去年行った石垣島の海、今見返しても」: the place belongs to the past part.
            place = self._place(a, s + marker.end(), e)
            if place is None:
                a.memo["told_afterwards"] = True
                return
        # 「娘の湾岸高の三者面談、今日14時半から」: a school event on a given day puts the
        # author (a pupil, a parent) at the school.
        school_event = place is not None and (place.start, place.end) in a.candidates.get(
            "school", []) and _SCHOOL_EVENT.search(sent)
        if not now and place is not None and place.start < s + marker.start() and not school_event:
            # A future marker speaks of what follows it: in 「〇〇小、明日は運動会」
            # the place belongs to the school's name, not to a trip.
            place = self._place(a, s + marker.end(), e)
            if place is None and not _TRIP.search(sent[marker.end() :]):
                return
        if nau and place is None and not re.search(
            r"(?:エキ|駅|ホール|ドーム|会場|公園|空港|港|ホーム|改札|前|行列|ワールド|ランド|パーク|"
            r"モール|センター|水族館|動物園|温泉|神社|寺|城|地下街|商店街|球場|スタジアム|通り|山頂|頂上|"
            r"峠|海岸|ビーチ|浜|岬|展望台|ゲレンデ|スキー場|SA|PA|道の駅|ラウンジ|フェリー|ホテル|旅館|"
            r"病棟|ステーション|ターミナル|サービスエリア|キャンプ場|美術館|博物館|図書館|劇場|会館)\s?$",
            sent[: nau.start()]
        ):
            return  # 「休憩なう」, 「ダウンロードなう」: an activity, no place
        if nau:
            start = place.start if place and place.end <= s + nau.start() else s + nau.start()
            value = place.value if place else self._before_nau(sent[: nau.start()])
            hits.append(self.hit(start, s + nau.end(), "now", value, "今いる場所",
                                 "where the author is right now", 0.8))
            return
        trip = _TRIP.search(sent)
        post_place = self._place(a, 0, len(text))
        if place is None and not trip and not (_GOING.search(sent) and post_place):
            return
        if place is None and not fut:
            return
        if place is not None:
            now_kind = kind == "now"
            hits.append(self.hit(place.start, place.end, kind, place.value,
                                 "今いる場所" if now_kind else "これから行く場所",
                                 "where the author is right now" if now_kind
                                 else "where the author will be", 0.7 if now_kind else 0.6))
        else:
            hits.append(self.hit(s + marker.start(), s + marker.end(), kind,
                                 post_place.value if post_place else None,
                                 "これからの予定・行き先", "the author's plans", 0.4))

    @staticmethod
    def _reject(a: Analysis, reason: str) -> None:
        """Record a rejection; the past is read per place (``past_clause``) instead."""
        if reason == "past":
            a.memo["told_afterwards"] = True
        else:
            a.suppress("whereabouts", reason)

    @staticmethod
    def _clause(sent: str, marker: re.Match[str]) -> str:
        """The clause holding the marker (cut at 、, けど, ので, が、)."""
        cuts = [m.end() for m in _CLAUSE_CUT.finditer(sent, 0, marker.start())]
        start = cuts[-1] if cuts else 0
        nxt = _CLAUSE_CUT.search(sent, marker.end())
        return sent[start : nxt.start() if nxt else len(sent)]

    @staticmethod
    def _not_a_trip_reason(sent: str) -> str | None:
        """A relative's or someone else's plans, a habit, or a new job, not a location
        (the kind, for ``Analysis.suppressed``), or None."""
        if _KIN_SUBJECT.search(sent) and not re.search(r"私|僕|俺|自分|と(?:一緒|二人|2人)|家族で|"
                                                      r"連れて|と[^。!?\n]{0,6}(?:で|に)", sent):
            return "kin"
        if _HABIT.search(sent):
            return "habit"
        if _job_sentence(sent):
            return "new_post"
        if _NEW_POST.search(sent):
            return "new_post"
        if re.search(r"(?:あの子|あの人|彼|彼女|その人)(?:は|が|も|、|いま|今)", sent):
            return "third_party"
        return None

    def _aspect(self, a: Analysis, s: int, e: int) -> Hit | None:
        """Now or soon, read from aspect: 「ドライブ中」, 「来たー」, 「乗ってる」, 「待ち合わせ」."""
        text = a.text
        sent = text[s:e]
        assert a.doc is not None
        place = self._place(a, s, e)
        not_author = _NOT_AUTHOR.search(sent)
        reason = (
            "hearsay" if HEDGE.search(sent)
            else _not_author_reason(not_author.group(0)) if not_author
            else self._not_a_trip_reason(sent)
            or ("third_party" if _OTHER_SUBJECT.search(sent) and not re.search(r"私|僕|俺|自分", sent)
                else None)
            or ("past" if re.search(r"先月|先週|去年|昨年|昨日|おととい|この前|以前|昔|ぶり|思い出|懐かし",
                                    sent) else None)
        )
        if reason:
            if place is not None:
                self._reject(a, reason)  # a place, but not where the author is now
            return None
        toks = [t for t in a.tokens if s <= t.idx < e]
        away = _AWAY_SOON.search(sent)
        if away:
            return self.hit(s + away.start(), s + away.end(), "away",
                            place.value if place else None, "自宅が留守になる",
                            "the author's home will be empty", 0.7)
        if place is None:
            home_now = _GOING_HOME.search(sent)
            if home_now:
                return self.hit(s + home_now.start(), s + home_now.end(), "now", None, "今の行動(帰宅)",
                                "the author is on the way home now", 0.5)
            # On board now: 「〇〇フェリーに乗ってる」, 「新幹線乗ってます」 (the vehicle is the place).
            v = _ON_BOARD.search(sent)
            if v:
                return self.hit(s + v.start(1), s + v.end(1), "now", v.group(1), "今いる場所",
                                "where the author is right now", 0.5)
            # At an unnamed spot on a stated day or until a stated time: 「19時まで本部テント
            # におります」, 「7/27は朝から晩まで神社にいます」 (not where one has lived for years).
            at = _AT_SPOT.search(sent)
            if at and _SPOT_TIME.search(sent) and not re.search(r"\d+\s?年|住|ずっと|いつも|毎|普段", sent) \
                    and not _job_sentence(sent) and not _KIN_SUBJECT.search(sent[: at.start()]):
                return self.hit(s + at.start(1), s + at.end(1), "now", at.group(1), "今いる場所",
                                "where the author is (or will be) at a stated time", 0.5)
            return None
        for k, t in enumerate(toks):
            rest = text[t.idx + len(t.text) : e]
            # 1. 〜中: 「ドライブ中」, 「待ち合わせ中」, 「乗り換え中」 (a state going on now).
            if t.text == "中" and k > 0 and toks[k - 1].text not in _NOT_NOW_NOUNS and \
                    place.start < t.idx and (
                        t.tag_.startswith("接尾辞") or not re.match(r"^[\u4e00-\u9fff]", rest)
                    ) and ("サ変" in toks[k - 1].tag_ or toks[k - 1].tag_.startswith("動詞")
                           or toks[k - 1].text.endswith(("り", "ち"))):
                return self._now(place)
            # 2. Arrival told as it happens: 「来たー」, 「着いた〜」, 「〇〇着!」.
            if t.lemma_ in ("来る", "着く", "到着") and re.match(r"^(?:たー|た〜|たぁ|たー!|た!|ーー?)",
                                                              text[t.idx + len(t.text) - 1 :]
                                                              + "") is None and re.match(
                    r"^(?:い)?た?(?:ー|〜|ぁ|!|!|$)", rest) and place.start < t.idx:
                return self._now(place)
            if t.text == "着" and place.end == t.idx and re.match(r"^\s?(?:!|!|。|$|\W)", rest):
                return self._now(place)
            # 3. A progressive verb after the place: 「フェリーに乗ってる」, 「三宮で飲んでる」.
            if t.tag_.startswith("動詞") and t.lemma_ not in _NOT_NOW_VERBS and place.end <= t.idx \
                    and re.match(r"^(?:て|で)(?:る|ます|います|いる|ん)|^(?:よる|とる|ちょる|よります|"
                                 r"とります)", rest) and re.search(
                        r"(?:で|に|から|を)\s?$", text[place.end : place.end + 12][:3]
                        if place.end < t.idx else "") is not None:
                return self._now(place)
        # 4. A meeting set for a time: 「17時に梅田の〇〇前で待ち合わせ」, 「18時集合」.
        if re.search(r"待ち合わせ|集合", sent) and re.search(r"\d{1,2}\s?時", sent):
            return self.hit(place.start, place.end, "future", place.value, "これから行く場所",
                            "where the author will be", 0.6)
        return None

    def _now(self, place: Place) -> Hit:
        return self.hit(place.start, place.end, "now", place.value, "今いる場所",
                        "where the author is right now", 0.7)

    @staticmethod
    def _real_now(a: Analysis, s: int, m: re.Match[str]) -> bool:
        """「今」/「いま」 must be a word of its own: not in 「今池」, 「います」."""
        if m.group(0) not in ("今", "いま"):
            return True
        assert a.doc is not None
        return any(t.idx == s + m.start() and t.text == m.group(0) for t in a.tokens)

    @staticmethod
    def _before_nau(chunk: str) -> str | None:
        m = re.search(r"([^\s、。,!?]{1,20})\s?$", chunk)
        return m.group(1) if m else None

    def _place(self, a: Analysis, s: int, e: int) -> Place | None:
        """First non-line place in the sentence that is not where the author *lives*
        (「那須塩原に住んでるけど、今日は宇都宮に」); proper nouns, and names the dictionary
        also knows as places (「中洲」, 「金沢」 read as surnames), stand in for unknown places.
        """
        text = a.text
        places = [p for p in a.places_in(s, e) if p.kind != "line" and not re.match(
            r"^(?:の[^\s、。]{0,6})?(?:に|で|さ)?(?:住|在住|暮らし)", text[p.end : p.end + 10])]
        if places:
            return places[0]
        assert a.doc is not None
        for t in a.tokens:
            if not s <= t.idx < e or len(t.text) < 2:
                continue
            if (is_proper(t) and "人名" not in t.tag_) or (
                "人名" in t.tag_ and has_place_reading(t.text)
            ):
                if re.match(r"^(?:に|で|さ)?(?:住|在住)", text[t.idx + len(t.text) :][:6]):
                    continue
                return Place(t.idx, t.idx + len(t.text), "facility", t.text, t.text)
        # A named school, workplace or venue the other recognisers saw (「千波台小」,
        # 「川端重工」, 「手打ちそば 雪乃」) is a place one can be at too.
        # Only with a strong time marker in the post (明日, これから, なう, 14時から): 「今日は
        # 〇〇小の参観。…発表してた」 is told afterwards in the next sentence.
        if not _NAMED_PLACE_TIME.search(text):
            return None
        orgs = [(cs, ce) for cs, ce in a.memo.get("orgs") or []  # type: ignore[attr-defined]
                if any(s <= t.idx < e and cs <= t.idx < ce and (is_proper(t) or _KANA_ONLY.fullmatch(t.text))
                       for t in a.tokens)]
        named = [(cs, ce) for cs, ce in [*a.candidates.get("school", []), *orgs]
                 if s <= cs and ce <= e and ce - cs >= 2]
        named += [(m.start(m.lastindex or 0), m.end(m.lastindex or 0)) for m in _VENUE.finditer(text, s, e)]
        for cs, ce in sorted(named):
            if re.match(r"^(?:の[^\s、。]{0,6})?(?:に|で|さ)?(?:住|在住|暮らし)", text[ce : ce + 10]):
                continue
            return Place(cs, ce, "facility", text[cs:ce], text[cs:ce])
        return None
