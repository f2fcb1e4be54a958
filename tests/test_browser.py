"""The built site in a real browser: Debian's Chromium driven by Playwright.

The site the session builds (`built_site`) is served from a thread on 127.0.0.1 under the path
of site_url (as GitHub Pages serves a project site, with 404.html for missing pages). Every
browser context records every request it makes, the search worker's included, and every test
fails if one of them went to another host, or if a page logged an error.

Artifacts (test-artifacts/, gitignored): screenshots of the home page and of a chapter, and
page-weight.json with the bytes each page transfers on a first visit.
"""

from __future__ import annotations

import functools
import gzip
import http.server
import io
import json
import re
import shutil
import threading
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlsplit

import linkcheck
import pytest
import yaml
from conftest import ARTIFACTS, PAGES
from playwright.sync_api import Browser, BrowserContext, Page, Playwright, expect, sync_playwright

from snipcheck.snippets import DOCS, ROOT, SNIPPETS

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
VIEWPORT = {"width": 1280, "height": 900}
SEARCH_READY = "Начните печатать для поиска"
NOTHING_FOUND = "Совпадений не найдено"
TOP = 5  # a query "finds" a page when the page is among the first TOP result groups

# Inflected Russian queries, each with the page that teaches the word. Many of these forms are
# not on the page as written (see STEM_ONLY): a prefix search would miss them.
QUERIES = [
    ("процессов", "processes"),
    ("потоками", "threads"),
    ("демонами", "threads"),
    ("гонками", "sync"),
    ("блокировками", "sync"),
    ("взаимной блокировки", "sync"),
    ("семафорами", "sync"),
    ("барьерами", "sync"),
    ("таймерами", "sync"),
    ("счетчиками", "sync"),  # the page writes «счётчик»: "ё" is searched as "е"
    ("методами запуска", "processes"),
    ("кодами завершения", "processes"),
    ("очередью", "ipc"),
    ("каналами", "ipc"),
    ("сигналов", "ipc"),
    ("разделяемой памяти", "ipc"),
    ("программами", "subprocess"),
    ("сериализации", "glossary"),
]
# Forms that occur on the page neither as written nor as the start of a longer word: only the
# stemmer can find them (the test checks that against the search index first).
STEM_ONLY = [
    ("семафорами", "sync"),
    ("гонками", "sync"),
    ("барьерами", "sync"),
    ("таймерами", "sync"),
    ("счетчиками", "sync"),
    ("семафорами", "glossary"),
    ("демонами", "glossary"),
]


# --- the server -------------------------------------------------------------------------------


class _SiteHandler(http.server.SimpleHTTPRequestHandler):
    """Static files under `prefix`, 404.html with status 404 for anything missing (as GitHub Pages).

    sitemap.xml names the pages at this server's address, as it does on the real host (where
    site_url is the address). Material's instant navigation follows only links the sitemap
    lists, comparing protocol and host but not the port, so the built file (site_url's host,
    no port) would turn every click into a full page load here.
    """

    prefix = "/"
    not_found = b""
    sitemap = b""

    def log_message(self, format, *args) -> None:
        pass

    def do_GET(self) -> None:
        if urlsplit(self.path).path == self.prefix + "sitemap.xml":
            self.send_response(200)
            self.send_header("Content-Type", "application/xml")
            self.send_header("Content-Length", str(len(self.sitemap)))
            self.end_headers()
            self.wfile.write(self.sitemap)
            return
        super().do_GET()

    def translate_path(self, path: str) -> str:
        if path.startswith(self.prefix):
            return super().translate_path("/" + path[len(self.prefix) :])
        return super().translate_path("/\0/outside-the-site")

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        if code != 404:
            super().send_error(code, message, explain)
            return
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(self.not_found)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(self.not_found)


@dataclass(frozen=True)
class Server:
    base: str  # http://127.0.0.1:PORT/<site path>/
    host: str  # 127.0.0.1:PORT

    def url(self, page: str = "") -> str:
        return self.base + page


@pytest.fixture(scope="module")
def server(built_site: Path) -> Iterator[Server]:
    site_url = linkcheck.site_url_of(built_site)
    prefix = urlsplit(site_url).path or "/"
    handler = type(
        "Handler", (_SiteHandler,), {"prefix": prefix, "not_found": (built_site / "404.html").read_bytes()}
    )
    httpd = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(handler, directory=str(built_site))
    )
    host = f"127.0.0.1:{httpd.server_address[1]}"
    sitemap = (built_site / "sitemap.xml").read_text(encoding="utf-8")
    handler.sitemap = sitemap.replace(site_url, f"http://{host}{prefix}").encode("utf-8")
    thread = threading.Thread(target=httpd.serve_forever, name="site-server", daemon=True)
    thread.start()
    try:
        yield Server(base=f"http://{host}{prefix}", host=host)
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=10)


