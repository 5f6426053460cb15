"""The report's view model: what each section shows, computed from a scan, in plain data.

The template only lays this out. Every user-supplied string here is still raw text (the
template escapes it) but has already been through the redactor when ``--redact`` is on,
so no section can forget to mask. Sections whose data is missing come out empty and the
template leaves them out: until inference and the full score land, a report shows the
score, categories, heatmap (from post times), history and cards only.

Anchors for posts are ``post-<n>``, ``n`` the post's number in this report — never the
post id, which is input like the text.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from auditor.model import (
    CATEGORIES,
    CATEGORY_LABELS,
    PROFILE_ID,
    Finding,
    ImageFacts,
    Post,
    ScanResult,
)
from auditor.report.charts import band
from auditor.report.i18n import Strings
from auditor.report.redact import Redactor, mask_coordinate, no_redaction

#: Cards shown in full; the rest of the flagged posts become one-line rows.
MAX_CARDS = 100
#: One-line rows at most; beyond that the report only counts (the CSV export has all).
MAX_ROWS = 2000
#: Evidence links shown per inferred item, and action steps listed.
MAX_EVIDENCE = 8
MAX_ACTIONS = 30
#: Longest post text shown on a card (JSONL input allows up to 1 MB a line).
MAX_TEXT = 4000
SNIPPET = 90

CATEGORY_COLOURS = {
    "home": "#cf222e",
    "workplace": "#8250df",
    "school": "#0969da",
    "family": "#bf3989",
    "routine": "#9a6700",
    "whereabouts": "#1a7f37",
    "contact": "#bc4c00",
    "identity": "#24292f",
}

Redact = Callable[[Any], Any]


# -- small pieces ---------------------------------------------------------------------


@dataclass
class Segment:
    """A piece of text; ``note`` is the number of the cue it highlights (or None)."""

    text: str
    note: int | None = None
    category: str | None = None


@dataclass
class Note:
    no: int
    category: str
    label: str
    text: str
    reason: str


@dataclass
class Link:
    text: str
    anchor: str | None  # None: the post is not in this report


@dataclass
class PhotoView:
    n: int
    facts: list[str] = field(default_factory=list)
    ocr: list[Segment] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    faces: int | None = None


@dataclass
class CardView:
    no: int
    anchor: str
    date: str
    url: str | None
    categories: list[str]
    segments: list[Segment]
    notes: list[Note]
    photos: list[PhotoView]
    action: str | None
    extra: list[str]
    kind: str  # "" | "reply" | "repost"


@dataclass
class RowView:
    no: int
    anchor: str
    date: str
    categories: list[str]
    snippet: str


@dataclass
class ProfileRow:
    key: str
    label: str
    lines: list[str]
    evidence: list[Link]
    more: int = 0


@dataclass
class ActionView:
    step: int
    action: str
    reason: str
    words: str
    categories: list[str]
    before: float
    after: float | None
    post: Link | None
    #: Why a step matters when the score stays put: 行動予測 falls, or the score is at its
    #: cap (one person) and this post is one of several that each identify.
    flat_note: str = ""


@dataclass
class CategoryView:
    id: str
    label: str
    value: float
    count: int
    colour: str


# -- text highlighting ------------------------------------------------------------------


def highlight(
    text: str, findings: Iterable[Finding], first_no: int, labels: dict[str, str], redact: Redact,
    limit: int = MAX_TEXT,
) -> tuple[list[Segment], list[Note]]:
    """Segments of ``text`` with each finding's span highlighted and numbered from
    ``first_no``; overlapping or out-of-range findings keep their note without a mark."""
    ordered = sorted(findings, key=lambda f: (f.start, -(f.end - f.start)))
    notes: list[Note] = []
    segs: list[Segment] = []
    shown = text[:limit]
    pos = 0
    for i, f in enumerate(ordered):
        no = first_no + i
        quoted = f.text or (text[f.start : f.end] if 0 <= f.start < f.end <= len(text) else "")
        notes.append(Note(no, f.category, labels[f.category], redact(quoted), redact(f.reason)))
        if not (pos <= f.start < f.end <= len(shown)):
            continue
        if f.start > pos:
            segs.append(Segment(redact(shown[pos : f.start])))
        segs.append(Segment(redact(shown[f.start : f.end]), no, f.category))
        pos = f.end
    if pos < len(shown):
        segs.append(Segment(redact(shown[pos:])))
    if len(text) > limit:
        segs.append(Segment("…"))
    return segs, notes


# -- the view -------------------------------------------------------------------------


class ReportView:
    """Everything the template needs, built once from a scan."""

    def __init__(
        self,
        result: ScanResult,
        doc: dict[str, Any],
        *,
        strings: Strings,
        redact: bool = False,
        history: list[dict[str, Any]] | None = None,
        max_cards: int = MAX_CARDS,
        max_rows: int = MAX_ROWS,
    ) -> None:
        self.result = result
        self.t = strings
        self.lang = strings.lang
        self.parent = strings.audience == "parent"
        self.labels = CATEGORY_LABELS[self.lang]
        self.redacted = redact
        self.score: dict[str, Any] = doc.get("score") if isinstance(doc.get("score"), dict) else {}
        self.inferred: dict[str, Any] = doc.get("inferred") or {}
        self.recs: list[dict[str, Any]] = [
            r for r in doc.get("recommendations") or [] if isinstance(r, dict)
        ]
        self.r: Redact = (
            Redactor.from_scan(result.findings, self.inferred, self.recs, result.profile)
            if redact else no_redaction
        )
        self.tz = _zone((self.inferred.get("routine") or {}).get("timezone"))
        self._by_post = result.findings_by_post()
        self._posts = {p.id: p for p in result.posts}
        self._images: dict[str, list[ImageFacts]] = {}
        for im in result.images:
            self._images.setdefault(im.post_id, []).append(im)
        self._history = history
        self._number_posts(max_cards, max_rows)

    # -- header ------------------------------------------------------------------------
    @property
    def handle(self) -> str:
        return self.r(self.result.profile.handle)

    @property
    def meta(self) -> str:
        when = self.result.finished_at or self.result.started_at
        return self.t(
            "meta", platform=self.result.profile.platform, handle=self.handle,
            n_posts=len(self.result.posts), n_flagged=self.n_flagged, date=self.fmt_date(when),
        )

    @property
    def footer(self) -> str:
        when = self.result.finished_at or self.result.started_at
        return self.t(
            "footer_generated", date=self.fmt_date(when), version=self.result.detector_version,
            scan=self.result.scan_id if self.result.scan_id is not None else "-",
        )

    def fmt_date(self, when: datetime | None, *, with_time: bool = True) -> str:
        if when is None:
            return self.t("no_date")
        local = when.astimezone(self.tz)
        day = self.t.weekdays[local.weekday()]
        text = f"{local:%Y-%m-%d} ({day})" if self.lang == "ja" else f"{day} {local:%Y-%m-%d}"
        return f"{text} {local:%H:%M}" if with_time else text

    # -- score -------------------------------------------------------------------------
    @property
    def has_score(self) -> bool:
        return isinstance(self.score.get("value"), int | float)

    @property
    def score_value(self) -> float:
        return float(self.score.get("value") or 0)

    @property
    def band_label(self) -> str:
        return self.t(band(self.score_value)[1])

    @property
    def explanation(self) -> str:
        given = self.score.get("explanation")
        if isinstance(given, dict) and isinstance(given.get(self.lang), str) and given[self.lang]:
            return self.r(given[self.lang])
        if isinstance(given, str) and given:
            return self.r(given)
        top = [c for c in sorted(self.categories, key=lambda c: -c.value) if c.value > 0][:3]
        if not top:
            return self.t("explain_none")
        return self.t("explain_fallback", cats=self.t("list_sep").join(c.label for c in top))

    @property
    def story(self) -> str | None:
        """The inferred profile told in one paragraph (``inferred.story``, issue 6)."""
        given = self.inferred.get("story")
        text = given.get(self.lang) if isinstance(given, dict) else None
        return self.r(text) if isinstance(text, str) and text else None

    @property
    def locatability(self) -> str | None:
        loc = self.score.get("locatability")
        key = f"loc_{loc}"
        return self.t(key) if isinstance(loc, str) and self.t.has(key) else None

    @property
    def predictability(self) -> str | None:
        p = self.score.get("predictability")
        if not isinstance(p, int | float):
            return None
        level = "pred_low" if p < 0.34 else "pred_medium" if p < 0.67 else "pred_high"
        return self.t("pred_detail", level=self.t(level), pct=round(100 * p))

    @property
    def anonymity(self) -> str | None:
        n, bits = self.score.get("anonymity_set"), self.score.get("bits")
        if not isinstance(n, int | float) or not isinstance(bits, int | float):
            return None
        if n <= 1:
            return self.t("anonymity_one", bits=f"{bits:.1f}")
        return self.t("anonymity", n=f"{round(n):,}", bits=f"{bits:.1f}")

    # -- categories --------------------------------------------------------------------
    @cached_property
    def categories(self) -> list[CategoryView]:
        by_cat = self.score.get("by_category") or {}
        counts = dict.fromkeys(CATEGORIES, 0)
        for f in self.result.findings:
            if f.category in counts:
                counts[f.category] += 1
        out = []
        for c in CATEGORIES:
            value = by_cat.get(c)
            if not isinstance(value, int | float):
                value = 0.0
            out.append(CategoryView(c, self.labels[c], float(value), counts[c], CATEGORY_COLOURS[c]))
        return out

    # -- inferred profile card ---------------------------------------------------------
    def _evidence(self, ids: Any) -> tuple[list[Link], int]:
        if not isinstance(ids, list):
            return [], 0
        links = []
        for pid in ids[:MAX_EVIDENCE]:
            if pid == PROFILE_ID:
                links.append(Link(self.t("profile_section"), "profile"))
                continue
            no = self._number.get(str(pid))
            links.append(Link(f"#{no}" if no else "#?", f"post-{no}" if no else None))
        return links, max(0, len(ids) - MAX_EVIDENCE)

    def _place_lines(self, item: dict[str, Any]) -> list[str]:
        lines = []
        if item.get("value"):
            lines.append(str(item["value"]))
        extra = [str(item[k]) for k in ("municipality",) if item.get(k) and item[k] != item.get("value")]
        if item.get("station") and item["station"] != item.get("value"):
            extra.append(self.t("near_station", station=item["station"]))
        if extra:
            lines.append(" ・ ".join(extra))
        if isinstance(item.get("confidence"), int | float):
            lines.append(self.t("confidence", pct=round(100 * item["confidence"])))
        return lines

    @cached_property
    def profile_rows(self) -> list[ProfileRow]:
        inf = self.inferred
        rows: dict[str, ProfileRow] = {}

        def add(key: str, lines: list[str], evidence: Any) -> None:
            lines = [self.r(x) for x in lines if x]
            if lines:
                links, more = self._evidence(evidence)
                rows[key] = ProfileRow(key, self.t(f"row_{key}"), lines, links, more)

        for key in ("home", "workplace", "school"):
            item = inf.get(key)
            if isinstance(item, dict):
                add(key, self._place_lines(item), item.get("evidence"))
        fam = inf.get("family")
        if isinstance(fam, dict) and fam.get("members"):
            add("family", [self.t("list_sep").join(map(str, fam["members"]))], fam.get("evidence"))
        rt = inf.get("routine")
        if isinstance(rt, dict):
            lines = []
            if rt.get("weekday_leave_home"):
                lines.append(self.t("leave_home", t=rt["weekday_leave_home"]))
            if rt.get("weekday_return_home"):
                lines.append(self.t("return_home", t=rt["weekday_return_home"]))
            if rt.get("weekly"):
                lines.append(self.t("weekly", w=self.t("list_sep").join(map(str, rt["weekly"]))))
            if rt.get("sleep"):
                lines.append(self.t("sleep", s=rt["sleep"]))
            add("routine", lines, rt.get("evidence"))
        absences = inf.get("absences")
        if isinstance(absences, list) and absences:
            lines, evidence = [], []
            for a in absences[:6]:
                if not isinstance(a, dict) or not a.get("from"):
                    continue
                span = (
                    self.t("absence", start=a["from"], end=a["to"])
                    if a.get("to") and a["to"] != a["from"]
                    else self.t("absence_open", start=a["from"]) if not a.get("to") else str(a["from"])
                )
                lines.append(f"{span} {a.get('place') or ''}".strip())
                evidence.extend(x for x in a.get("evidence") or [] if x not in evidence)
            add("absences", lines, evidence)
        ident = inf.get("identity")
        if isinstance(ident, dict):
            lines = []
            if ident.get("name"):
                lines.append(self.t("name", v=ident["name"]))
            if ident.get("birthday"):
                lines.append(self.t("birthday", v=ident["birthday"]))
            if ident.get("age"):
                lines.append(self.t("age", v=ident["age"]))
            add("identity", lines, ident.get("evidence"))
        order = (
            ("school", "family", "identity", "home", "routine", "absences", "workplace")
            if self.parent
            else ("home", "workplace", "school", "family", "routine", "absences", "identity")
        )
        return [rows[k] for k in order if k in rows]

    # -- routine heatmap ---------------------------------------------------------------
    @property
    def routine(self) -> dict[str, Any]:
        rt = self.inferred.get("routine")
        return rt if isinstance(rt, dict) else {}

    @cached_property
    def activity(self) -> list[list[int]] | None:
        """Posts per weekday × hour: inference's when given, else counted from post times."""
        given = self.routine.get("activity")
        if (
            isinstance(given, list) and len(given) == 7
            and all(isinstance(r, list) and len(r) == 24 for r in given)
        ):
            return [[int(x or 0) for x in row] for row in given]
        grid = [[0] * 24 for _ in range(7)]
        seen = False
        for p in self.result.posts:
            if p.created_at is not None:
                local = p.created_at.astimezone(self.tz)
                grid[local.weekday()][local.hour] += 1
                seen = True
        return grid if seen else None

    def cell_title(self, day: str, hour: int, n: int) -> str:
        return self.t("heatmap_cell", day=day, hour=hour, n=n)

    @property
    def tz_name(self) -> str:
        return str(self.tz.key)

    # -- history -----------------------------------------------------------------------
    @cached_property
    def history(self) -> list[tuple[str, float]]:
        points: list[tuple[datetime | None, float, Any]] = []
        for h in self._history or []:
            if isinstance(h, dict) and isinstance(h.get("score"), int | float):
                when = h.get("finished_at")
                if isinstance(when, str):
                    try:
                        when = datetime.fromisoformat(when)
                    except ValueError:
                        when = None
                points.append((when if isinstance(when, datetime) else None, float(h["score"]), h.get("scan_id")))
        ids = {p[2] for p in points}
        if self.has_score and (self.result.scan_id is None or self.result.scan_id not in ids):
            points.append((self.result.finished_at or self.result.started_at, self.score_value, None))
        points.sort(key=lambda p: (p[0] is None, p[0] or datetime.min))
        fmt = "%m/%d" if self.lang == "ja" else "%d %b"
        return [
            (p[0].astimezone(self.tz).strftime(fmt) if p[0] else "?", p[1]) for p in points
        ]

    @property
    def history_text(self) -> str:
        return self.t("list_sep").join(f"{when} {round(v)}" for when, v in self.history)

    @property
    def history_change(self) -> str | None:
        pts = self.history
        if len(pts) < 2:
            return None
        delta = pts[-1][1] - pts[0][1]
        return self.t(
            "history_change", first=round(pts[0][1]), last=round(pts[-1][1]),
            delta=f"{delta:+.0f}",
        )

    @property
    def projected(self) -> float | None:
        afters = [r.get("score_after") for r in self.recs]
        afters = [a for a in afters if isinstance(a, int | float)]
        return float(afters[-1]) if afters else None

    # -- actions -----------------------------------------------------------------------
    @cached_property
    def actions(self) -> list[ActionView]:
        out = []
        before = self.score_value
        pred_before = self.score.get("predictability")
        for i, r in enumerate(self.recs[:MAX_ACTIONS], 1):
            key = f"act_{r.get('action')}"
            action = self.t(key) if self.t.has(key) else str(r.get("action") or "")
            reason = r.get("reason") if self.lang == "ja" else (r.get("reason_en") or r.get("reason"))
            words = [str(w) for w in r.get("words") or []]
            pid = r.get("post_id")
            post = None
            if pid and pid != PROFILE_ID and str(pid) in self._number:
                no = self._number[str(pid)]
                post = Link(f"#{no}", f"post-{no}")
            after = r.get("score_after")
            after = float(after) if isinstance(after, int | float) else None
            pred_after = r.get("predictability_after")
            flat_note = ""
            if after is not None and round(after) == round(before):
                if (isinstance(pred_before, int | float) and isinstance(pred_after, int | float)
                        and round(pred_after * 100) < round(pred_before * 100)):
                    flat_note = self.t("step_predictability", before=round(pred_before * 100),
                                       after=round(pred_after * 100))
                elif after >= 99.5:
                    flat_note = self.t("step_capped")
            if isinstance(pred_after, int | float):
                pred_before = pred_after
            out.append(
                ActionView(
                    i, action, self.r(reason or ""),
                    self.r(self.t("words", w=" ".join(self.t("quote", w=w) for w in words))) if words else "",
                    [c for c in r.get("categories") or [] if c in self.labels],
                    before, after, post, flat_note,
                )
            )
            if after is not None:
                before = after
        return out

    @property
    def actions_more(self) -> int:
        return max(0, len(self.recs) - MAX_ACTIONS)

    # -- posts -------------------------------------------------------------------------
    def _is_parent_first(self, post: Post) -> bool:
        fs = self._by_post.get(post.id, [])
        if any(f.category == "school" or f.kind == "face" for f in fs):
            return True
        return any(im.faces for im in self._images.get(post.id, []))

    def _sort_key(self, post: Post) -> tuple:
        fs = self._by_post[post.id]
        when = post.created_at.timestamp() if post.created_at else 0.0
        severity = (-max(f.weight for f in fs), -len({f.category for f in fs}), -when)
        return ((0 if self._is_parent_first(post) else 1), *severity) if self.parent else severity

    def _referenced(self) -> list[str]:
        """Post ids the top of the report links to: evidence and the first action steps."""
        ids: list[str] = []
        for key in ("home", "workplace", "school", "family", "routine", "identity"):
            item = self.inferred.get(key)
            if isinstance(item, dict) and isinstance(item.get("evidence"), list):
                ids.extend(map(str, item["evidence"][:MAX_EVIDENCE]))
        for a in self.inferred.get("absences") or []:
            if isinstance(a, dict) and isinstance(a.get("evidence"), list):
                ids.extend(map(str, a["evidence"][:MAX_EVIDENCE]))
        ids.extend(str(r.get("post_id")) for r in self.recs[:MAX_ACTIONS] if r.get("post_id"))
        return list(dict.fromkeys(ids))

    def _number_posts(self, max_cards: int, max_rows: int) -> None:
        flagged = sorted(
            (p for p in self.result.posts if p.id in self._by_post), key=self._sort_key
        )
        self.n_flagged = len(flagged)
        referenced = self._referenced()
        ref_set = set(referenced)
        full_ids = {p.id for p in flagged[:max_cards]} | (ref_set & set(self._by_post))
        self._full = [p for p in flagged if p.id in full_ids]
        rest = [p for p in flagged if p.id not in full_ids]
        self._rows = rest[:max_rows]
        self.not_listed = len(rest) - len(self._rows)
        self._evidence_only = [
            self._posts[i] for i in referenced if i in self._posts and i not in self._by_post
        ]
        self._number: dict[str, int] = {}
        for n, p in enumerate(self._full + self._rows + self._evidence_only, 1):
            self._number[p.id] = n

    @cached_property
    def cards(self) -> list[CardView]:
        return [self._card(p) for p in self._full]

    @cached_property
    def rows(self) -> list[RowView]:
        return [self._row(p) for p in self._rows]

    @cached_property
    def evidence_rows(self) -> list[RowView]:
        return [self._row(p) for p in self._evidence_only]

    def _row(self, p: Post) -> RowView:
        no = self._number[p.id]
        text = p.text if len(p.text) <= SNIPPET else p.text[:SNIPPET] + "…"
        cats = sorted({f.category for f in self._by_post.get(p.id, [])}, key=CATEGORIES.index)
        return RowView(no, f"post-{no}", self.fmt_date(p.created_at), cats, self.r(text))

    def _card(self, p: Post) -> CardView:
        no = self._number[p.id]
        fs = self._by_post[p.id]
        text_fs = [f for f in fs if f.field == "text" and f.source == "text"]
        media_fs: dict[int, list[Finding]] = {}
        other = []
        for f in fs:
            if f in text_fs:
                continue
            idx = _media_index(f.field)
            if idx is not None:
                media_fs.setdefault(idx, []).append(f)
            else:
                other.append(f)
        segs, notes = highlight(p.text, text_fs, 1, self.labels, self.r)
        for f in other:  # timing, geotag: no span to mark
            notes.append(
                Note(len(notes) + 1, f.category, self.labels[f.category], self.r(f.text), self.r(f.reason))
            )
        photos = self._photos(p, media_fs, len(notes) + 1)
        extra = []
        if p.geo is not None and (p.geo.place_name or p.geo.has_point):
            extra.append(self.t("geo_post", v=self._place(p.geo.place_name, p.geo.lat, p.geo.lon)))
        rec = next((r for r in self.recs if str(r.get("post_id")) == p.id), None)
        action = None
        if rec:
            key = f"act_{rec.get('action')}"
            action = self.t("recommended", action=self.t(key) if self.t.has(key) else rec.get("action"))
        return CardView(
            no=no, anchor=f"post-{no}", date=self.fmt_date(p.created_at),
            url=None if self.redacted else p.url,
            categories=sorted({f.category for f in fs}, key=CATEGORIES.index),
            segments=segs, notes=notes, photos=photos, action=action, extra=extra,
            kind="repost" if p.is_repost else "reply" if p.is_reply else "",
        )

    def _place(self, name: str | None, lat: float | None, lon: float | None) -> str:
        parts = []
        if name:
            parts.append(self.r(name))
        if lat is not None and lon is not None:
            if self.redacted:
                parts.append(f"({mask_coordinate(lat)}, {mask_coordinate(lon)})")
            else:
                parts.append(f"({lat:.5f}, {lon:.5f})")
        return " ".join(parts)

    def _photos(self, p: Post, media_fs: dict[int, list[Finding]], first_no: int) -> list[PhotoView]:
        facts = {im.media_index: im for im in self._images.get(p.id, [])}
        out = []
        no = first_no
        for idx in sorted(set(facts) | set(media_fs)):
            im = facts.get(idx)
            view = PhotoView(n=idx + 1)
            fs = media_fs.get(idx, [])
            if im is not None:
                if im.error:
                    view.facts.append(self.t("image_error", v=im.error))
                if im.gps is not None and (im.gps.place_name or im.gps.has_point):
                    view.facts.append(self.t("gps", v=self._place(im.gps.place_name, im.gps.lat, im.gps.lon)))
                if im.taken_at is not None:
                    view.facts.append(self.t("taken_at", v=self.fmt_date(im.taken_at)))
                if im.device:
                    view.facts.append(self.t("device", v=self.r(im.device)))
                view.faces = im.faces or None
            ocr_fs = [f for f in fs if f.source == "ocr" and f.field.startswith("media:")]
            if im is not None and im.ocr_text:
                view.ocr, ocr_notes = highlight(im.ocr_text, ocr_fs, no, self.labels, self.r, 1000)
                view.notes.extend(ocr_notes)
                no += len(ocr_notes)
            for f in fs:
                if f in ocr_fs and im is not None and im.ocr_text:
                    continue
                if f.kind == "face" and view.faces:
                    continue  # the face count line says it
                view.notes.append(
                    Note(no, f.category, self.labels[f.category], self.r(f.text), self.r(f.reason))
                )
                no += 1
            if view.facts or view.ocr or view.notes or view.faces:
                out.append(view)
        return out

    # -- profile fields ----------------------------------------------------------------
    @cached_property
    def profile_fields(self) -> list[tuple[str, list[Segment], list[Note]]]:
        fs = self._by_post.get(PROFILE_ID, [])
        out = []
        no = 1
        for name, text in self.result.profile.text_fields().items():
            mine = [f for f in fs if f.field == name]
            if not mine:
                continue
            segs, notes = highlight(text, mine, no, self.labels, self.r, 1000)
            no += len(notes)
            key = f"field_{name}"
            out.append((self.t(key) if self.t.has(key) else name, segs, notes))
        return out

    @property
    def warnings(self) -> list[str]:
        return [self.r(w) for w in self.result.warnings]


def _media_index(field_name: str) -> int | None:
    """``media:2`` / ``alt:2`` → 2; anything else None."""
    head, _, tail = field_name.partition(":")
    if head in ("media", "alt") and tail.isdigit():
        return int(tail)
    return None


def _zone(name: Any) -> ZoneInfo:
    if isinstance(name, str) and name:
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError, OSError):
            pass
    return ZoneInfo("Asia/Tokyo")
