"""Amateur radio call signs (identity and contact): 「JA8QRT」, 「7K1ABC」, 「JR4BVC」.

A Japanese call sign is issued to one licensed person and printed in the public licence
register, so it names the author; on air and by QSL card it also reaches them. The
shape alone (a J-prefix or 7J–7N/8J–8N, one digit, two or three letters) matches product
codes too, so a radio word must be in the post (QSL, CQ, QRV, MHz, 無線, 局, 交信 …).

Misfires: another station's call sign told in a log (「JA1XXXさんと交信」 is marked with
さん and skipped).
"""

from __future__ import annotations

import re

from auditor.cues.attribution import HEDGE
from auditor.cues.base import Analysis, Hit, Recogniser


class CallSignRecogniser(Recogniser):
    CATEGORY = "identity"
    PATTERN = re.compile(r"(?<![A-Za-z0-9])((?:J[A-S]|7[J-N]|8[J-N])\d[A-Z]{2,3})(?![A-Za-z0-9])")
    RADIO = re.compile(r"QSL|QRV|QSO|CQ|MHz|kHz|無線|アマチュア|コールサイン|シャック|交信|運用|"
                       r"JARL|ハム|開局|移動運用|局", re.IGNORECASE)
    OTHERS = re.compile(r"^\s?(?:さん|局長|様|氏|と交信|との交信|と(?:QSO|つなが))")

    def analyze(self, a: Analysis) -> list[Hit]:
        text = a.text
        if not self.RADIO.search(text):
            return []
        hits: list[Hit] = []
        for m in self.PATTERN.finditer(text):
            a.candidate("identity", m.start(1), m.end(1))
            if self.OTHERS.match(text[m.end(1) : m.end(1) + 6]) or HEDGE.search(a.sentence_text(m.start())):
                a.suppress("identity", "third_party")
                a.suppress("contact", "third_party")
                continue
            sign = m.group(1)
            hits.append(self.hit(m.start(1), m.end(1), "call_sign", sign, "アマチュア無線のコールサイン",
                                 "the author's amateur radio call sign", 0.7))
            hits.append(self.hit(m.start(1), m.end(1), "call_sign", sign, "無線で呼び出せる局名",
                                 "a call sign that reaches the author on air", 0.6, category="contact"))
        return hits
