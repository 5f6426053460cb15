"""End to end: the report opened in a real headless Chromium (Debian's ``chromium``).

Every request the page makes is intercepted: the report itself is served to the browser
from memory, anything else is recorded and aborted, so "no request leaves the page" is
observed rather than assumed. Dialogs, console errors and page errors are recorded too:
a hostile post that ran would open an ``alert``. Screenshots (full page ja, en, parent,
phone width, print) go to ``test-artifacts/`` for people to look at.

Skipped only when the browser is absent; ``.ci/run`` installs it, so CI runs this.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from report_fixture import rich_history, rich_scan

from auditor.report import render_html

CHROMIUM = os.environ.get("AUDITOR_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
pytestmark = pytest.mark.skipif(
    not Path(CHROMIUM).exists(),
    reason="chromium is not installed (apt-get install chromium fonts-noto-cjk; .ci/run does)",
)

ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts"
REPORT_URL = "http://report.invalid/report.html"
ARGS = [
    "--no-sandbox",  # CI runs as root
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-default-apps",
    "--disable-domain-reliability",
    "--disable-sync",
    "--no-first-run",
    "--no-pings",
]
KEY_SECTIONS = {
    "gauge": "#summary svg.gauge",
    "explanation": "#explanation",
    "profile card": "#profile-card",
    "category bars": "#categories svg.bar >> nth=7",
    "heatmap": "#heatmap svg.heatmap.horizontal",
    "leave mark": "#heatmap .mark-leave",
    "history": "#history svg.history",
    "actions": "#actions ol.actions li >> nth=4",
    "post cards": "#posts article.card >> nth=9",
    "photo findings": "#posts .photo",
    "next steps": "#next-steps",
    "if leaked": "#leaked",
}


@dataclass
class Visit:
    page: object
    blocked: list[str] = field(default_factory=list)  # requests other than the report
    dialogs: list[str] = field(default_factory=list)
    console: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def assert_quiet(self) -> None:
        assert self.blocked == [], f"requests left the page: {self.blocked}"
        assert self.dialogs == [], f"a dialog opened (script ran): {self.dialogs}"
        assert self.errors == [], self.errors
        assert self.console == [], self.console


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        yield b
        b.close()


@pytest.fixture(scope="module")
def artifacts() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS


def open_report(browser, html: str, *, width: int = 1000, js: bool = True) -> Visit:
    context = browser.new_context(
        viewport={"width": width, "height": 900}, java_script_enabled=js,
        service_workers="block", locale="ja-JP",
    )
    page = context.new_page()
    visit = Visit(page)

    def route(r) -> None:
        if r.request.url == REPORT_URL:
            r.fulfill(status=200, content_type="text/html; charset=utf-8", body=html)
        else:
            visit.blocked.append(r.request.url)
            r.abort()

    context.route("**/*", route)
    page.on("dialog", lambda d: (visit.dialogs.append(d.message), d.dismiss()))
    page.on("pageerror", lambda e: visit.errors.append(str(e)))
    page.on("console", lambda m: visit.console.append(f"{m.type}: {m.text}")
            if m.type in ("error", "warning") else None)
    page.goto(REPORT_URL, wait_until="load")
    page.wait_for_timeout(300)  # let any late load or timer show itself
    return visit


@pytest.fixture(scope="module")
def ja(browser, artifacts) -> Iterator[Visit]:
    html = render_html(rich_scan(), history=rich_history())
    (artifacts / "report-ja.html").write_text(html, encoding="utf-8")
    visit = open_report(browser, html)
    visit.page.screenshot(path=str(artifacts / "report-ja.png"), full_page=True)
    yield visit
    visit.page.context.close()


def test_key_sections_render_and_nothing_leaves_the_page(ja):
    from playwright.sync_api import expect

    for name, selector in KEY_SECTIONS.items():
        expect(ja.page.locator(selector).first, name).to_be_visible()
    expect(ja.page.locator("#heatmap svg.horizontal rect.cell")).to_have_count(168)
    expect(ja.page.locator("#heatmap svg.vertical")).to_be_hidden()  # the phone layout
    expect(ja.page.locator("#history circle.point")).to_have_count(3)
    expect(ja.page.locator("#explanation")).to_contain_text("約58人の中の一人まで絞り込めます")
    assert ja.page.title().startswith("SNS 露出チェック")
    ja.assert_quiet()


def test_hostile_posts_show_as_text_and_run_nothing(ja):
    from playwright.sync_api import expect

    page = ja.page
    card = page.locator("article.card", has_text="勉強中のメモ")
    expect(card).to_contain_text('alert("xss")</script> と <img src=x onerror="alert(1)"> は危険')
    expect(page.locator("article.card", has_text="写真の中の文字")).to_contain_text(
        "<script>alert('ocr')</script>"
    )
    assert page.locator("script").count() == 0 and page.locator("img").count() == 0
    on_attrs = page.evaluate(
        "() => [...document.querySelectorAll('*')].flatMap(e => [...e.attributes])"
        ".filter(a => a.name.startsWith('on')).map(a => a.name)"
    )
    assert on_attrs == []
    # The javascript: URL of that post is not a link.
    assert card.locator("a").count() == 0
    ja.assert_quiet()


def test_evidence_link_jumps_to_its_post_card(ja):
    from playwright.sync_api import expect

    page = ja.page
    link = page.locator("#profile-card tr.pc-home .ev a").first
    target = link.get_attribute("href")
    link.click()
    assert page.evaluate("location.hash") == target
    card = page.locator(target)
    expect(card).to_be_in_viewport()
    expect(card).to_contain_text("に住んで8年目")
    ja.assert_quiet()


@pytest.mark.parametrize(
    "name, kw, width, expect_text",
    [
        ("report-en.png", {"lang": "en"}, 1000, "What a stranger can piece together"),
        ("report-parent-ja.png", {"audience": "parent"}, 1000, "保護者の方へ"),
        ("report-parent-en.png", {"audience": "parent", "lang": "en"}, 1000, "For parents"),
        ("report-redacted-ja.png", {"redact": True}, 1000, "090-****-4821"),
        ("report-phone-ja.png", {}, 360, "見知らぬ人がつなぎ合わせられること"),
    ],
)
def test_variants_render_and_fit(browser, artifacts, name, kw, width, expect_text):
    from playwright.sync_api import expect

    visit = open_report(browser, render_html(rich_scan(), history=rich_history(), **kw), width=width)
    page = visit.page
    expect(page.locator("body")).to_contain_text(expect_text)
    for selector in ("#summary svg.gauge", "#actions", "#next-steps"):
        expect(page.locator(selector)).to_be_visible()
    # Phones get the heatmap turned upright (hours down), wide screens the usual one.
    layout, other = ("vertical", "horizontal") if width < 600 else ("horizontal", "vertical")
    expect(page.locator(f"#heatmap svg.{layout}")).to_be_visible()
    expect(page.locator(f"#heatmap svg.{other}")).to_be_hidden()
    box = page.locator(f"#heatmap svg.{layout}").bounding_box()
    assert box and box["x"] >= 0 and box["x"] + box["width"] <= width
    # Nothing wider than the screen: the heatmap scrolls inside its own box on a phone.
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    page.screenshot(path=str(artifacts / name), full_page=True)
    visit.assert_quiet()
    page.context.close()


def test_works_without_javascript_and_prints_on_a4(browser, artifacts):
    from playwright.sync_api import expect

    visit = open_report(browser, render_html(rich_scan(), history=rich_history()), width=800, js=False)
    page = visit.page
    page.locator("#evidence-posts summary").click()  # <details> needs no script
    expect(page.locator("#evidence-posts table.rows")).to_be_visible()
    page.emulate_media(media="print")
    expect(page.locator("nav.toc")).to_be_hidden()
    page.screenshot(path=str(artifacts / "report-print-ja.png"), full_page=True)
    page.pdf(path=str(artifacts / "report-ja.pdf"), format="A4", print_background=True)
    assert (artifacts / "report-ja.pdf").stat().st_size > 10_000
    visit.assert_quiet()
    page.context.close()


def test_csp_blocks_a_remote_load_that_slips_in(browser):
    """Control: inject a remote image. With the report's CSP it is refused before any
    request; without the CSP the same page does request it — so the interception above
    would see a leak if there were one."""
    html = render_html(rich_scan(n_filler=0))
    leak = '<img src="http://tracker.invalid/pixel.png" alt="">'
    visit = open_report(browser, html.replace("<main>", "<main>" + leak, 1))
    assert visit.blocked == []
    assert any("Content Security Policy" in c for c in visit.console), visit.console
    visit.page.context.close()
    no_csp = html.replace('http-equiv="Content-Security-Policy"', 'name="x-removed"', 1)
    visit = open_report(browser, no_csp.replace("<main>", "<main>" + leak, 1))
    assert visit.blocked == ["http://tracker.invalid/pixel.png"]
    visit.page.context.close()


def _demo_archive() -> Path | None:
    from importlib.resources import files

    data = Path(str(files("auditor.demo"))) / "archive" / "data" / "tweets.js"
    return data.parent.parent if data.exists() else None


@pytest.mark.skipif(_demo_archive() is None, reason="the demo archive is not in this checkout")
def test_real_demo_report(browser, artifacts):
    from playwright.sync_api import expect

    from auditor import scan as pipeline
    from connectors.registry import open_file_source

    connector = open_file_source(_demo_archive(), kind="x_archive")
    profile = connector.profile()
    result, _ = pipeline.analyse("demo", profile, pipeline.collect(connector.posts()))
    html = render_html(result)
    (artifacts / "report-demo-ja.html").write_text(html, encoding="utf-8")
    visit = open_report(browser, html)
    page = visit.page
    for selector in ("#summary svg.gauge", "#explanation", "#categories", "#heatmap svg.horizontal",
                     "#posts article.card", "#next-steps"):
        expect(page.locator(selector).first).to_be_visible()
    expect(page.locator("h1")).to_contain_text("@nao_pan_0000")
    assert page.locator("script").count() == 0
    page.screenshot(path=str(artifacts / "report-demo-ja.png"), full_page=True)
    visit.assert_quiet()
    page.context.close()
