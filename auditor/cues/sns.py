"""Messenger and SNS account IDs (contact): ``@handle``, ``LINE ID: xxx``, profile URLs.

A handle counts when a service or account word is near it (インスタ, X, TikTok, LINE,
Discord, カカオトーク, Skype, 垢, アカウント, ID, フォロー) and nothing says that the
account is someone else's (「推しの公式インスタ」, 「友達のインスタ」, 「@xxxさん」).
A bare ``@name`` without such words is a reply or mention and is ignored.

Misfires: a friend's handle introduced without a third-party word; handles written
in katakana.
"""

from __future__ import annotations

import re

from auditor.cues.attribution import HEDGE, THIRD_PARTY
from auditor.cues.base import Analysis, Hit, Recogniser

_SERVICES = {
    "インスタ": "instagram", "instagram": "instagram", "insta": "instagram",
    "x": "x", "twitter": "x", "ツイッター": "x", "tiktok": "tiktok", "ティックトック": "tiktok",
    "line": "line", "ライン": "line", "discord": "discord", "ディスコ": "discord",
    "カカオトーク": "kakaotalk", "カカオ": "kakaotalk", "kakaotalk": "kakaotalk",
    "skype": "skype", "スカイプ": "skype", "threads": "threads", "facebook": "facebook",
    "bluesky": "bluesky", "youtube": "youtube", "telegram": "telegram", "wechat": "wechat",
    "psn": "psn", "pixiv": "pixiv", "steam": "steam", "twitch": "twitch", "ツイキャス": "twitcasting",
    "bereal": "bereal", "strava": "strava", "whatsapp": "whatsapp", "signal": "signal",
    "note": "note", "github": "github",
}
_SERVICE_RE = "|".join(sorted((re.escape(k) for k in _SERVICES), key=len, reverse=True))


#: 「病棟の同期へ、…」 addresses people; it does not make the ID theirs.
_ADDRESSED = re.compile(rf"(?:{THIRD_PARTY.pattern})[^、。!?\n]{{0,6}}?(?:の皆さん|のみんな|各位)?"
                        r"(?:へ|に告ぐ|用に|向けに)[、,:]?")
#: People sought, not owners: 「ママ友募集 インスタ @…」, 「知り合いなら申請して」, 「推し仲間募集」,
#: 「推し活用のサブ垢」.
_SOUGHT = re.compile(rf"(?:{THIRD_PARTY.pattern})[^、。!?\n@]{{0,6}}?(?:募集|探し|欲しい|ほしい|なら|"
                     r"と繋が|とつなが|になって|申請|歓迎|と話|と交流|だけ|のみ|限定)|推し活")
_OWN_CLAIM = re.compile(r"私|僕|俺|自分|わたし|あたし|うちの|個人")


