"""Every snippet and every inline Python block passes ruff (lint) and ruff format, via pytest-examples."""

from __future__ import annotations

import subprocess

import pytest
from pytest_examples import CodeExample, EvalExample, find_examples
from pytest_examples.lint import find_ruff_bin

from snipcheck.catalog import DOCS, ROOT, SNIPPETS, all_snippets

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


def test_inline_python_blocks(eval_example: EvalExample) -> None:
    # Pages should hold none (see test_pages); any that appears is linted like a snippet.
    for example in find_examples(DOCS):
        _lint(eval_example, example)


def test_inline_collection_sees_python_fences(tmp_path) -> None:
    # Guard for the test above: pytest-examples must really collect ```python blocks.
    page = tmp_path / "page.md"
    page.write_text("# t\n\n```python\nimport os\n```\n\n```snippet\nthreads/x.py\n```\n", encoding="utf-8")
    found = list(find_examples(page))
    assert [e.source.strip() for e in found] == ["import os"]


# The engine, the tests, the hooks, the scripts and the benchmarks notebook: ruff with the
# project's own settings (pyproject.toml), lint and format.
TOOLING = ["src", "tests", "hooks", "scripts", "docs/benchmarks.py"]


@pytest.mark.parametrize("command", [["check"], ["format", "--check", "--diff"]], ids=["check", "format"])
def test_tooling_passes_ruff(command: list[str]) -> None:
    proc = subprocess.run(
        [find_ruff_bin(), *command, *TOOLING], capture_output=True, text=True, cwd=ROOT, check=False
    )
    assert proc.returncode == 0, f"ruff {' '.join(command)} {' '.join(TOOLING)}:\n{proc.stdout}{proc.stderr}"
