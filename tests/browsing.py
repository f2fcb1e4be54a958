"""What the browser tests share (a pytest plugin, loaded by conftest.py): the built site served from a thread,
Debian's Chromium driven by Playwright, and the recording tab every browser test opens.

The site the session builds (`built_site`) is served on 127.0.0.1 under the path of site_url (as GitHub Pages
serves a project site, with 404.html for missing pages). Every tab records every request it makes, the search
worker's included, and fails its test if one went to another host, failed, or if a page logged an error.
"""

from __future__ import annotations

import contextlib
import functools
import gzip
import http.server
import os
import re
import shutil
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import linkcheck
import pytest
import yaml
from conftest import assert_gone, new_tag
from playwright.sync_api import Browser, BrowserContext, Page, Playwright, expect, sync_playwright

from snipcheck.snippets import DOCS, ROOT

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
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1366, "height": 900}
SCREENS = [("phone", PHONE), ("desktop", DESKTOP)]
SCHEMES = ["light", "dark"]
SEARCH_READY = "Начните печатать для поиска"
NOTHING_FOUND = "Совпадений не найдено"
# An example: the tabs «Код» and «Вывод» (not the version tabs inside its «Вывод»).
EXAMPLE = "article .tabbed-set:not(.snippet-versions):has(.snippet-output)"
# Every wait in the browser is for an event (a page loaded, an element shown, a condition met); these are only
# the caps, far above what an idle machine needs: one shared many times over loaded the 1.9 MB book page in
# more than Playwright's default 30 s.
WAIT_MS, NAVIGATION_MS = 60_000, 120_000
expect.set_options(timeout=WAIT_MS)  # expect(...) waits 5 s by default


# --- the pages, from mkdocs.yml ------------------------------------------------------------------


def _nav() -> list:
    class Loader(yaml.SafeLoader):  # tags like !ENV are ignored
        pass

    Loader.add_multi_constructor("", lambda loader, suffix, node: None)
    return yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=Loader)["nav"]


def _walk(items) -> Iterator[str]:
    for item in items:
        value = next(iter(item.values())) if isinstance(item, dict) else item
        if isinstance(value, list):
            yield from _walk(value)
        elif not re.match(r"^[a-z]+://", value):
            yield value


NAV = _nav()
ALL_PAGES = list(_walk(NAV))  # source files of the pages in nav order
SECTIONS = {next(iter(i)): list(_walk(next(iter(i.values())))) for i in NAV if isinstance(i, dict)}
CHAPTERS = SECTIONS["Главы"]
PRINT_PAGE = re.search(  # the book on one page (hooks/print_page.py), not in nav
    r'^SRC = "([^"]+)"', (ROOT / "hooks" / "print_page.py").read_text(encoding="utf-8"), re.MULTILINE
).group(1)


def page_path(src: str) -> str:
    """docs/<name>.md (or a notebook, .py) -> its path under the site (directory URLs)."""
    stem = src.rsplit(".", 1)[0]
    return "" if stem == "index" else f"{stem}/"


def diagrams_in(src: str) -> int:
    """How many ```mermaid blocks the page's source has."""
    if not src.endswith(".md"):
        return 0
    return len(re.findall(r"^\s*```mermaid\s*$", (DOCS / src).read_text(encoding="utf-8"), re.MULTILINE))


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


@contextlib.contextmanager
def serve(site: Path, prefix: str | None = None) -> Iterator[Server]:
    """The built site from a thread: under site_url's path, or under `prefix` (then without a sitemap)."""
    site_url = linkcheck.site_url_of(site)
    path = prefix or urlsplit(site_url).path or "/"
    handler = type(
        "Handler", (_SiteHandler,), {"prefix": path, "not_found": (site / "404.html").read_bytes()}
    )
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(handler, directory=str(site)))
    host = f"127.0.0.1:{httpd.server_address[1]}"
    if prefix is None:
        sitemap = (site / "sitemap.xml").read_text(encoding="utf-8")
        handler.sitemap = sitemap.replace(site_url, f"http://{host}{path}").encode("utf-8")
    thread = threading.Thread(target=httpd.serve_forever, name="site-server", daemon=True)
    thread.start()
    try:
        yield Server(base=f"http://{host}{path}", host=host)
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join()


