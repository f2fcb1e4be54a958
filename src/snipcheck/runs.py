"""The table of runs: every run the pages, the views, the tests and the commands need. A run is (snippet,
interpreter, start method, traced or not, repetition n). A `Table` makes each run once: from its cache folder
if it has one (the build), else by running it (tests and commands use no cache). Runs go side by side by cost:
snippets that mostly sleep several per core, ``#: cpu-bound`` ones one per core, ``#: exclusive`` ones (their
measurements are shown) and traced runs (a timeline shows scheduling) alone. A table whose outputs nobody
reads (the tests', ``snippets check``) runs exclusive ones as CPU-bound: their checks hold on a busy machine.
:func:`judge` is the one verdict."""

from __future__ import annotations

import functools
import hashlib
import json
import logging
import os
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import asdict, dataclass
from pathlib import Path

from . import expect, runner
from .interpreters import Interpreter
from .snippets import Snippet

log = logging.getLogger("mkdocs.plugins.snipcheck")
CORES = os.cpu_count() or 2
SLEEPERS_PER_CORE = 4  # snippets that mostly sleep: this many beside each other per core
# Tests: more or fewer runs of the snippets whose output varies (`#: runs N`).
RUNS_SCALE = float(os.environ.get("SNIPPETS_RUNS_SCALE", "1"))
# What a run depends on besides the snippet and the interpreter: the code that starts and records it.
ENGINE = hashlib.sha256(
    b"".join(p.read_bytes() for p in sorted([Path(runner.__file__), *runner.BOOT.glob("*.py")]))
).hexdigest()


@dataclass(frozen=True)
class Run:
    snippet: Snippet
    python: Interpreter
    method: str | None = None  # None: the interpreter's default start method
    trace: bool = False
    n: int = 0  # repetition (orders, matrices, tests)

    @property
    def label(self) -> str:
        method = self.method or self.snippet.uses_multiprocessing and self.python.default_method
        parts = [self.python.label.split(",")[0], method and f"start method {method}"]
        parts += [self.trace and "traced", self.n and f"run {self.n + 1}"]
        return f"{self.snippet.display} [{', '.join(p for p in parts if p)}]"

    def expectation(self) -> expect.Expectation:
        return self.snippet.expectation(self.python.tag)

    def execute(self) -> runner.RunResult:
        """Run it now (the table calls this; so do commands that must run every repetition)."""
        opts = {
            "timeout": self.expectation().options.timeout,
            "start_method": self.method,
            "trace": self.trace,
        }
        return runner.run(self.snippet.path, python=self.python.path, **opts)

    def key(self) -> str:
        material = [ENGINE, self.snippet.rel, self.snippet.source, self.python.path, self.python.version]
        material += [self.method, self.trace, self.n, self.expectation().options.timeout]
        return hashlib.sha256(json.dumps(material).encode()).hexdigest()


def run(
    snip: Snippet, python: Interpreter, method: str | None = None, *, trace: bool = False, n: int = 0
) -> Run:
    """A run; the interpreter's default start method is written as None, so both spellings are one run."""
    return Run(snip, python, None if method == python.default_method else method, trace, n)


def check_runs(snip: Snippet, python: Interpreter, *, runs: int | None = None) -> list[Run]:
    """A snippet's full check: every start method if it uses multiprocessing, `#: runs N` times each."""
    opts = snip.expectation(python.tag).options
    every = opts.start_methods == "all" or (opts.start_methods == "auto" and snip.uses_multiprocessing)
    count = runs or max(1, round(opts.runs * RUNS_SCALE))
    return [run(snip, python, m, n=n) for m in (python.methods if every else [None]) for n in range(count)]


def verdict(exp: expect.Expectation, res: runner.RunResult, label: str) -> expect.Verdict:
    """The one verdict: a run's output against an expectation, and the run's own errors."""
    v = expect.check(exp, stdout=res.stdout, stderr=res.stderr, exit_code=res.exit_code, label=label)
    return expect.Verdict(False, [*res.errors, *v.problems]) if res.errors else v


def judge(r: Run, res: runner.RunResult) -> expect.Verdict:
    """A run of the table against the expectation for its interpreter."""
    return verdict(r.expectation(), res, r.label)


