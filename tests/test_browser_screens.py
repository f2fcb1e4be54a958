"""Reading on every screen and in both colour schemes (issue 13): nothing wider than the column but boxes
that scroll, timelines, diagrams and tables readable on a phone, the scheme following the system and the
toggle, the benchmarks plot; screenshots for the record (test-artifacts/) of exactly what was checked."""

from __future__ import annotations

import json
import re
import struct
from pathlib import Path

import pytest
from browsing import (
    ALL_PAGES,
    CHAPTERS,
    EXAMPLE,
    PHONE,
    SCHEMES,
    SCREENS,
    diagrams_in,
    luminance,
    page_path,
    settle,
    switch_scheme,
)
from conftest import ARTIFACTS, EXAMPLES, FENCES
from playwright.sync_api import Page, expect

from snipcheck import interpreters

pytestmark = pytest.mark.browser
MIN_TEXT_PX = 9
TIMELINES = sorted({md for md, fences in FENCES.items() for f in fences if "timeline" in f.options})
NOTEBOOKS = [md for md in ALL_PAGES if md.endswith(".py")]
DIAGRAMS = [md for md in ALL_PAGES if diagrams_in(md)]


def tables_with_code(site: Path) -> list[str]:
    """Pages whose tables hold inline code (file names, calls)."""
    return [
        md
        for md in ALL_PAGES
        if re.search(r"<td>[^<]*<code>", (site / page_path(md) / "index.html").read_text(encoding="utf-8"))
    ]


# Everything in the article that sticks out of the screen, outside a box that scrolls on its own
# (on a phone, Material lets tab bars and code blocks bleed to the screen's edges on purpose), and
# every table wider than the text column.
OVERFLOW_JS = """() => {
  const article = document.querySelector('article')
  const column = article.getBoundingClientRect()
  const page = document.documentElement
  const found = []
  if (page.scrollWidth > page.clientWidth + 1)
    found.push(`the page scrolls sideways: ${page.scrollWidth} > ${page.clientWidth}`)
  const inBox = new Map()  // element -> whether it or an ancestor below the article scrolls or clips
  const scrolls = el => {
    const box = el.parentElement
    if (!box || box === article) return false
    if (!inBox.has(box))
      inBox.set(box, ['auto', 'scroll', 'hidden'].includes(getComputedStyle(box).overflowX) || scrolls(box))
    return inBox.get(box)
  }
  for (const el of article.querySelectorAll('*')) {
    const box = el.getBoundingClientRect()
    if (!box.width || box.right <= page.clientWidth + 1 || scrolls(el)) continue
    const name = `${el.tagName.toLowerCase()}.${el.className}`
    found.push(`${name} ends at ${Math.round(box.right)} > ${page.clientWidth}`)
  }
  for (const table of article.querySelectorAll('table')) {
    const box = table.getBoundingClientRect()
    if (box.width <= column.width + 1) continue
    let wrap = table.parentElement
    while (wrap && wrap !== article && !['auto', 'scroll'].includes(getComputedStyle(wrap).overflowX))
      wrap = wrap.parentElement
    const own = wrap && wrap !== article ? wrap.getBoundingClientRect() : null
    if (!own || own.left < -1 || own.right > page.clientWidth + 1)
      found.push(`a table is ${Math.round(box.width)} px wide in a ${Math.round(column.width)} px column`)
  }
  return found.slice(0, 10)
}"""


def wide_content(site: Path) -> dict[str, str]:
    """Page -> the wide thing shot on it: a timeline, the benchmarks plot, a table of file names."""
    wide = {md: "div.snippet-timeline" for md in TIMELINES[:1]}
    wide |= {md: "figure.bench-plot" for md in NOTEBOOKS}
    return wide | {md: "article table" for md in tables_with_code(site) if md not in wide}


