"""An example's code in the browser: the copy button copies exactly the snippet file and leaves the code in
view, «run» copies the command, the edit link and the downloads (one file, the archive) give the file as it
is, and a clicked tab changes no other example."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import pytest
from browsing import CHAPTERS, EXAMPLE, PHONE, page_path
from conftest import EXAMPLES
from playwright.sync_api import expect

from snipcheck.snippets import ROOT, SNIPPETS, all_snippets

pytestmark = pytest.mark.browser
# The first chapter with examples, and its first example (what a reader meets first).
FIRST = next(md for md in CHAPTERS if EXAMPLES.get(md))
REF = EXAMPLES[FIRST][0]


def test_copy_button_copies_exactly_the_snippet_file(open_tab) -> None:
    tab = open_tab(permissions=["clipboard-read", "clipboard-write"])
    tab.goto(page_path(FIRST))
    page = tab.page
    block = page.locator(EXAMPLE).first.locator(".highlight").first
    block.hover()
    button = block.locator("button.md-code__button[data-md-type=copy]")
    assert button.get_attribute("title") == "Копировать в буфер"
    button.click()
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied.rstrip("\n") == (SNIPPETS / REF).read_text(encoding="utf-8").rstrip("\n")


def test_copy_button_leaves_the_code_visible(open_tab) -> None:
    tab = open_tab(viewport=PHONE)
    for md in sorted({FIRST, max(CHAPTERS, key=lambda md: len(EXAMPLES.get(md, [])))}):
        tab.goto(page_path(md))
        block = tab.page.locator(f"{EXAMPLE} .highlight").first
        block.hover()
        button = block.locator("button.md-code__button[data-md-type=copy]")
        code = block.locator("pre > code")
        b, c = button.bounding_box(), code.bounding_box()
        assert b and c and b["y"] + b["height"] <= c["y"] + 1, (
            f"{md}: the copy button {b} covers the code {c}"
        )
        empty = tab.page.locator("article .tabbed-block > p:empty").evaluate_all(
            "ps => ps.filter(p => getComputedStyle(p).display !== 'none').length"
        )
        assert empty == 0, f"{md}: empty paragraphs add a gap above outputs"


def test_run_command_and_edit_link_beside_download(open_tab) -> None:
    tab = open_tab(permissions=["clipboard-read", "clipboard-write"])
    tab.goto(page_path(FIRST))
    page = tab.page
    bar = page.locator("article .highlight span.filename").first
    bar.locator("button.snippet-run").click()
    assert page.evaluate("navigator.clipboard.readText()") == f"python snippets/{REF}"
    expect(bar.locator("button.snippet-run")).to_have_text("Скопировано")
    repo = re.search(
        r"^repo_url: (\S+)", (ROOT / "mkdocs.yml").read_text(encoding="utf-8"), re.MULTILINE
    ).group(1)
    assert bar.locator("a.snippet-edit").get_attribute("href") == f"{repo}/edit/main/snippets/{REF}"


def test_snippet_and_archive_downloads(open_tab, built_site: Path) -> None:
    tab = open_tab(accept_downloads=True)
    tab.goto(page_path(FIRST))
    page = tab.page
    with page.expect_download() as info:
        page.locator("a.snippet-download").first.click()
    download = info.value
    assert download.suggested_filename == Path(REF).name
    assert Path(download.path()).read_bytes() == (SNIPPETS / REF).read_bytes()

    tab.goto()
    with page.expect_download() as info:
        page.locator("article a[href$='downloads/snippets.zip']").click()
    with zipfile.ZipFile(io.BytesIO(Path(info.value.path()).read_bytes())) as zf:
        listed = zf.namelist()
        # every example (not the starters and checks beside them)
        names = sorted(n[9:] for n in listed if n.startswith("snippets/") and n.endswith(".py"))
        assert names == sorted(all_snippets()), names
        assert zf.read(f"snippets/{REF}") == (SNIPPETS / REF).read_bytes()
    # ... and the learner's archive beside them: check.py, the starters, what check.py runs on
    with zipfile.ZipFile(built_site / "downloads" / "exercises.zip") as learner:
        missing = set(learner.namelist()) - set(listed)
    assert "check.py" in listed and not missing, f"not in snippets.zip: {sorted(missing)}"


def test_a_clicked_tab_changes_no_other_example(open_tab) -> None:
    other = next(md for md in CHAPTERS if EXAMPLES.get(md) and md != FIRST)
    tab = open_tab()
    tab.goto(page_path(FIRST))
    page = tab.page
    sets = page.locator(EXAMPLE)
    sets.nth(0).locator(".tabbed-labels label", has_text="Вывод").click()
    expect(sets.nth(0).locator(".snippet-output").first).to_be_visible()
    expect(sets.nth(1).locator(".snippet-output").first).to_be_hidden()
    tab.goto(page_path(other))
    expect(page.locator(f"{EXAMPLE} .snippet-output").first).to_be_hidden()
    assert page.evaluate("Object.keys(localStorage).filter(k => k.endsWith('__tabs'))") == []
