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
from auditor.cues.sns import _SERVICES


class EmailRecogniser(Recogniser):
    CATEGORY = "contact"
    #: The @ written out or replaced (「[at]」, 「(アット)」, 「アットマーク」, 「★」 with a note) and
    #: the dots written out (「 dot 」, 「(dot)」) are still an address.
    PATTERN = re.compile(
        r"(?<![A-Za-z0-9._%+\-])([A-Za-z0-9._%+\-]{1,64})\s?"
        r"(?:@|\[at\]|\(at\)|\[@\]|[((]アット[))]|アットマーク|アット|あっと|\sat\s|★|☆|\*)\s?"
        r"([A-Za-z0-9\-]+(?:(?:\.|\s?[(\[]dot[)\]]\s?|\sdot\s|\*)[A-Za-z0-9\-]+)+)",
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
            local = m.group(1)
            domain = re.sub(r"\s?[(\[]dot[)\]]\s?|\sdot\s|\*", ".", m.group(2), flags=re.I)
            if "." not in domain or local.startswith("."):
                continue
            # 「TikTok @yuna.dance」: a service name, a space, then a handle with a dot.
            if re.match(r"\s@", a.text[m.end(1) : m.end(1) + 2]) and local.lower() in _SERVICES:
                continue
            glyph = re.search(r"[★☆*]", m.group(0))
            if glyph and not re.search(r"[★☆*]\s?(?:→|は|を|=)\s?[@@.]|置き換|に変え", a.text):
                continue  # 「★」 or 「*」 stands for @ only when the post says so
            if not re.search(r"[A-Za-z]{2,}$", domain):
                continue
            sent = a.sentence_text(m.start())
            before = a.text[max(0, m.start() - 40) : m.start()]
            owned = bool(self.OWNER.search(sent + before))
            if local.lower() in self.ROLE_ACCOUNTS and not re.search(r"私|個人|僕|俺", sent + before):
                a.suppress("contact", "venue")
                continue  # info@, support@: an organisation's, unless the author says it is theirs
            if THIRD_PARTY.search(before) and not owned:
                # Recorded when the address is someone's (「友達のメアド」), not when people
                # are addressed (「高校の同期へ:新しいメアド→」).
                if re.search(rf"(?:{THIRD_PARTY.pattern})(?:さん|くん|ちゃん)?の", before):
                    a.suppress("contact", "third_party")
                continue
            hits.append(
                self.hit(
                    m.start(), m.end(), "email", f"{local}@{domain}".lower(),
                    "本人のメールアドレス", "the author's e-mail address", 0.9,
                )
            )
        return hits