@pytest.mark.parametrize(("screen", "viewport"), SCREENS)
def test_no_page_overflows_its_column(screen: str, viewport: dict, open_tab, built_site: Path) -> None:
    """Every page, phone and desktop: nothing wider than the column but scroll boxes. On the pages with
    wide content (a timeline, the benchmarks plot, tables) that content, scrolled into view below the sticky
    header, is shot in both schemes for the record (test-artifacts/): the scheme changes colours only."""
    ARTIFACTS.mkdir(exist_ok=True)
    wide = wide_content(built_site)
    assert wide, "no page has wide content to shoot"
    tab = open_tab(viewport=viewport, color_scheme="light")
    problems, shot = {}, []
    for md in ALL_PAGES:
        tab.goto(page_path(md))
        found = tab.page.evaluate(OVERFLOW_JS)
        if found:
            problems[md] = found
        if md not in wide:
            continue
        shown = tab.page.locator(wide[md]).filter(visible=True)
        if not shown.count():
            assert wide[md] == "article table", f"{md}: {wide[md]} is not shown"
            continue  # its tables are all in folded blocks
        element = shown.first
        element.scroll_into_view_if_needed()
        shot.append(md)
        for scheme in SCHEMES:
            switch_scheme(tab.page, scheme)
            tab.page.mouse.move(1, viewport["height"] - 1)  # off the toggle: its tooltip is not in the shot
            settle(tab.page)  # the header's title slides when the page scrolls
            top, bottom = element.evaluate(
                "el => [el.getBoundingClientRect().top, el.getBoundingClientRect().bottom]"
            )
            header = tab.page.locator("header.md-header").evaluate("el => el.getBoundingClientRect().bottom")
            assert bottom > header + 50 and top < viewport["height"] - 50, (
                f"{md}: {wide[md]} not in view: {top, bottom}"
            )
            name = page_path(md).strip("/") or "index"
            shoot(tab.page, ARTIFACTS / f"{name}-{screen}-{scheme}.png", scheme)
        switch_scheme(tab.page, "light")
    assert not problems, f"{screen}: " + json.dumps(problems, ensure_ascii=False, indent=1)
    assert any(wide[md] == "article table" for md in shot), "no table with code is shown unfolded"


def test_timelines_stay_readable_on_a_phone(open_tab) -> None:
    assert TIMELINES, "no page draws a timeline"
    tab = open_tab(viewport=PHONE)
    for md in TIMELINES:
        tab.goto(page_path(md))
        page = tab.page
        sizes = page.locator("svg.snippet-timeline").evaluate_all(
            """svgs => svgs.map(svg => {
              const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width
              const texts = [...svg.querySelectorAll('text')]
              return Math.min(...texts.map(t => parseFloat(t.getAttribute('font-size')) * scale))
            })"""
        )
        assert sizes and min(sizes) >= MIN_TEXT_PX, (
            f"{md}: timeline text at {min(sizes or [0]):.1f} px on a phone"
        )
        box = page.locator("div.snippet-timeline").first
        assert box.evaluate("el => getComputedStyle(el).overflowX") == "auto"
        assert box.evaluate("el => el.scrollWidth > el.clientWidth"), f"{md}: the timeline does not scroll"
        assert box.get_attribute("tabindex") == "0", "the scroll box is not reachable from the keyboard"
        hint = box.locator("xpath=preceding-sibling::p[1]")
        expect(hint).to_have_class("snippet-scroll-hint")
        expect(hint).to_be_visible()
        box.focus()
        page.keyboard.press("ArrowRight")
        page.wait_for_function("el => el.scrollLeft > 0", arg=box.element_handle())


def test_diagrams_keep_readable_labels_on_a_phone(open_tab) -> None:
    """A diagram keeps its minimum width (hooks/diagrams.py) and scrolls inside its box, not shrinking."""
    assert DIAGRAMS, "no page has a diagram"
    tab = open_tab(viewport=PHONE)
    scrolling = 0
    for md in DIAGRAMS:
        tab.goto(page_path(md))
        for box in tab.page.locator("div.mermaid").all():
            client, scroll, least = box.evaluate(
                "el => [el.clientWidth, el.scrollWidth,"
                " parseFloat(getComputedStyle(el.querySelector('svg')).minWidth)]"
            )
            assert least > 0 and scroll >= least - 1, f"{md}: a diagram shrank to {scroll} px (min {least})"
            scrolling += least > client
            if least > client:
                assert scroll > client, (
                    f"{md}: a diagram wider than the screen does not scroll: {client, scroll}"
                )
    assert scrolling, "no diagram is wider than a phone's screen: the check saw nothing scroll"


def test_file_names_in_tables_are_not_cut(open_tab, built_site: Path) -> None:
    """Code in a table never wraps inside a word (forkserve/r); file names wrap only at . _ / (site.js)."""
    pages = tables_with_code(built_site)
    assert pages, "no table holds code"
    tab = open_tab(viewport=PHONE)
    for md in pages:
        tab.goto(page_path(md))
        cut = tab.page.locator("article table :not(pre) > code").evaluate_all(
            """codes => codes.flatMap(code => {
              const range = document.createRange(), bad = []
              const text = code.textContent
              let top = null
              for (const node of code.childNodes) {
                if (node.nodeType !== 3) continue
                for (let i = 0; i < node.length; i++) {
                  range.setStart(node, i); range.setEnd(node, i + 1)
                  const rects = range.getClientRects()
                  if (!rects.length) continue
                  const y = Math.round(rects[0].top)
                  const word = /[\\p{L}\\p{N}]/u
                  if (top !== null && y > top + 2 && word.test(node.data[i - 1]) && word.test(node.data[i]))
                    bad.push(text)
                  top = y
                }
                top = null
              }
              return bad
            })"""
        )
        assert not cut, f"{md}: names broken inside a word: {sorted(set(cut))}"


