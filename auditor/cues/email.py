"""E-mail addresses (contact), including obfuscated ones (``name[at]example.com``,
full-width ＠ folded by NFKC, 「＠は半角で」).

Role accounts (info@, support@, contact@ …) belong to an organisation and are skipped
unless the author marks the address as their own.

Misfires: an address quoted from someone else without a marker (「友達のメアド」 is
caught by the third-party words, an unmarked quote is not).
"""

from __future__ import annotations

import re

from auditor.cues.attribution import THIRD_PARTY
from auditor.cues.base import Analysis, Hit, Recogniser


class EmailRecogniser(Recogniser):
    CATEGORY = "contact"
    PATTERN = re.compile(
        r"(?<![A-Za-z0-9._%+\-])([A-Za-z0-9._%+\-]{1,64})\s?(?:@|\[at\]|\(at\)|\[@\]|アット)\s?"
        r"([A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+)",
        re.IGNORECASE,
    )
    ROLE_ACCOUNTS = frozenset(
        [
            "info", "support", "contact", "inquiry", "inquiries", "customer", "sales", "press",
            "pr", "noreply", "no-reply", "admin", "webmaster", "office", "help", "service",
            "recruit", "saiyo",
        ]
    )
    OWNER = re.compile(r"私|わたし|僕|俺|自分|個人|担当|ご依頼|ご連絡|お仕事")

    def analyze(self, a: Analysis) -> list[Hit]:
        hits: list[Hit] = []
        for m in self.PATTERN.finditer(a.text):
            local, domain = m.group(1), m.group(2)
            if "." not in domain or local.startswith("."):
                continue
            sent = a.sentence_text(m.start())
            before = a.text[max(0, m.start() - 40) : m.start()]
            owned = bool(self.OWNER.search(sent + before))
            if local.lower() in self.ROLE_ACCOUNTS and not owned:
                continue
            if THIRD_PARTY.search(before) and not owned:
                continue
            hits.append(
                self.hit(
                    m.start(), m.end(), "email", f"{local}@{domain}".lower(),
                    "本人のメールアドレス", "the author's e-mail address", 0.9,
                )
            )
        return hits
