"""Quality of the built site: valid HTML, accessibility, diagrams, print page, build stamp.

- HTML: the W3C Nu HTML checker (vnu.jar from the npm package vnu-jar) checks every built page (it names
  each file it checked) and finds no error, except the theme's own `autocomplete` on its checkbox toggles
  (THEME_OWN); a page with a known error, checked in the same run, must be reported.
- Accessibility: axe-core (npm) injected into every page, served as the host serves it, in the
  light and the dark scheme, with every snippet's output tab shown and every <details> open:
  no violation of WCAG 2.0/2.1/2.2 A and AA; a page given a known violation must be reported.
- Diagrams: every ```mermaid block has its SVG rendered ahead of time (scripts/render_diagrams.py),
  named by the hash of its source, and no SVG is left without its diagram.
- The whole book on one page (hooks/print_page.py): /print/ holds every page in nav order with
  the outputs shown. Each page names the date and commit it was built from (hooks/quality.py).

(A page's weight on a first visit is checked where every page is visited: tests/test_browser_pages.py.)
The checkers are installed by `make node_modules/.installed` (npm ci from package-lock.json);
nothing here reaches the network.
"""

from __future__ import annotations

import contextlib
import datetime
import importlib.util
import json
import os
import re
import shutil
import subprocess
from pathlib import Path
from types import SimpleNamespace

import pytest
from browsing import ALL_PAGES, CHAPTERS, PRINT_PAGE, page_path, settle, switch_scheme
from conftest import assert_gone, new_tag
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from snipcheck.snippets import ROOT

NODE_MODULES = ROOT / "node_modules"
VNU = NODE_MODULES / "vnu-jar" / "build" / "dist" / "vnu.jar"
AXE = NODE_MODULES / "axe-core" / "axe.min.js"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
# Errors in Material's own templates, not in this site's pages: its drawer and search toggles are
# checkboxes with autocomplete="off" (allowed only on text-like inputs).
THEME_OWN = [
    (re.compile(r"^Attribute “autocomplete” is only allowed when the input type is"), 'class="md-toggle"'),
]
# The positive control of the HTML check: a built page with one id given twice, checked in the same run.
CONTROL_PAGE, CONTROL_ID = "control/index.html", "html-check-control"


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _needs(path: Path) -> None:
    if not path.exists():
        pytest.fail(f"{path.relative_to(ROOT)} is missing: run `make node_modules/.installed`", pytrace=False)


def _html_path(md: str) -> str:
    return md if md.endswith(".html") else page_path(md) + "index.html"


# --- valid HTML -------------------------------------------------------------------------------


def _built_pages(site: Path) -> list[str]:
    return sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html"))


@pytest.fixture(scope="module")
def vnu(built_site: Path, tmp_path_factory) -> tuple[set[str], dict[str, list[dict]]]:
    """One run of the Nu HTML checker over the built site and the control page: (the files it says it checked,
    its errors per file), both by path under the site (the control page as CONTROL_PAGE)."""
    _needs(VNU)
    java = shutil.which("java")
    assert java, "Java is missing (the Nu HTML checker needs Java 8 or later)"
    control = tmp_path_factory.mktemp("html-check")
    page = (built_site / page_path(CHAPTERS[0]) / "index.html").read_text(encoding="utf-8")
    twice = f'<p id="{CONTROL_ID}">1</p><p id="{CONTROL_ID}">2</p>'
    assert "</article>" in page
    (control / CONTROL_PAGE).parent.mkdir(parents=True)
    (control / CONTROL_PAGE).write_text(page.replace("</article>", twice + "</article>", 1), encoding="utf-8")
    tag = new_tag()
    command = [java, "-Xss8m", "-jar", str(VNU), "--errors-only", "--format", "json", "--verbose"]
    proc = subprocess.run(
        [*command, "--skip-non-html", str(built_site), str(control)],
        env=dict(os.environ, SNIPCHECK_TAG=tag),
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    assert_gone(tag, "the Nu HTML checker")
    report = json.loads(proc.stderr)  # --verbose: the files checked on stdout, the report on stderr

    def site_path(name: str) -> str:
        name = name.removeprefix("file:")
        for base in (built_site, control):
            if name.startswith(f"{base}/"):
                return name[len(str(base)) + 1 :]
        return name

    checked = {site_path(line.strip()) for line in proc.stdout.splitlines() if line.strip()}
    found: dict[str, list[dict]] = {}
    for message in report["messages"]:
        if message.get("type") in ("error", "non-document-error"):
            found.setdefault(site_path(message.get("url", "")), []).append(message)
    return checked, found


def _theme_own(message: dict) -> bool:
    return any(p.search(message["message"]) and s in message.get("extract", "") for p, s in THEME_OWN)


def test_vnu_checks_every_built_page(built_site: Path, vnu) -> None:
    checked, errors = vnu
    pages = _built_pages(built_site)
    assert {_html_path(md) for md in [*ALL_PAGES, PRINT_PAGE, "404.html"]} <= set(pages)
    assert not set(pages) - checked, f"vnu did not check {sorted(set(pages) - checked)}"
    assert set(errors) <= {*pages, CONTROL_PAGE}, f"vnu reported on other files: {set(errors) - set(pages)}"


def test_vnu_reports_the_control_pages_error(vnu) -> None:
    control = [m["message"] for m in vnu[1].get(CONTROL_PAGE, [])]
    assert f"Duplicate ID “{CONTROL_ID}”." in control, f"the control page's error was not reported: {control}"


@pytest.mark.parametrize("md", [*ALL_PAGES, PRINT_PAGE, "404.html"])
def test_page_is_valid_html(md: str, vnu, built_site: Path) -> None:
    path = _html_path(md)
    checked, found = vnu
    assert path in checked, f"{path} was not checked"
    errors = [m for m in found.get(path, []) if not _theme_own(m)]
    shown = "\n".join(
        f"  line {m.get('lastLine')}: {m['message']}\n      {m.get('extract', '').strip()[:160]!r}"
        for m in errors[:15]
    )
    assert not errors, f"{path}: {len(errors)} errors from the Nu HTML checker:\n{shown}"


# --- accessibility ----------------------------------------------------------------------------


def _axe(page) -> list[dict]:
    # Material makes each code block that scrolls focusable once it has measured it: wait for that
    # (if it never happens, axe reports what is left).
    with contextlib.suppress(PlaywrightTimeout):
        page.wait_for_function(
            "[...document.querySelectorAll('pre > code')].every(c => c.offsetParent === null"
            " || c.scrollWidth <= c.clientWidth || c.hasAttribute('tabindex'))",
            timeout=30_000,
        )
    if not page.evaluate("typeof axe !== 'undefined'"):
        page.add_script_tag(path=str(AXE))
    return page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})"
        ".then(r => r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,"
        " nodes: v.nodes.map(n => n.target.join(' ') + ' :: '"
        " + n.failureSummary.split('\\n').slice(-1)[0])})))",
        AXE_TAGS,
    )


