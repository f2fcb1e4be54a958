"""Where things are: the snippet files and their expectations (per Python version)."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from fnmatch import fnmatch
from functools import cached_property, lru_cache
from pathlib import Path

from . import expect

ROOT = Path(os.environ.get("SNIPCHECK_ROOT", Path(__file__).resolve().parents[2]))
SNIPPETS = ROOT / "snippets"
DOCS = ROOT / "docs"
_PATHS: dict[tuple[str, str], Path] = {}  # (snippet, tag) -> expectation file, until `forget()`


def cache_dir() -> Path:  # where the build stores runs (the tests and the benchmark set their own)
    return Path(os.environ.get("SNIPCHECK_CACHE", ROOT / ".cache" / "snippets"))


def forget() -> None:  # look the expectation files up again (a new build: files may have come or gone)
    _PATHS.clear()


def all_snippets() -> list[str]:  # not an exercise's starter or checks beside it (exercises.py)
    return sorted(
        p.relative_to(SNIPPETS).as_posix()
        for p in SNIPPETS.rglob("*.py")
        if "__pycache__" not in p.parts and not p.name.endswith((".starter.py", ".check.py"))
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
    def uses_multiprocessing(self) -> bool:
        return bool(re.search(r"\bmultiprocessing\b|\bProcessPoolExecutor\b", self.source))

    def expectation_path(self, tag: str) -> Path:
        """For Python `tag` ("3.13t"): ``<stem>.py3.X.expected`` (that version), else the
        ``<stem>.py3.Y+.expected`` with the largest Y <= X (that one and newer), else ``<stem>.expected``."""
        if (self.rel, tag) not in _PATHS:
            stem, minor = self.path.with_suffix(""), int(tag.split(".")[1].rstrip("t"))
            names = [f"py{tag}", *(f"py3.{y}+" for y in range(minor, -1, -1))]  # the first found wins
            found = (p for n in names if (p := stem.with_name(f"{stem.name}.{n}.expected")).is_file())
            _PATHS[(self.rel, tag)] = next(found, self.expected_path)
        return _PATHS[(self.rel, tag)]

    def expectation(self, tag: str) -> expect.Expectation:
        path = self.expectation_path(tag)
        stamp = path.stat().st_mtime_ns if path.exists() else 0
        return _load(path, f"snippets/{path.relative_to(SNIPPETS).as_posix()}", stamp)


@lru_cache(maxsize=4096)
def _load(path: Path, name: str, stamp: int) -> expect.Expectation:  # once per version of the file
    return expect.load(path, name)


def resolve(rel: str) -> Snippet:  # a snippet named by a page
    if not rel.strip():
        raise FileNotFoundError("the fence names no snippet (its body is a path such as threads/join.py)")
    snip = Snippet(rel.strip().removeprefix("snippets/"))
    if not snip.path.resolve().is_relative_to(SNIPPETS.resolve()):
        raise FileNotFoundError(f"snippet path leaves snippets/: {rel}")
    if not snip.path.is_file():
        raise FileNotFoundError(f"snippet not found: {snip.display}")
    return snip


def select(patterns: list[str]) -> list[Snippet]:
    """Snippets whose path matches a glob or contains a substring (all of them without patterns)."""
    chosen = [
        Snippet(n)
        for n in all_snippets()
        if not patterns
        or any(fnmatch(n, p) or fnmatch(f"snippets/{n}", p) or p in f"snippets/{n}" for p in patterns)
    ]
    if not chosen:
        raise SystemExit(f"no snippet matches {' '.join(patterns)}")
    return chosen