class SnsRecogniser(Recogniser):
    CATEGORY = "contact"
    #: ``@handle`` (not part of an e-mail address).
    AT_HANDLE = re.compile(r"(?<![A-Za-z0-9._%+\-])@([A-Za-z0-9_](?:[A-Za-z0-9_.]{1,29}))")
    #: A service word, then within a few characters an ID (``LINE ID: xxx``, ``個人LINE → xxx``).
    SERVICE_ID = re.compile(
        rf"(?<![A-Za-z0-9])({_SERVICE_RE})(?![A-Za-z0-9])[^\n@]{{0,12}}?"
        r"(?:ID|id|アカウント|垢)?\s?(?:は|:|→|->|=|\(|って)?\s?"
        r"([A-Za-z0-9][A-Za-z0-9_.\-]{2,29})(?![A-Za-z0-9_.\-@])",
        re.IGNORECASE,
    )
    #: ``ID: xxx`` with the service named elsewhere in the sentence or post.
    BARE_ID = re.compile(
        r"(?<![A-Za-z])(?:ID\s?(?:は|:|→|->|=)?|[Ii][Dd]\s?[::])\s?([A-Za-z0-9][A-Za-z0-9_.\-]{2,29})"
        r"(?![A-Za-z0-9_.\-@])"
    )
    #: Nintendo Switch friend codes: 「SW-1234-5678-9012」 (reaches the player).
    FRIEND_CODE = re.compile(r"(?<![A-Za-z0-9])SW-?\s?\d{4}-\d{4}-\d{4}(?!\d)", re.IGNORECASE)
    PROFILE_URL = re.compile(
        r"(?:https?://)?(?:www\.)?(instagram|twitter|x|tiktok|threads|facebook|twitch|note|github|"
        r"youtube|line)\.(?:com|net|tv|me)/(?:ti/p/~?|@)?([A-Za-z0-9_.\-]{2,30})",
        re.IGNORECASE,
    )
    CONTEXT = re.compile(rf"{_SERVICE_RE}|垢|アカウント|ID|フォロー|follow|申請|追加|DM|配信|やってます|"
                         r"繋が[ろりれる]|つなが[ろりれる]|交換",
                         re.I)
    #: The author marks the account as their own.
    OWNER = re.compile(r"私の|僕の|俺の|自分の|わたしの|あたしの")
    #: A shop's or brand's account.
    NOT_MINE = re.compile(r"お店|このお?店|当店|公式|ブランド|メーカー|企業|さんの|くんの|ちゃんの|"
                          r"キャンペーン|プレゼント企画|RT|リツイート|当たる|見つけた|おすすめの|好きな|"
                          r"(?:店|カフェ|サロン|工房|教室|屋)(?:「[^」]*」)?(?:[((][^))]*[))])?の(?:インスタ|"
                          r"アカウント|LINE|公式)")
    NOT_ID = frozenset(["id", "com", "jp", "net", "www", "http", "https", "the", "and"])

    def analyze(self, a: Analysis) -> list[Hit]:
        text = a.text
        hits: list[Hit] = []
        taken: list[tuple[int, int]] = []

        def third_party(start: int, end: int) -> bool:
            # The window crosses sentence ends: 「声優の〇〇さん、インスタ始めた!@xxx」.
            before = text[max(0, start - 40) : start]
            after = text[end : end + 3]
            if after.lstrip().startswith(("さん", "くん", "ちゃん", "様")):
                return True
            if self.OWNER.search(text[max(0, start - 15) : start]):
                return False
            # 「同じクラスの子のTikTok @…」: the account of whoever comes before の.
            if re.search(rf"(?:子|(?<!個)(?<!本)人|友達|友人|クラスメイト|同級生|先輩|後輩|妹|弟|兄|姉|母|父|娘|息子|"
                         rf"彼氏|彼女|さん|くん|ちゃん)の\s?"
                         rf"(?:{_SERVICE_RE})(?:の?(?:アカウント|垢|ID))?\s?(?:は|:)?\s?$",
                         text[max(0, start - 25) : start], re.IGNORECASE):
                return True
            before = _SOUGHT.sub("", _ADDRESSED.sub("", before))
            return bool(THIRD_PARTY.search(before) or self.NOT_MINE.search(before) or
                        re.search(r"乗っ取り|詐欺|スパム|注意|協会|観光|役所|公式", before))

        def add(start: int, end: int, value: str) -> None:
            if any(not (end <= s or start >= e) for s, e in taken):
                return
            if third_party(start, end):
                # A shop's, a celebrity's, a friend's account: recorded when the owner is
                # named (「推しの公式インスタ」, 「@xxxさん」, 「お店のインスタ」), not when people
                # are only sought (「ママ友募集 インスタ @…」) or the author claims it.
                before = text[max(0, start - 25) : start]
                owned = re.search(rf"(?:{THIRD_PARTY.pattern})(?:さん|くん|ちゃん)?の", before) or \
                    self.NOT_MINE.search(before) or text[end : end + 3].lstrip().startswith(
                        ("さん", "くん", "ちゃん", "様"))
                warning = re.search(r"乗っ取り|詐欺|スパム|注意", before)  # a scam warning
                if warning or (owned and not _OWN_CLAIM.search(text[max(0, start - 15) : start])):
                    a.suppress("contact", "third_party")
                return
            taken.append((start, end))
            hits.append(
                self.hit(start, end, "sns_id", value, "本人のSNS・メッセンジャーID",
                         "the author's SNS or messenger ID", 0.8)
            )

        for m in self.PROFILE_URL.finditer(text):
            add(m.start(), m.end(), f"{_SERVICES.get(m.group(1).lower(), m.group(1).lower())}:"
                f"{m.group(2)}")
        for m in self.AT_HANDLE.finditer(text):
            s, e = a.sentence_at(m.start())
            # Arrows and emoji end sentences in the normalised text (「インスタ交換…これ私の
            # です→ @…」), so the window reaches back past them.
            window = text[max(0, m.start() - 40) : m.start()] + text[m.end() : m.end() + 15]
            if self.CONTEXT.search(window) or self.CONTEXT.search(text[s:e]):
                add(m.start(), m.end(), "@" + m.group(1))
            elif not text[: m.start()].strip():
                a.suppress("contact", "reply")  # 「@taro_99 ありがとう」: the addressee's handle
        for m in self.SERVICE_ID.finditer(text):
            ident = m.group(2)
            between = text[m.end(1) : m.start(2)]
            digits_ok = re.search(r"ID|id|コード|code", between) and len(ident) >= 6
            if ident.lower() in self.NOT_ID or not (re.search(r"[A-Za-z]", ident) or digits_ok):
                continue
            # An ID is marked as one (「ID:」, 「→」, 「は」) or looks like one (digits, _ or .
            # inside); a plain English word after a service name is prose (「on Instagram.
            # Seriously」), and ``x`` inside markup (「<img src=x onerror=…>」) is no service.
            between = text[m.end(1) : m.start(2)]
            marked = re.search(r"ID|id|アカウント|垢|[::→=>]|->|は|って", between)
            looks = re.search(r"[0-9_]|[a-z]\.[a-z]", ident)
            if not (marked or looks) or re.search(r"[<>=/\\]", text[max(0, m.start() - 2) :
                                                                  m.start()] + between):
                continue
            if ident.lower() in _SERVICES:
                continue
            add(m.start(2), m.end(2), f"{_SERVICES[m.group(1).lower()]}:{ident}")
        for m in self.FRIEND_CODE.finditer(text):
            if set(re.sub(r"\D", "", m.group(0))) == {"0"} or HEDGE.search(a.sentence_text(m.start())):
                a.suppress("contact", "sample")
                continue  # 「SW-0000-0000-0000 みたいなやつ」: an example
            if not third_party(m.start(), m.end()):
                add(m.start(), m.end(), "switch:" + re.sub(r"\s", "", m.group(0)).upper())
        for m in self.BARE_ID.finditer(text):
            ident = m.group(1)
            if ident.lower() in self.NOT_ID or not re.search(r"[A-Za-z]", ident):
                continue
            s, e = a.sentence_at(m.start())
            svc = re.search(_SERVICE_RE, text[max(0, s - 40) : e], re.IGNORECASE)
            name = _SERVICES[svc.group(0).lower()] if svc else "id"
            add(m.start(1), m.end(1), f"{name}:{ident}")
        return hits