# Each example's tabs: 0 shows the code, 1 the output; and every <details> open (folded solutions, notes).
SHOW_TAB = (
    "k => { document.querySelectorAll('details').forEach(d => d.open = true);"
    " document.querySelectorAll('.tabbed-set').forEach(s => {"
    " const r = s.querySelectorAll(':scope > input'); if (r.length > k) r[k].click() }) }"
)


@pytest.mark.browser
@pytest.mark.parametrize("md", [*ALL_PAGES, PRINT_PAGE])
def test_axe_finds_no_wcag_violation(md: str, open_tab) -> None:
    """Every page in the light and the dark scheme (the book, which is printed, in light), each as loaded
    and with every output shown. One load per page: the scheme changes through the header's toggle."""
    _needs(AXE)
    tab = open_tab(color_scheme="light")
    tab.goto(page_path(md))
    page = tab.page
    found = {}
    for scheme in ("light",) if md == PRINT_PAGE else ("light", "dark"):
        switch_scheme(page, scheme)
        # axe accepts any difference in `text-decoration` (a thickness alone): look for the underline.
        plain = page.evaluate(
            "[...document.querySelectorAll('article :is(p, li, td) > a:not(.headerlink):not(.anchor-link)')]"
            ".filter(a => !getComputedStyle(a).textDecorationLine.includes('underline'))"
            ".map(a => a.outerHTML)"
        )
        assert not plain, f"{md}: links in the text without an underline: {plain[:3]}"
        for state, tab_index in (("as loaded", 0), ("outputs shown", 1)):
            if scheme == "dark" or state == "outputs shown":
                page.evaluate(SHOW_TAB, tab_index)
                settle(page)  # Material's tab indicator and the scheme's colours move: transitions end first
            for violation in _axe(page):
                found.setdefault(violation["id"], (violation, f"{scheme}, {state}"))
    report = "\n".join(
        f"  {v['id']} ({v['impact']}, {state}): {v['help']}; {len(v['nodes'])} nodes, e.g.\n      "
        + "\n      ".join(v["nodes"][:4])
        for v, state in found.values()
    )
    assert not found, f"{md}: axe-core found WCAG violations:\n{report}"


@pytest.mark.browser
def test_axe_reports_a_known_violation(open_tab) -> None:
    """The positive control: the same check on a page given a picture without a text alternative and a link
    with no text."""
    _needs(AXE)
    tab = open_tab()
    tab.goto(page_path(CHAPTERS[0]))
    tab.page.evaluate(
        "document.querySelector('article').insertAdjacentHTML('beforeend',"
        ' \'<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><a href="#"></a>\')'
    )
    found = {v["id"] for v in _axe(tab.page)}
    assert {"image-alt", "link-name"} <= found, f"axe-core missed a known violation: {sorted(found)}"


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
    book = (built_site / page_path(PRINT_PAGE) / "index.html").read_text(encoding="utf-8")
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