def wait_for_search_meta(page: Page, *starts: str) -> None:
    """Wait until the line above the search results starts with one of `starts`."""
    page.wait_for_function(
        "([el, starts]) => starts.some(s => el.textContent.trim().startsWith(s))",
        arg=[page.locator(".md-search-result__meta").element_handle(), list(starts)],
    )


# --- the browser ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def playwright() -> Iterator[Playwright]:
    with sync_playwright() as pw:
        yield pw


@pytest.fixture(scope="module")
def browser(playwright: Playwright) -> Iterator[Browser]:
    executable = CHROMIUM if Path(CHROMIUM).exists() else shutil.which("chromium")
    assert executable, "Chromium is missing: `make browser-deps` (scripts/install-browser.sh) installs it"
    browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS, headless=True)
    yield browser
    browser.close()


@dataclass
class Tab:
    """A fresh browser context (empty cache) with one page, recording everything it loads."""

    context: BrowserContext
    page: Page
    server: Server
    requests: list[str] = field(default_factory=list)
    foreign: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    finished: list = field(default_factory=list)
    allowed_errors: list[re.Pattern] = field(default_factory=list)

    def on_request(self, request) -> None:
        self.requests.append(request.url)
        parts = urlsplit(request.url)
        if parts.scheme not in ("data", "blob") and parts.netloc != self.server.host:
            self.foreign.append(request.url)

    def on_failed(self, request) -> None:
        failure = request.failure or ""
        if "ERR_ABORTED" not in failure:  # a request cut short by navigating on is not a fault
            self.failed.append(f"{request.url}: {failure}")

    def on_console(self, message) -> None:
        if message.type == "error":
            self.errors.append(f"console: {message.text} ({message.location.get('url', '')})")

    def on_page_error(self, error) -> None:
        self.errors.append(f"uncaught: {error}")

    def goto(self, page: str = "", *, status: int = 200):
        response = self.page.goto(self.server.url(page), wait_until="load")
        assert response is not None and response.status == status, (
            f"{page}: HTTP {response and response.status}"
        )
        self.page.wait_for_load_state("networkidle")
        return response

    def check(self) -> None:
        assert not self.foreign, "requests to other hosts:\n" + "\n".join(self.foreign)
        errors = [e for e in self.errors if not any(p.search(e) for p in self.allowed_errors)]
        assert not errors, "errors in the browser:\n" + "\n".join(errors)
        assert not self.failed, "failed requests:\n" + "\n".join(self.failed)

    def transferred(self) -> dict[str, int]:
        """Bytes of every finished response: as served here (headers + body) and gzip-compressed bodies."""
        raw = packed = 0
        for request in self.finished:
            sizes = request.sizes()
            raw += sizes["responseHeadersSize"] + sizes["responseBodySize"]
            response = request.response()
            body = response.body() if response is not None else b""
            packed += sizes["responseHeadersSize"] + len(gzip.compress(body, 9))
        return {"requests": len(self.finished), "bytes": raw, "bytes_gzip": packed}


@pytest.fixture
def open_tab(browser: Browser, server: Server) -> Iterator:
    tabs: list[Tab] = []

    def open_tab(**options) -> Tab:
        context = browser.new_context(viewport=VIEWPORT, locale="ru-RU", **options)
        tab = Tab(context=context, page=context.new_page(), server=server)
        context.on("request", tab.on_request)
        context.on("requestfailed", tab.on_failed)
        context.on("requestfinished", lambda request: tab.finished.append(request))
        context.on("console", tab.on_console)
        context.on("weberror", lambda error: tab.on_page_error(error.error))
        tabs.append(tab)
        return tab

    yield open_tab
    for tab in tabs:
        tab.context.close()
    for tab in tabs:  # every tab of every test: nothing foreign, no errors
        tab.check()


def page_path(src: str) -> str:
    """docs/<name>.md (or a notebook, .py) -> its path under the site (directory URLs)."""
    stem = src.rsplit(".", 1)[0]
    return "" if stem == "index" else f"{stem}/"


