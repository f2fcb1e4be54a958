"""A snippet's full check, as the tests and the stress command run it (never cached)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass

from . import expect, runner
from .catalog import Snippet

RUNS_SCALE = float(os.environ.get("SNIPPETS_RUNS_SCALE", "1"))


@dataclass
class Outcome:
    snippet: Snippet
    start_method: str | None
    attempt: int
    result: runner.RunResult
    verdict: expect.Verdict

    @property
    def label(self) -> str:
        method = self.start_method or "default"
        return f"{self.snippet.display} [start method {method}, run {self.attempt}]"


def runs_for(exp: expect.Expectation) -> int:
    return max(1, round(exp.options.runs * RUNS_SCALE))


def outcomes(snip: Snippet, exp: expect.Expectation, *, runs: int | None = None) -> Iterator[Outcome]:
    """Run a snippet under every start method it needs, `runs` times each, and judge each run."""
    for method in snip.start_methods(exp):
        for attempt in range(1, (runs or runs_for(exp)) + 1):
            res = runner.run(snip.path, timeout=exp.options.timeout, start_method=method)
            label = f"{snip.display}" + (f" [start method {method}]" if method else "")
            v = expect.check(exp, stdout=res.stdout, stderr=res.stderr, exit_code=res.exit_code, label=label)
            if res.errors:
                v = expect.Verdict(False, res.errors + v.problems)
            yield Outcome(snip, method, attempt, res, v)
