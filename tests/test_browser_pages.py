"""Every page in a real browser: a first visit loads only this site's files, within a weight limit, with no
error, search ready and diagrams drawn ahead of time; every example shows its file as code and, per Python
version, exactly the output of the run the build made; a missing address gets the Russian 404 page.

Artifacts (test-artifacts/, gitignored): page-weight.json, the bytes each page transfers on a first visit.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from browsing import (
    ALL_PAGES,
    EXAMPLE,
    PRINT_PAGE,
    SEARCH_READY,
    diagrams_in,
    page_path,
    serve,
    wait_for_search_meta,
)
from conftest import ARTIFACTS, FENCES, stored_run
from playwright.sync_api import expect

from snipcheck import interpreters, views
from snipcheck.snippets import DOCS, SNIPPETS

pytestmark = pytest.mark.browser
WEIGHT_LIMIT = 1_500_000  # bytes a page may transfer on a first visit (uncompressed, as served here)
# Pages with ceilings of their own that still catch a regression (Mermaid alone is 3.6 MB): the errata shows
# 51 examples, each with its output on six Pythons (0.73 MB of HTML, 1.55 MB in all, December 2026); the book
# on one page is every chapter at once (2.8 MB of HTML), opened to be printed or read offline.
LIMITS = {"errata.md": 1_800_000, PRINT_PAGE: 4_000_000}


@pytest.fixture(scope="module")
def weights() -> Iterator[dict]:
    found: dict[str, dict] = {}
    yield found
    if found:
        ARTIFACTS.mkdir(exist_ok=True)
        report = dict(sorted(found.items(), key=lambda item: -item[1]["bytes"]))
        (ARTIFACTS / "page-weight.json").write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n")


@pytest.mark.parametrize("md", [*ALL_PAGES, PRINT_PAGE])
def test_first_visit_loads_this_site_only(md: str, open_tab, weights: dict) -> None:
    """A first visit (empty cache): every request local, no errors, search ready, every diagram drawn
    ahead of time (Mermaid never loads), at most the weight limit."""
    tab = open_tab()
    tab.goto(page_path(md))
    page = tab.page
    expect(page.locator("article h1").first).to_be_visible()
    wait_for_search_meta(page, SEARCH_READY)
    diagrams = sum(map(diagrams_in, ALL_PAGES)) if md == PRINT_PAGE else diagrams_in(md)
    expect(page.locator("div.mermaid")).to_have_count(diagrams)
    assert page.locator("pre.mermaid").count() == 0
    for box in page.locator("div.mermaid").all():
        assert (box.bounding_box() or {}).get("height", 0) > 100, "a diagram was not drawn"
    assert not [u for u in tab.requests if "mermaid" in u and u.endswith(".js")], f"{md} loads Mermaid"
    tab.page.wait_for_load_state("networkidle")
    sizes = weights[md] = tab.transferred()
    biggest = sorted(((r.sizes()["responseBodySize"], r.url) for r in tab.finished), reverse=True)[:3]
    limit = LIMITS.get(md, WEIGHT_LIMIT)
    assert sizes["bytes"] <= limit, f"{md}: {sizes['bytes']} bytes (limit {limit}); biggest: {biggest}"


# Each example of a page as a reader sees it: its tab labels and code; then, with «Вывод» clicked, its version
# labels and, for the first and the last version clicked, the outputs shown: meta line, stdout and stderr.
EXAMPLES_JS = """sel => [...document.querySelectorAll(sel)].map(block => {
  const details = block.closest('details')
  if (details && !details.open) details.querySelector(':scope > summary').click()  // a collapsed «Решение»
  const labels = [...block.querySelectorAll(':scope > .tabbed-labels label')]
  const seen = {labels: labels.map(l => l.innerText.trim()), visible: block.checkVisibility(),
    code: block.querySelector(':scope > .tabbed-content > .tabbed-block pre code').innerText, outputs: []}
  labels[1].click()
  const versions = [...block.querySelectorAll('.snippet-versions > .tabbed-labels label')]
  seen.versions = versions.map(v => v.innerText.trim().split(/\\s/)[0])
  for (const v of [versions[0], versions[versions.length - 1]]) {
    v.click()
    const shown = [...block.querySelectorAll('.snippet-output')].filter(o => o.checkVisibility())
    const text = (o, css) => { const c = o.querySelector(css + ' pre code'); return c ? c.textContent : '' }
    seen.outputs.push(shown.map(o => ({meta: o.querySelector('.snippet-meta').innerText,
      stdout: text(o, '.snippet-stdout'), stderr: text(o, '.snippet-stderr'),
      empty: !!o.querySelector('.snippet-empty')})))
  }
  return seen
})"""
EXAMPLE_PAGES = [md for md, fences in sorted(FENCES.items()) if any("show" not in f.options for f in fences)]


@pytest.mark.parametrize("md", EXAMPLE_PAGES)
def test_page_shows_each_snippet_file_and_the_output_of_its_run(md: str, open_tab, site_build) -> None:
    """Every example of the page: its file as code; a tab per supported version, newest first; under the
    first and the last, the output of that version's run in the build, character for character."""
    fences = [f for f in FENCES[md] if "show" not in f.options]
    py = interpreters.for_pages()
    tab = open_tab()
    tab.goto(page_path(md))
    examples = tab.page.evaluate(EXAMPLES_JS, EXAMPLE)
    assert len(examples) == len(fences)
    for fence, seen in zip(fences, examples, strict=True):
        ref = fence.snippet.rel
        assert seen["visible"] and seen["labels"] == ["Код", "Вывод"], (ref, seen["labels"])
        assert seen["code"].rstrip("\n") == (SNIPPETS / ref).read_text(encoding="utf-8").rstrip("\n"), ref
        shown_runs = [
            views.shown_run(fence.snippet, fence.options, py),
            *views.other_versions(fence.snippet, py),
        ]
        assert seen["versions"] == [r.python.tag for r in shown_runs], ref
        for r, shown in zip((shown_runs[0], shown_runs[-1]), seen["outputs"], strict=True):
            assert len(shown) == 1, f"{ref}, {r.python.tag}: {len(shown)} outputs visible"
            meta = shown[0]["meta"]
            assert meta.startswith("Вывод этого запуска при сборке сайта:"), meta
            assert r.python.label in meta, (r.python.label, meta)
            res = stored_run(site_build[1], r)
            want = {
                "stdout": views.neutral(res.stdout, r.python),
                "stderr": views.neutral(res.stderr, r.python),
            }
            got = {k: shown[0][k] for k in want}
            assert got == want, f"{r.label}: the page shows another output than its run's"
            assert shown[0]["empty"] == (not res.stdout and not res.stderr), r.label


