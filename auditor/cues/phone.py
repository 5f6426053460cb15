"""Phone numbers (contact), validated with Google's libphonenumber for region JP.

Candidates are digit runs with the usual separators (``090-1234-5678``,
``+81 80-1234-5678``, ``07012345678``, full-width digits after NFKC). A candidate counts
when ``phonenumbers`` says it is a possible Japanese number. Placeholder numbers such as
``090-0000-0000`` and toll-free/navigation numbers (0120, 0800, 0570: always a company's)
are skipped, as are numbers in a post about a shop, an office or a scam unless the
author marks the number as their own (「私の番号」, 「携帯」).

Misfires: a shop owner's own landline (we call it contact only if marked as personal);
long order or tracking numbers of exactly 10–11 digits starting with 0.
"""

from __future__ import annotations

import re

import phonenumbers

from auditor.cues.attribution import HEDGE
from auditor.cues.base import Analysis, Hit, Recogniser


class PhoneRecogniser(Recogniser):
    CATEGORY = "contact"
    PATTERN = re.compile(
        r"(?<![A-Za-z0-9.+\-])(?:\+?81[\s\-]?\(?0?\)?|0)\d{1,4}(?:(?:[\s\-()]{0,2}|の)\d{1,4}){1,2}"
        r"(?:[\s\-()]{0,2}|の)\d{3,4}(?![\d\-])"
    )
    #: Someone else's number: shops, offices, support lines, scams, fiction.
    THIRD_PARTY = re.compile(
        r"店|屋さん|予約|営業|代表|窓口|センター|サポート|役所|役場|公式|詐欺|迷惑|着信|"
        r"から[「\"]|ドラマ|お客様|受付|会社の|病院|SMS|問い合わせ先|ホットライン|"
        r"例|サンプル|ダミー|架空|フリーダイヤル|カフェ|レストラン|居酒屋|ホテル|旅館|美容院|"
        r"クリニック|医院|この(?:お?店|カフェ|パン屋|サロン)|案内所|道の駅|観光|事務局|協会|組合|直売所|産直|"
        # 「佐賀市こども家庭課 0952-…」: a municipal section.
        r"[都道府県市区町村][\u4e00-\u9fffぁ-んァ-ヶー]{1,8}課|"
        r"(?:から|からの)(?:電話|着信|SMS|ショートメール|連絡)|この番号|"
        # A review of a shop or a clinic that gives its number (「『火の国軒』…TEL 096-…」).
        r"定休|ランチ|ディナー|メニュー|ラーメン|焼肉|寿司|鮨|うどん|蕎麦|定食|整体|整骨|鍼灸|"
        r"マッサージ|歯医者|一択|おすすめ|オススメ|お得|美味|絶品|食べログ|土曜もやって|日曜もやって"
    )
    #: The author marks the number as their own.
    OWNER = re.compile(
        r"私|わたし|僕|俺|自分|個人|携帯|連絡先|番号(?:も|が)?変わ|新しい番号|ケータイ"
    )
    #: A line that opens with the label, as in a signature or a profile (「TEL: 0…」).
    LABEL_LINE = re.compile(r"^\s?(?:電話|TEL|Tel|tel|携帯)\s?[::]")
    #: An organisation speaking of itself: its number is not a personal contact.
    BUSINESS_VOICE = re.compile(r"当店|弊社|当社|当院|弊店|当施設|当事務所")
    INSTITUTIONAL_PREFIXES = ("0120", "0800", "0570", "0990")

    def analyze(self, a: Analysis) -> list[Hit]:
        hits: list[Hit] = []
        text = a.text
        for m in self.PATTERN.finditer(text):
            digits = re.sub(r"\D", "", m.group(0))
            national = "0" + digits[2:] if m.group(0).startswith(("+81", "81")) else digits
            if m.group(0).startswith(("+81", "81")) and digits[2:3] == "0":
                national = digits[2:]  # 「+81 (0)80-…」: the trunk 0 written in brackets
            if len(national) not in (10, 11) or national.startswith("00"):
                continue
            # 080-0000-1234 (mobile) and 0800-000-1234 (toll-free) share digits: the
            # written grouping tells them apart; unseparated 0800… counts as toll-free.
            first = re.split(r"[\s\-()の]+", m.group(0).removeprefix("+").removeprefix("81")
                             .strip(" -("))[0]
            first = first if first.startswith("0") else "0" + first
            if national.startswith(self.INSTITUTIONAL_PREFIXES) and (
                first == national or first.startswith(self.INSTITUTIONAL_PREFIXES)
            ):
                a.suppress("contact", "venue")  # toll-free and navigation numbers: a company's
                continue
            if set(national[3:]) <= {"0"}:
                a.suppress("contact", "sample")
                continue  # 090-0000-0000: a placeholder, not a number
            try:
                num = phonenumbers.parse(national, "JP")
            except phonenumbers.NumberParseException:
                continue
            if not phonenumbers.is_possible_number(num):
                continue
            s, e = a.sentence_at(m.start())
            line = text[s:e]
            context = text[max(0, s - 60) : m.start()]
            mobile_no = national.startswith(("090", "080", "070"))
            # A mobile number is a person's: only words in its own sentence make it a shop's,
            # a scam's or an example; a landline needs the author's mark in a shop context.
            scope = text[max(0, s - 40) : e] if mobile_no else text
            line_start = text.rfind("\n", 0, m.start()) + 1
            owned = self.OWNER.search(line + context) or self.LABEL_LINE.match(
                text[line_start : m.start()])
            if not owned and (
                self.THIRD_PARTY.search(scope) or HEDGE.search(line)
            ) and not (mobile_no and re.search(r"ください|まで|へ|に(?:電話|連絡|SMS)|登録|予約|留守電|お願い|"
                                         r"くれたら|くれれば|もらえたら|もらえれば|ちょうだい", line)
                       and not re.search(r"詐欺|迷惑|着信|から(?:電話|の|SMS|メール|ショート)|例|サンプル|ダミー|当選|"
                                                 r"知らない番号", line)):
                a.suppress("contact", "not_own")  # a shop's, an office's, a scam's, an example
                continue
            if self.BUSINESS_VOICE.search(text):
                a.suppress("contact", "venue")
                continue  # 「当店の電話番号が変わりました」: the shop's number, not the author's
            mobile = national.startswith(("090", "080", "070"))
            e164 = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
            hits.append(
                self.hit(
                    m.start(), m.end(), "phone", e164,
                    "本人の携帯電話番号" if mobile else "本人の電話番号",
                    "the author's mobile number" if mobile else "the author's phone number",
                    0.9 if mobile else 0.7,
                )
            )
        return hits
