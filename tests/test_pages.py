"""Pages and snippets point at each other, and nothing on a page is a code block without a file."""

from __future__ import annotations

import re

import pytest
from conftest import PAGES

from snipcheck.snippets import DOCS, Snippet, all_snippets

FENCE_OPEN = re.compile(r"^[ \t]*(`{3,}|~{3,})\s*([\w.+-]*)", re.MULTILINE)
ALLOWED_FENCES = {"snippet", "mermaid"}


def test_every_snippet_is_shown_on_a_page() -> None:
    used = {ref for refs in PAGES.values() for ref in refs}
    orphans = [f"snippets/{s}" for s in all_snippets() if s not in used]
    assert not orphans, f"snippets no page shows: {orphans}"


def test_every_page_reference_exists() -> None:
    missing = [
        f"docs/{page}: snippets/{ref}"
        for page, refs in PAGES.items()
        for ref in refs
        if not Snippet(ref).path.is_file()
    ]
    assert not missing, f"pages name snippets that do not exist: {missing}"


@pytest.mark.parametrize("rel", all_snippets())
def test_every_snippet_has_an_expectation(rel: str) -> None:
    assert Snippet(rel).expected_path.is_file(), f"snippets/{rel}: no expectation beside it"


def test_pages_have_no_hand_written_code_blocks() -> None:
    bad = []
    for path in sorted(DOCS.rglob("*.md")):
        text = path.read_text(encoding="utf-8")
        inside = False
        for m in FENCE_OPEN.finditer(text):
            if inside:
                inside = False
                continue
            inside = True
            if m.group(2) not in ALLOWED_FENCES:
                line = text[: m.start()].count("\n") + 1
                bad.append(f"{path.relative_to(DOCS.parent)}:{line}: ```{m.group(2)}")
    assert not bad, "code blocks must be snippet files (```snippet), found:\n" + "\n".join(bad)