# --- the browser ------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def server(built_site: Path) -> Iterator[Server]:
    with serve(built_site) as srv:
        yield srv


@pytest.fixture(scope="session")
def playwright() -> Iterator[Playwright]:
    with sync_playwright() as pw:
        yield pw


@pytest.fixture(scope="session")
def browser(playwright: Playwright) -> Iterator[Browser]:
    executable = CHROMIUM if Path(CHROMIUM).exists() else shutil.which("chromium")
    assert executable, "Chromium is missing: `make browser-deps` (scripts/install-browser.sh) installs it"
    tag = new_tag()  # Chromium and its helpers: none may outlive browser.close()
    env = dict(os.environ, SNIPCHECK_TAG=tag)
    browser = playwright.chromium.launch(
        executable_path=executable, args=CHROMIUM_ARGS, headless=True, env=env
    )
    yield browser
    browser.close()
    assert_gone(tag, "Chromium after browser.close()")


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

    @classmethod
    def open(cls, browser: Browser, server: Server, **options) -> Tab:
        options.setdefault("viewport", VIEWPORT)
        context = browser.new_context(locale="ru-RU", **options)
        context.set_default_timeout(WAIT_MS)
        context.set_default_navigation_timeout(NAVIGATION_MS)
        tab = cls(context=context, page=context.new_page(), server=server)
        context.on("request", tab.on_request)
        context.on("requestfailed", tab.on_failed)
        context.on("requestfinished", lambda request: tab.finished.append(request))
        context.on("console", tab.on_console)
        context.on("weberror", lambda error: tab.on_page_error(error.error))
        return tab

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
def open_tab(browser: Browser, server: Server) -> Iterator[Callable[..., Tab]]:
    """open_tab(**context options) -> a Tab on the session's server (or `server=` another); at the end of
    the test every tab it opened is checked: nothing foreign, no errors, no failed request."""
    tabs: list[Tab] = []

    def open_tab(*, server: Server = server, **options) -> Tab:
        tabs.append(tab := Tab.open(browser, server, **options))
        return tab

    yield open_tab
    for tab in tabs:
        tab.context.close()
    for tab in tabs:
        tab.check()


def settle(page: Page) -> None:
    """Wait until the page's transitions and animations have ended (Material's tab indicator, the header's
    title sliding in): an event, not a pause."""
    page.wait_for_function(
        "document.getAnimations().every(a => a.playState !== 'running'"
        " || a.effect.getComputedTiming().iterations === Infinity)"
    )


def wait_for_search_meta(page: Page, *starts: str) -> None:
    """Wait until the line above the search results starts with one of `starts`."""
    page.wait_for_function(
        "([el, starts]) => starts.some(s => el.textContent.trim().startsWith(s))",
        arg=[page.locator(".md-search-result__meta").element_handle(), list(starts)],
    )


def switch_scheme(page: Page, scheme: str) -> None:
    """The header's toggle, as a reader switches (one load per page serves both schemes)."""
    wanted = "slate" if scheme == "dark" else "default"
    if page.evaluate("document.body.getAttribute('data-md-color-scheme')") != wanted:
        page.locator("form[data-md-component=palette] label:visible").click()
        page.wait_for_function(f"document.body.getAttribute('data-md-color-scheme') === '{wanted}'")


def luminance(page: Page) -> float:
    rgb = page.evaluate(
        "getComputedStyle(document.body).backgroundColor.match(/\\d+/g).slice(0, 3).map(Number)"
    )
    return sum(c * w for c, w in zip(rgb, (0.2126, 0.7152, 0.0722), strict=True)) / 255
