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
from conftest import ARTIFACTS, EXAMPLES, PAGES
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
# An example: the tabs «Код» and «Вывод» (not the version tabs inside its «Вывод»).
EXAMPLE = "article .tabbed-set:not(.snippet-versions):has(.snippet-output)"
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
    ("сигналов", "sockets-signals"),
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
        options.setdefault("viewport", VIEWPORT)
        context = browser.new_context(locale="ru-RU", **options)
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
CHAPTERS = [
    "threads.md",
    "gil.md",
    "sync.md",
    "processes.md",
    "pools.md",
    "ipc.md",
    "sockets-signals.md",
    "subprocess.md",
]
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
    mermaid_loaded = any("mermaid" in url and url.endswith(".js") for url in tab.requests)
    assert not mermaid_loaded, "diagrams are drawn ahead of time: no page loads Mermaid"
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


# Each example of a page as a reader sees it: its tab labels and code; then, with «Вывод» clicked, its
# version labels and, for the first and the last version clicked, the one output shown with its meta line.
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
    seen.outputs.push(shown.map(o => ({meta: o.querySelector('.snippet-meta').innerText,
      parts: o.querySelectorAll('.snippet-stdout, .snippet-stderr, .snippet-empty').length})))
  }
  return seen
})"""


@pytest.mark.parametrize("md", PAGES_WITH_SNIPPETS)
def test_page_shows_each_snippet_file_and_its_executed_output(md: str, open_tab) -> None:
    """Every example of the page: its file as code, its output on the newest Python, every other version's."""
    refs = EXAMPLES[md]
    tab = open_tab()
    tab.goto(page_path(md))
    examples = tab.page.evaluate(EXAMPLES_JS, EXAMPLE)
    assert len(examples) == len(refs)
    for ref, seen in zip(refs, examples, strict=True):
        assert seen["visible"] and seen["labels"] == ["Код", "Вывод"], (ref, seen["labels"])
        assert seen["code"].rstrip("\n") == (SNIPPETS / ref).read_text(encoding="utf-8").rstrip("\n"), ref
        tags = seen["versions"]
        assert tags == ["3.15", "3.14", "3.13", "3.12", "3.11", "3.10"], f"{ref}: {tags}"
        for tag, shown in zip((tags[0], tags[-1]), seen["outputs"], strict=True):
            assert len(shown) == 1, f"{ref}, {tag}: {len(shown)} outputs visible"
            meta = shown[0]["meta"]
            assert meta.startswith("Вывод этого запуска при сборке сайта:") and f"CPython {tag}." in meta, (
                meta
            )
            assert shown[0]["parts"] >= 1, ref


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
    page.wait_for_url(tab.server.url("pools/"))
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
    block = page.locator(EXAMPLE).first.locator(".highlight").first
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


def _luminance(page: Page) -> float:
    rgb = page.evaluate(
        "getComputedStyle(document.body).backgroundColor.match(/\\d+/g).slice(0, 3).map(Number)"
    )
    return sum(c * w for c, w in zip(rgb, (0.2126, 0.7152, 0.0722), strict=True)) / 255


def test_screenshots_show_each_scheme_and_an_open_output(open_tab) -> None:
    """Screenshots for the record (test-artifacts/), of what was checked: the light home page, the chapter
    with most examples, and in the dark scheme that chapter with an example's output open."""
    ARTIFACTS.mkdir(exist_ok=True)
    tab = open_tab(color_scheme="light")
    tab.goto()
    assert _luminance(tab.page) > 0.8
    tab.page.screenshot(path=ARTIFACTS / "home.png", full_page=True)
    chapter = max(CHAPTERS, key=lambda md: len(PAGES.get(md, [])))  # the one with most examples
    tab.goto(page_path(chapter))
    tab.page.screenshot(path=ARTIFACTS / f"chapter-{chapter.removesuffix('.md')}.png")
    dark = open_tab(color_scheme="dark")
    dark.goto(page_path(chapter))
    assert _luminance(dark.page) < 0.2
    example = dark.page.locator(EXAMPLE).filter(visible=True).first
    example.locator(":scope > .tabbed-labels label", has_text="Вывод").click()
    output = example.locator(".snippet-output").filter(visible=True)
    expect(output).to_have_count(1)
    assert "CPython 3.15" in output.locator(".snippet-meta").inner_text()
    example.scroll_into_view_if_needed()
    dark.page.screenshot(path=ARTIFACTS / f"chapter-{chapter.removesuffix('.md')}-dark-output.png")


