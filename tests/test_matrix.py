"""Version and start-method matrices: the machine's Pythons are found, missing ones are marked,
and version-sensitive snippets behave per version as measured (never assumed)."""

from __future__ import annotations

import glob
import os
import re
import sys

import pytest

from snipcheck import engine, matrix, runner, views
from snipcheck.catalog import Snippet

COUNTER = Snippet("matrix/unlocked_counter.py")
FORK = Snippet("matrix/fork_threads.py")
LINE = re.compile(r"5 потоков × (\d+): (\d+) из (\d+), потеряно (\d+)")


def say(capsys: pytest.CaptureFixture[str], text: str) -> None:
    """Shown in the test output even when pytest captures it: which Pythons this machine has."""
    with capsys.disabled():
        sys.stderr.write(f"\n[{os.path.basename(__file__)}] {text}\n")


def test_every_installed_cpython_is_found(capsys: pytest.CaptureFixture[str]) -> None:
    root = os.environ.get("PYENV_ROOT") or os.path.expanduser("~/.pyenv")
    on_disk = sorted(glob.glob(os.path.join(root, "versions", "3.*", "bin", "python3")))
    found = matrix.interpreters()
    say(capsys, "CPython found: " + ", ".join(f"{t} = {i.full} ({i.path})" for t, i in sorted(found.items())))
    missing = [t for t in matrix.EXPECTED_TAGS if t not in found]
    say(capsys, "not on this machine (shown as «не измерялось»): " + (", ".join(missing) or "none"))
    for path in on_disk:
        full = os.path.basename(os.path.dirname(os.path.dirname(path)))
        m = re.fullmatch(r"3\.(\d+)\.\d+(t?)", full)
        if not m or int(m.group(1)) < 9:
            continue
        tag = f"3.{m.group(1)}{m.group(2)}"
        assert tag in found, f"{path} ({full}) is installed but the matrix did not find it"
    build = f"3.{sys.version_info.minor}"
    assert build in found, "the build's own Python is always in the matrix"


def test_missing_versions_are_listed_not_dropped() -> None:
    found = matrix.interpreters()
    exp = COUNTER.expectation()
    spec = " ".join(matrix.EXPECTED_TAGS)
    html_table = views.versions_html(COUNTER, exp, spec, "1")
    for tag in matrix.EXPECTED_TAGS:
        row = re.search(rf"<tr><td>{re.escape(tag)}</td>(.*?)</tr>", html_table, re.DOTALL)
        assert row, f"{tag} has no row in the version matrix"
        if tag in found:
            assert found[tag].full in row.group(1)
        else:
            assert "не измерялось" in row.group(1)


def _runs(snip: Snippet, tag: str, n: int) -> list[runner.RunResult]:
    interp = matrix.interpreters()[tag]
    exp = matrix.expectation_for(snip, tag)
    runs = [runner.run(snip.path, timeout=exp.options.timeout, python=interp.path) for _ in range(n)]
    for res in runs:
        verdict = engine.verdict(snip, exp, res)
        assert verdict, f"{snip.display} under {interp.full}:\n{verdict.report}"
        assert interp.full in res.python, "the run is labelled with the interpreter that made it"
    return runs


def test_unlocked_counter_per_version_as_measured(capsys: pytest.CaptureFixture[str]) -> None:
    found = matrix.interpreters()
    seen = []
    for tag, interp in sorted(found.items()):
        if interp.free_threaded:
            continue
        runs = _runs(COUNTER, tag, 5)
        lines = [LINE.fullmatch(line) for res in runs for line in res.stdout.splitlines()]
        assert all(lines), [r.stdout for r in runs]
        lost_small = [int(m.group(4)) for m in lines if m.group(1) == "100000"]
        lost_big = [int(m.group(4)) for m in lines if m.group(1) == "1000000"]
        seen.append(f"{interp.full}: lost {lost_small} (5x100000), {lost_big} (5x1000000)")
        if interp.minor == 9:
            assert all(n > 0 for n in lost_big), f"3.9 kept every update in a 5 x 1000000 run: {lost_big}"
        else:
            assert lost_small == [0] * 5 and lost_big == [0] * 5, f"{interp.full} lost updates"
    say(capsys, "unlocked counter: " + "; ".join(seen))
    assert any(i.minor >= 10 for i in found.values())


def test_fork_with_threads_warns_from_312_on() -> None:
    for tag, interp in sorted(matrix.interpreters().items()):
        (res,) = _runs(FORK, tag, 1)
        warned = "DeprecationWarning" in res.stderr
        assert warned == (interp.minor >= 12), f"{interp.full}: warning {'shown' if warned else 'absent'}"


def test_expectation_lookup_by_version() -> None:
    assert matrix.expectation_for(COUNTER, "3.9").path.name == "unlocked_counter.py3.9.expected"
    assert matrix.expectation_for(COUNTER, "3.10").path.name == "unlocked_counter.expected"
    assert matrix.expectation_for(FORK, "3.11").path.name == "fork_threads.expected"
    assert matrix.expectation_for(FORK, "3.12").path.name == "fork_threads.py3.12+.expected"
    assert matrix.expectation_for(FORK, "3.14t").path.name == "fork_threads.py3.12+.expected"


def test_start_method_matrix_finds_every_multiprocessing_snippet() -> None:
    mp = {s.rel for s in matrix.multiprocessing_snippets()}
    assert {"timelines/processes_print.py", "benchmarks/cpu_pool.py", "benchmarks/cpu_processes.py"} <= mp
    assert "matrix/fork_threads.py" not in mp  # os.fork(), not multiprocessing
    assert all(Snippet(rel).uses_multiprocessing for rel in mp)


def test_a_start_method_run_is_judged_against_the_snippet_expectation() -> None:
    snip = Snippet("timelines/processes_print.py")
    res = runner.run(snip.path, start_method="spawn")
    assert res.start_method == "spawn"
    assert engine.verdict(snip, snip.expectation(), res)
    cell, ok = views._cell(snip, snip.expectation(), res, None)
    assert ok and cell.startswith("✓")


def test_merged_outputs_keep_what_differs() -> None:
    merged = views.merge_outputs(["a 1 b 2\n", "a 1 b 3\n"])
    assert merged == "a 1 b [2, 3]"
    assert views.merge_outputs(["x\n", "y\nz\n"]) == "x\n---\ny\nz"
