"""Quality of the built site: page weight, valid HTML, accessibility, diagrams, print page, build stamp.

- Weight: no page transfers more than 1.5 MB on a first visit (measured as tests/test_browser.py
  measures it, in Chromium with an empty cache; written to test-artifacts/page-weight-quality.json).
- HTML: the W3C Nu HTML checker (vnu.jar from the npm package vnu-jar) finds no error in any
  built page, except the theme's own `autocomplete` on its checkbox toggles (THEME_OWN).
- Accessibility: axe-core (npm) injected into every page, served as the host serves it, in the
  light and the dark scheme, with every snippet's output tab shown and every <details> open:
  no violation of WCAG 2.0/2.1/2.2 A and AA.
- Diagrams: every ```mermaid block has its SVG rendered ahead of time (scripts/render_diagrams.py),
  named by the hash of its source, and no SVG is left without its diagram.
- The whole book on one page (hooks/print_page.py): /print/ holds every page in nav order with
  the outputs shown. Each page names the date and commit it was built from (hooks/quality.py).

The checkers are installed by `make node_modules/.installed` (npm ci from package-lock.json);
nothing here reaches the network.
"""

from __future__ import annotations

import contextlib
import datetime
import importlib.util
import json
import re
import shutil
import subprocess
from pathlib import Path
from types import SimpleNamespace

import pytest
from conftest import ARTIFACTS
from playwright.sync_api import TimeoutError as PlaywrightTimeout

# The served site, the browser and the recording tab come from the browser tests.
from test_browser import (  # noqa: F401 (fixtures)
    ALL_PAGES,
    SEARCH_READY,
    browser,
    open_tab,
    page_path,
    playwright,
    server,
    wait_for_search_meta,
)

from snipcheck.snippets import ROOT

NODE_MODULES = ROOT / "node_modules"
VNU = NODE_MODULES / "vnu-jar" / "build" / "dist" / "vnu.jar"
AXE = NODE_MODULES / "axe-core" / "axe.min.js"
WEIGHT_LIMIT = 1_500_000  # bytes a page may transfer on a first visit
# The book on one page is every chapter at once (1.9 MB of HTML, 0.5 MB compressed): it is opened
# to be printed or read offline, and has a ceiling of its own that still catches a regression.
PRINT_LIMIT = 3_500_000
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
# Errors in Material's own templates, not in this site's pages: its drawer and search toggles are
# checkboxes with autocomplete="off" (allowed only on text-like inputs).
THEME_OWN = [
    (re.compile(r"^Attribute “autocomplete” is only allowed when the input type is"), 'class="md-toggle"'),
]
PRINT_PAGE = "print/"


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _needs(path: Path) -> None:
    if not path.exists():
        pytest.fail(f"{path.relative_to(ROOT)} is missing: run `make node_modules/.installed`", pytrace=False)


# --- weight -----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def weights():
    found: dict[str, dict] = {}
    yield found
    if found:
        ARTIFACTS.mkdir(exist_ok=True)
        report = dict(sorted(found.items(), key=lambda item: -item[1]["bytes"]))
        (ARTIFACTS / "page-weight-quality.json").write_text(json.dumps(report, indent=2) + "\n")


@pytest.mark.browser
@pytest.mark.parametrize("md", [*ALL_PAGES, PRINT_PAGE])
def test_first_visit_transfers_at_most_the_limit(md: str, open_tab, weights: dict) -> None:  # noqa: F811
    tab = open_tab()
    tab.goto(md if md == PRINT_PAGE else page_path(md))
    wait_for_search_meta(tab.page, SEARCH_READY)
    tab.page.wait_for_load_state("networkidle")
    sizes = weights[md] = tab.transferred()
    biggest = sorted(((r.sizes()["responseBodySize"], r.url) for r in tab.finished), reverse=True)[:3]
    limit = PRINT_LIMIT if md == PRINT_PAGE else WEIGHT_LIMIT
    assert sizes["bytes"] <= limit, (
        f"{md}: {sizes['bytes']} bytes on a first visit (limit {limit}); biggest: {biggest}"
    )
    assert not any(u.endswith("/mermaid.min.js") for u in tab.requests), f"{md} loads Mermaid"


# --- valid HTML -------------------------------------------------------------------------------


def _built_pages(site: Path) -> list[str]:
    return sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html"))