def nav_pages() -> list[str]:
    """Source files of the pages in mkdocs.yml `nav`, in order (tags like !ENV are ignored)."""

    class Loader(yaml.SafeLoader):
        pass

    Loader.add_multi_constructor("", lambda loader, suffix, node: None)
    nav = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=Loader)["nav"]

    def walk(items) -> Iterator[str]:
        for item in items:
            value = next(iter(item.values())) if isinstance(item, dict) else item
            if isinstance(value, list):
                yield from walk(value)
            elif not re.match(r"^[a-z]+://", value):
                yield value

    return list(walk(nav))


ALL_PAGES = nav_pages()
CHAPTERS = ["threads.md", "gil.md", "sync.md", "processes.md", "ipc.md", "subprocess.md"]
PAGES_WITH_SNIPPETS = [md for md, refs in sorted(PAGES.items()) if refs]


# --- every page -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def weights() -> Iterator[dict]:
    found: dict[str, dict] = {}
    yield found
    if found:
        ARTIFACTS.mkdir(exist_ok=True)
        report = dict(sorted(found.items(), key=lambda item: -item[1]["bytes"]))
        (ARTIFACTS / "page-weight.json").write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n")


@pytest.mark.parametrize("md", ALL_PAGES)
def test_page_loads_everything_from_this_site(md: str, open_tab, weights: dict) -> None:
    """A first visit (empty cache): every request local, no errors, search ready, diagrams drawn."""
    tab = open_tab()
    tab.goto(page_path(md))
    page = tab.page
    assert page.locator("article h1").first.is_visible()
    wait_for_search_meta(page, SEARCH_READY)
    source = (DOCS / md).read_text(encoding="utf-8")
    diagrams = len(re.findall(r"^\s*```mermaid\s*$", source, re.MULTILINE)) if md.endswith(".md") else 0
    if diagrams:
        page.wait_for_function(f"document.querySelectorAll('div.mermaid').length === {diagrams}")
        assert page.locator("pre.mermaid").count() == 0
        for box in page.locator("div.mermaid").all():
            assert (box.bounding_box() or {}).get("height", 0) > 100, "a diagram was not drawn"
    mermaid_loaded = any(url.endswith("/assets/vendor/mermaid/mermaid.min.js") for url in tab.requests)
    assert mermaid_loaded == bool(diagrams), "Mermaid must load exactly on pages with diagrams"
    tab.check()
    weights[md] = tab.transferred()


def test_missing_page_gets_the_russian_404_page(open_tab) -> None:
    tab = open_tab()
    tab.allowed_errors.append(re.compile(r"status of 404"))  # the document itself
    tab.goto("no/such/page/", status=404)
    page = tab.page
    assert page.locator("article h1").inner_text() == "Страница не найдена"
    header = page.locator("header.md-header")
    assert header.evaluate("el => getComputedStyle(el).position") == "sticky", "the theme's CSS did not load"
    page.locator("article a", has_text=re.compile(r"^Процессы$")).click()
    page.wait_for_url(tab.server.url("processes/"))
    # Instant navigation changes the address before it swaps the content: wait for the new title.
    expect(page.locator("article h1").first).to_have_text(re.compile(r"^Процессы"))


# --- content ----------------------------------------------------------------------------------


@pytest.mark.parametrize("md", PAGES_WITH_SNIPPETS)
def test_page_shows_each_snippet_file_and_its_executed_output(md: str, open_tab) -> None:
    """Every example of the page: its file as code, its output on the newest Python, every other version's."""
    refs = PAGES[md]
    tab = open_tab()
    tab.goto(page_path(md))
    page = tab.page
    sets = page.locator("article .tabbed-set:has(> .tabbed-content .snippet-output)")
    assert sets.count() == len(refs)
    for index, ref in enumerate(refs):
        block = sets.nth(index)
        if not block.is_visible():  # inside a collapsed «Решение»
            block.locator("xpath=ancestor::details[1]/summary").click()
        labels = block.locator(":scope > .tabbed-labels label")
        assert labels.all_inner_texts() == ["Код", "Вывод"], ref
        code = block.locator(":scope > .tabbed-content > .tabbed-block").nth(0).locator("pre code")
        assert code.inner_text().rstrip("\n") == (SNIPPETS / ref).read_text(encoding="utf-8").rstrip("\n")
        labels.nth(1).click()
        versions = block.locator(".snippet-versions > .tabbed-labels label")
        tags = [t.split()[0] for t in versions.all_inner_texts()]
        assert tags == ["3.15", "3.14", "3.13", "3.12", "3.11", "3.10"], f"{ref}: {tags}"
        for k in (0, len(tags) - 1):  # the shown version, and the oldest one switched to
            versions.nth(k).click()
            output = block.locator(".snippet-output").filter(visible=True)
            assert output.count() == 1, ref
            meta = output.locator(".snippet-meta").inner_text()
            assert (
                meta.startswith("Вывод этого запуска при сборке сайта:") and f"CPython {tags[k]}." in meta
            ), meta
            assert output.locator(".snippet-stdout, .snippet-stderr, .snippet-empty").count() >= 1


