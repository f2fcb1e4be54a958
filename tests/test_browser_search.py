"""Search in the built site: Russian word forms found by stem (not by prefix), whole identifiers, chapters
above the errata, code left out of the index. Each query names the section that teaches the word by its
heading id, so it follows the section when a chapter is split."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from browsing import ALL_PAGES, NOTHING_FOUND, SEARCH_READY, Tab, page_path, wait_for_search_meta
from playwright.sync_api import Browser

from snipcheck.snippets import DOCS

pytestmark = pytest.mark.browser
TOP = 5  # a query "finds" a page when the page is among the first TOP result groups

# Inflected Russian queries, each with the section that teaches the word. Many of these forms are not on the
# page as written (see STEM_ONLY): a prefix search would miss them.
QUERIES = [
    ("процессов", "processes-vs-threads"),
    ("потоками", "stop"),
    ("демонами", "stop"),
    ("гонками", "race"),
    ("блокировками", "lock-fix"),
    ("взаимной блокировки", "deadlock"),
    ("семафорами", "semaphore"),
    ("барьерами", "barrier"),
    ("таймерами", "timer"),
    ("счетчиками", "lock-fix"),  # the page writes «счётчик»: "ё" is searched as "е"
    ("методами запуска", "choose-method"),
    ("кодами завершения", "exitcode"),
    ("очередью", "queue-sender-receiver"),
    ("каналами", "pipe-duplex"),
    ("сигналов", "signals-self"),
    ("разделяемой памяти", "value-array"),
    ("программами", "run"),
    ("сериализации", "glossary.md#pickle"),
]
# Forms that occur on the page neither as written nor as the start of a longer word: only the stemmer can
# find them (the test checks that against the search index first).
STEM_ONLY = [
    ("семафорами", "semaphore"),
    ("гонками", "race"),
    ("барьерами", "barrier"),
    ("таймерами", "timer"),
    ("счетчиками", "lock-fix"),
    ("семафорами", "glossary.md#semaphore"),
    ("демонами", "glossary.md#daemon"),
]


def page_of(ref: str) -> str:
    """'id' -> the site path of the first page in nav order with a heading {#id}; 'page.md#id' -> that page,
    which must have it."""
    md, _, ident = ref.rpartition("#")
    has = re.compile(r"^#{1,6} .*\{ *#" + re.escape(ident) + r" *\}\s*$", re.MULTILINE)
    for src in [md] if md else [p for p in ALL_PAGES if p.endswith(".md")]:
        if has.search((DOCS / src).read_text(encoding="utf-8")):
            return page_path(src).strip("/")
    raise AssertionError(
        f"no page has a heading {{#{ident}}}: give the query the id of the section teaching it"
    )


@dataclass
class Search:
    tab: Tab

    def __call__(self, query: str) -> list[str]:
        """Page paths of the result groups, best first, searched from the home page."""
        page = self.tab.page
        if page.url != self.tab.server.url():  # a test may have opened a result
            self.tab.goto()
        box = page.locator("input.md-search__input")
        box.click()
        box.fill("")
        wait_for_search_meta(page, SEARCH_READY)
        box.fill(query)  # inserted text, as pasted or typed through an input method
        wait_for_search_meta(page, "Найдено", NOTHING_FOUND)
        links = page.locator(".md-search-result__item > a.md-search-result__link:first-child")
        prefix = urlsplit(self.tab.server.base).path
        return [
            urlsplit(href).path.removeprefix(prefix).strip("/")
            for href in links.evaluate_all("l => l.map(a => a.href)")
        ]


@pytest.fixture(scope="module")
def search(browser: Browser, server) -> Iterator[Search]:
    """One recording tab for the module's queries (the search index loads once); each query starts from
    the home page, whatever the test before it opened."""
    tab = Tab.open(browser, server)
    try:
        yield Search(tab)
    finally:
        tab.context.close()
    tab.check()


@pytest.mark.parametrize(("query", "ref"), QUERIES)
def test_search_finds_inflected_russian_words(query: str, ref: str, search: Search) -> None:
    found, expected = search(query), page_of(ref)
    assert expected in found[:TOP], f"{query!r}: {expected}/ not in the first {TOP} results {found}"


def _page_words(built_site: Path, page: str) -> set[str]:
    index = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    text = " ".join(
        d["title"] + " " + d["text"] for d in index["docs"] if d["location"].split("#")[0] == f"{page}/"
    )
    return set(re.findall(r"\w+", re.sub(r"<[^>]+>", " ", text).lower()))


@pytest.mark.parametrize(("query", "ref"), STEM_ONLY)
def test_search_matches_word_forms_not_prefixes(
    query: str, ref: str, search: Search, built_site: Path
) -> None:
    expected = page_of(ref)
    words = _page_words(built_site, expected)
    assert words, f"{expected}/ is not in the search index"
    starts = sorted(w for w in words if w.startswith(query))
    assert not starts, (
        f"pick another test word: {expected}/ has {starts}, so a prefix search would find {query!r}"
    )
    assert expected in search(query)[:TOP], f"{query!r} (by stem) did not find {expected}/"


def test_search_reports_no_match_for_unknown_words(search: Search) -> None:
    for query in ("хрюкотали", "zzyzxq"):
        assert search(query) == [], query
        assert search.tab.page.locator(".md-search-result__meta").inner_text().strip() == NOTHING_FOUND


def test_search_finds_identifiers_whole(search: Search) -> None:
    teaching = {
        page_path(md).strip("/") for md in ALL_PAGES if "as_completed" in (DOCS / md).read_text("utf-8")
    }
    found = search("as_completed")
    assert teaching & set(found[:TOP]), f"none of {sorted(teaching)} in the first {TOP} results {found}"
    # text, not innerText: the matches a result folds away («ещё N на этой странице») are not rendered
    marks = search.tab.page.locator(".md-search-result mark").all_text_contents()
    assert marks and all(m.lower() == "as_completed" for m in marks), f"partial matches: {sorted(set(marks))}"


@pytest.mark.parametrize(
    ("query", "ref"), [("shared_memory", "shared-memory-typed"), ("Pipe", "pipe-duplex"), ("демон", "stop")]
)
def test_search_ranks_chapters_above_the_errata(query: str, ref: str, search: Search) -> None:
    found, chapter = search(query), page_of(ref)
    assert chapter in found, found
    assert "errata" in found, f"{query!r}: the errata page, which names it too, is not found: {found}"
    assert found.index(chapter) < found.index("errata"), f"{query!r}: {found}"


def test_search_results_never_link_with_an_empty_highlight(search: Search) -> None:
    search("блокировками")
    hrefs = search.tab.page.locator(".md-search-result a.md-search-result__link").evaluate_all(
        "ls => ls.map(a => a.href)"
    )
    assert hrefs
    empty = [h for h in hrefs if re.search(r"[?&]h=(&|#|$)", h)]
    assert not empty, empty


def test_search_result_highlights_every_form_on_the_page(search: Search) -> None:
    """A result opens its page with the stem marked, so every form of the word is highlighted."""
    page, glossary = search.tab.page, page_of("glossary.md#lock")
    assert glossary in search("блокировками")
    page.locator(f".md-search-result__item a.md-search-result__link[href*='{glossary}/?h=%']").first.click()
    page.wait_for_url(re.compile(rf"/{glossary}/\?h=%"))
    page.locator("article mark").first.wait_for(state="attached")
    words = page.locator("article mark").evaluate_all(
        "marks => marks.map(m => (m.textContent + ((m.nextSibling && m.nextSibling.textContent) || '')"
        ".match(/^[а-яё]*/i)[0]).toLowerCase())"
    )
    assert words and all(word.startswith("блокировк") for word in words), words
    assert len(set(words)) >= 3, (
        f"expected several forms of «блокировка» highlighted, got {sorted(set(words))}"
    )


def test_search_index_holds_prose_not_code(built_site: Path) -> None:
    path = built_site / "search" / "search_index.json"
    index = json.loads(path.read_text(encoding="utf-8"))
    texts = " ".join(d["text"] for d in index["docs"])
    assert "<pre" not in texts and "КодВывод" not in texts
    assert not re.search(r"snippets/[\w/.-]+\.py", texts), "a snippet's file name is in the index"
    # Outputs' version labels ran together («3.153.143.13»), a view's table header («ПорядокЗапусковДоля»)
    labels = re.findall(r"3\.1\d3\.1\d|Порядок\s*Запусков|Временная шкала того же запуска", texts)
    assert not labels, f"outputs' labels or views in the index: {sorted(set(labels))}"
    notebook = [p for p in ALL_PAGES if p.endswith(".py")]
    defs = [d for p in notebook for d in re.findall(r"^def \w+", (DOCS / p).read_text("utf-8"), re.MULTILINE)]
    assert defs, f"no function definitions found in the notebook {notebook}"
    assert not [d for d in defs if d in texts], "the notebook's code is in the index"
    # Prose and headings only (673 KB with code listings before): a backstop against code coming back.
    assert path.stat().st_size < 520_000, f"search index {path.stat().st_size} bytes"