def test_missing_page_gets_the_russian_404_page(open_tab) -> None:
    tab = open_tab()
    tab.allowed_errors.append(re.compile(r"status of 404"))  # the document itself
    tab.goto("no/such/page/", status=404)
    page = tab.page
    assert page.locator("article h1").inner_text() == "Страница не найдена"
    header = page.locator("header.md-header")
    assert header.evaluate("el => getComputedStyle(el).position") == "sticky", "the theme's CSS did not load"
    links = page.locator("article li > a")
    assert links.count() == len(ALL_PAGES), "the 404 page lists every page of the nav"
    link = links.nth(1)
    title, href = link.inner_text(), link.evaluate("a => a.href")
    link.click()
    page.wait_for_url(href)
    # Instant navigation changes the address before it swaps the content: wait for the new title.
    expect(page.locator("article h1").first).to_have_text(re.compile("^" + re.escape(title)))


def test_missing_page_works_under_another_address(built_site: Path, open_tab) -> None:
    """The 404 page is styled and its links work when the site is not at site_url's path."""
    with serve(built_site, prefix="/elsewhere/") as elsewhere:
        tab = open_tab(server=elsewhere)
        tab.allowed_errors.append(re.compile(r"status of 404"))
        tab.goto("no/such/", status=404)
        page = tab.page
        assert page.locator("article h1").inner_text() == "Страница не найдена"
        assert page.locator("header.md-header").evaluate("el => getComputedStyle(el).position") == "sticky"
        hrefs = page.locator("article li > a").evaluate_all("as => as.map(a => a.href)")
        assert hrefs == [elsewhere.url(page_path(md)) for md in ALL_PAGES], hrefs