@pytest.fixture(scope="module")
def vnu_errors(built_site: Path) -> dict[str, list[dict]]:
    _needs(VNU)
    java = shutil.which("java")
    assert java, "Java is missing (the Nu HTML checker needs Java 8 or later)"
    proc = subprocess.run(
        [
            java,
            "-Xss8m",
            "-jar",
            str(VNU),
            "--errors-only",
            "--format",
            "json",
            "--skip-non-html",
            str(built_site),
        ],
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    report = json.loads(proc.stderr or proc.stdout)
    found: dict[str, list[dict]] = {}
    for message in report["messages"]:
        if message.get("type") not in ("error", "non-document-error"):
            continue
        path = message.get("url", "").split(str(built_site) + "/", 1)[-1]
        found.setdefault(path, []).append(message)
    return found


def _theme_own(message: dict) -> bool:
    return any(p.search(message["message"]) and s in message.get("extract", "") for p, s in THEME_OWN)


def test_vnu_checks_every_built_page(built_site: Path, vnu_errors) -> None:
    pages = _built_pages(built_site)
    assert "index.html" in pages and "print/index.html" in pages and len(pages) >= len(ALL_PAGES) + 2
    assert set(vnu_errors) <= set(pages), f"vnu reported on other files: {set(vnu_errors) - set(pages)}"


@pytest.mark.parametrize("md", [*ALL_PAGES, PRINT_PAGE, "404.html"])
def test_page_is_valid_html(md: str, vnu_errors, built_site: Path) -> None:
    path = md if md.endswith(".html") else (md if md == PRINT_PAGE else page_path(md)) + "index.html"
    assert (built_site / path).is_file(), f"{path} was not built"
    errors = [m for m in vnu_errors.get(path, []) if not _theme_own(m)]
    shown = "\n".join(
        f"  line {m.get('lastLine')}: {m['message']}\n      {m.get('extract', '').strip()[:160]!r}"
        for m in errors[:15]
    )
    assert not errors, f"{path}: {len(errors)} errors from the Nu HTML checker:\n{shown}"


# --- accessibility ----------------------------------------------------------------------------


def _settle(page) -> None:
    """Let Material finish: it makes each code block that scrolls focusable once it has measured it."""
    with contextlib.suppress(PlaywrightTimeout):  # if not, axe reports what is left
        page.wait_for_function(
            "[...document.querySelectorAll('pre > code')].every(c => c.offsetParent === null"
            " || c.scrollWidth <= c.clientWidth || c.hasAttribute('tabindex'))",
            timeout=5000,
        )


def _axe(page) -> list[dict]:
    _settle(page)
    if not page.evaluate("typeof axe !== 'undefined'"):
        page.add_script_tag(path=str(AXE))
    return page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})"
        ".then(r => r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,"
        " nodes: v.nodes.map(n => n.target.join(' ') + ' :: '"
        " + n.failureSummary.split('\\n').slice(-1)[0])})))",
        AXE_TAGS,
    )


@pytest.mark.browser
@pytest.mark.parametrize(
    ("md", "scheme"),
    # The book on one page is every chapter again (each checked in both schemes): it is printed in light.
    [(md, scheme) for md in ALL_PAGES for scheme in ("light", "dark")] + [(PRINT_PAGE, "light")],
)
def test_axe_finds_no_wcag_violation(md: str, scheme: str, open_tab) -> None:  # noqa: F811
    _needs(AXE)
    tab = open_tab(color_scheme=scheme)
    tab.goto(md if md == PRINT_PAGE else page_path(md))
    page = tab.page
    wanted = {"light": "default", "dark": "slate"}[scheme]
    assert page.evaluate("document.body.getAttribute('data-md-color-scheme')") == wanted
    # axe accepts any difference in `text-decoration` (a thickness alone): look for the underline.
    plain = page.evaluate(
        "[...document.querySelectorAll('article :is(p, li, td) > a:not(.headerlink):not(.anchor-link)')]"
        ".filter(a => !getComputedStyle(a).textDecorationLine.includes('underline')).map(a => a.outerHTML)"
    )
    assert not plain, f"{md}: links in the text without an underline: {plain[:3]}"
    found = {}
    for state in ("as loaded", "outputs shown"):
        if state == "outputs shown":  # the second tab (output) of every snippet, every <details> open
            page.evaluate(
                "document.querySelectorAll('details').forEach(d => d.open = true);"
                "document.querySelectorAll('.tabbed-set').forEach(s => {"
                " const r = s.querySelectorAll(':scope > input'); if (r.length > 1) r[1].click() })"
            )
            page.wait_for_timeout(300)  # Material's tab indicator moves; let transitions end
        for violation in _axe(page):
            found.setdefault(violation["id"], (violation, state))
    report = "\n".join(
        f"  {v['id']} ({v['impact']}, {state}): {v['help']}; {len(v['nodes'])} nodes, e.g.\n      "
        + "\n      ".join(v["nodes"][:4])
        for v, state in found.values()
    )
    assert not found, f"{md} ({scheme}): axe-core found WCAG violations:\n{report}"


