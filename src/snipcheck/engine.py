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
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from . import ENGINE_VERSION, expect, runner
from .catalog import ROOT, Snippet

log = logging.getLogger("mkdocs.plugins.snipcheck")
CACHE_DIR = Path(os.environ.get("SNIPCHECK_CACHE", ROOT / ".cache" / "snippets"))

_memo: dict[str, runner.RunResult] = {}
_memo_batches: dict[str, list[runner.RunResult]] = {}
_lock = threading.Lock()
# Per snippet of the pages: "runs" counts snippets that ran, "cache_hits" those that came only
# from the cache, once each whatever views (timeline, orders, matrices) asked for.  A view's
# batches are also counted apart ("view_runs", "view_hits").
stats = {"runs": 0, "cache_hits": 0, "view_runs": 0, "view_hits": 0}
_counted: dict[str, str] = {}  # snippet -> "run" | "hit", this build
_page_snippets: set[str] | None = None  # what this build's pages show (set by prefetch)


def _count(rel: str, ran: bool) -> None:
    with _lock:
        if _page_snippets is not None and rel not in _page_snippets:
            return  # e.g. a start-method matrix run of a snippet no page shows
        before = _counted.get(rel)
        if before == "run" or (before == "hit" and not ran):
            return
        if before == "hit":
            stats["cache_hits"] -= 1
        _counted[rel] = "run" if ran else "hit"
        stats["runs" if ran else "cache_hits"] += 1


def execution_enabled() -> bool:
    return os.environ.get("SNIPPETS_EXEC", "1").lower() not in ("0", "no", "off", "false")


def trace_fingerprint() -> str:
    """What a traced run's events depend on besides the snippet: the recorder's own source."""
    files = sorted((Path(runner.__file__).with_name("_trace")).glob("*.py"))
    return hashlib.sha256(b"".join(f.read_bytes() for f in files)).hexdigest()


def cache_key(
    snip: Snippet, exp: expect.Expectation, *, trace: bool = False, extra: dict | None = None
) -> str:
    material = {
        "engine": ENGINE_VERSION,
        "python": sys.version,
        "executable": sys.executable,
        "platform": platform.platform(),
        "source": hashlib.sha256(snip.source.encode()).hexdigest(),
        "timeout": exp.options.timeout,
        "max_output": runner.MAX_OUTPUT,
    }
    if trace:
        material["trace"] = trace_fingerprint()
    if extra:
        material["extra"] = extra  # views (timelines, matrices): what else the stored runs depend on
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


def result(snip: Snippet, exp: expect.Expectation, *, trace: bool = False) -> runner.RunResult:
    """This build's run of a snippet: from memory, from the cache, or run now.

    Only runs that matched their expectation are cached on disk, so a failure is
    never frozen: the next build runs the snippet again.  With `trace` the run
    also records its threads' timeline (`RunResult.events`), under its own key.
    """
    key = cache_key(snip, exp, trace=trace)
    with _lock:
        if key in _memo:
            return _memo[key]
    cached = _from_disk(key)
    if cached is not None and verdict(snip, exp, cached):
        _count(snip.rel, False)
        res = cached
    else:
        log.info("running %s", snip.display)
        _count(snip.rel, True)
        res = runner.run(snip.path, timeout=exp.options.timeout, trace=trace)
        if verdict(snip, exp, res):
            _to_disk(key, res)
    with _lock:
        _memo[key] = res
    return res


def cached_runs(key: str, produce, accept, snip: Snippet) -> list[runner.RunResult]:
    """Several runs of `snip` stored under one key (a view's batch: N runs, one per interpreter...).

    `produce()` makes the runs; they are stored only if `accept(runs)`, like `result`.
    """
    with _lock:
        if key in _memo_batches:
            return _memo_batches[key]
    runs = None
    try:
        data = json.loads((CACHE_DIR / f"{key}.json").read_text(encoding="utf-8"))
        runs = [runner.RunResult.from_json(d) for d in data["runs"]]
        if not accept(runs):
            runs = None
        else:
            stats["view_hits"] += 1
            _count(snip.rel, False)
    except (OSError, ValueError, TypeError, KeyError):
        runs = None
    if runs is None:
        stats["view_runs"] += 1
        _count(snip.rel, True)
        runs = produce()
        if accept(runs):
            CACHE_DIR.mkdir(parents=True, exist_ok=True)
            tmp = CACHE_DIR / f"{key}.{os.getpid()}.{threading.get_ident()}.tmp"
            tmp.write_text(
                json.dumps({"runs": [r.to_json() for r in runs]}, ensure_ascii=False), encoding="utf-8"
            )
            os.replace(tmp, CACHE_DIR / f"{key}.json")
    with _lock:
        _memo_batches[key] = runs
    return runs


def prefetch(snippets: list[Snippet]) -> None:
    """Run every snippet a build needs, in parallel; exclusive ones alone, afterwards.

    Fences with view options (timelines, orders, matrices: see `views`) add their
    own jobs: traced runs, batches of runs, runs under other interpreters or start methods.
    """
    global _page_snippets
    from . import views

    with _lock:
        _page_snippets = {s.rel for s in snippets}
        _counted.clear()
    shared, exclusive = [], []
    for snip, opts in views.requests(list(dict.fromkeys(snippets))):
        try:
            exp = snip.expectation()
        except expect.ExpectationError:
            continue  # the fence reports it with the page
        for job, alone in views.jobs(snip, exp, opts):
            (exclusive if alone else shared).append(job)
    before = dict(stats)
    started = time.monotonic()
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        list(pool.map(lambda job: job(), shared))
    for job in exclusive:
        job()
    if stats["view_runs"] + stats["view_hits"] > before["view_runs"] + before["view_hits"]:
        log.info(
            "snippet views (orders, versions, start methods): %d batches run, %d from cache; prefetch %.1f s",
            stats["view_runs"] - before["view_runs"],
            stats["view_hits"] - before["view_hits"],
            time.monotonic() - started,
        )