def test_every_heading_id_is_latin_and_old_anchors_still_work(open_tab, built_site: Path) -> None:
    bad = {}
    for md in ALL_PAGES:
        html = (built_site / page_path(md) / "index.html").read_text(encoding="utf-8")
        ids = re.findall(r'<h[1-6][^>]* id="([^"]*)"', html)
        wrong = [i for i in ids if not re.fullmatch(r"[a-z0-9][a-z0-9_-]*", i) or re.fullmatch(r"_\d+", i)]
        if wrong:
            bad[md] = wrong
    assert not bad, bad
    tab = open_tab()
    tab.goto("gil/#что-такое-gil-и-почему-он-глобальный")
    tab.page.wait_for_function("location.hash === '#chto-takoe-gil-i-pochemu-on-globalnyi'")


def moved_sections() -> dict[str, str]:
    """site.js's map of sections that moved: "old-page/#old-id" -> "new-page/#new-id"."""
    source = (DOCS / "assets/javascripts/site.js").read_text(encoding="utf-8")
    match = re.search(r"var MOVED = (\{.*?\})\n", source, re.DOTALL)
    assert match, "site.js has no MOVED map"
    return json.loads(match.group(1))


def test_old_anchors_of_moved_sections_land_on_their_new_place(open_tab, built_site: Path) -> None:
    moved = moved_sections()
    assert moved
    for old, new in moved.items():
        (old_page, old_id), (new_page, new_id) = old.split("#"), new.split("#")
        old_html, new_html = (
            (built_site / page / "index.html").read_text(encoding="utf-8") for page in (old_page, new_page)
        )
        old_ids = re.findall(r'\bid="([^"]*)"', old_html)
        assert old_id not in old_ids, f"{old}: the id is still on its page, the map never applies"
        assert re.search(rf'<h[1-6][^>]* id="{re.escape(new_id)}"', new_html), f"{new}: no such heading"
    tab = open_tab()
    # site.js applies every entry alike: in the browser, one that moved to another page and one that stayed
    # on its page (each a load of a long page); an old Cyrillic anchor of a moved section (transliterated,
    # then moved); and a click on a link to an old address (instant navigation swaps the page in).
    other = next(item for item in moved.items() if item[0].split("#")[0] != item[1].split("#")[0])
    same = next(item for item in moved.items() if item[0].split("#")[0] == item[1].split("#")[0])
    cases = [other, same, ("processes/#порядок-результатов-map-imap-imap_unordered", "pools/#pool-order")]
    # The redirect loads a second page: poll the address (waiting for one navigation's load can catch the
    # first page's), with room for a busy machine.
    for old, new in cases:
        tab.page.goto(tab.server.url(old), wait_until="commit")
        expect(tab.page).to_have_url(tab.server.url(new), timeout=60_000)
        expect(tab.page.locator(f"[id='{new.split('#')[1]}']")).to_be_in_viewport(timeout=60_000)
    tab.goto("threads/")
    tab.page.evaluate(
        "href => { const a = document.createElement('a'); a.href = href;"
        " document.querySelector('article').append(a); a.click() }",
        tab.server.url("processes/#pool"),
    )
    expect(tab.page).to_have_url(tab.server.url("pools/#pool"), timeout=60_000)
    expect(tab.page.locator("[id='pool']")).to_be_in_viewport(timeout=60_000)
    tab.check()


def test_each_page_has_its_own_description_and_a_russian_footer(built_site: Path) -> None:
    seen: dict[str, str] = {}
    for md in ALL_PAGES:
        html = (built_site / page_path(md) / "index.html").read_text(encoding="utf-8")
        match = re.search(r'<meta name="description" content="([^"]*)"', html)
        assert match and len(match.group(1)) > 40, md
        assert match.group(1) not in seen, f"{md} has the description of {seen.get(match.group(1))}"
        seen[match.group(1)] = md
        assert "Made with" not in html, f"{md}: the footer is in English"