# --- diagrams ---------------------------------------------------------------------------------


def test_every_diagram_has_its_svg_and_no_svg_is_stale() -> None:
    render = _load("render_diagrams", ROOT / "scripts" / "render_diagrams.py")
    wanted = render.diagrams()
    assert len(wanted) >= 3, "the ```mermaid blocks were not found in docs/"
    have = {p.stem for p in render.OUT.glob("*.svg")}
    missing = [where for key, (_, where) in wanted.items() if key not in have]
    assert not missing, f"diagrams changed without `make diagrams` (scripts/render_diagrams.py): {missing}"
    assert have <= set(wanted), f"SVGs of diagrams no page has any more: {sorted(have - set(wanted))}"
    for key in wanted:
        svg = (render.OUT / f"{key}.svg").read_text(encoding="utf-8")
        assert f'id="diagram-{key}"' in svg and "var(--md-mermaid-" in svg, (
            f"{key}.svg was not drawn with Material's colours (scripts/render_diagrams.py --force)"
        )


def test_pages_show_diagrams_inline_without_mermaid(built_site: Path) -> None:
    render = _load("render_diagrams", ROOT / "scripts" / "render_diagrams.py")
    for key, (_, where) in render.diagrams().items():
        md = where.split(":")[0].removeprefix("docs/")
        html = (built_site / page_path(md) / "index.html").read_text(encoding="utf-8")
        assert re.search(f'<div class="mermaid"[^>]*><svg id="diagram-{key}"', html), f"{where}: not inlined"
    for path in built_site.rglob("*.html"):
        html = path.read_text(encoding="utf-8")
        assert '<pre class="mermaid">' not in html, f"{path}: a diagram left for Mermaid to draw"


# --- the book on one page; build stamp ---------------------------------------------------------


def test_print_page_holds_every_page_in_nav_order_with_outputs(built_site: Path) -> None:
    book = (built_site / "print" / "index.html").read_text(encoding="utf-8")
    positions = []
    for md in ALL_PAGES:
        page = (built_site / page_path(md) / "index.html").read_text(encoding="utf-8")
        h1 = re.search(r"<h1[^>]*>(.*?)</h1>", page, re.DOTALL).group(1)
        title = re.sub(r"<a [^>]*>[^<]*</a>", "", h1).strip()  # without its ¶ link
        start = book.find(f'<section class="print-page" id="print-{page_path(md).strip("/") or "index"}"')
        assert start >= 0, f"{md} is not on the print page"
        assert title in book[start : start + 4000], f"{md}: its title {title!r} is not in its section"
        positions.append(start)
        # one output per example: the version the page shows (the others are tabs on the page)
        outputs = page.count("<!--/versions-->") or page.count('<div class="snippet-output">')
        assert book.count('<div class="snippet-output">', start, book.find("</section>", start)) == outputs
    assert positions == sorted(positions), "the print page does not follow the nav order"
    ids = re.findall(r'\sid="([^"]+)"', book)
    assert len(ids) == len(set(ids)), "duplicate ids on the print page"


def test_every_page_names_its_build_date_and_commit(built_site: Path) -> None:
    proc = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    commit = proc.stdout.strip() if proc.returncode == 0 else None
    today = datetime.datetime.now(datetime.timezone.utc).date()
    for md in ALL_PAGES:
        html = (built_site / page_path(md) / "index.html").read_text(encoding="utf-8")
        match = re.search(
            r'<p class="build-stamp"[^>]*>.*?<time datetime="([\d-]+)">.*?</p>', html, re.DOTALL
        )
        assert match, f"{md}: no build stamp"
        built = datetime.date.fromisoformat(match.group(1))
        assert abs((today - built).days) <= 1, f"{md}: built {built}?"
        if commit:
            assert f"/commit/{commit}" in match.group(0), f"{md}: the stamp does not name commit {commit}"


def test_build_stamp_without_git(monkeypatch) -> None:
    quality = _load("quality_hook", ROOT / "hooks" / "quality.py")

    def no_git(*args, **kwargs):
        raise FileNotFoundError("git")

    monkeypatch.setattr(quality.subprocess, "run", no_git)
    monkeypatch.delenv("GITHUB_SHA", raising=False)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1764547200")
    assert quality._build_stamp() == ("2025-12-01", None)
    stamp = quality._stamp_html({"repo_url": "https://example.org/r"}, SimpleNamespace(url="threads/"))
    assert "2025-12-01" in stamp and "/commit/" not in stamp
