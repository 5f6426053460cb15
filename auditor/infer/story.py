"""The inferred profile told as one paragraph, as a stranger would sum it up.

Only what inference concluded goes in; every value is the user's own post text, so the
report must escape it like any other post text.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from auditor.infer.types import Inferred

_SPOUSE = {"夫": "husband", "妻": "wife", "パートナー": "partner"}
_ROLE_EN = {"娘": "daughter", "息子": "son", "子ども": "child", "父": "father", "母": "mother",
            "兄": "brother", "弟": "brother", "姉": "sister", "妹": "sister",
            "祖父": "grandfather", "祖母": "grandmother", **_SPOUSE}


def _md(d: date) -> str:
    return f"{d.month}月{d.day}日"


def _span_ja(a: Any) -> str:
    if a.end and a.end != a.start:
        return f"{_md(a.start)}〜{_md(a.end)}"
    return _md(a.start)


def _span_en(a: Any) -> str:
    if a.end and a.end != a.start:
        return f"{a.start:%d %b}–{a.end:%d %b}"
    return f"{a.start:%d %b}"


def tell(inf: Inferred, score: Any = None) -> dict[str, str]:
    ja: list[str] = []
    en: list[str] = []
    h, w = inf.home, inf.workplace
    lives = works = None
    if h.known and h.precision != "none":
        lives = h.value
    if w.known:
        works = w.value + (f" ({w.municipality})" if w.municipality and w.municipality not in (w.value or "") else "")
    if lives and works:
        ja.append(f"投稿からは、あなたが{lives}に住み、{works}で働いていることが分かります。")
        en.append(f"Your posts show that you live at {lives} and work at {works}.")
    elif lives:
        ja.append(f"投稿からは、あなたが{lives}に住んでいることが分かります。")
        en.append(f"Your posts show that you live at {lives}.")
    elif works:
        ja.append(f"投稿からは、あなたが{works}で働いていることが分かります。")
        en.append(f"Your posts show that you work at {works}.")
    if inf.family.members:
        ja.append("家族は" + "・".join(inf.family.members) + "。")
        en.append("Family: " + ", ".join(
            _ROLE_EN.get(r, r) + (f" ({inf.family.ages[r]})" if r in inf.family.ages else "")
            for r in inf.family.roles) + ".")
    s = inf.school
    if s.known:
        cls = s.detail.get("class") or ""
        if s.detail.get("whose") == "child":
            ja.append(f"子どもは{s.value}{f'の{cls}' if cls else ''}に通っています。")
            en.append(f"Your child attends {s.value}{f', class {cls}' if cls else ''}.")
        else:
            ja.append(f"{s.value}に通っています。")
            en.append(f"You attend {s.value}.")
    ident = inf.identity
    bits_ja, bits_en = [], []
    if ident.name:
        bits_ja.append(f"名前は{ident.name}")
        bits_en.append(f"your name is {ident.name}")
    if ident.age is not None:
        bits_ja.append(f"{ident.age}歳")
        bits_en.append(f"you are {ident.age}")
    if ident.birthday:  # as inferred, so that a redacted report masks it like the value
        bits_ja.append(f"誕生日は{ident.birthday}")
        bits_en.append(f"your birthday is {ident.birthday}")
    if bits_ja:
        ja.append("、".join(bits_ja) + "。")
        en.append(("; ".join(bits_en)).capitalize() + ".")
    r = inf.routine
    if r.weekday_leave_home or r.weekday_return_home:
        days = "".join(r.commute_days)
        lead = f"平日 ({days}) は" if days and len(days) < 5 else "平日は"
        leave, back = r.weekday_leave_home, r.weekday_return_home
        if leave and back:
            ja.append(f"{lead}{leave}ごろ家を出て{back}ごろ帰宅します。")
        elif leave:
            ja.append(f"{lead}{leave}ごろ家を出ます。")
        else:
            ja.append(f"{lead}{back}ごろ帰宅します。")
        en.append("On weekdays you leave home around " + (r.weekday_leave_home or "?")
                  + (f" and are back around {r.weekday_return_home}" if r.weekday_return_home else "") + ".")
    if r.weekly:
        ja.append("毎週の予定: " + "、".join(r.weekly[:3]) + "。")
        en.append("Weekly: " + "; ".join(r.weekly[:3]) + ".")
    announced = [a for a in inf.absences if a.announced]
    if announced:
        shown = announced[:3]
        ja.append("留守を前もって" + f"{len(announced)}回投稿しています ("
                  + "、".join(f"{_span_ja(a)}{' ' + a.place if a.place else ''}" for a in shown)
                  + ("など" if len(announced) > 3 else "") + ")。")
        en.append(f"You announced {len(announced)} absences in advance ("
                  + "; ".join(f"{_span_en(a)}{' ' + a.place if a.place else ''}" for a in shown) + ").")
    if score is not None:
        ja.append(score.explanation.get("ja", ""))
        en.append(score.explanation.get("en", ""))
    if not ja:
        ja.append("投稿からは、あなたを特定できるような手がかりはほとんど見つかりませんでした。")
        en.append("Your posts give away almost nothing that identifies you.")
    return {"ja": "".join(ja), "en": " ".join(en)}
