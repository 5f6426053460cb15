"""Profile fields: the same detector, read with what the field means.

A post's 「札幌」 may be a trip; a profile's *location* field 「札幌」 is where the user says
they are, so a bare place there (municipality, ward, prefecture, station, neighbourhood,
romaji city 「Sapporo」) is ``home``. A *bio* is a self-description: 「2児ママ」 (family),
「〇〇高2年」 (school), 「📍札幌」 (home) are the author's own; a job alone (「看護師」) names no
workplace. Other fields (display name, URL) are read like a post.

Misfires: a joke location (「布団の中」, 「宇宙」) has no place and gives nothing, but a
fictional one that is also a real town (「夢の国」 is not, 「天国」 is not; 「極楽」 is not)
would be read literally.
"""

from __future__ import annotations

import re

from auditor.model import Finding

#: Countries and world-wide words: too broad to be a home.
_TOO_BROAD = re.compile(r"^(?:日本|japan|jp|nippon|地球|earth|world|世界|アジア|asia)$", re.IGNORECASE)
#: A pin or house emoji before a place in a bio: 「📍札幌」, 「🏠横浜」.
_PIN = re.compile(r"[📍🏠🏡📌]\ufe0f?\s?")
_PLACE_KINDS = ("municipality", "prefecture", "neighbourhood", "station", "facility")


def detect_field(field: str, text: str) -> list[Finding]:
    """Findings for one profile field (``location``, ``bio``, ``display_name``, ``url`` …).

    Offsets index ``text``; ``field`` is set on every finding; never raises.
    """
    from auditor.cues.detector import detect

    try:
        found = [_with_field(f, field) for f in detect(text)]
        if field == "location":
            found += _location(text, field, found)
        elif field == "bio":
            found += _pinned(text, field, found)
        return _dedup(found)
    except Exception:  # contract: never raise (the post-level detector already guards)
        return []


def _with_field(f: Finding, field: str) -> Finding:
    from dataclasses import replace

    return replace(f, field=field)


def _places(text: str):
    from auditor.cues.detector import _detector

    det = _detector()
    a = det.analyse(text)
    return a


def _home(a, start: int, end: int, kind: str, value: str | None, field: str,
          reason: str, reason_en: str, weight: float) -> Finding:
    s, e = a.norm.span(start, end)
    return Finding(category="home", start=s, end=e, text=a.norm.original[s:e], reason=reason,
                   source="text", weight=weight, post_id=None, field=field, kind=kind,
                   value=value, reason_en=reason_en)


_KIND = {"facility": "neighbourhood"}
_WEIGHT = {"prefecture": 0.3, "municipality": 0.5, "neighbourhood": 0.5, "station": 0.6,
           "facility": 0.4}


def _location(text: str, field: str, found: list[Finding]) -> list[Finding]:
    """Every place in a location field is where the user says they live."""
    from auditor.cues.english import romaji_places

    if any(f.category == "home" for f in found) or not text.strip():
        return []
    a = _places(text)
    out: list[Finding] = []
    for p in a.places:
        if p.kind not in _PLACE_KINDS or _TOO_BROAD.match(p.text):
            continue
        value = p.value
        if re.fullmatch(r"[A-Za-z\- ]+", p.text):
            value = romaji_places().get(p.text.lower(), value)
        out.append(_home(a, p.start, p.end, _KIND.get(p.kind, p.kind), value, field,
                         "プロフィールの所在地", "the location given in the profile",
                         _WEIGHT.get(p.kind, 0.5)))
    if out:
        return out
    # Romaji: 「Sapporo, Japan」, 「tokyo」, 「Naha-shi」.
    table = romaji_places()
    for m in re.finditer(r"[A-Za-z]{3,}", a.text):
        word = m.group(0).lower()
        if word in table and not _TOO_BROAD.match(word):
            out.append(_home(a, m.start(), m.end(), "municipality", table[word], field,
                             "プロフィールの所在地", "the location given in the profile", 0.5))
    return out


def _pinned(text: str, field: str, found: list[Finding]) -> list[Finding]:
    """「📍札幌」 in a bio: the pinned place is home."""
    if not _PIN.search(text) or any(f.category == "home" for f in found):
        return []
    a = _places(text)
    out: list[Finding] = []
    for m in _PIN.finditer(text):
        s_norm = next((i for i, st in enumerate(a.norm.starts) if st >= m.end()), None)
        if s_norm is None:
            continue
        for p in a.places_in(s_norm, s_norm + 3):
            if p.kind in _PLACE_KINDS and not _TOO_BROAD.match(p.text):
                out.append(_home(a, p.start, p.end, _KIND.get(p.kind, p.kind), p.value, field,
                                 "プロフィールの所在地", "the place pinned in the profile",
                                 _WEIGHT.get(p.kind, 0.5)))
                break
    return out


def _dedup(found: list[Finding]) -> list[Finding]:
    seen: set[tuple[str, int, int, str | None]] = set()
    out = []
    for f in found:
        key = (f.category, f.start, f.end, f.kind)
        if key not in seen:
            seen.add(key)
            out.append(f)
    return out
