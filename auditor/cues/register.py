"""Whose voice: spans that are quoted, exemplified or broadcast rather than stated.

A post can *mention* a revealing sentence without *making* it: a warning that lists
「〇〇駅なう」 as a bad example, a film line 「仙台駅で待ってる」ってシーン, a form's sample
address, a weather bulletin. Findings inside such spans are dropped in one place (the
detector), so that every recogniser need not know about quotation.

- reported speech: 「…」 followed by って/みたいな/とか/という/的な/と言う/と思う;
- public-service, news and review posts: a leading 【注意喚起】【速報】【天気】【ニュース】
  【おすすめ】【PR】 header, 【拡散希望】 quoting a message (a warning about it), or a
  weather/news register (気象台, 警報, おそれ, 〜によると); a plain 【拡散希望】 stays (people
  spread their own lost-property posts with their own number);
- headlines and round-ups: 「〜10選!って記事」, 「ネットニュースで見た」;
- samples and examples: sentences with 見本, 記入例, 書き方, sample, placeholder, for example.

Misfires: an owner's own shop notice in a 【ニュース】 header; a quote of one's own words
(「明日から沖縄!」って言ったら…) is dropped too.
"""

from __future__ import annotations

import re

from auditor.cues.base import Analysis, Hit
from auditor.model import CATEGORIES

_QUOTE = re.compile(r"[「『\"]([^「」『』\"\n]{1,80})[」』\"]")
_REPORTED_AFTER = re.compile(
    r"^\s?(?:って(?!名前|フルネーム|本名|とこ|店|お店|いう(?:店|お店|会社|名前)|屋号)|っていう(?!店|お店|会社|名前)|"
    r"という(?!店|お店|会社|名前)|みたいな|みたいに|とか|的な|と(?:言|い|思|書|聞)|系の|ってCM|ってメッセ|"
    r"ってタイトル|って記事|って投稿)"
)
_BROADCAST = re.compile(
    r"^\s?【\s?(?:注意喚起|速報|天気|ニュース|気象|防災|注意|おすすめ店?|PR|広告|レビュー|拡散希望】\s?「)\s?】?|"
    r"気象台|警報|注意報|"
    r"(?:の|な|る)おそれ|によると|と発表"
)
_EXAMPLE = re.compile(
    r"見本|記入例|書き方|例文|テンプレ|sample|placeholder|for example|e\.g\.", re.IGNORECASE
)


#: Advice to readers in general: 「〜すると特定されるので気をつけて」, 「〜は危ないよ」.
_ADVICE = re.compile(
    r"気をつけ(?:て|よう|ましょう)|注意(?:して|しよう|しましょう)|危ないよ|危ないです|バレる|"
    r"バレの原因|特定される|見直すのがおすすめ|がんばれ|頑張れ|頑張って(?:ください|ね)?[!。]?$"
)


#: Headlines and round-ups: 「〜10選!って記事」, 「対処法まとめ、ってタイトル」, 「ってネットニュースで見た」.
_MEDIA = re.compile(
    r"って(?:記事|タイトル|CM|ニュース|投稿|動画|番組|見出し)|ネットニュース|ネットで見た|\d+選|"
    r"まとめ記事|まとめサイト|対処法まとめ"
)


def voiced_spans(a: Analysis) -> list[tuple[int, int]]:
    """Normalised spans whose findings are not the author's own statements."""
    return [(s, e) for s, e, _ in _voiced(a)]


def _voiced(a: Analysis) -> list[tuple[int, int, str]]:
    """``voiced_spans`` with the kind of voice: notice, quoted, sample, advice, media."""
    text = a.text
    if _BROADCAST.search(text):
        return [(0, len(text), "notice")]
    out: list[tuple[int, int, str]] = []
    for m in _QUOTE.finditer(text):
        if _REPORTED_AFTER.match(text[m.end() : m.end() + 8]):
            out.append((m.start(), m.end(), "quoted"))
    for s, e in a.sents:
        sent = text[s:e]
        kind = ("sample" if _EXAMPLE.search(sent) else "advice" if _ADVICE.search(sent)
                else "media" if _MEDIA.search(sent) else None)
        if kind:
            out.append((s, e, kind))
    return out


def drop_voiced(a: Analysis, hits: list[Hit]) -> list[Hit]:
    """Drop hits inside voiced spans, and tell the learned layer what was dropped.

    A dropped hit's category is suppressed (the classifier must not put back what the
    register took out); a post whose every sentence is voiced (a notice, a bulletin, a
    sample) is suppressed for every category.
    """
    spans = _voiced(a)
    if not spans:
        return hits
    kept = []
    for h in hits:
        where = next((k for s, e, k in spans if s <= h.start and h.end <= e), None)
        if where is None:
            kept.append(h)
        else:
            a.suppress(h.category, where)
    if a.sents and all(any(vs <= s and e <= ve for vs, ve, _ in spans) for s, e in a.sents):
        for c in CATEGORIES:
            a.suppress(c, spans[0][2])
    return kept