def test_diagrams_render_after_instant_navigation(open_tab) -> None:
    """Diagrams are there after instant navigation too, without loading Mermaid."""
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
    assert not any("mermaid" in url and url.endswith(".js") for url in tab.requests)


# --- reading on every screen (issue 13) --------------------------------------------------------

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1366, "height": 900}
SCREENS = [("phone", PHONE), ("desktop", DESKTOP)]
SCHEMES = ["light", "dark"]
MIN_TEXT_PX = 9

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


@pytest.mark.parametrize(("screen", "viewport"), SCREENS)
def test_no_page_overflows_its_column(screen: str, viewport: dict, open_tab) -> None:
    """Every page, phone and desktop: nothing wider than the column but scroll boxes. (The dark scheme
    changes colours only: the screenshots below show both.)"""
    tab = open_tab(viewport=viewport)
    problems = {}
    for md in ALL_PAGES:
        tab.goto(page_path(md))
        found = tab.page.evaluate(OVERFLOW_JS)
        if found:
            problems[md] = found
    assert not problems, f"{screen}: " + json.dumps(problems, ensure_ascii=False, indent=1)


def test_timelines_stay_readable_on_a_phone(open_tab) -> None:
    tab = open_tab(viewport=PHONE)
    tab.goto("timelines/")
    page = tab.page
    sizes = page.locator("svg.snippet-timeline").evaluate_all(
        """svgs => svgs.map(svg => {
          const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width
          const texts = [...svg.querySelectorAll('text')]
          return Math.min(...texts.map(t => parseFloat(t.getAttribute('font-size')) * scale))
        })"""
    )
    assert sizes and min(sizes) >= MIN_TEXT_PX, (
        f"timeline text rendered at {min(sizes):.1f} px on a 390 px screen"
    )
    box = page.locator("div.snippet-timeline").first
    assert box.evaluate("el => getComputedStyle(el).overflowX") == "auto"
    assert box.evaluate("el => el.scrollWidth > el.clientWidth"), "the timeline does not scroll sideways"
    assert box.get_attribute("tabindex") == "0", "the scroll box is not reachable from the keyboard"
    hint = box.locator("xpath=preceding-sibling::p[1]")
    expect(hint).to_have_class("snippet-scroll-hint")
    expect(hint).to_be_visible()
    box.focus()
    page.keyboard.press("ArrowRight")
    page.wait_for_function("el => el.scrollLeft > 0", arg=box.element_handle())


def test_diagrams_keep_readable_labels_on_a_phone(open_tab) -> None:
    """The IPC diagram keeps a minimum width (site.js) and scrolls inside its box instead of shrinking."""
    tab = open_tab(viewport=PHONE)
    tab.goto("ipc/")
    page = tab.page
    page.wait_for_function("document.querySelectorAll('div.mermaid').length > 0")
    sizes = page.locator("div.mermaid").first.evaluate("el => [el.clientWidth, el.scrollWidth]")
    assert sizes[1] > sizes[0] * 1.5, f"the diagram shrinks to the screen: {sizes}"


def test_file_names_in_tables_are_not_cut(open_tab) -> None:
    """Code in a table never wraps inside a word (forkserve/r); file names wrap only at . _ / (site.js)."""
    for path in ("matrix/", "processes/"):
        tab = open_tab(viewport=PHONE)
        tab.goto(path)
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
        assert not cut, f"{path}: names broken inside a word: {sorted(set(cut))}"


def test_a_clicked_tab_changes_no_other_example(open_tab) -> None:
    tab = open_tab()
    tab.goto("threads/")
    page = tab.page
    sets = page.locator(EXAMPLE)
    sets.nth(0).locator(".tabbed-labels label", has_text="Вывод").click()
    expect(sets.nth(0).locator(".snippet-output").first).to_be_visible()
    expect(sets.nth(1).locator(".snippet-output").first).to_be_hidden()
    tab.goto("sync/")
    expect(page.locator(f"{EXAMPLE} .snippet-output").first).to_be_hidden()
    assert page.evaluate("Object.keys(localStorage).filter(k => k.endsWith('__tabs'))") == []