def test_glossary_abbreviations_show_tooltips(open_tab) -> None:
    tab = open_tab()
    tab.goto("glossary/")
    page = tab.page
    abbr = page.locator("article abbr", has_text=re.compile(r"^GIL$")).first
    assert abbr.get_attribute("title").startswith("Global Interpreter Lock")
    abbr.hover()
    tooltip = page.locator(".md-tooltip2--active")
    tooltip.wait_for(state="visible")
    assert "Global Interpreter Lock" in tooltip.inner_text()


# --- navigation -------------------------------------------------------------------------------


def test_instant_navigation_toc_and_history(open_tab) -> None:
    tab = open_tab()
    tab.goto()
    page = tab.page
    page.evaluate("window.__sameDocument = true")
    page.locator(".md-sidebar--primary a.md-nav__link", has_text=re.compile(r"^\s*Процессы\s*$")).click()
    page.wait_for_url(tab.server.url("processes/"))
    page.locator("article h1").filter(has_text="Процессы").wait_for()
    assert page.evaluate("window.__sameDocument === true"), "navigation reloaded the page (not instant)"
    edit = page.locator("a.md-content__button").first
    assert edit.get_attribute("href").endswith("/edit/main/docs/processes.md")

    toc = page.locator(".md-sidebar--secondary a.md-nav__link")
    assert toc.count() >= 3
    target = toc.nth(2)
    fragment = unquote(urlsplit(target.get_attribute("href")).fragment)
    target.click()
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
    page.wait_for_url(tab.server.url("ipc/"))
    page.go_back()
    page.wait_for_url(re.compile(re.escape(tab.server.url("processes/"))))
    assert page.evaluate("window.__sameDocument === true")


# --- search -----------------------------------------------------------------------------------


@dataclass
class Search:
    tab: Tab

    def __call__(self, query: str) -> list[str]:
        """Page paths of the result groups, best first."""
        page = self.tab.page
        box = page.locator("input.md-search__input")
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
def search(browser: Browser, server: Server) -> Iterator[Search]:
    context = browser.new_context(viewport=VIEWPORT, locale="ru-RU")
    tab = Tab(context=context, page=context.new_page(), server=server)
    context.on("request", tab.on_request)
    context.on("console", tab.on_console)
    context.on("weberror", lambda error: tab.on_page_error(error.error))
    tab.goto()
    tab.page.locator("input.md-search__input").click()
    yield Search(tab)
    context.close()
    tab.check()


@pytest.mark.parametrize(("query", "expected"), QUERIES)
def test_search_finds_inflected_russian_words(query: str, expected: str, search: Search) -> None:
    found = search(query)
    assert expected in found[:TOP], f"{query!r}: {expected}/ not in the first {TOP} results {found}"


def _page_words(built_site: Path, page: str) -> set[str]:
    index = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    text = " ".join(
        d["title"] + " " + d["text"] for d in index["docs"] if d["location"].split("#")[0] == f"{page}/"
    )
    return set(re.findall(r"\w+", re.sub(r"<[^>]+>", " ", text).lower()))


@pytest.mark.parametrize(("query", "expected"), STEM_ONLY)
def test_search_matches_word_forms_not_prefixes(
    query: str, expected: str, search: Search, built_site: Path
) -> None:
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


