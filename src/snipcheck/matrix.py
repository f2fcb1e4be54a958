"""The machine's Pythons and the site's multiprocessing snippets, for the version and start-method matrices.

Interpreters are discovered, never listed by hand: pyenv's versions
(``$PYENV_ROOT`` or ``~/.pyenv``), ``python3.X`` / ``python3.Xt`` on PATH and the
build's own Python.  Each is asked what it is (version, free-threaded or not);
per tag (``3.12``, ``3.13t``) the newest patch release wins.
"""

from __future__ import annotations

import functools
import glob
import multiprocessing
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass

from . import expect
from .catalog import Snippet, all_snippets

EXPECTED_TAGS = ("3.9", "3.10", "3.11", "3.12", "3.13", "3.14", "3.13t", "3.14t")
_TAG = re.compile(r"3\.(\d+)(t?)")
_ASK = (
    "import sys, sysconfig; v = sys.version_info; "
    "print(sys.implementation.name, v[0], v[1], v[2], v[3], v[4], "
    "int(bool(sysconfig.get_config_var('Py_GIL_DISABLED'))))"
)


@dataclass(frozen=True)
class Interpreter:
    path: str
    full: str  # "3.12.1"
    tag: str  # "3.12" or "3.13t"
    free_threaded: bool

    @property
    def minor(self) -> int:
        return int(self.tag.split(".")[1].rstrip("t"))


def parse_tags(spec: str) -> list[str]:
    tags = spec.split()
    bad = [t for t in tags if not _TAG.fullmatch(t)]
    if bad or not tags:
        raise ValueError(f"versions must be like '3.9 3.10 3.13t', got {spec!r}")
    return tags


def parse_methods(spec: str) -> list[str]:
    methods = spec.split()
    known = ("fork", "spawn", "forkserver")
    bad = [m for m in methods if m not in known]
    if bad or not methods:
        raise ValueError(f"methods must be some of {', '.join(known)}, got {spec!r}")
    return methods


def _candidates() -> list[str]:
    root = os.environ.get("PYENV_ROOT") or os.path.expanduser("~/.pyenv")
    found = sorted(glob.glob(os.path.join(root, "versions", "*", "bin", "python3")))
    for minor in range(9, 20):
        for suffix in ("", "t"):
            exe = shutil.which(f"python3.{minor}{suffix}")
            if exe:
                found.append(exe)
    found.append(sys.executable)
    return list(dict.fromkeys(found))


def _ask(path: str) -> Interpreter | None:
    try:
        out = subprocess.run(
            [path, "-c", _ASK], capture_output=True, text=True, timeout=30, check=True
        ).stdout.split()
    except (OSError, subprocess.SubprocessError):
        return None
    if len(out) != 7 or out[0] != "cpython":
        return None
    major, minor, micro, level, serial, ft = out[1], out[2], out[3], out[4], out[5], out[6] == "1"
    full = f"{major}.{minor}.{micro}" + ("" if level == "final" else f"{level[0]}{serial}")
    return Interpreter(path, full, f"{major}.{minor}{'t' if ft else ''}", ft)


def _version_key(interp: Interpreter) -> tuple[int, ...]:
    return tuple(int(x) for x in re.findall(r"\d+", interp.full)[:3])


@functools.lru_cache(maxsize=1)
def _all() -> tuple[Interpreter, ...]:
    return tuple(i for i in map(_ask, _candidates()) if i is not None)


def interpreters() -> dict[str, Interpreter]:
    """tag -> the newest interpreter of that tag found on this machine (3.9 and newer)."""
    best: dict[str, Interpreter] = {}
    for interp in _all():
        if interp.full.startswith("3.") and interp.minor >= 9:
            old = best.get(interp.tag)
            if old is None or _version_key(interp) > _version_key(old):
                best[interp.tag] = interp
    return best


def older_interpreters() -> list[Interpreter]:
    """Pythons found on the machine that the snippets do not support (older than 3.9)."""
    seen = {}
    for interp in _all():
        if not (interp.full.startswith("3.") and interp.minor >= 9):
            seen.setdefault(interp.full, interp)
    return sorted(seen.values(), key=_version_key)


def docs_link(tag: str) -> str:
    minor = tag.rstrip("t")
    if tag.endswith("t"):
        return "https://docs.python.org/3/howto/free-threading-python.html"
    return f"https://docs.python.org/{minor}/whatsnew/{minor}.html"


def expectation_for(snip: Snippet, tag: str) -> expect.Expectation:
    """The expectation of `snip` under Python `tag` (see `Snippet.expectation`)."""
    return snip.expectation(tag)


def multiprocessing_snippets() -> list[Snippet]:
    """Every snippet of the site that uses multiprocessing (found now, not listed)."""
    return [s for s in map(Snippet, all_snippets()) if s.uses_multiprocessing]


def is_exclusive(snip: Snippet) -> bool:
    try:
        return snip.expectation().options.exclusive
    except expect.ExpectationError:
        return False


def start_methods() -> list[str]:
    return list(multiprocessing.get_all_start_methods())
