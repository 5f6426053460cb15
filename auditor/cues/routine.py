"""Recurring times and places in the author's life (routine).

A routine needs two things in one sentence: a *recurrence* and an *anchor*.
- Recurrence: 毎朝/毎晩/毎日/毎週/毎月/隔週/平日は/土日は/週末は/週N/「月水金は」/「火・金の」,
  いつも/決まって, or a routine noun (日課, 習慣, ルーティン, 定位置, 恒例, お決まり,
  行きつけ); commuting (通勤, 通学, 〜で通って).
- Anchor: a clock time (7時15分, 7:42), a place, a train line, or an activity verb in the
  habitual present (走る, 通う, 寄る, 乗る, 家を出る, 帰宅する, 〜してます).

Not routine: wishes and plans (「朝ヨガ始めたい」, 「毎日1万歩って決めたけど挫折」),
questions, complaints about the weather (「毎日毎日暑すぎ」), other people's habits
(「推しが毎日更新」), public notices (「毎週火曜日は燃えるゴミの日(市の広報)」 is still a
known misfire).

kind/value: ``time`` ("HH:MM"), ``weekly`` ("火", "月水金"), ``line`` (train line),
``place`` (the usual place), ``recurring`` (a routine without a parsable anchor).
"""

from __future__ import annotations

import re

from auditor.cues.attribution import HEDGE, THIRD_PARTY
from auditor.cues.base import Analysis, Hit, Recogniser
from auditor.cues.workplace import KIN_WORK

_DAYS = "月火水木金土日"