def test_search_result_highlights_every_form_on_the_page(search: Search) -> None:
    """A result opens its page with the stem marked, so every form of the word is highlighted."""
    page = search.tab.page
    assert "glossary" in search("блокировками")
    page.locator(".md-search-result__item a.md-search-result__link[href*='glossary/?h=%']").first.click()
    page.wait_for_url(re.compile(r"/glossary/\?h=%"))
    page.locator("article mark").first.wait_for(state="attached")
    words = page.locator("article mark").evaluate_all(
        "marks => marks.map(m => (m.textContent + ((m.nextSibling && m.nextSibling.textContent) || '')"
        ".match(/^[а-яё]*/i)[0]).toLowerCase())"
    )
    assert all(word.startswith("блокировк") for word in words), words
    assert len(set(words)) >= 3, (
        f"expected several forms of «блокировка» highlighted, got {sorted(set(words))}"
    )
    page.go_back()
    page.locator("input.md-search__input").click()


# --- code blocks, colour scheme, downloads -----------------------------------------------------


def test_copy_button_copies_exactly_the_snippet_file(open_tab) -> None:
    tab = open_tab(permissions=["clipboard-read", "clipboard-write"])
    tab.goto("threads/")
    page = tab.page
    ref = PAGES["threads.md"][0]
    block = page.locator("article .tabbed-set:has(.snippet-output)").first.locator(".highlight").first
    block.hover()
    button = block.locator("button.md-code__button[data-md-type=copy]")
    assert button.get_attribute("title") == "Копировать в буфер"
    button.click()
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied.rstrip("\n") == (SNIPPETS / ref).read_text(encoding="utf-8").rstrip("\n")


def _scheme(page: Page) -> str:
    return page.evaluate("document.body.getAttribute('data-md-color-scheme')")


def test_colour_scheme_follows_the_system_and_the_toggle(open_tab) -> None:
    dark = open_tab(color_scheme="dark")
    dark.goto("threads/")
    assert _scheme(dark.page) == "slate"

    tab = open_tab(color_scheme="light")
    tab.goto("threads/")
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


def test_snippet_and_archive_downloads(open_tab) -> None:
    tab = open_tab(accept_downloads=True)
    tab.goto("threads/")
    page = tab.page
    ref = PAGES["threads.md"][0]
    with page.expect_download() as info:
        page.locator("a.snippet-download").first.click()
    download = info.value
    assert download.suggested_filename == Path(ref).name
    assert Path(download.path()).read_bytes() == (SNIPPETS / ref).read_bytes()

    tab.goto()
    with page.expect_download() as info:
        page.locator("article a[href$='downloads/snippets.zip']").click()
    with zipfile.ZipFile(io.BytesIO(Path(info.value.path()).read_bytes())) as zf:
        assert zf.read(f"snippets/{ref}") == (SNIPPETS / ref).read_bytes()


# --- artifacts --------------------------------------------------------------------------------


def test_screenshots(open_tab) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    tab = open_tab(color_scheme="light")
    tab.goto()
    tab.page.screenshot(path=ARTIFACTS / "home.png", full_page=True)
    chapter = max(CHAPTERS, key=lambda md: len(PAGES.get(md, [])))  # the one with most examples
    tab.goto(page_path(chapter))
    tab.page.screenshot(path=ARTIFACTS / f"chapter-{chapter.removesuffix('.md')}.png")
    dark = open_tab(color_scheme="dark")
    dark.goto(page_path(chapter))
    labels = dark.page.locator("article .tabbed-set:has(.snippet-output) .tabbed-labels label")
    output_tab = labels.filter(has_text="Вывод").filter(visible=True).first
    output_tab.click()
    output_tab.locator("xpath=ancestor::div[contains(@class, 'tabbed-set')][1]").scroll_into_view_if_needed()
    dark.page.screenshot(path=ARTIFACTS / f"chapter-{chapter.removesuffix('.md')}-dark-output.png")
    for name in ("home.png", f"chapter-{chapter.removesuffix('.md')}.png"):
        assert (ARTIFACTS / name).stat().st_size > 10_000


def test_diagrams_render_after_instant_navigation(open_tab) -> None:
    """Mermaid loads from this site on the first page with diagrams reached without a reload."""
    tab = open_tab()
    tab.goto()
    page = tab.page
    page.evaluate("window.__sameDocument = true")
    page.locator(
        ".md-sidebar--primary a.md-nav__link", has_text=re.compile(r"^\s*Словарь терминов\s*$")
    ).click()
    page.wait_for_url(tab.server.url("glossary/"))
    page.wait_for_function("document.querySelectorAll('div.mermaid').length === 2")
    assert page.evaluate("window.__sameDocument === true")
    assert any(url.endswith("/assets/vendor/mermaid/mermaid.min.js") for url in tab.requests)
