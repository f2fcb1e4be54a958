"""The benchmarks notebook (docs/benchmarks.py, rendered and executed by mkdocs-jupyter) and its cache.

mkdocs-jupyter caches an executed notebook under a key made of the notebook's
own bytes and the plugin options.  Our notebook imports its work from
``snippets/benchmarks/*.py`` and measures the machine, so its output also
depends on those files, the Python and the machine.  `configure` sets the
plugin's public ``cache_dir`` option to a folder named by a fingerprint of
all that, next to the snippet runs (``SNIPCHECK_CACHE``): an edited benchmark
snippet or another interpreter finds an empty folder and the notebook runs
again, and a build with a fresh snippet cache is a cold build for the
notebook too.  Called from the ``on_config`` hook, before any page renders.
"""

from __future__ import annotations

import hashlib
import os
import platform
import shutil
import sys
from pathlib import Path

from . import engine
from .catalog import SNIPPETS

BENCHMARKS = SNIPPETS / "benchmarks"


def fingerprint() -> str:
    h = hashlib.sha256()
    for f in sorted(BENCHMARKS.glob("*.py")):
        h.update(f.name.encode() + b"\0" + f.read_bytes())
    for part in (sys.version, sys.executable, platform.platform(), str(os.cpu_count())):
        h.update(part.encode() + b"\0")
    return h.hexdigest()


def cache_dir() -> Path:
    return engine.CACHE_DIR / "notebooks" / fingerprint()[:16]


def configure(jupyter) -> Path:
    """Point the mkdocs-jupyter plugin's cache at this fingerprint's folder; drop other fingerprints'."""
    here = cache_dir()
    for old in here.parent.glob("*"):
        if old == here:
            continue
        if old.is_dir():
            shutil.rmtree(old, ignore_errors=True)
        else:
            old.unlink(missing_ok=True)  # a cache file of the earlier layout
    jupyter.config["cache_dir"] = str(here)  # a LegacyConfig: options are items, not attributes
    return here
