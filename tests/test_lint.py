"""Every snippet passes ruff (lint) and ruff format, via pytest-examples (pages hold no other "
"code: test_pages)."""

from __future__ import annotations

import subprocess

import pytest
from pytest_examples import CodeExample, EvalExample
from pytest_examples.lint import find_ruff_bin

from snipcheck.snippets import ROOT, SNIPPETS, all_snippets

LINT = {
    "ruff_select": ["E", "W", "F", "B", "UP", "I", "SIM"],
    "ruff_line_length": 110,
    "target_version": "py310",
}


def _lint(eval_example: EvalExample, example: CodeExample) -> None:
    eval_example.set_config(**LINT)
    eval_example.lint_ruff(example)
    proc = subprocess.run(
        [find_ruff_bin(), "format", "--diff", "--line-length=110", f"--stdin-filename={example.path}", "-"],
        input=example.source,
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    if proc.returncode != 0:
        pytest.fail(
            f"{example.path} is not formatted (ruff format):\n{proc.stdout}{proc.stderr}", pytrace=False
        )


@pytest.mark.parametrize("rel", all_snippets(), ids=[f"snippets/{s}" for s in all_snippets()])
def test_snippet_lint(rel: str, eval_example: EvalExample) -> None:
    path = SNIPPETS / rel
    _lint(eval_example, CodeExample.create(path.read_text(encoding="utf-8"), path=path.relative_to(ROOT)))


# The engine, the tests, the hooks, the scripts and the benchmarks notebook: ruff with the
# project's own settings (pyproject.toml), lint and format.
TOOLING = ["src", "tests", "hooks", "scripts", "docs/benchmarks.py"]


@pytest.mark.parametrize("command", [["check"], ["format", "--check", "--diff"]], ids=["check", "format"])
def test_tooling_passes_ruff(command: list[str]) -> None:
    proc = subprocess.run(
        [find_ruff_bin(), *command, *TOOLING], capture_output=True, text=True, cwd=ROOT, check=False
    )
    assert proc.returncode == 0, f"ruff {' '.join(command)} {' '.join(TOOLING)}:\n{proc.stdout}{proc.stderr}"
