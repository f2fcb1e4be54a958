"""One test per snippet, on every supported Python: its full check (every start method it needs, as many
runs as its expectation says) on the pages' interpreter, and one run per start method on every other
version (conftest.snippet_checks: every run wanted at once, side by side, when the first of these tests
starts). On the pages' interpreter at least one run is the tests' own; the rest may be runs the session
build made (in its own fresh cache), judged again here."""

from __future__ import annotations

import pytest

from snipcheck import interpreters, runs
from snipcheck.snippets import all_snippets

SNIPPETS = all_snippets()


def test_every_supported_version_is_here() -> None:
    assert not interpreters.missing(), f"CPython {interpreters.missing()} missing: run `make pythons`"


@pytest.mark.parametrize("rel", SNIPPETS, ids=[f"snippets/{s}" for s in SNIPPETS])
def test_snippet(rel: str, snippet_checks) -> None:
    if isinstance(snippet_checks[rel], Exception):
        pytest.fail(str(snippet_checks[rel]), pytrace=False)
    pages = interpreters.for_pages()
    assert any(own and r.python == pages for r, _, own in snippet_checks[rel]), "no run of the tests' own"
    for r, future, own in snippet_checks[rel]:
        res = future.result()
        verdict = runs.judge(r, res)
        if not verdict:
            made = "this test's own run" if own else "a run of the session build"
            pytest.fail(
                f"{verdict.report}\n({made})\n--- stdout ---\n{res.stdout}--- stderr ---\n{res.stderr}",
                pytrace=False,
            )
        opts = r.expectation().options
        # The table runs a snippet beside others unless it says it keeps a core busy: hold it to that.
        if res.cpu and res.cpu >= 0.5 and res.cpu >= 0.5 * res.duration:
            assert opts.cpu_bound or opts.exclusive, (
                f"{r.label} used {res.cpu:.2f} s of CPU in {res.duration:.2f} s: "
                "add '#: cpu-bound' to its expectation"
            )
