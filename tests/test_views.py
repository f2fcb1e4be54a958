"""The views of a snippet (version and start-method matrices, orders) and the interpreters behind them:
the machine's Pythons are found, missing ones are listed, version-sensitive snippets behave per version
as measured (never assumed), and every view's promise is checked on its data."""

from __future__ import annotations

import glob
import json
import os
import re
import sys

import pytest
from conftest import FENCES

from snipcheck import interpreters, runs, timeline, views
from snipcheck.snippets import ROOT, Snippet

COUNTER = Snippet("matrix/unlocked_counter.py")
FORK = Snippet("matrix/fork_threads.py")
LINE = re.compile(r"5 потоков × (\d+): (\d+) из (\d+), потеряно (\d+)")
FOUND = interpreters.found()


def test_every_installed_cpython_is_found() -> None:
    root = os.environ.get("PYENV_ROOT") or os.path.expanduser("~/.pyenv")
    installed = {
        os.path.basename(os.path.dirname(os.path.dirname(p)))
        for p in glob.glob(os.path.join(root, "versions", "3.*", "bin", "python3"))
    }
    wanted = {v for v in installed if re.fullmatch(r"3\.(9|1\d)\.\d+", v)}
    versions = {i.version for i in FOUND.values()}
    assert wanted <= versions, f"installed but not found: {sorted(wanted - versions)}"
    fetched = ROOT / ".cache" / "pythons" / "interpreters.json"
    for tag, entry in json.loads(fetched.read_text(encoding="utf-8")).items() if fetched.is_file() else ():
        assert tag in FOUND and FOUND[tag].version == entry["version"], f"fetched {tag} not found: {entry}"


def test_every_candidate_place_is_asked(tmp_path, monkeypatch) -> None:
    """A pyenv version and a python3.X on PATH (both links to this Python, in folders made here) are asked."""
    in_pyenv = tmp_path / "pyenv" / "versions" / "3.99.0" / "bin" / "python3"
    on_path = tmp_path / "bin" / "python3.19"
    for link in (in_pyenv, on_path):
        link.parent.mkdir(parents=True)
        link.symlink_to(sys.executable)
    monkeypatch.setenv("PYENV_ROOT", str(tmp_path / "pyenv"))
    monkeypatch.setenv("PATH", f"{on_path.parent}{os.pathsep}{os.environ['PATH']}")
    asked, ask = [], interpreters.ask
    monkeypatch.setattr(interpreters, "ask", lambda path: asked.append(path) or ask(path))
    interpreters.found.cache_clear()
    try:
        interpreters.found()
    finally:
        interpreters.found.cache_clear()  # the next caller finds this machine's, not these
    assert str(in_pyenv) in asked and str(on_path) in asked, asked


def test_missing_versions_are_listed_not_dropped(tmp_path) -> None:
    spec = "3.9 3.10 3.13t 3.99"
    opts = {"versions": spec, "runs": "1"}
    table = runs.Table(tmp_path / "cache")  # never the user's cache
    html = views.render(COUNTER, opts, table, interpreters.for_pages())
    for tag in spec.split():
        row = re.search(rf"<tr><td>({re.escape(tag)}[.\d]*|{re.escape(tag)})\b.*?</tr>", html, re.DOTALL)
        assert row, f"{tag} has no row in the version matrix"
        if tag in FOUND:
            assert FOUND[tag].version in row.group(0)
        else:
            assert "не запускалось" in row.group(0)


def test_unlocked_counter_per_version_as_measured() -> None:
    table = runs.Table()
    seen = {}
    for _, interp in sorted(FOUND.items()):
        if interp.free_threaded:
            continue
        planned = [runs.run(COUNTER, interp, n=k) for k in range(5)]
        results = [(r, table.want(r)) for r in planned]
        lost = []
        for r, f in results:
            res = f.result()
            assert runs.judge(r, res), runs.judge(r, res).report
            counts = list(map(LINE.fullmatch, res.stdout.splitlines()))
            assert counts and all(counts), f"{r.label}: lines LINE does not read: {res.stdout!r}"
            lost += [(int(m.group(1)), int(m.group(4))) for m in counts]
        seen[interp.version] = lost
        big = [n for size, n in lost if size == 1_000_000]
        assert len(big) == len(planned), f"{interp.version}: a run without its 5 x 1000000 count: {lost}"
        if interp.minor == 9:
            assert all(n > 0 for n in big), f"3.9 kept every update in a 5 x 1000000 run: {big}"
        else:
            assert all(n == 0 for _, n in lost), f"{interp.version} lost updates: {lost}"
    assert any(i.minor >= 10 for i in FOUND.values()), seen


def test_fork_with_threads_warns_from_312_on() -> None:
    for interp in FOUND.values():
        r = runs.run(FORK, interp)
        res = r.execute()
        assert runs.judge(r, res), runs.judge(r, res).report
        warned = "DeprecationWarning" in res.stderr
        assert warned == (interp.minor >= 12), f"{interp.version}: warning {'shown' if warned else 'absent'}"


