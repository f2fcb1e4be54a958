"""The benchmarks notebook (docs/benchmarks.py, rendered and executed by mkdocs-jupyter) and its cache.

mkdocs-jupyter caches an executed notebook under a key of the notebook's own
bytes and the plugin options.  Ours imports its work from
``snippets/benchmarks/*.py`` and measures the machine, so `configure` points the
plugin's public ``cache_dir`` option at a folder named by a fingerprint of those
files, the Python and the machine, next to the stored runs; other folders go.
"""

from __future__ import annotations

import hashlib
import os
import platform
import shutil
import sys
from pathlib import Path

from .snippets import SNIPPETS
from .snippets import cache_dir as runs_cache

BENCHMARKS = SNIPPETS / "benchmarks"


def fingerprint() -> str:
    h = hashlib.sha256()
    for f in sorted(BENCHMARKS.glob("*.py")):
        h.update(f.name.encode() + b"\0" + f.read_bytes())
    for part in (sys.version, sys.executable, platform.platform(), str(os.cpu_count())):
        h.update(part.encode() + b"\0")
    return h.hexdigest()


def cache_dir() -> Path:
    return runs_cache() / "notebooks" / fingerprint()[:16]


def configure(jupyter) -> Path:
    """Point the mkdocs-jupyter plugin's cache at this fingerprint's folder; drop other fingerprints'."""
    here = cache_dir()
    for old in here.parent.glob("*"):
        if old != here:
            shutil.rmtree(old, ignore_errors=True) if old.is_dir() else old.unlink(missing_ok=True)
    jupyter.config["cache_dir"] = str(here)  # a LegacyConfig: options are items, not attributes
    return here
