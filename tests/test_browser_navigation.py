"""Moving around the built site: instant navigation (no page reload), the table of contents following the
reader, history, the sidebar's numbered chapters, abbreviation tooltips by mouse, keyboard and tap."""

from __future__ import annotations

import html as html_lib
import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from browsing import ALL_PAGES, CHAPTERS, PHONE, SECTIONS, VIEWPORT, diagrams_in, page_path
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


def _sidebar_link(tab, md: str):
    """The sidebar's link to page `md` (instant navigation makes every link absolute)."""
    return tab.page.locator(
        f".md-sidebar--primary a.md-nav__link[href='{tab.server.url(page_path(md))}']"
    ).first


def test_instant_navigation_toc_and_history(open_tab) -> None:
    tab = open_tab()
    tab.goto()
    page = tab.page
    # A chapter with a section to jump to, and the page after it in nav order (the footer's «next»).
    chapter = next(md for md in CHAPTERS if ALL_PAGES.index(md) + 1 < len(ALL_PAGES))
    after = ALL_PAGES[ALL_PAGES.index(chapter) + 1]
    page.evaluate("window.__sameDocument = true")
    target = _sidebar_link(tab, chapter)
    title = target.inner_text().strip()
    target.click()
    page.wait_for_url(tab.server.url(page_path(chapter)))
    # The address changes first, the content after it (the home page's own h1 may contain the title too):
    # wait until the page's edit link is the chapter's.
    edit = page.locator("a.md-content__button").first
    expect(edit).to_have_attribute("href", re.compile(rf"/edit/main/docs/{re.escape(chapter)}$"))
    expect(page.locator("article h1")).to_contain_text(title)
    assert page.evaluate("window.__sameDocument === true"), "navigation reloaded the page (not instant)"

    toc = page.locator(".md-sidebar--secondary a.md-nav__link")
    assert toc.count() >= 3
    entry = toc.nth(2)
    fragment = unquote(urlsplit(entry.get_attribute("href")).fragment)
    entry.click()
    page.wait_for_function("id => decodeURIComponent(location.hash.slice(1)) === id", arg=fragment)
    heading = page.locator(f"[id='{fragment}']")
    assert (
        heading.is_visible()
        and heading.evaluate("el => el.getBoundingClientRect().top") < VIEWPORT["height"] / 2
    )
    page.wait_for_function(  # the table of contents follows: the section's entry is marked active
        "id => [...document.querySelectorAll('.md-sidebar--secondary .md-nav__link--active')]"
        ".some(a => decodeURIComponent(a.hash.slice(1)) === id)",
        arg=fragment,
    )

    page.locator("a.md-footer__link--next").click()
    page.wait_for_url(tab.server.url(page_path(after)))
    page.go_back()
    page.wait_for_url(re.compile(re.escape(tab.server.url(page_path(chapter)))))
    assert page.evaluate("window.__sameDocument === true")


def test_diagrams_render_after_instant_navigation(open_tab) -> None:
    """Diagrams are there after instant navigation too, without loading Mermaid."""
    md = next(md for md in ALL_PAGES if diagrams_in(md) and md != ALL_PAGES[0])
    tab = open_tab()
    tab.goto()
    page = tab.page
    page.evaluate("window.__sameDocument = true")
    _sidebar_link(tab, md).click()
    page.wait_for_url(tab.server.url(page_path(md)))
    page.wait_for_function(f"document.querySelectorAll('div.mermaid').length === {diagrams_in(md)}")
    assert page.evaluate("window.__sameDocument === true")
    assert not any("mermaid" in url and url.endswith(".js") for url in tab.requests)


def test_sidebar_groups_numbered_chapters_titled_as_their_pages(open_tab, built_site: Path) -> None:
    tab = open_tab()
    tab.goto()
    page = tab.page
    sections = page.locator(".md-sidebar--primary .md-nav--primary > .md-nav__list > .md-nav__item--section")
    assert sections.count() == len(SECTIONS)
    chapters = sections.nth(0).locator(":scope > .md-nav > .md-nav__list > .md-nav__item > .md-nav__link")
    before = "links => links.map(a => getComputedStyle(a.querySelector('.md-ellipsis'), '::before').content)"
    numbers = chapters.evaluate_all(before)
    assert len(numbers) == len(CHAPTERS) and all(n.startswith("counter(chapter)") for n in numbers), numbers
    others = sections.nth(1).locator(".md-nav__link").evaluate_all(before)
    assert others and all(n == "none" for n in others), others
    links = page.locator(".md-sidebar--primary .md-nav--primary a.md-nav__link[href]")
    pairs = links.evaluate_all("ls => ls.filter(a => !a.hash).map(a => [a.href, a.innerText.trim()])")
    assert len(pairs) == len(ALL_PAGES), pairs
    for href, label in pairs:  # each page's own title, read from the built file
        path = urlsplit(href).path.removeprefix(urlsplit(tab.server.base).path)
        html = (built_site / path / "index.html").read_text(encoding="utf-8")
        h1 = re.search(r"<h1\b[^>]*>(.*?)</h1>", html, re.DOTALL)
        marks = r"<a class=\"(?:headerlink|anchor-link)\".*?</a>|<[^>]+>"  # the ¶ link, then any tag
        title = h1 and re.sub(marks, "", h1.group(1)).strip()
        assert label == html_lib.unescape(title or ""), f"sidebar «{label}» for the page titled «{title}»"


def _glossary_abbr(page):
    return page.locator("article abbr", has_text=re.compile(r"^GIL$")).first


def test_glossary_abbreviations_show_tooltips(open_tab) -> None:
    tab = open_tab()
    tab.goto(page_path("glossary.md"))
    page = tab.page
    abbr = _glossary_abbr(page)
    assert abbr.get_attribute("title").startswith("Global Interpreter Lock")
    abbr.hover()
    tooltip = page.locator(".md-tooltip2--active")
    tooltip.wait_for(state="visible")
    assert "Global Interpreter Lock" in tooltip.inner_text()


def test_abbreviation_tooltip_opens_on_a_tap(open_tab) -> None:
    tab = open_tab(viewport=PHONE, has_touch=True, is_mobile=True)
    tab.goto(page_path("glossary.md"))
    page = tab.page
    abbr = _glossary_abbr(page)
    abbr.scroll_into_view_if_needed()
    tooltip = page.locator(".md-tooltip2--active")
    # Reachable by focus (a tap focuses it; so does the keyboard), and focus opens the tooltip
    assert abbr.get_attribute("tabindex") == "0"
    abbr.focus()
    tooltip.wait_for(state="visible")
    assert "Global Interpreter Lock" in tooltip.inner_text()
    page.locator("article h1").first.tap()
    tooltip.wait_for(state="hidden")
    abbr.tap()
    tooltip.wait_for(state="visible")
    assert page.evaluate("document.activeElement.tagName") == "ABBR"
