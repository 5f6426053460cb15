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

from auditor.cues.attribution import HEDGE, PAST, THIRD_PARTY
from auditor.cues.base import Analysis, Hit, Recogniser, is_proper
from auditor.cues.places import Place

_NOW = re.compile(
    r"(?<![ぁ-ん])なう|(?<![ァ-ヶー])ナウ(?![ァ-ヶー])|(?<![A-Za-z])now(?![A-Za-z])|只今|ただいま|現在|"
    r"(?<![A-Za-z])今(?![日年週月度回後まで更朝夜晩頃際期どのさ])|いま(?!さら|まで|いち|どき)|"
    r"到着|着いた|来て(?:ます|る|います)|に(?:い|お|居)(?:ます|る|るよ|るで|ります)|"
    r"滞在中|帰省中|出張中|旅行中|遠征中|移動中|足止め|待ち(?:中|!|。|$)|待って(?:る|ます)|"
    r"並(?:び|んで)中?|ランチ中|向かって(?:る|ます)|乗り換え待ち"
)
_FUTURE = re.compile(
    r"これから|今から|明日|明後日|あさって|今夜|今晩|今日(?:は|から|の|\d)|本日から|今週|来週|"
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
    r"(?:家|うち|自宅)(?:は|が|に)?(?:空っぽ|誰も(?:い|居)ない|留守)|家を空け|留守に(?:し|な)|"
    r"home alone|house (?:is )?empty",
    re.IGNORECASE,
)
_NOT_AUTHOR = re.compile(
    r"台風|地震|予報|見込み|上陸|開催|オープン|発売|放送|中継|公開|ニュース|発表(?!会)|遅延|"
    r"運休|見合わせ|在宅|暮らし|住んで|在住|テレビ|TV|配信|行けない|行かない|いけない|ラッシュ|渋滞|"
    r"写真整理|振り返|思い出|がんばれ|頑張れ|頑張って|応援して|たら(?:いい|な)"
)
_OTHER_SUBJECT = re.compile(
    rf"(?:{THIRD_PARTY.pattern})(?:さん|くん|ちゃん|たち|達)?(?:が|は|も)"
)
_PAST_PREDICATE = re.compile(r"(?:た|だった|でした|ました)[!。…\.〜~wｗ笑\s]*$")
_NAU = re.compile(
    r"(?:(?<![ぁ-ん])なう|(?<![ァ-ヶー])ナウ(?![ァ-ヶー])|(?<![A-Za-z])now(?![A-Za-z]))",
    re.IGNORECASE,
)


class WhereaboutsRecogniser(Recogniser):
    CATEGORY = "whereabouts"
    NEEDS_TOKENS = True

    def analyze(self, a: Analysis) -> list[Hit]:
        text = a.text
        hits: list[Hit] = []
        for s, e in a.sents:
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
                continue
            kind = "now" if now else "future"
            if HEDGE.search(sent) or _NOT_AUTHOR.search(sent):
                continue
            if re.search(r"\d+\s?年[^。、]{0,8}に(?:い|居)(?:る|ます)", sent):
                continue  # 「もう20年東京にいる」: residence, not a current location
            # Someone else is the subject (「友達が今ハワイに」); a companion (「友達と」) is not.
            if _OTHER_SUBJECT.search(sent) and not re.search(r"私|僕|俺|自分", sent):
                continue
            # Told afterwards, unless a now/future marker comes after the past one.
            past = [m for m in PAST.finditer(sent)]
            if past and not (
                (now and now.start() > past[-1].start()) or (fut and fut.start() > past[-1].start())
                or _NAU.search(sent)
            ):
                continue
            if re.search(r"ってきた|った[!。]|だった", sent[marker.end() :]):
                continue
            # The sentence's own predicate is past: 「京都旅行の写真やっと整理した」.
            if not now and _PAST_PREDICATE.search(sent):
                continue
            nau = _NAU.search(sent)
            place = self._place(a, s, e)
            if past and place is not None and place.start < s + marker.start():
                # 「去年行った石垣島の海、今見返しても」: the place belongs to the past part.
                place = self._place(a, s + marker.end(), e)
                if place is None:
                    continue
            if not now and place is not None and place.start < s + marker.start():
                # A future marker speaks of what follows it: in 「〇〇小、明日は運動会」
                # the place belongs to the school's name, not to a trip.
                place = self._place(a, s + marker.end(), e)
                if place is None and not _TRIP.search(sent[marker.end() :]):
                    continue
            if nau and place is None:
                continue  # 「休憩なう」, 「ダウンロードなう」: an activity, no place
            if nau:
                start = place.start if place and place.end <= s + nau.start() else s + nau.start()
                value = place.value if place else self._before_nau(sent[: nau.start()])
                hits.append(self.hit(start, s + nau.end(), "now", value, "今いる場所",
                                     "where the author is right now", 0.8))
                continue
            trip = _TRIP.search(sent)
            post_place = self._place(a, 0, len(text))
            if place is None and not trip and not (_GOING.search(sent) and post_place):
                continue
            if place is None and not fut:
                continue
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
        return hits

    @staticmethod
    def _real_now(a: Analysis, s: int, m: re.Match[str]) -> bool:
        """「今」/「いま」 must be a word of its own: not in 「今池」, 「います」."""
        if m.group(0) not in ("今", "いま"):
            return True
        assert a.doc is not None
        return any(t.idx == s + m.start() and t.text == m.group(0) for t in a.doc)

    @staticmethod
    def _before_nau(chunk: str) -> str | None:
        m = re.search(r"([^\s、。,!?]{1,20})\s?$", chunk)
        return m.group(1) if m else None

    def _place(self, a: Analysis, s: int, e: int) -> Place | None:
        """First non-line place in the sentence; proper nouns stand in for unknown places."""
        places = [p for p in a.places_in(s, e) if p.kind != "line"]
        if places:
            return places[0]
        assert a.doc is not None
        span = a.doc.char_span(s, e, alignment_mode="expand")
        for t in span if span is not None else ():
            if s <= t.idx < e and is_proper(t) and "人名" not in t.tag_ and len(t.text) >= 2:
                return Place(t.idx, t.idx + len(t.text), "facility", t.text, t.text)
        return None
