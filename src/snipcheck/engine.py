"""Run-or-reuse for the site build: a content-addressed cache and a parallel prefetch.

The build (fence and hook) goes through here; the tests call `runner.run` directly
and never touch the cache.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import platform
import sys
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from . import ENGINE_VERSION, expect, runner
from .catalog import ROOT, Snippet

log = logging.getLogger("mkdocs.plugins.snipcheck")
CACHE_DIR = Path(os.environ.get("SNIPCHECK_CACHE", ROOT / ".cache" / "snippets"))

_memo: dict[str, runner.RunResult] = {}
_lock = threading.Lock()
stats = {"runs": 0, "cache_hits": 0}


def execution_enabled() -> bool:
    return os.environ.get("SNIPPETS_EXEC", "1").lower() not in ("0", "no", "off", "false")


def cache_key(snip: Snippet, exp: expect.Expectation) -> str:
    material = {
        "engine": ENGINE_VERSION,
        "python": sys.version,
        "executable": sys.executable,
        "platform": platform.platform(),
        "source": hashlib.sha256(snip.source.encode()).hexdigest(),
        "timeout": exp.options.timeout,
        "max_output": runner.MAX_OUTPUT,
    }
    return hashlib.sha256(json.dumps(material, sort_keys=True).encode()).hexdigest()


def verdict(snip: Snippet, exp: expect.Expectation, res: runner.RunResult) -> expect.Verdict:
    v = expect.check(exp, stdout=res.stdout, stderr=res.stderr, exit_code=res.exit_code, label=snip.display)
    if res.errors:
        v = expect.Verdict(False, res.errors + v.problems)
    return v


def _from_disk(key: str) -> runner.RunResult | None:
    try:
        return runner.RunResult.from_json(json.loads((CACHE_DIR / f"{key}.json").read_text(encoding="utf-8")))
    except (OSError, ValueError, TypeError):
        return None


def _to_disk(key: str, res: runner.RunResult) -> None:
    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    tmp = CACHE_DIR / f"{key}.{os.getpid()}.{threading.get_ident()}.tmp"
    tmp.write_text(json.dumps(res.to_json(), ensure_ascii=False), encoding="utf-8")
    os.replace(tmp, CACHE_DIR / f"{key}.json")


def result(snip: Snippet, exp: expect.Expectation) -> runner.RunResult:
    """This build's run of a snippet: from memory, from the cache, or run now.

    Only runs that matched their expectation are cached on disk, so a failure is
    never frozen: the next build runs the snippet again.
    """
    key = cache_key(snip, exp)
    with _lock:
        if key in _memo:
            return _memo[key]
    cached = _from_disk(key)
    if cached is not None and verdict(snip, exp, cached):
        stats["cache_hits"] += 1
        res = cached
    else:
        log.info("running %s", snip.display)
        stats["runs"] += 1
        res = runner.run(snip.path, timeout=exp.options.timeout)
        if verdict(snip, exp, res):
            _to_disk(key, res)
    with _lock:
        _memo[key] = res
    return res


def prefetch(snippets: list[Snippet]) -> None:
    """Run every snippet a build needs, in parallel; exclusive ones alone, afterwards."""
    shared, exclusive = [], []
    for snip in dict.fromkeys(snippets):
        try:
            exp = snip.expectation()
        except expect.ExpectationError:
            continue  # the fence reports it with the page
        (exclusive if exp.options.exclusive else shared).append((snip, exp))
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        list(pool.map(lambda pair: result(*pair), shared))
    for pair in exclusive:
        result(*pair)