def test_copy_button_leaves_the_code_visible(open_tab) -> None:
    tab = open_tab(viewport=PHONE)
    tab.goto("processes/")
    block = tab.page.locator(f"{EXAMPLE} .highlight").first
    block.hover()
    button = block.locator("button.md-code__button[data-md-type=copy]")
    code = block.locator("pre > code")
    b, c = button.bounding_box(), code.bounding_box()
    assert b and c and b["y"] + b["height"] <= c["y"] + 1, f"the copy button {b} covers the code {c}"
    empty = tab.page.locator("article .tabbed-block > p:empty").evaluate_all(
        "ps => ps.filter(p => getComputedStyle(p).display !== 'none').length"
    )
    assert empty == 0, "empty paragraphs add a gap above outputs"


def test_run_command_and_edit_link_beside_download(open_tab) -> None:
    tab = open_tab(permissions=["clipboard-read", "clipboard-write"])
    tab.goto("threads/")
    page = tab.page
    ref = PAGES["threads.md"][0]
    bar = page.locator("article .highlight span.filename").first
    bar.locator("button.snippet-run").click()
    assert page.evaluate("navigator.clipboard.readText()") == f"python snippets/{ref}"
    expect(bar.locator("button.snippet-run")).to_have_text("Скопировано")
    repo = re.search(
        r"^repo_url: (\S+)", (ROOT / "mkdocs.yml").read_text(encoding="utf-8"), re.MULTILINE
    ).group(1)
    assert bar.locator("a.snippet-edit").get_attribute("href") == f"{repo}/edit/main/snippets/{ref}"


def test_benchmarks_plot_follows_the_scheme_and_enlarges(open_tab) -> None:
    for scheme in SCHEMES:
        tab = open_tab(viewport=PHONE, color_scheme=scheme)
        tab.goto("benchmarks/")
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


# --- anchors, navigation, meta --------------------------------------------------------------------


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
    # Every entry; then an old Cyrillic anchor of a moved section (transliterated, then moved), and a
    # click on a link to an old address (instant navigation swaps the page in without loading it).
    cases = [*moved.items(), ("processes/#порядок-результатов-map-imap-imap_unordered", "pools/#pool-order")]
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


def test_sidebar_groups_numbered_chapters_titled_as_their_pages(open_tab) -> None:
    tab = open_tab()
    tab.goto()
    page = tab.page
    sections = page.locator(".md-sidebar--primary .md-nav--primary > .md-nav__list > .md-nav__item--section")
    expect(sections).to_have_count(3)
    chapters = sections.nth(0).locator(":scope > .md-nav > .md-nav__list > .md-nav__item > .md-nav__link")
    before = "links => links.map(a => getComputedStyle(a.querySelector('.md-ellipsis'), '::before').content)"
    numbers = chapters.evaluate_all(before)
    assert len(numbers) >= 6 and all(n.startswith("counter(chapter)") for n in numbers), numbers
    others = sections.nth(1).locator(".md-nav__link").evaluate_all(before)
    assert others and all(n == "none" for n in others), others
    links = page.locator(".md-sidebar--primary .md-nav--primary a.md-nav__link[href]")
    for href, label in links.evaluate_all(
        "ls => ls.filter(a => !a.hash).map(a => [a.href, a.innerText.trim()])"
    ):
        tab.page.goto(href)
        title = tab.page.locator("article h1").first.inner_text().replace("¶", "").strip()
        assert label == title, f"sidebar «{label}» for the page titled «{title}»"


def test_each_page_has_its_own_description_and_a_russian_footer(built_site: Path) -> None:
    seen: dict[str, str] = {}
    for md in ALL_PAGES:
        html = (built_site / page_path(md) / "index.html").read_text(encoding="utf-8")
        match = re.search(r'<meta name="description" content="([^"]*)"', html)
        assert match and len(match.group(1)) > 40, md
        assert match.group(1) not in seen, f"{md} has the description of {seen.get(match.group(1))}"
        seen[match.group(1)] = md
        assert "Made with" not in html, f"{md}: the footer is in English"


