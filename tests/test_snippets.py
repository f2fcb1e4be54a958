"""One test per snippet: its full check (every start method it needs, as many runs as its expectation
says) on the pages' interpreter, run fresh (no cache) through one table of runs, so that runs go side by
side by what they cost; each run is judged against its expectation."""

from __future__ import annotations

import pytest

from snipcheck import expect, interpreters, runs
from snipcheck.snippets import Snippet, all_snippets

SNIPPETS = all_snippets()
PYTHON = interpreters.for_pages()


@pytest.fixture(scope="module")
def planned() -> dict[str, list | Exception]:
    """Every snippet's runs, wanted at once (the table starts them in parallel by cost)."""
    table = runs.Table()
    plan: dict[str, list | Exception] = {}
    for rel in SNIPPETS:
        try:
            plan[rel] = [(r, table.want(r)) for r in runs.check_runs(Snippet(rel), PYTHON)]
        except expect.ExpectationError as exc:
            plan[rel] = exc
    return plan


@pytest.mark.parametrize("rel", SNIPPETS, ids=[f"snippets/{s}" for s in SNIPPETS])
def test_snippet(rel: str, planned) -> None:
    if isinstance(planned[rel], Exception):
        pytest.fail(str(planned[rel]), pytrace=False)
    for r, future in planned[rel]:
        res = future.result()
        verdict = runs.judge(r, res)
        if not verdict:
            pytest.fail(
                f"{verdict.report}\n\n--- stdout ---\n{res.stdout}--- stderr ---\n{res.stderr}", pytrace=False
            )
        opts = r.expectation().options
        # The table runs a snippet beside others unless it says it keeps a core busy: hold it to that.
        if res.cpu and res.cpu >= 0.5 and res.cpu >= 0.5 * res.duration:
            assert opts.cpu_bound or opts.exclusive, (
                f"{r.label} used {res.cpu:.2f} s of CPU in {res.duration:.2f} s: add '#: "
                "cpu-bound' to its expectation"
            )
