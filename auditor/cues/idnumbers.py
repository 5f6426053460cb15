"""Validated ID numbers (identity): My Number, payment cards, passports, driving
licences and bank accounts.

Each pattern needs its context word (マイナンバー, カード, パスポート, 免許, 銀行 …) near the
number, and where the number has a check digit the check must pass: My Number (the
official mod-11 weights), cards (Luhn). Hearsay and examples (「テスト用の番号なんだって」)
are not the author's number.

Misfires: a number written with a context word but belonging to someone else
(「母のマイナンバー」 is still reported: it exposes the household).
"""

from __future__ import annotations

import re

from auditor.cues.attribution import HEDGE
from auditor.cues.base import Analysis, Hit, Recogniser


def mynumber_ok(digits: str) -> bool:
    """Check digit of a 12-digit My Number (行政手続番号利用法施行令 第8条)."""
    if len(digits) != 12 or not digits.isdigit():
        return False
    body = [int(c) for c in digits[:11]][::-1]  # P1 is the rightmost body digit
    total = sum(p * (n + 1 if n <= 6 else n - 5) for n, p in enumerate(body, 1))
    r = total % 11
    return int(digits[11]) == (0 if r <= 1 else 11 - r)


def luhn_ok(digits: str) -> bool:
    if not 13 <= len(digits) <= 19 or not digits.isdigit():
        return False
    total = 0
    for i, c in enumerate(reversed(digits)):
        d = int(c)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def _sample_hedge(sentence: str) -> re.Match[str] | None:
    """The first hedge word that makes a number someone's example or hearsay; a question
    about the number (「載せちゃダメだよね?」) still shows it, so ? does not count."""
    return next((h for h in HEDGE.finditer(sentence) if h.group(0) not in ("?", "?")), None)


class IdNumberRecogniser(Recogniser):
    CATEGORY = "identity"
    MYNUMBER = re.compile(r"(?<![\d-])(\d{4})[\s-]?(\d{4})[\s-]?(\d{4})(?![\d-])")
    MYNUMBER_CONTEXT = re.compile(r"マイナンバー|個人番号|マイナ")
    CARD = re.compile(r"(?<![\d-])\d(?:[\s-]?\d){12,18}(?![\d-])")
    CARD_CONTEXT = re.compile(r"カード|クレカ|card|VISA|Visa|Master|JCB|AMEX|Amex|デビット", re.I)
    PASSPORT = re.compile(r"(?<![A-Za-z0-9])([A-Z]{2})\s?(\d{7})(?!\d)")
    PASSPORT_CONTEXT = re.compile(r"パスポート|旅券|passport", re.I)
    LICENCE = re.compile(r"(?<!\d)第?\s?(\d{4}\s?\d{4}\s?\d{4})\s?号?(?!\d)")
    #: Registration, student and staff numbers: 「看護師免許の登録番号 第0000831号」,
    #: 「学籍番号 22J0000347」, 「社員番号 0000318」 (kind ``id_number``; licences stay ``licence``).
    OTHER_ID = re.compile(
        r"(免許|登録|学籍|社員|職員|会員|受験|保険証|被保険者|基礎年金|年金|学生証の?|保険証の|社員証の?|"
        r"職員証の?)(?:[^\n。!?\d]{0,8}?)(?:番号|記号)"
        r"[^\n]{0,12}?(?:第\s?)?([A-Z]{0,3}-?\d[\dA-Z\-]{3,14})"
    )
    LICENCE_CONTEXT = re.compile(r"免許")
    BANK = re.compile(
        r"(?:銀行|信金|信用金庫|信組|労金|ゆうちょ|バンク|JA)[^\n]{0,20}?\n?[^\n]{0,6}?"
        r"(?:(?:普通|当座|貯蓄|口座番号)(?:預金)?\s?:?\s?(\d{7})|記号\s?:?\s?(\d{5})\s?番号\s?:?\s?(\d{8})|"
        r"(?<![\d-])(\d{5})-(\d{7,8})(?![\d-]))"
    )

    def _context(self, a: Analysis, start: int, pattern: re.Pattern[str]) -> bool:
        s, e = a.sentence_at(start)
        window = a.text[max(0, s - 30) : e]
        if not pattern.search(window):
            return False
        a.candidate("identity", start, start + 1)  # a number next to its ID word
        hedge = _sample_hedge(a.text[s:e])
        if hedge:
            if not hedge.group(0).startswith("たい"):  # a wish (「覚えたい」) is no sample
                a.suppress("identity", "sample")  # 「テスト用の番号なんだって」
            return False
        return True

    def analyze(self, a: Analysis) -> list[Hit]:
        hits: list[Hit] = []
        text = a.text
        for m in self.MYNUMBER.finditer(text):
            digits = "".join(m.groups())
            if self._context(a, m.start(), self.MYNUMBER_CONTEXT):
                w = 1.0 if mynumber_ok(digits) else 0.8
                hits.append(self.hit(m.start(), m.end(), "mynumber", digits, "マイナンバー",
                                     "My Number (national ID)", w))
        for m in self.CARD.finditer(text):
            digits = re.sub(r"\D", "", m.group(0))
            # Posts often carry placeholder digits; with a card word next to a 16-digit
            # number we still warn, at a lower weight when the Luhn check fails.
            valid = luhn_ok(digits)
            if (valid or len(digits) == 16) and self._context(a, m.start(), self.CARD_CONTEXT):
                hits.append(self.hit(m.start(), m.end(), "card", digits[-4:],
                                     "クレジットカード番号", "payment card number",
                                     1.0 if valid else 0.7))
        for m in self.PASSPORT.finditer(text):
            if self._context(a, m.start(), self.PASSPORT_CONTEXT):
                hits.append(self.hit(m.start(), m.end(), "passport", m.group(1) + m.group(2),
                                     "パスポート番号", "passport number", 1.0))
        for m in self.LICENCE.finditer(text):
            if self._context(a, m.start(), self.LICENCE_CONTEXT):
                hits.append(self.hit(m.start(), m.end(), "licence", re.sub(r"\s", "", m.group(1)),
                                     "運転免許証番号", "driving licence number", 1.0))
        for m in self.OTHER_ID.finditer(text):
            s, e = a.sentence_at(m.start())
            if _sample_hedge(text[s:e]):
                a.suppress("identity", "sample")
                continue
            if any(h.start <= m.start(2) < h.end for h in hits):
                continue
            digits = m.group(2)
            a.candidate("identity", m.start(2), m.end(2))
            kind = "licence" if m.group(1) in ("免許", "登録") else "id_number"
            hits.append(self.hit(m.start(2), m.end(2), kind, digits, "本人の登録・学籍・社員番号",
                                 "the author's registration, student or staff number", 0.8))
        for m in self.BANK.finditer(text):
            s, e = a.sentence_at(m.start())
            if HEDGE.search(text[s:e]):
                a.suppress("identity", "sample")
                continue
            a.candidate("identity", m.start(), m.end())
            acct = m.group(1) or (f"{m.group(2)}-{m.group(3)}" if m.group(2) else
                                  f"{m.group(4)}-{m.group(5)}")
            hits.append(self.hit(m.start(), m.end(), "bank_account", acct,
                                 "銀行口座番号", "bank account number", 1.0))
        return hits
