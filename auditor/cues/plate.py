"""Car number plates (identity): 「品川 300 あ 12-34」, 「なにわ 330 た 00-01」.

The layout is distinctive: a region name (kanji or hiragana), a 2–3 digit class
number, one kana, and a serial ``NN-NN`` (or ``・NN``). The serial's hyphen is what
separates a plate from a date or a price.

Misfires: a plate quoted from someone else's car (「前の車のナンバー」) without a
third-party word.
"""

from __future__ import annotations

import re

from auditor.cues.attribution import HEDGE, THIRD_PARTY
from auditor.cues.base import Analysis, Hit, Recogniser


class PlateRecogniser(Recogniser):
    CATEGORY = "identity"
    PATTERN = re.compile(
        r"((?<![\u4e00-\u9fff])[\u4e00-\u9fff]{1,4}|(?<![\u4e00-\u9fffぁ-ん])[ぁ-ん]{2,4})\s?(\d{2,3})\s?"
        r"([ぁ-んア-ン])\s?((?:\d{1,2}|・{1,3}\d{1,2})-\d{2}|・{0,3}\d{1,3})(?![\d-])"
    )

    def analyze(self, a: Analysis) -> list[Hit]:
        hits: list[Hit] = []
        for m in self.PATTERN.finditer(a.text):
            if "-" not in m.group(4) and "ナンバー" not in a.text:
                continue
            a.candidate("identity", m.start(), m.end())
            s, e = a.sentence_at(m.start())
            sent = a.text[s:e]
            # 「うちの車(品川 330 そ 48-21)にぶつけられた…見た人いない?」: the author's own car,
            # whatever the question asks.
            own = re.search(r"(?:うち|私|僕|俺|自分|わたし|我が家)の(?:車|クルマ|くるま)|愛車|マイカー",
                            a.text[s : m.start()])
            if not own and (HEDGE.search(sent) or THIRD_PARTY.search(a.text[s : m.start()])):
                a.suppress("identity", "third_party")
                continue
            value = f"{m.group(1)} {m.group(2)} {m.group(3)} {m.group(4)}"
            hits.append(self.hit(m.start(), m.end(), "plate", value, "自家用車のナンバー",
                                 "the author's car number plate", 0.9))
        return hits
