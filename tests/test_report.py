"""The HTML report without a browser: sections, escaping, links, redaction, size, modes."""

from __future__ import annotations

import os
import stat
from datetime import UTC, datetime, timedelta
from html.parser import HTMLParser

import pytest
from report_fixture import HOSTILE_ID, PHONE, XSS_TEXT, rich_history, rich_scan

from auditor.model import Finding, Post, Profile, ScanResult
from auditor.report import charts, render_html, write_report
from auditor.report.i18n import _EN, _JA, _PARENT, Strings
from auditor.report.render import CSP
from auditor.score import score as first_score

SECTIONS = ("summary", "explanation", "profile-card", "categories", "heatmap", "history",
            "actions", "posts", "profile", "next-steps", "leaked")


class Page(HTMLParser):
    """Every tag with its attributes, the ids, and the text outside tags."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_startendtag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)

    @property
    def ids(self) -> set[str]:
        return {a["id"] for _, a in self.tags if a.get("id")}

    def attr_values(self, name: str) -> list[str]:
        return [a[name] for _, a in self.tags if a.get(name) is not None]

    @property
    def all_text(self) -> str:
        return "".join(self.text)


@pytest.fixture(scope="module")
def html() -> str:
    return render_html(rich_scan(), history=rich_history())


@pytest.fixture(scope="module")
def page(html) -> Page:
    return Page(html)


def test_every_section_renders_with_full_contract_data(page):
    assert set(SECTIONS) <= page.ids
    text = page.all_text
    assert "住所、勤務先、子どもの学校が投稿から読み取れ" in text  # the score's explanation
    assert "町丁目・番地まで絞り込めます" in text and "予測しやすい (81%)" in text
    assert "平日 07:30 頃に家を出る" in text and "2026-08-13〜2026-08-15 軽井沢" in text
    assert "最初のスキャン 91 → 今回 78 (-13)" in text
    assert "スコア 78 → 64" in text and "スコア 44 → 12" in text
    assert "撮影場所 (位置情報): 東京都板橋区常盤台 (35.76030, 139.68610)" in text
    assert "顔が 2 人写っています" in text and "写真の中の文字" in text
    assert "20250911_1405_post.png" in text and "#9110" in text


def test_lang_defaults_to_japanese_and_english_is_complete(html):
    assert '<html lang="ja">' in html
    en = render_html(rich_scan(), lang="en", history=rich_history())
    assert '<html lang="en">' in en
    assert "What a stranger can piece together" in en and "Next steps" in en
    assert "down to the street" in en and "Your address, workplace" in en
    # No Japanese UI string leaks into the English report (user text and labels aside).
    assert "見直したい投稿" not in en and "これからのために" not in en


def test_every_string_exists_in_both_languages():
    assert set(_JA) == set(_EN)
    assert set(_PARENT["ja"]) == set(_PARENT["en"]) and set(_PARENT["ja"]) <= set(_JA)


def test_parent_mode_addresses_a_parent_and_puts_school_and_faces_first(page):
    parent = Page(render_html(rich_scan(), audience="parent"))
    text = parent.all_text
    assert "保護者の方へ" in text and "責めずに、一緒に" in text and "学校・制服・顔" in text
    rows = [a["class"] for t, a in parent.tags if t == "tr" and (a.get("class") or "").startswith("pc-")]
    assert rows[:2] == ["pc-school", "pc-family"]
    # The first cards are the school post (#1/#2) and the post whose photo shows faces.
    self_rows = [a["class"] for t, a in page.tags if t == "tr" and (a.get("class") or "").startswith("pc-")]
    assert self_rows[0] == "pc-home"
    parent_cards = _cards(render_html(rich_scan(), audience="parent"))
    assert "赤組" in parent_cards[0] and "徒競走" in parent_cards[1]
    assert "赤組" not in "".join(_cards(render_html(rich_scan()))[:2])


def _cards(html: str) -> list[str]:
    """The text of each full post card, in page order."""
    body = html[html.index('<section id="posts"') :]
    return [Page(chunk.split("</article>")[0]).all_text for chunk in body.split('<article class="card"')[1:]]


def test_csp_forbids_remote_loads_and_the_page_needs_none(html, page):
    metas = [a for t, a in page.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy"]
    assert [m["content"] for m in metas] == [CSP]
    assert "default-src 'none'" in CSP and "script-src" not in CSP
    tags = {t for t, _ in page.tags}
    assert not tags & {"script", "img", "iframe", "object", "embed", "link", "form", "base"}
    assert not page.attr_values("src")
    assert "url(" not in html and "@import" not in html


def test_hostile_text_is_text(html, page):
    assert "<script" not in html.lower() and "<img" not in html.lower()
    assert not [n for _, a in page.tags for n in a if n.startswith("on")]
    text = page.all_text
    assert XSS_TEXT.split("<script>")[1] in text  # shown literally (the cue mark splits it)
    assert "<script>alert('ocr')</script>" in text and "<b>bold?</b>" in text and "<b>太字</b>" in text
    assert "2 件の画像を読めませんでした <script>" in text


def test_links_are_internal_or_http_and_every_anchor_resolves(page):
    hrefs = page.attr_values("href")
    assert hrefs
    for href in hrefs:
        if href.startswith("#"):
            assert href[1:] in page.ids, href
        else:
            assert href.startswith("https://x.com/"), href
    assert not any("javascript" in h.lower() for h in hrefs)
    # Post ids are never used to build ids or anchors (one of them is hostile).
    internal = [h for h in hrefs if h.startswith("#")]
    assert not any(HOSTILE_ID in v for v in page.attr_values("id") + internal)
    assert {i for i in page.ids if i.startswith("post-")} == {f"post-{n}" for n in range(1, 13)}


def test_evidence_links_point_at_the_cards_of_their_posts(page, html):
    # The home row links to the card with the address post (evidence "105").
    pos = html.index('class="pc-home"')
    row = html[pos : html.index("</tr>", pos)]
    first = row.split('href="#')[1].split('"')[0]
    card = html[html.index(f'id="{first}"') :]
    assert "に住んで8年目" in card[: card.index("</article>")]


def test_redact_masks_found_values_everywhere(html):
    red = render_html(rich_scan(), redact=True, history=rich_history())
    text = Page(red).all_text
    for secret in (PHONE, "高橋奈央", "常盤台6丁目12-5", "つばさ事務機", "みずき台小", "ときわ台駅",
                   "nao_pan_0000", "174-0071", "35.76030"):
        assert secret in Page(html).all_text
        assert secret not in red, secret
    assert "090-****-4821" in text and "174-****" in text and "伏せ字版" in text
    assert "https://x.com" not in red  # links carry the handle
    # Times, family roles, absences and categories stay readable; a child's name does not.
    assert "平日 07:30 頃に家を出る" in text and "住所・生活圏" in text and "息子" in text
    assert "15日まで家は空っぽ" in text and "軽井沢" in text and "結衣" not in text


def test_renders_with_only_the_first_score_and_no_inference():
    """A score of the first version's shape (value and by_category only), empty inference,
    no actions."""
    result = rich_scan()
    result.score = {"value": 41.0, "by_category": {"home": 60.0, "contact": 50.0, "identity": 45.0}}
    result.inferred, result.recommendations, result.images = None, [], []
    page = Page(render_html(result))
    assert {"summary", "categories", "heatmap", "history", "posts", "next-steps"} <= page.ids
    assert not {"profile-card", "actions", "locatability"} & page.ids
    assert "住所・生活圏、連絡先、本人特定情報から、あなたを絞り込む手がかりが読み取れます" in page.all_text


def test_renders_an_account_with_no_posts_and_no_score():
    empty = ScanResult(source="jsonl", profile=Profile(platform="jsonl", handle="nobody"), posts=[],
                       findings=[], detector_version="t", started_at=datetime(2026, 1, 1, tzinfo=UTC))
    page = Page(render_html(empty))
    assert "posts" in page.ids and "heatmap" not in page.ids and "history" not in page.ids
    assert "見直したい投稿 (0 件)" in page.all_text


def test_large_accounts_show_top_cards_and_list_the_rest():
    base = datetime(2026, 1, 1, tzinfo=UTC)
    posts, findings = [], []
    for i in range(3000):
        text = f"練馬区在住 {i} " + "あ" * 100
        posts.append(Post(platform="x", id=str(i), text=text, created_at=base + timedelta(hours=i)))
        findings.append(Finding("home", 0, 3, "練馬区", "住んでいる区", post_id=str(i), weight=0.5 + (i % 7) / 20))
    result = ScanResult(source="t", profile=Profile(platform="x", handle="big"), posts=posts,
                        findings=findings, detector_version="t", started_at=base,
                        inferred={"home": {"value": "練馬区", "evidence": ["2999"]}})
    result.score = first_score(findings)
    html = render_html(result, max_rows=1000)
    page = Page(html)
    assert sum(1 for t, a in page.tags if t == "article" and "card" in (a.get("class") or "")) == 101
    assert "ほかの 1000 件 (一覧)" in page.all_text
    assert "さらに 1899 件はこのファイルには載せていません" in page.all_text
    assert len(html.encode()) < 2_000_000
    # The evidence post is a full card even though it is not among the top 100.
    link = html.split('class="pc-home"')[1].split('href="#')[1].split('"')[0]
    assert html.index(f'id="{link}"') < html.index('id="more-posts"')


def test_write_report_is_private_and_atomic(tmp_path):
    path = write_report(rich_scan(), tmp_path / "out", lang="en", audience="parent", redact=True)
    assert path == tmp_path / "out" / "report.html"
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert not [p for p in path.parent.iterdir() if p.name != "report.html"]
    assert "Redacted copy" in path.read_text(encoding="utf-8")


def test_bad_options_are_input_errors():
    from auditor.errors import InputError

    with pytest.raises(InputError):
        render_html(rich_scan(), lang="fr")
    with pytest.raises(InputError):
        render_html(rich_scan(), audience="teacher")


def test_svg_text_is_escaped():
    svg = charts.history_svg([("<b>x</b>", 50.0)], label='"><script>', projected=10, projected_label="<i>")
    assert "<b>" not in svg and "<script>" not in svg and "<i>" not in svg
    assert "&lt;b&gt;x&lt;/b&gt;" in svg
    heat = charts.heatmap_svg([[1] * 24] * 7, weekdays=["<M>"] * 7, cell_title=lambda d, h, n: f"{d}{h}",
                              label="l", fewer="<", more=">", leave="07:30", leave_label="<L>")
    assert heat.count('class="cell"') == 168 and "<M>" not in heat and "<L>" not in heat
    upright = charts.heatmap_svg([[1] * 24] * 7, weekdays=list("月火水木金土日"), label="l", fewer="",
                                 more="", cell_title=lambda d, h, n: f"{d}{h}", vertical=True)
    assert upright.count('class="cell"') == 168 and 'class="heatmap vertical"' in upright


@pytest.mark.parametrize("value, colour", [(0, "#2da44e"), (29.9, "#2da44e"), (30, "#bf8700"),
                                           (79, "#e16f24"), (80, "#cf222e"), (100, "#cf222e")])
def test_gauge_colour_follows_the_band(value, colour):
    svg = charts.gauge_svg(value, label="l", caption="c")
    assert f'fill="{colour}">{round(value)}</text>' in svg


def test_gauge_arc_ends_at_the_value():
    svg = charts.gauge_svg(50, label="l", caption="c")
    arc = svg.split('class="gauge-value" d="')[1].split('"')[0]
    assert arc.endswith("100 24")  # top of the half circle (centre 100,104; radius 80)


def test_heatmap_marks_leave_and_return_only_when_known():
    grid = [[0] * 24 for _ in range(7)]
    kw = dict(weekdays=list("月火水木金土日"), cell_title=lambda d, h, n: "", label="l", fewer="", more="")
    assert "mark-leave" not in charts.heatmap_svg(grid, **kw)
    both = charts.heatmap_svg(grid, leave="07:30", back="18:20", **kw)
    assert "mark-leave" in both and "mark-return" in both
    assert "mark-leave" not in charts.heatmap_svg(grid, leave="25:99", **kw)


def test_heatmap_counts_posts_in_local_time_when_inference_gives_none():
    from auditor.export import summary
    from auditor.report.view import ReportView

    result = rich_scan()
    result.inferred = None
    view = ReportView(result, summary(result), strings=Strings())
    # 07:44 JST Monday (a UTC Sunday-night timestamp) counts as Monday 7 o'clock.
    assert view.activity[0][7] >= 1
    assert sum(map(sum, view.activity)) == len(result.posts)


@pytest.mark.parametrize("lang, pred_note, capped_note", [
    ("ja", "行動予測 81% → 40%", "まだ上限のまま"),
    ("en", "predictability 81% → 40%", "still at the top"),
])
def test_a_step_that_leaves_the_score_says_why_it_is_there(lang, pred_note, capped_note):
    result = rich_scan()
    recs = result.recommendations
    # The score stays at 78 while 行動予測 falls; then a step that moves the score; then
    # two steps at the cap, the first of which does not move it.
    recs[0].update(score_after=78.4, predictability_after=0.40)
    recs[1].update(score_after=55.5, predictability_after=0.40)
    html = render_html(result, lang=lang)
    text = Page(html).all_text
    assert pred_note in text
    assert capped_note not in text  # never at the cap here
    result.score["value"] = 100.0
    for r in recs:
        r.pop("predictability_after", None)
    recs[0].update(score_after=100.0)
    text = Page(render_html(result, lang=lang)).all_text
    assert capped_note in text and pred_note not in text
