"""The benchmarks notebook (docs/benchmarks.py, rendered and executed by mkdocs-jupyter) and its cache.

mkdocs-jupyter caches an executed notebook under a key made of the notebook's
own bytes and the plugin options.  Our notebook imports its work from
``snippets/benchmarks/*.py`` and measures the machine, so its output also
depends on those files, the Python and the machine: `bind_cache` adds them to
the key (an edited snippet re-executes the notebook) and keeps the cached page
with the snippet runs (``SNIPCHECK_CACHE``), so a build with a fresh snippet
cache is a cold build for the notebook too.  Called by `engine.prefetch`,
before any page renders.
"""

from __future__ import annotations

import hashlib
import os
import platform
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


def bind_cache() -> bool:
    """Make mkdocs-jupyter's notebook cache honest for our notebook (no-op without the plugin)."""
    try:
        from mkdocs_jupyter import plugin
    except ImportError:
        return False
    if getattr(plugin._compute_cache_key, "snipcheck", False):
        return True
    original = plugin._compute_cache_key

    def compute_cache_key(nb_path, config, exec_nb):
        return hashlib.sha256(f"{original(nb_path, config, exec_nb)}:{fingerprint()}".encode()).hexdigest()

    def get_cache_path(cache_dir, cache_key) -> Path:
        return engine.CACHE_DIR / "notebooks" / f"{cache_key}.json"

    compute_cache_key.snipcheck = True  # type: ignore[attr-defined]
    plugin._compute_cache_key = compute_cache_key
    plugin._get_cache_path = get_cache_path
    return True