def _scheme(page: Page) -> str:
    return page.evaluate("document.body.getAttribute('data-md-color-scheme')")


def test_colour_scheme_follows_the_system_and_the_toggle(open_tab) -> None:
    dark = open_tab(color_scheme="dark")
    dark.goto(page_path(CHAPTERS[0]))
    assert _scheme(dark.page) == "slate"

    tab = open_tab(color_scheme="light")
    tab.goto(page_path(CHAPTERS[0]))
    page = tab.page
    assert _scheme(page) == "default"
    page.locator("form[data-md-component=palette] label:visible").click()
    page.wait_for_function("document.body.getAttribute('data-md-color-scheme') === 'slate'")
    background = page.evaluate("getComputedStyle(document.body).backgroundColor")
    page.reload(wait_until="networkidle")
    assert _scheme(page) == "slate", "the chosen scheme is not remembered"
    page.locator("form[data-md-component=palette] label:visible").click()
    page.wait_for_function("document.body.getAttribute('data-md-color-scheme') === 'default'")
    assert page.evaluate("getComputedStyle(document.body).backgroundColor") != background


def test_benchmarks_plot_follows_the_scheme_and_enlarges(open_tab) -> None:
    assert NOTEBOOKS, "no notebook page in nav"
    for scheme in SCHEMES:
        tab = open_tab(viewport=PHONE, color_scheme=scheme)
        tab.goto(page_path(NOTEBOOKS[0]))
        page = tab.page
        assert "No description" not in page.content()
        assert page.locator("article .jp-InputPrompt:visible").count() == 0, "«In [n]:» prompts take width"
        figure = page.locator("figure.bench-plot")
        expect(figure).to_have_count(1)
        svg = figure.locator("svg")
        assert "График" in (svg.get_attribute("aria-label") or "")
        # transparent: no filled background rectangle; the text has the page's colour
        fills = svg.evaluate(
            "s => [...s.querySelectorAll('path, rect')].slice(0, 3).map(e => getComputedStyle(e).fill)"
        )
        assert not any(f in ("rgb(255, 255, 255)", "#ffffff") for f in fills), fills
        text = svg.evaluate("s => getComputedStyle(s.querySelector('text')).fill")
        body = page.evaluate("getComputedStyle(document.querySelector('article')).color")
        assert text == body, f"{scheme}: plot text {text}, page text {body}"
        narrow = svg.bounding_box()["width"]
        figure.locator("button.snippet-zoom").click()
        expect(figure).to_have_class(re.compile("is-zoomed"))
        assert svg.bounding_box()["width"] > max(narrow * 2, 800)
        page.keyboard.press("Escape")
        expect(figure).not_to_have_class(re.compile("is-zoomed"))


# --- screenshots: each one of something checked just before it is taken -----------------------------


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    return struct.unpack(">II", data[16:24])


def shoot(page: Page, path: Path, scheme: str, *, full_page: bool = False) -> None:
    """A screenshot of the page as it is now, after checking that it shows the scheme asked for; the file must
    be a PNG of the viewport (or the whole page)."""
    settle(page)
    light = luminance(page)
    assert light > 0.8 if scheme == "light" else light < 0.2, (
        f"{scheme} scheme, background luminance {light:.2f}"
    )
    page.screenshot(path=path, full_page=full_page)
    size = page.viewport_size
    height = page.evaluate("document.documentElement.scrollHeight") if full_page else size["height"]
    assert png_size(path) == (size["width"], height), (path, png_size(path), size)


def test_screenshots_show_each_scheme_and_an_open_output(open_tab) -> None:
    """Screenshots for the record (test-artifacts/), of what was checked: the light home page, the chapter
    with most examples, and in the dark scheme that chapter with an example's output open."""
    ARTIFACTS.mkdir(exist_ok=True)
    tab = open_tab(color_scheme="light")
    tab.goto()
    shoot(tab.page, ARTIFACTS / "home.png", "light", full_page=True)
    chapter = max(CHAPTERS, key=lambda md: len(EXAMPLES.get(md, [])))  # the one with most examples
    name = chapter.removesuffix(".md")
    tab.goto(page_path(chapter))
    shoot(tab.page, ARTIFACTS / f"chapter-{name}.png", "light")
    dark = open_tab(color_scheme="dark")
    dark.goto(page_path(chapter))
    example = dark.page.locator(EXAMPLE).filter(visible=True).first
    example.locator(":scope > .tabbed-labels label", has_text="Вывод").click()
    output = example.locator(".snippet-output").filter(visible=True)
    expect(output).to_have_count(1)
    assert interpreters.for_pages().label in output.locator(".snippet-meta").inner_text()
    example.scroll_into_view_if_needed()
    shoot(dark.page, ARTIFACTS / f"chapter-{name}-dark-output.png", "dark")