def test_expectation_lookup_by_version() -> None:
    assert COUNTER.expectation_path("3.9").name == "unlocked_counter.py3.9.expected"
    assert COUNTER.expectation_path("3.10").name == "unlocked_counter.expected"
    assert FORK.expectation_path("3.11").name == "fork_threads.expected"
    assert FORK.expectation_path("3.12").name == "fork_threads.py3.12+.expected"
    assert FORK.expectation_path("3.14t").name == "fork_threads.py3.12+.expected"


def test_start_method_matrix_finds_every_multiprocessing_snippet() -> None:
    mp = {s.rel for s in views.mp_snippets()}
    assert {"timelines/processes_print.py", "benchmarks/cpu_pool.py", "benchmarks/cpu_processes.py"} <= mp
    assert "matrix/fork_threads.py" not in mp  # os.fork(), not multiprocessing


def test_a_method_matrix_fails_when_a_claimed_method_fails(tmp_path, monkeypatch) -> None:
    """The matrix view's promise: a snippet works under every method its expectation claims."""
    snip = Snippet("timelines/processes_print.py")
    monkeypatch.setattr(views, "mp_snippets", lambda: [snip])
    py = interpreters.for_pages()
    table = runs.Table(tmp_path / "cache")
    html = views.render(snip, {"methods": "spawn"}, table, py)
    assert "✓" in html and "processes_print.py" in html
    broken = runs.runner.RunResult(stdout="не то\n", stderr="", exit_code=0, duration=0.1)
    monkeypatch.setattr(table, "get", lambda r: broken)
    with pytest.raises(views.ViewError, match="fails under a method its expectation claims"):
        views.render(snip, {"methods": "spawn"}, table, py)


def test_orders_view_counts_orders_and_rejects_a_bad_run(tmp_path, monkeypatch) -> None:
    snip = COUNTER  # any snippet: the runs are made up here
    table = runs.Table(tmp_path / "cache")
    outputs = iter(["a\n", "b\n", "a\n"])
    monkeypatch.setattr(table, "get", lambda r: runs.runner.RunResult(next(outputs), "", 0, 0.1))
    monkeypatch.setattr(runs, "judge", lambda r, res: runs.expect.Verdict(res.stdout != "b\n", ["bad run"]))
    monkeypatch.setattr(views, "judge", runs.judge)
    with pytest.raises(views.ViewError, match="not every one of the 3 runs matched"):
        views.render(snip, {"orders": "3"}, table, interpreters.for_pages())
    outputs = iter(["x\ny\n", "y\nx\n", "x\ny\n"])
    monkeypatch.setattr(runs, "judge", lambda r, res: runs.expect.Verdict(True, []))
    monkeypatch.setattr(views, "judge", runs.judge)
    html = views.render(snip, {"orders": "3"}, table, interpreters.for_pages())
    rows = re.findall(r"<tr><td><code>([^<]*)</code></td><td>(\d+)</td><td>(\d+) %</td></tr>", html)
    assert [(n, p) for _, n, p in rows] == [("2", "66"), ("1", "33")], rows  # each order: runs, share
    assert {o for o, _, _ in rows} == {"x / y", "y / x"}, rows


def test_merged_outputs_keep_what_differs() -> None:
    assert views.merge_outputs(["a 1 b 2\n", "a 1 b 3\n"]) == "a 1 b [2, 3]"
    assert views.merge_outputs(["x\n", "y\nz\n"]) == "x\n---\ny\nz"


def test_outputs_name_no_build_machine_folder() -> None:
    py = interpreters.for_pages()
    prefix = os.path.dirname(os.path.dirname(os.path.realpath(py.path)))
    text = f'File "{ROOT}/snippets/x.py", line 1\n{prefix}/lib/python3/x.py\n/tmp/snippet-ab12_c/f.txt\n'
    assert views.neutral(text, py) == 'File "…/snippets/x.py", line 1\n…/lib/python3/x.py\n…/f.txt\n'


def test_timeline_view_says_its_promises_from_the_data(tmp_path, monkeypatch) -> None:
    """The caption under a timeline is the checks' own sentences, with this run's figures."""
    ms = 1_000_000
    events = [{"k": "proc-start", "p": 1, "i": 1, "n": "MainProcess", "a": 0, "boot": 1}]
    events += [
        {
            "k": "lock-hold",
            "p": 1,
            "i": t,
            "n": f"t{t}",
            "a": t * 10 * ms,
            "b": (t * 10 + 5) * ms,
            "o": "lock",
        }
        for t in (2, 3)
    ]
    table = runs.Table(tmp_path / "cache")
    monkeypatch.setattr(table, "get", lambda r: runs.runner.RunResult("", "", 0, 0.1, events=events))
    snip = Snippet(
        next(f.snippet.rel for fs in FENCES.values() for f in fs if f.options.get("timeline") == "lock")
    )
    html = views.render(snip, {"timeline": "lock"}, table, interpreters.for_pages())
    said = "; ".join(timeline.promises(timeline.build(events), "lock"))
    assert said and f"{said}.</p>" in html, "the caption is not the check's own sentence on this data"
    overlapping = events[:2] + [{**events[2], "a": 22 * ms}]
    monkeypatch.setattr(table, "get", lambda r: runs.runner.RunResult("", "", 0, 0.1, events=overlapping))
    with pytest.raises(views.ViewError, match="breaks its promise"):
        views.render(snip, {"timeline": "lock"}, table, interpreters.for_pages())