class Table:  # runs made once each, side by side by cost; with `cache`, kept on disk between builds
    def __init__(self, cache: Path | None = None, *, store: bool = True, shown: bool = True) -> None:
        self.cache, self.store, self.shown = cache, store, shown
        self.futures: dict[str, Future[runner.RunResult]] = {}
        self.counts = (0, 0, 0.0)  # runs made, runs read from the cache, seconds the runs made took
        self._load, self._lock = 0.0, threading.Lock()
        self._waiting: list[tuple[float, Run, str]] = []  # (cost, run, key) in the order asked for
        self._pool = ThreadPoolExecutor(max_workers=CORES * SLEEPERS_PER_CORE, thread_name_prefix="run")

    def want(self, r: Run) -> Future[runner.RunResult]:
        with self._lock:
            if (key := r.key()) in self.futures:
                return self.futures[key]
            self.futures[key] = future = Future()
            try:  # read here: a warm build starts no thread
                stored = json.loads((self.cache / f"{key}.json").read_text(encoding="utf-8"))
                future.set_result(runner.RunResult(**stored))
                self.counts = (self.counts[0], self.counts[1] + 1, self.counts[2])
            except (OSError, ValueError, TypeError):  # not stored (or no cache), or from another layout
                try:
                    self._waiting.append((self._cost(r), r, key))
                except expect.ExpectationError as exc:
                    future.set_exception(exc)
                self._start()
            return future

    def _cost(self, r: Run) -> float:  # the share of the machine a run takes (CORES: all of it)
        opts = r.expectation().options
        alone = r.trace or opts.exclusive and self.shown
        return CORES if alone else 1.0 if opts.cpu_bound or opts.exclusive else 1 / SLEEPERS_PER_CORE

    def _start(self) -> None:
        """Start what fits beside the runs going (called with the lock held). A run that needs the machine
        alone waits until nothing else is waiting or going: so the others pack the cores meanwhile."""
        sharing = any(cost < CORES for cost, _, _ in self._waiting)
        for item in list(self._waiting):
            cost = item[0]
            if self._load + cost <= CORES if cost < CORES else not sharing and self._load == 0:
                self._waiting.remove(item)
                self._load += cost
                self._pool.submit(self._make, *item)

    def get(self, r: Run) -> runner.RunResult:
        return self.want(r).result()

    def idle(self) -> bool:
        with self._lock:
            return all(f.done() for f in self.futures.values())

    def wait_idle(self) -> None:
        while not self.idle():
            with self._lock:
                pending = [f for f in self.futures.values() if not f.done()]
            for f in pending:
                f.exception()  # waits; a failed run is judged by whoever asked for it

    def _make(self, cost: float, r: Run, key: str) -> None:
        future, stored = self.futures[key], self.cache / f"{key}.json" if self.cache and self.store else None
        res = None
        try:
            log.info("running %s", r.label)
            res = r.execute()
            if stored and not res.errors:  # a run cut short (timeout, leftovers) is never kept
                stored.parent.mkdir(parents=True, exist_ok=True)
                tmp = stored.with_suffix(f".{os.getpid()}.{threading.get_ident()}.tmp")
                tmp.write_text(json.dumps(asdict(res), ensure_ascii=False), encoding="utf-8")
                os.replace(tmp, stored)
        except BaseException as exc:  # noqa: BLE001 - handed to whoever waits for the run (theirs to judge)
            future.set_exception(exc)
        finally:
            with self._lock:
                self._load -= cost
                self._start()
        if not future.done():
            with self._lock:
                self.counts = (self.counts[0] + 1, self.counts[1], self.counts[2] + res.duration)
            future.set_result(res)

    def prune(self) -> int:
        """Remove stored runs this table did not use (after a whole build); returns how many."""
        used = {f"{key}.json" for key in self.futures}
        stale = [p for p in self.cache.glob("?" * 64 + ".json") if p.name not in used] if self.cache else []
        for p in stale:
            p.unlink(missing_ok=True)
        return len(stale)


@functools.cache
def shared_table(cache: Path) -> Table:
    """The build's table for this cache folder: one per process, so mkdocs serve's rebuilds share it."""
    return Table(cache)
