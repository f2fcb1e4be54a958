"""Timelines: every timeline on the site, run fresh and traced, keeps its invariants — also on busy cores.

The page (docs/timelines.md) names each timeline's checks in its fence
(```snippet timeline="lock"```); the build checks them on the run it shows.
Here each one runs again, many times, and on top of the page's checks the
invariants the chapter teaches are asserted directly on the recorded data.
The checks themselves are tested on made-up data that breaks them.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator

import pytest
from conftest import assert_gone, new_tag

from snipcheck import interpreters, runner, runs, timeline, views
from snipcheck.fence import pages
from snipcheck.snippets import Snippet

RUNS = max(1, round(3 * runs.RUNS_SCALE))
LOADED_RUNS = max(1, round(5 * runs.RUNS_SCALE))
PYTHON = interpreters.for_pages()


def page_timelines() -> list[tuple[str, str]]:
    return [
        (f.snippet.rel, f.options["timeline"])
        for fs in pages().values()
        for f in fs
        if "timeline" in f.options
    ]


TIMELINES = page_timelines()
IDS = [rel for rel, _ in TIMELINES]


def traced(rel: str) -> tuple[runner.RunResult, timeline.Timeline]:
    r = runs.run(Snippet(rel), PYTHON, trace=True)
    res = r.execute()
    verdict = runs.judge(r, res)
    assert verdict, f"the traced run does not match its expectation:\n{verdict.report}"
    assert res.events, f"{r.label}: the traced run recorded no events"
    return res, timeline.build(res.events)


def _semaphore(limit: int, holds: int):
    def lesson(tl: timeline.Timeline) -> None:
        peaks = timeline.semaphore_peak(tl)
        assert peaks and max(peaks.values()) <= limit, f"more than {limit} inside the Semaphore: {peaks}"
        assert len(tl.spans("sem-hold")) == holds, (
            f"expected {holds} passes through it: {tl.spans('sem-hold')}"
        )

    return lesson


def _serial(tl: timeline.Timeline) -> None:
    assert tl.spans("lock-hold") and not timeline.check(tl, "lock"), timeline.check(tl, "lock")


def _barrier(tl: timeline.Timeline) -> None:
    waits = tl.spans("barrier-wait")
    assert len(waits) == 4
    last_arrival = max(s.t0 for _, s in waits)
    assert all(s.t1 >= last_arrival for _, s in waits), "a thread left the Barrier before the last arrival"


def _io(tl: timeline.Timeline) -> None:
    """The waits happen in the four threads, one each, none in the main thread (how much they overlap is
    the page's own check, `sleeps>=4`)."""
    sleeps = tl.spans("sleep")
    assert len(sleeps) == 4 and len({lane.tid for lane, _ in sleeps}) == 4, sleeps
    assert not any(lane.is_main_process and lane.name == "MainThread" for lane, _ in sleeps)


def _cpu_threads(tl: timeline.Timeline) -> None:
    assert not timeline.check(tl, "cpu-serial")
    ratio, busy = timeline.cpu_parallelism(tl)
    assert len(busy) == 2 and ratio <= 1 + timeline.CPU_SERIAL_SLACK, (ratio, busy)


def _cpu_pool(tl: timeline.Timeline) -> None:
    # How the tasks spread over the two workers is up to the OS (not asserted); where they ran is not.
    tasks = tl.spans("task")
    assert len(tasks) == 6 and not any(lane.is_main_process for lane, _ in tasks)
    assert 1 <= len(timeline.task_processes(tl)) <= 2, timeline.task_processes(tl)


def _cpu_processes(tl: timeline.Timeline) -> None:
    assert len(timeline.computing_lanes(tl)) == 2


# What each example teaches, asserted on the data beyond the page's own checks (by file name).
LESSONS = {
    "semaphore_three.py": _semaphore(3, 6),
    "exercise_2_bounded.py": _semaphore(2, 4),
    "lock_serial.py": _serial,
    "condition_consumers.py": _serial,
    "exercise_1_lock_outside.py": _serial,
    "barrier_release.py": _barrier,
    "io_threads.py": _io,
    "cpu_threads.py": _cpu_threads,
    "cpu_pool.py": _cpu_pool,
    "cpu_processes.py": _cpu_processes,
}


def lesson(rel: str, tl: timeline.Timeline) -> None:
    name = rel.rsplit("/", 1)[-1]
    assert name in LESSONS, f"{rel}: no lesson in LESSONS: say what its timeline teaches"
    LESSONS[name](tl)


def test_the_page_has_at_least_six_timelines() -> None:
    assert len(TIMELINES) >= 6, TIMELINES
    for _, spec in TIMELINES:
        timeline.parse_checks(spec)  # every page spec is valid


@pytest.mark.parametrize(("rel", "spec"), TIMELINES, ids=IDS)
def test_timeline_invariants(rel: str, spec: str) -> None:
    for attempt in range(1, RUNS + 1):
        _, tl = traced(rel)
        problems = timeline.check(tl, spec)
        assert not problems, f"{rel} run {attempt}: {problems}"
        lesson(rel, tl)


@pytest.fixture(scope="module")
def busy_cores() -> Iterator[int]:
    """Every core kept busy by a spinning process of our own (killed by pid afterwards)."""
    n, tag = os.cpu_count() or 2, new_tag()
    env = dict(os.environ, SNIPCHECK_TAG=tag)
    spinners = [subprocess.Popen([sys.executable, "-c", "while True: pass"], env=env) for _ in range(n)]
    try:
        yield n
    finally:
        for p in spinners:
            p.kill()
        for p in spinners:
            p.wait()
        assert_gone(tag, "the spinning processes")


@pytest.mark.parametrize(("rel", "spec"), TIMELINES, ids=IDS)
def test_timeline_invariants_on_busy_cores(rel: str, spec: str, busy_cores: int) -> None:
    for attempt in range(1, LOADED_RUNS + 1):
        _, tl = traced(rel)
        problems = timeline.check(tl, spec)
        assert not problems, f"{rel} run {attempt} with {busy_cores} busy cores: {problems}"
        lesson(rel, tl)


def test_the_snippet_sees_a_plain_interpreter() -> None:
    """The recorder adds no thread to the snippet and leaves its output alone."""
    snip = Snippet("benchmarks/io_threads.py")
    plain = runner.run(snip.path, python=PYTHON.path)
    assert not plain.errors, plain.errors  # a process left behind is one of them
    res, tl = traced(snip.rel)
    assert plain.stdout == res.stdout
    assert [lane.label for lane in tl.lanes] == ["поток-1", "поток-2", "поток-3", "поток-4"]


def test_the_svg_is_well_formed_and_themed() -> None:
    _, tl = traced(next(rel for rel, spec in TIMELINES if "barrier" in spec.split()))
    picture = timeline.svg(tl, title="t", uid="u")
    root = ET.fromstring(picture)
    assert root.tag.endswith("svg")
    assert "var(--md-default-fg-color" in picture and "var(--md-code-hl-keyword-color" in picture
    assert tl.marks, "the Barrier's opening is marked"


# --------------------------------------------------------------------------- the checks can fail


def _ev(kind: str, tid: int, a: int, b: int, **extra) -> dict:
    return {"k": kind, "p": 1, "i": tid, "n": f"t{tid}", "a": a, "b": b, **extra}


BASE = [{"k": "proc-start", "p": 1, "i": 1, "n": "MainProcess", "a": 0, "boot": 1}]
MS = 1_000_000


def test_check_lock_catches_overlapping_holds() -> None:
    tl = timeline.build(
        BASE + [_ev("lock-hold", 2, 0, 10 * MS, o="lock"), _ev("lock-hold", 3, 5 * MS, 15 * MS, o="lock")]
    )
    assert timeline.check(tl, "lock")
    ok = timeline.build(
        BASE + [_ev("lock-hold", 2, 0, 10 * MS, o="lock"), _ev("lock-hold", 3, 10 * MS, 15 * MS, o="lock")]
    )
    assert not timeline.check(ok, "lock")


def test_check_inside_catches_a_fourth_holder() -> None:
    events = BASE + [_ev("sem-hold", t, t * MS, 100 * MS, o="slots") for t in (2, 3, 4, 5)]
    tl = timeline.build(events)
    assert timeline.check(tl, "inside<=3")
    assert not timeline.check(tl, "inside<=4")


def test_check_barrier_catches_an_early_leaver() -> None:
    arrivals = [_ev("barrier-wait", t, t * 10 * MS, 50 * MS, o="barrier", parties=3) for t in (2, 3, 4)]
    assert not timeline.check(timeline.build(BASE + arrivals), "barrier")
    early = arrivals[:2] + [_ev("barrier-wait", 4, 40 * MS, 50 * MS, o="barrier", parties=3)]
    early[0] = _ev("barrier-wait", 2, 20 * MS, 30 * MS, o="barrier", parties=3)
    assert timeline.check(timeline.build(BASE + early), "barrier")


def test_check_sleeps_catches_waits_in_a_row() -> None:
    in_a_row = BASE + [_ev("sleep", t, t * 10 * MS, (t + 1) * 10 * MS, s=0.01) for t in (2, 3, 4, 5)]
    assert timeline.check(timeline.build(in_a_row), "sleeps>=4")
    together = BASE + [_ev("sleep", t, 0, 10 * MS, s=0.01) for t in (2, 3, 4, 5)]
    assert not timeline.check(timeline.build(together), "sleeps>=4")


def test_check_cpu_serial_catches_threads_computing_at_once() -> None:
    def two_threads(cpu_ns: int) -> timeline.Timeline:
        events = BASE + [{"k": "thread-start", "p": 1, "i": t, "n": f"t{t}", "a": 0, "u": 1} for t in (2, 3)]
        events += [_ev("thread", t, 0, 100 * MS, u=1, c=cpu_ns) for t in (2, 3)]
        return timeline.build(events)

    assert timeline.check(two_threads(95 * MS), "cpu-serial"), "two threads with 95 ms of CPU each in 100 ms"
    assert not timeline.check(two_threads(48 * MS), "cpu-serial")


def test_check_pool_catches_missing_tasks_tasks_in_the_parent_and_overlaps() -> None:
    worker = [{"k": "proc-start", "p": 7, "i": 1, "n": "ForkPoolWorker-1", "a": 0}]
    good = BASE + worker + [_ev("task", 1, t * MS, (t + 1) * MS, o="f") | {"p": 7} for t in range(3)]
    assert not timeline.check(timeline.build(good), "pool=3")
    assert timeline.check(timeline.build(good), "pool=4"), "a task is missing"
    in_parent = good[:-1] + [_ev("task", 1, 5 * MS, 6 * MS, o="f")]
    assert any("main process" in p for p in timeline.check(timeline.build(in_parent), "pool=3"))
    overlapping = good[:-1] + [_ev("task", 2, MS // 2, 3 * MS, o="f") | {"p": 7}]
    assert any("same time" in p for p in timeline.check(timeline.build(overlapping), "pool=3"))


@pytest.mark.parametrize(
    "bad",
    [
        {"timeline": "nothing"},
        {"orders": "1"},
        {"pick": "(x)"},
        {"timeline": "lock", "versions": "3.9"},
        {"methods": "fork thread"},
        {"versions": "3.x"},
        {"colour": "red"},
    ],
)
def test_unknown_checks_and_options_are_refused(bad: dict) -> None:
    with pytest.raises(ValueError):
        views.validate(bad)


def test_good_options_pass() -> None:
    views.validate({"timeline": "lock", "orders": "20", "pick": "(x)"})
    views.validate({"versions": "3.10 3.13t", "runs": "3"})


def _numbers(sentence: str) -> list[int]:
    return [int(n) for n in re.findall(r"\d+", sentence)]


def _word_after(n: int, sentence: str) -> str:
    return re.search(rf"\b{n} (\w+)", sentence).group(1)


def test_promises_say_what_the_data_shows() -> None:
    """Each check's sentence on the page is made from the data it checked: its figures are the data's, and the
    noun after a count agrees with it (2 and 22 take one form, 5 and 11 another, 1 and 21 a third)."""

    def holds(n: int) -> timeline.Timeline:
        return timeline.build(
            BASE + [_ev("lock-hold", t, t * 10 * MS, (t * 10 + 5) * MS, o="lock") for t in range(2, 2 + n)]
        )

    said = {n: timeline.promises(holds(n), "lock") for n in (1, 2, 5, 11, 21, 22)}
    assert all(len(s) == 1 and _numbers(s[0]) == [n] for n, s in said.items()), said
    forms = {n: _word_after(n, s[0]) for n, s in said.items()}
    assert forms[1] == forms[21] != forms[2] == forms[22] != forms[5] == forms[11] != forms[1], forms

    sem = timeline.build(BASE + [_ev("sem-hold", t, t * MS, 100 * MS, o="s") for t in (2, 3, 4, 5)])
    assert [_numbers(s) for s in timeline.promises(sem, "inside<=5")] == [
        [5, 4]
    ]  # the limit, this run's peak
    sleeps = timeline.build(BASE + [_ev("sleep", t, 0, 10 * MS, s=0.01) for t in (2, 3, 4, 5, 6)])
    assert [_numbers(s) for s in timeline.promises(sleeps, "sleeps>=4")] == [
        [5, 4]
    ]  # this run's peak, the least
    worker = [{"k": "proc-start", "p": 7, "i": 1, "n": "ForkPoolWorker-1", "a": 0}]
    pool = BASE + worker + [_ev("task", 1, t * MS, (t + 1) * MS, o="f") | {"p": 7} for t in range(3)]
    assert _numbers(timeline.promises(timeline.build(pool), "pool=3")[0]) == [3, 1]  # tasks, workers
    assert timeline.promises(holds(2), "lock barrier") == [*said[2], *timeline.promises(holds(2), "barrier")]
    assert [timeline.plural(n, "задача", "задачи", "задач") for n in (1, 2, 5, 11, 21, 22, 25)] == [
        "1 задача",
        "2 задачи",
        "5 задач",
        "11 задач",
        "21 задача",
        "22 задачи",
        "25 задач",
    ]
