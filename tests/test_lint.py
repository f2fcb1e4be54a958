"""Every snippet, and the engine, the tests, the hooks, the scripts and the benchmarks notebook pass ruff
(lint and format) with the project's own settings (pyproject.toml: the same for snippets and tooling)."""

from __future__ import annotations

import subprocess

import pytest
from pytest_examples.lint import find_ruff_bin

from snipcheck.snippets import ROOT

CHECKED = ["snippets", "src", "tests", "hooks", "scripts", "docs/benchmarks.py"]


@pytest.mark.parametrize("command", [["check"], ["format", "--check", "--diff"]], ids=["check", "format"])
def test_ruff_passes(command: list[str]) -> None:
    # --no-cache: nothing written into the checkout (.ruff_cache)
    proc = subprocess.run(
        [find_ruff_bin(), *command, "--no-cache", *CHECKED],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert proc.returncode == 0, f"ruff {' '.join(command)} {' '.join(CHECKED)}:\n{proc.stdout}{proc.stderr}"
