"""One test per snippet, on every supported Python: its full check (every start method it needs, as many
runs as its expectation says) on the pages' interpreter, and one run per start method on every other
version.  Runs go through one table, side by side by cost; the runs the session's strict build already
made (its own fresh cache, never the user's) are judged again, not repeated."""

from __future__ import annotations

import pytest

from snipcheck import expect, interpreters, runs
from snipcheck.snippets import Snippet, all_snippets

SNIPPETS = all_snippets()
PYTHON = interpreters.for_pages()


def test_every_supported_version_is_here() -> None:
    assert not interpreters.missing(), f"CPython {interpreters.missing()} missing: run `make pythons`"


@pytest.fixture(scope="module")
def planned(site_build) -> dict[str, list | Exception]:
    """Every snippet's runs, wanted at once (the table starts them in parallel by cost)."""
    table = runs.Table(site_build[1], store=False)
    plan: dict[str, list | Exception] = {}
    for rel in SNIPPETS:
        snip = Snippet(rel)
        try:
            wanted = runs.check_runs(snip, PYTHON)
            for other in interpreters.supported():
                wanted += runs.check_runs(snip, other, runs=1) if other.tag != PYTHON.tag else []
            plan[rel] = [(r, table.want(r)) for r in wanted]
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
                f"{r.label} used {res.cpu:.2f} s of CPU in {res.duration:.2f} s: "
                "add '#: cpu-bound' to its expectation"
            )
