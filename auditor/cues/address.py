"""Postal addresses and postcodes (home).

An address is anchored on its house number (``7-2-3``, ``8丁目6-7``, ``12番地``,
``北1条西2丁目``) and extended backwards over the town, municipality and prefecture
(the municipality must end in 市/区/町/村 or be a prefecture), and forwards over a
building name and room number. A postcode is ``〒123-4567`` or ``郵便番号 123-4567``.

The author's home unless the words before it say it is a shop's, an office's or a
public building's address (「市役所の住所は」, 「お店の住所」).

Misfires: an address of a friend or of a venue without such a word.
"""

from __future__ import annotations

import re

from auditor.cues.attribution import HEDGE
from auditor.cues.base import Analysis, Hit, Recogniser
from auditor.cues.gazetteer import gazetteer


class AddressRecogniser(Recogniser):
    CATEGORY = "home"
    POSTCODE = re.compile(r"(?:〒|郵便番号\s?:?\s?)\s?(\d{3})-?(\d{4})(?!\d)")
    ADDRESS = re.compile(
        r"((?:東京都|北海道|京都府|大阪府|[\u4e00-\u9fff]{2,3}県)?"
        r"[\u4e00-\u9fffぁ-んァ-ヶー]{1,8}?[市区町村郡]"
        r"[\u4e00-\u9fffぁ-んァ-ヶー]{0,12}?)"
        r"(\d{1,4}(?:丁目|番地|番|号|条|-)"
        r"(?:[\u4e00-\u9fff]{0,3}\d{1,4}(?:丁目|番地|番|号|-)?){0,3})"
        r"(\s?[\u4e00-\u9fffァ-ヶーA-Za-z]{2,12}\s?\d{1,4}(?:号室)?)?"
    )
    #: Whose address: an organisation's, a venue's, a shop's.
    NOT_HOME = re.compile(
        r"店|役所|役場|公式|会社|本社|支社|オフィス|事務所|会場|ホテル|病院|施設|センター|"
        r"大学|学校|図書館|駅|神社|寺|美術館|博物館|ホール|会館|窓口|受付|特設|観覧|イベント|マルシェ|"
        r"フェス|展示|教室|クリニック|医院|サロン|カフェ|レストラン|移転"
    )
    #: The venue named right after the address: 「…1-2-3の「はままつ交流ホール」」.
    VENUE_AFTER = re.compile(
        r"^\s?(?:の|にある|にオープン)\s?[「『]?[^」』\s。、]{0,14}(?:ホール|会館|会場|窓口|店|センター|館|"
        r"ビル|プラザ|ギャラリー|スタジオ|教室|クリニック|医院|オフィス|事務所)"
    )

    def analyze(self, a: Analysis) -> list[Hit]:
        hits: list[Hit] = []
        text = a.text
        gz = gazetteer()
        for m in self.POSTCODE.finditer(text):
            if self._not_home(a, m.start()):
                continue
            hits.append(self.hit(m.start(), m.end(), "postcode", f"{m.group(1)}-{m.group(2)}",
                                 "自宅の郵便番号", "home postcode", 0.7))
        for m in self.ADDRESS.finditer(text):
            head, number = m.group(1), m.group(2)
            if number.endswith("-") or not re.search(r"\d", number):
                continue
            if not (re.search(r"\d.*(?:-|丁目|番|号)\s?\d|\d+(?:丁目|番地)", number)):
                continue
            if self._not_home(a, m.start()):
                continue
            if self.VENUE_AFTER.match(text[m.end() : m.end() + 24]):
                a.suppress("home", "venue")
                continue
            muni = None
            for k in range(len(head), 1, -1):
                for s in range(0, len(head) - k + 1):
                    form = head[s : s + k]
                    if form in gz.municipalities:
                        muni = gz.municipalities[form]
                        break
                if muni:
                    break
            # Without a known municipality or prefecture, require a clear 市/区 head.
            if muni is None and not re.search(r"[都道府県]", head[:4]) and not re.search(
                r"[市区]", head
            ):
                continue
            start = m.start() + self._head_start(head)
            end = m.end()
            if self._owned_by_other(a, m.start(), m.start(2)):
                continue
            # A street number with two parts (7-2-3, 8丁目6-7) pins one building.
            full = bool(re.search(r"\d\D{1,3}\d", number))
            hits.append(self.hit(start, end, "address", text[start:end].strip(),
                                 "自宅の住所", "home address", 1.0 if full else 0.8))
        return hits

    @staticmethod
    def _head_start(head: str) -> int:
        """Where the address proper begins inside the matched head (drop 「住所は」)."""
        gz = gazetteer()
        for s in range(len(head)):
            for k in range(min(gz.max_len, len(head) - s), 1, -1):
                form = head[s : s + k]
                if form in gz.municipalities or (
                    form in gz.prefectures and form.endswith(("都", "道", "府", "県"))
                ):
                    return s
        cut = max(head.rfind(p) for p in "はのにでをが:")
        return cut + 1 if cut >= 0 else 0

    def _not_home(self, a: Analysis, pos: int) -> bool:
        s, e = a.sentence_at(pos)
        before = a.text[max(0, s - 20) : pos]
        # An office's, shop's or venue's address, or a sample: recorded for the learned layer
        # unless the author claims the address right before it (「自分の住所(…)」).
        if self.NOT_HOME.search(before):
            if not re.search(r"(?:自分|私|僕|俺|うち)の(?:住所|家)", before):
                a.suppress("home", "venue")
            return True
        if HEDGE.search(a.text[s:e]):
            a.suppress("home", "hearsay")
            return True
        return False

    @staticmethod
    def _owned_by_other(a: Analysis, start: int, head_end: int) -> bool:
        """「時計台の住所は…」: the address of something named before 「の住所」."""
        s, _ = a.sentence_at(start)
        owner = re.search(r"(\S{0,3})の住所(?:は|が|:|って)\s?", a.text[s:head_end])
        if owner and not owner.group(1).endswith(
                ("自分", "私", "僕", "俺", "うち", "ウチ", "家", "わが家", "我が家", "新居", "自宅")):
            a.suppress("home", "venue")
            return True
        return False