class RoutineRecogniser(Recogniser):
    CATEGORY = "routine"
    NEEDS_TOKENS = True
    RECURRENCE = re.compile(
        rf"毎(?:朝|晩|夜|日|週|月|年末)|隔週|平日(?:は|の)|休みの日(?:は|の)|(?<![先今来])土日(?:は|の)|(?<![先今来])週末(?:は|の)|休日は|"
        rf"週に?\s?\d\s?(?:回|日|で)?|昼休み(?:は|に)|放課後は|出勤前に|散歩コース|"
        rf"(?:で|から)(?:いつも|毎日|毎朝)?\s?(?:通勤|通学|通って|通い)|(?:[{_DAYS}](?:曜日?)?[・、と,]?){{2,}}(?:曜日?)?(?:は|の)|"
        rf"(?<![先今来次週の])[{_DAYS}]曜(?:日)?(?:の(?:朝|夜|夕方|午前|午後|昼))?は|いつも|決まって|基本的に|たいてい|だいたい|"
        rf"日課|習慣|ルーティ[ンー]|定位置|恒例|お決まり|行きつけ|のが基本|"
        rf"第\s?\d\s?[{_DAYS}]曜|朝イチ|仕事(?:終わり|帰り)に|学校帰りに|"
        # Shifts and the day's fixed points: 早番/遅番, 三交代, 夜勤の週, お迎えは16時半.
        rf"早番|遅番|[二三]交代|夜勤の(?:週|日)|シフト(?:は|の日)|当番の日|ノー残業デー|送り迎え|"
        rf"お迎えは|送りは|朝練|起床|\d{{1,2}}時起き|たまり場|溜まり場|"
        rf"[{_DAYS}]\s?[〜~\-]\s?[{_DAYS}](?:曜日?)?|"
        rf"(?<![\u4e00-\u9fff])[{_DAYS}]{{2,}}(?=バイト|出勤|勤務|練習|休み|営業|シフト|は|の|に)"
    )
    #: A recurrence strong enough to make a place routine without an activity verb
    #: (「冬は毎週末ニセコ」, 「平日は天神、週末は糸島の畑」).
    STRONG_REC = re.compile(r"毎(?:朝|晩|夜|日|週)|平日(?:は|の)|週に?\s?\d|休日は|土日は")
    SHIFT_REC = re.compile(r"早番|遅番|[二三]交代|夜勤の(?:週|日)|シフト|当番の日|起床|お迎えは|送りは")
    #: Views and weather recur without the author going anywhere: 「毎朝見える」, 「毎日降って」.
    NOT_PLACE_ROUTINE = re.compile(r"見え|見られ|眺め|降って|降る|予定|終わった|聞こえ")
    #: Usual places named by kind: 「いつも会社の裏の公園で」, 「毎晩ラボにこもって」.
    GENERIC_PLACE = re.compile(
        r"公園|カフェ|喫茶|ジム|スーパー|コンビニ|銭湯|食堂|定食屋|うどん屋|ラーメン屋|パン屋|"
        r"図書館|プール|道場|サウナ|温泉|改札|ラボ|研究室|部室|職員室|体育館|畑|朝市"
    )
    ONE_OFF = re.compile(
        r"(?:明日|明後日|あさって|今日|今夜|今晩|今度|今週末|今週の?[月火水木金土日]曜|来週の?[月火水木金土日]曜|"
        r"\d{1,2}月\d{1,2}日|\d{1,2}日\s?[((][月火水木金土日][))])(?:は|に|の|、)"
    )
    STRONG = re.compile(
        r"日課|習慣|ルーティ[ンー]|定位置|恒例|お決まり|行きつけ|いつもの(?!ように)|のが基本|たまり場|溜まり場"
    )
    TIME = re.compile(r"(\d{1,2})\s?(?:時|:)\s?(?:(\d{1,2})\s?分?|半)?")
    ACTIVITY = re.compile(
        r"走[るりっ]|通[うっいわ]|寄[るっ]|乗[るっり]|出[るてた]|帰[るっり]|起き|寝[るて]|散歩|"
        r"行[くっき]|入って|入る|上がり|仕込み|やって|して(?:る|ます|います)|ジム|ヨガ|"
        r"弾き語り|迎え|送って|連れて|食べて|飲んで|練習|レッスン|教室|出て|降り|"
        r"通勤|通学|シフト|夜勤|当番|活動|ジョギング|ランニング|ウォーキング|筋トレ|買い物|"
        r"通院|お参り|水泳|スイミング|釣り|稽古|サウナ|銭湯|(?:に|で)(?:いる|います|過ごす|過ごして)|"
        r"往復|浸か|こもっ|集合"
    )
    BLOCK = re.compile(
        r"毎日毎日|決めた|挫折|続くかな|始めたい|コツ|でもいける|でも行ける|毎回|"
        r"ゴミの日|広報|お知らせ|休館|定休日|休業日|毎年|だったら|なら|"
        r"(?:てる|する|している|た)人(?:って|は|が|も|たち|ほんと|本当|すごい|えらい|偉い|尊敬)|"
        # A publication's schedule, a tip for anyone, the past in kana.
        r"更新の|連載|初心者|でOK|がおすすめ|がオススメ|のころ|ころは|"
        r"憧れ|危ない|先週|昨日|てきた|子どもの頃|子供の頃|頃は|懐かし|の人(?:って|は|が|たち)|"
        r"出ません|出られ|しか出|受付時間|営業時間|対応時間|終わった|予定|"
        # A broadcast's or a shop's schedule: 「毎朝6時半から放送してる」, 「毎晩25時からのラジオ」.
        r"放送|番組|オンエア|特集|からのラジオ|にやってる(?:番組|アニメ|ドラマ|戦隊)|開店前から行列"
    )

    def analyze(self, a: Analysis) -> list[Hit]:
        text = a.text
        hits: list[Hit] = []
        sents = a.sents
        # A post about one date and no recurrence is a one-off event (「明日は〇〇小の運動会。
        # 朝6時から場所取り」); 「来週からまた夜勤週」 starts a period and is not recorded.
        if not self.RECURRENCE.search(text) and self.ONE_OFF.search(text):
            a.suppress("routine", "one_off")
        for k, (s, e) in enumerate(sents):
            sent = text[s:e]
            rec = self.RECURRENCE.search(sent)
            if not rec:
                continue
            # A short line (「毎朝\n7:05\n小田急」) continues on the next lines.
            j = k
            while len(text[s:e].strip()) <= 12 and j + 1 < len(sents) and \
                    sents[j + 1][1] - s <= 40:
                j += 1
                e = sents[j][1]
                sent = text[s:e]
            # Each rejection of a recurrence is recorded for the learned layer.
            if KIN_WORK.search(sent):
                a.suppress("routine", "kin")
                continue  # 「ダンナの勤め先が…帰りはいつも深夜」: a relative's schedule
            blocks = [self._block_reason(b.group(0)) for b in self.BLOCK.finditer(sent)]
            if blocks or HEDGE.search(sent):
                reason = next((r for r in blocks if r), None) if blocks else "hearsay"
                if reason:
                    a.suppress("routine", reason)
                continue
            third = THIRD_PARTY.search(sent[: rec.start()])
            if third:
                a.suppress("routine", "third_party")
                continue
            anchor = self._anchor(a, s, e, sent, rec)
            if anchor is None:
                continue
            hits.append(anchor)
            days = self._weekdays(sent)
            if days:
                hits.append(self.hit(s + days[0], s + days[1], "weekly", days[2], "毎週の予定",
                                     "a weekly schedule", 0.4))
        return hits

    @staticmethod
    def _block_reason(word: str) -> str | None:
        """The kind of a ``BLOCK`` word, for ``Analysis.suppressed`` (None: not recorded).

        Only what says whose, when or what: public notices and opening hours, other
        people, the past, wishes, plans, yearly events, complaints (「毎日毎日暑い」) and
        tips. Weak words (なら, だったら, 毎回) and a day off (「毎週火曜が定休日やけん、火曜
        は決まって銭湯」 is the owner's routine) are rejected by the rule but not recorded.
        """
        if re.search(r"ゴミ|広報|お知らせ|休館|時間|出ません|出られ|しか出|放送|番組|オンエア|特集|"
                     r"ラジオ|にやってる|行列", word):
            return "notice"  # a public notice, a shop's or a phone line's hours
        if "人" in word:
            return "general"  # other people's habits, people in general
        if re.search(r"先週|昨日|てきた|頃|ころ|懐かし|終わった", word):
            return "past"
        if re.search(r"更新|連載", word):
            return "notice"
        if re.search(r"決めた|挫折|続くかな|始めたい|憧れ|予定|毎年|毎日毎日|コツ|初心者|OK|おすすめ|オススメ", word):
            return "not_routine"  # wishes, plans, yearly events, complaints, tips
        return None

    def _anchor(self, a: Analysis, s: int, e: int, sent: str, rec: re.Match[str]) -> Hit | None:
        """What the routine is anchored on: a line, a clock time, a place, or an activity."""
        places = a.places_in(s, e)
        line = next((p for p in places if p.kind == "line"), None)
        if line:
            return self.hit(line.start, line.end, "line", line.value, "通勤・通学の路線",
                            "the train line the author rides regularly", 0.5)
        tm = self.TIME.search(sent)
        if tm and not re.match(r"\d{1,2}\s?時間", sent[tm.start() :]):
            hh = int(tm.group(1))
            mm = 30 if "半" in tm.group(0) else int(tm.group(2) or 0)
            if hh <= 29 and mm < 60:
                return self.hit(s + tm.start(), s + tm.end(), "time", f"{hh:02d}:{mm:02d}",
                                "決まった時刻の行動", "a regular time", 0.5)
        # A named shop in brackets is a place anchor: 「いつもの「定食屋まる」」.
        quoted = re.search(r"[「『]([^「」『』]{2,20})[」』]", sent)
        generic = self.GENERIC_PLACE.search(sent)
        if self.SHIFT_REC.fullmatch(rec.group(0)) and not self.TIME.search(sent):
            return None  # 「早番からの夜勤」: a shift word alone, no time
        if self.NOT_PLACE_ROUTINE.search(sent):
            places = []
        if places and (self.ACTIVITY.search(sent) or (self.STRONG_REC.search(sent) and re.match(
            r"^(?:駅)?\s?(?:で|に|へ|まで|から|、|の[^\s、。]{1,6}(?:で|に|へ))", sent[places[0].end - s :]
        ))):
            p = places[0]
            return self.hit(p.start, p.end, "place", p.value, "いつも行く場所",
                            "a place the author visits regularly", 0.4)
        if quoted:
            return self.hit(s + quoted.start(1), s + quoted.end(1), "place", quoted.group(1),
                            "いつも行く場所", "a place the author visits regularly", 0.4)
        if generic and (self.STRONG_REC.search(sent) or rec.group(0) in ("いつも",) or
                        self.STRONG.search(sent)):
            # A kind of place, not a named one: ``recurring`` (``place`` values are names).
            return self.hit(s + generic.start(), s + generic.end(), "recurring", None,
                            "いつも行く場所", "a place the author visits regularly", 0.3)
        strong = self.STRONG.search(sent)
        weekday = re.search(rf"[{_DAYS}]曜", sent)
        if strong or self.ACTIVITY.search(sent) or weekday:
            weak = rec.group(0) in ("いつも", "だいたい", "たいてい", "基本的に")
            if weak and not (strong or weekday):
                return None
            return self.hit(s + rec.start(), s + rec.end(), "recurring", None, "繰り返す行動",
                            "a recurring activity", 0.3)
        return None

    @staticmethod
    def _weekdays(sent: str) -> tuple[int, int, str] | None:
        """Weekdays named in the sentence: 「火曜と金曜」 → 火金, 「月水金は」 → 月水金."""
        marks = list(re.finditer(rf"([{_DAYS}])曜", sent))
        run = re.search(
            rf"(?<![\u4e00-\u9fff])[{_DAYS}](?:[・、,]?[{_DAYS}])+(?=は|の|に|曜)", sent
        )
        spans = [(m.start(), m.end(), m.group(1)) for m in marks]
        if run:
            spans.append((run.start(), run.end(), re.sub(rf"[^{_DAYS}]", "", run.group(0))))
        if not spans:
            return None
        days = "".join(d for d in _DAYS if any(d in x[2] for x in spans))
        return min(x[0] for x in spans), max(x[1] for x in spans), days
