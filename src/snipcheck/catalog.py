"""Where things are: snippets, their expectations, and the pages that show them."""

from __future__ import annotations

import multiprocessing
import os
import re
import sys
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from . import expect

ROOT = Path(os.environ.get("SNIPCHECK_ROOT", Path(__file__).resolve().parents[2]))
SNIPPETS = ROOT / "snippets"
DOCS = ROOT / "docs"
FENCE_NAME = "snippet"
_FENCE = re.compile(
    r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})"
    + FENCE_NAME
    + r"\b[^\n]*\n(?P<body>.*?)^(?P=indent)(?P=fence)[ \t]*$",
    re.MULTILINE | re.DOTALL,
)
_USES_MP = re.compile(r"\bmultiprocessing\b|\bProcessPoolExecutor\b")


def page_refs(markdown: str) -> list[str]:
    """Snippet paths (relative to snippets/) named by the snippet fences of a page."""
    return [m.group("body").strip() for m in _FENCE.finditer(markdown)]


def pages() -> dict[str, list[str]]:
    """docs-relative page path -> the snippets it shows, in page order."""
    return {
        p.relative_to(DOCS).as_posix(): page_refs(p.read_text(encoding="utf-8"))
        for p in sorted(DOCS.rglob("*.md"))
    }


def all_snippets() -> list[str]:
    return sorted(
        p.relative_to(SNIPPETS).as_posix() for p in SNIPPETS.rglob("*.py") if "__pycache__" not in p.parts
    )


@dataclass(frozen=True)
class Snippet:
    rel: str  # e.g. "threads/join.py"

    @property
    def path(self) -> Path:
        return SNIPPETS / self.rel

    @property
    def display(self) -> str:
        return f"snippets/{self.rel}"

    @property
    def expected_path(self) -> Path:
        return self.path.with_suffix(".expected")

    @cached_property
    def source(self) -> str:
        return self.path.read_text(encoding="utf-8")

    @property
    def expected_display(self) -> str:
        return f"snippets/{Path(self.rel).with_suffix('.expected').as_posix()}"

    def expectation(self, tag: str | None = None) -> expect.Expectation:
        """The expectation for Python `tag` ("3.12"; default: the running Python).

        ``<stem>.py3.X.expected`` (that version), else the ``<stem>.py3.Y+.expected``
        with the largest Y <= X (that version and newer), else ``<stem>.expected``.
        """
        tag = tag or f"{sys.version_info[0]}.{sys.version_info[1]}"
        stem = self.expected_path.with_suffix("")
        exact = stem.with_name(f"{stem.name}.py{tag}.expected")
        if exact.is_file():
            return expect.load(exact, self._display_of(exact))
        minor = int(tag.split(".")[1].rstrip("t"))
        ranged = []
        for path in stem.parent.glob(f"{stem.name}.py3.*+.expected"):
            m = re.fullmatch(re.escape(stem.name) + r"\.py3\.(\d+)\+\.expected", path.name)
            if m and int(m.group(1)) <= minor:
                ranged.append((int(m.group(1)), path))
        if ranged:
            path = max(ranged)[1]
            return expect.load(path, self._display_of(path))
        return expect.load(self.expected_path, self.expected_display)

    def _display_of(self, path: Path) -> str:
        return f"snippets/{Path(self.rel).with_name(path.name).as_posix()}"

    @property
    def uses_multiprocessing(self) -> bool:
        return bool(_USES_MP.search(self.source))

    def start_methods(self, exp: expect.Expectation) -> list[str | None]:
        """Start methods the tests run it under; None means the platform default."""
        mode = exp.options.start_methods
        if mode == "all" or (mode == "auto" and self.uses_multiprocessing):
            return list(multiprocessing.get_all_start_methods())
        return [None]


def resolve(rel: str) -> Snippet:
    """A snippet named by a page; raises FileNotFoundError with a clear message."""
    rel = rel.strip().removeprefix("snippets/")
    snip = Snippet(rel)
    if not snip.path.resolve().is_relative_to(SNIPPETS.resolve()):
        raise FileNotFoundError(f"snippet path leaves snippets/: {rel}")
    if not snip.path.is_file():
        raise FileNotFoundError(f"snippet not found: {snip.display}")
    return snip
