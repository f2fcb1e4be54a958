"""One test per snippet: run it fresh (no cache) under every start method it needs,
as many times as its expectation says, and compare each run with the expectation."""

from __future__ import annotations

import pytest

from snipcheck import checks, expect
from snipcheck.catalog import Snippet, all_snippets

SNIPPETS = all_snippets()


@pytest.mark.parametrize("rel", SNIPPETS, ids=[f"snippets/{s}" for s in SNIPPETS])
def test_snippet(rel: str) -> None:
    snip = Snippet(rel)
    try:
        exp = snip.expectation()
    except expect.ExpectationError as exc:
        pytest.fail(str(exc), pytrace=False)
    for outcome in checks.outcomes(snip, exp):
        if not outcome.verdict:
            pytest.fail(
                f"{outcome.label} failed:\n{outcome.verdict.report}\n\n--- stdout "
                f"---\n{outcome.result.stdout}"
                f"--- stderr ---\n{outcome.result.stderr}",
                pytrace=False,
            )
