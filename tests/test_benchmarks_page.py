"""The benchmarks page measures under the Python every other page shows (its kernel is the build's venv)."""

from __future__ import annotations

import re
from pathlib import Path

from snipcheck import interpreters


def test_the_benchmarks_page_measures_under_the_pages_python(built_site: Path) -> None:
    page = (built_site / "benchmarks" / "index.html").read_text(encoding="utf-8")
    shown = f"CPython {interpreters.for_pages().version}"
    assert f"Python: {shown}" in page
    titles = re.findall(r"\d+ яд(?:ро|ра|ер), CPython [\w.]+", page)  # the plot's title (SVG text)
    assert titles and all(title.endswith(shown.split()[1]) for title in titles), titles