def test_missing_page_works_under_another_address(built_site: Path, browser: Browser) -> None:
    """The 404 page is styled and its links work when the site is not at site_url's path."""
    handler = type(
        "Handler",
        (_SiteHandler,),
        {"prefix": "/elsewhere/", "not_found": (built_site / "404.html").read_bytes(), "sitemap": b""},
    )
    httpd = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(handler, directory=str(built_site))
    )
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    context = browser.new_context(viewport=VIEWPORT, locale="ru-RU")
    try:
        page = context.new_page()
        base = f"http://127.0.0.1:{httpd.server_address[1]}/elsewhere/"
        page.goto(base + "no/such/", wait_until="networkidle")
        assert page.locator("article h1").inner_text() == "Страница не найдена"
        assert page.locator("header.md-header").evaluate("el => getComputedStyle(el).position") == "sticky"
        href = page.locator("article a", has_text=re.compile(r"^Процессы$")).evaluate("a => a.href")
        assert href == base + "processes/"
    finally:
        context.close()
        httpd.shutdown()
        httpd.server_close()


def test_abbreviation_tooltip_opens_on_a_tap(browser: Browser, server: Server) -> None:
    context = browser.new_context(viewport=PHONE, locale="ru-RU", has_touch=True, is_mobile=True)
    try:
        page = context.new_page()
        page.goto(server.url("glossary/"), wait_until="networkidle")
        abbr = page.locator("article abbr", has_text=re.compile(r"^GIL$")).first
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
    finally:
        context.close()


# --- search: whole identifiers, chapters first, code left out -----------------------------------


def test_search_finds_identifiers_whole(search: Search) -> None:
    found = search("as_completed")
    assert "pools" in found[:TOP], found
    marks = search.tab.page.locator(".md-search-result mark").all_inner_texts()
    assert marks and all(m.lower() == "as_completed" for m in marks), f"partial matches: {sorted(set(marks))}"


@pytest.mark.parametrize(
    ("query", "chapter"), [("shared_memory", "ipc"), ("Pipe", "ipc"), ("демон", "threads")]
)
def test_search_ranks_chapters_above_the_errata(query: str, chapter: str, search: Search) -> None:
    found = search(query)
    assert chapter in found, found
    if "errata" in found:
        assert found.index(chapter) < found.index("errata"), f"{query!r}: {found}"


def test_search_results_never_link_with_an_empty_highlight(search: Search) -> None:
    search("блокировками")
    hrefs = search.tab.page.locator(".md-search-result a.md-search-result__link").evaluate_all(
        "ls => ls.map(a => a.href)"
    )
    assert hrefs
    empty = [h for h in hrefs if re.search(r"[?&]h=(&|#|$)", h)]
    assert not empty, empty


def test_search_index_holds_prose_not_code(built_site: Path) -> None:
    path = built_site / "search" / "search_index.json"
    index = json.loads(path.read_text(encoding="utf-8"))
    texts = " ".join(d["text"] for d in index["docs"])
    assert "<pre" not in texts and "КодВывод" not in texts
    assert "def find_snippets" not in texts, "the notebook's code is in the index"
    # Prose and headings only (673 KB with code listings before): a backstop against code coming back.
    assert path.stat().st_size < 520_000, f"search index {path.stat().st_size} bytes"


# --- screenshots at both sizes and in both schemes -------------------------------------------


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize(("screen", "viewport"), SCREENS)
def test_screenshots_of_wide_content(screen: str, viewport: dict, scheme: str, open_tab) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    tab = open_tab(viewport=viewport, color_scheme=scheme)
    for path, target in (
        ("timelines/", "div.snippet-timeline"),
        ("benchmarks/", "figure.bench-plot"),
        ("matrix/", "article table"),
        ("processes/", "article table"),
    ):
        tab.goto(path)
        tab.page.locator(target).first.scroll_into_view_if_needed()
        tab.page.wait_for_timeout(500)  # the header's title slides when the page scrolls
        shot = ARTIFACTS / f"{path.strip('/')}-{screen}-{scheme}.png"
        tab.page.screenshot(path=shot)
        assert shot.stat().st_size > 10_000
