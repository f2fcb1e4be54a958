"""Timelines: what each thread and process of one real run did, when (data, checks, SVG).

A traced run (``runner.run(..., trace=True)``; recorder in ``_trace/``) returns
events; :func:`build` turns them into lanes (one per thread or process) of spans:

``cpu``        the thread's CPU clock advanced (sampled about once a millisecond)
``sleep``      ``time.sleep`` (the site's stand-in for waiting on I/O)
``*-wait``     blocked in ``Lock.acquire``, ``Semaphore.acquire``, ``Barrier.wait``,
               ``Condition.wait``, ``Event.wait``
``*-hold``     between a successful acquire and the release (Lock, Semaphore)
``task``       one call of the snippet's function by a pool or executor

:func:`check` verifies invariants on the recorded data (a page fence lists the
ones it promises, ``timeline="lock"``; the tests call the same functions), and
:func:`svg` draws the picture the page embeds, coloured with Material's CSS
variables so it reads in both colour schemes.
"""

from __future__ import annotations

import html
import re
from collections import defaultdict
from dataclasses import dataclass, field
from itertools import pairwise

WAITS = ("lock-wait", "sem-wait", "barrier-wait", "cond-wait", "event-wait")
HOLDS = ("lock-hold", "sem-hold")
SPAN_KINDS = ("sleep", "task", *WAITS, *HOLDS)
CPU_SERIAL_SLACK = 0.05  # under the GIL the threads' CPU time fits in their shared wall time (+5 %, +2 ms)
CPU_SERIAL_SLACK_NS = 2_000_000
CPU_MIN_NS = 15_000_000  # a CPU check needs at least this much computing per thread


@dataclass
class Span:
    kind: str
    t0: int
    t1: int
    obj: str = ""
    detail: str = ""


@dataclass
class Lane:
    pid: int
    tid: int
    name: str
    process: str
    is_main_process: bool
    t0: int | None = None
    t1: int | None = None
    spans: list[Span] = field(default_factory=list)
    cpu: list[tuple[int, int, float]] = field(default_factory=list)  # (t0, t1, share of the interval)
    user: bool = False  # started by the snippet's code, or did something the snippet asked for
    cpu_total: int | None = None  # CPU ns at the end, read by the thread itself (exact)

    @property
    def label(self) -> str:
        if self.is_main_process:
            return "главный поток" if self.name == "MainThread" else self.name
        if self.name in ("MainThread", self.process):
            return self.process
        return f"{self.process} / {self.name}"

    def busy_ns(self) -> int:
        """CPU time: exact if the thread reported it at its end, else what the samples saw."""
        if self.cpu_total is not None:
            return self.cpu_total
        return int(sum((b - a) * share for a, b, share in self.cpu))


@dataclass
class Timeline:
    lanes: list[Lane]  # the ones worth drawing, in order of appearance
    all_lanes: list[Lane]
    t0: int
    t1: int
    marks: list[tuple[int, str]] = field(default_factory=list)  # (time, label): a barrier opening

    def spans(self, *kinds: str) -> list[tuple[Lane, Span]]:
        return [(lane, s) for lane in self.all_lanes for s in lane.spans if s.kind in kinds]

    @property
    def duration_ms(self) -> float:
        return (self.t1 - self.t0) / 1e6


def _spread(intervals: list[tuple[int, int, int]]) -> list[tuple[int, int, float]]:
    """(a, b, CPU ns) -> (a, b, share of the interval), CPU time kept whole.

    The kernel adds a running thread's time to its counter late (at a tick or a
    switch), never early: an interval that got more CPU than it lasted gets the
    rest from the intervals before it, where that CPU was really spent.
    """
    out: list[tuple[int, int, float]] = []
    carry = 0
    for a, b, ns in sorted(intervals, reverse=True):
        total = ns + carry
        used = min(total, b - a)
        carry = total - used
        out.append((a, b, used / (b - a)))
    out.reverse()
    return [iv for iv in out if iv[2] > 0]


def build(events: list[dict]) -> Timeline:
    """Lanes and spans from the events of one traced run."""
    main_pid = None
    lanes: dict[tuple[int, int], Lane] = {}
    proc_names: dict[int, str] = {}
    names: dict[tuple[int, int], str] = {}
    for e in events:
        if e["k"] == "proc-start" and e.get("boot") and main_pid is None:
            main_pid = e["p"]
        if e["k"] in ("proc-start", "proc") and not e.get("boot"):
            proc_names[e["p"]] = e["n"]
        if e["k"] in ("thread-start", "thread", "name"):
            names[(e["p"], e["i"])] = e["n"]

    def lane(pid: int, tid: int, name: str | None = None) -> Lane:
        key = (pid, tid)
        if key not in lanes:
            lanes[key] = Lane(
                pid,
                tid,
                names.get(key) or name or f"поток {tid}",
                proc_names.get(pid, "MainProcess" if pid == main_pid else f"процесс {pid}"),
                pid == main_pid,
            )
        return lanes[key]

    cpu_samples: dict[int, list[tuple[int, dict[int, int]]]] = defaultdict(list)
    final_cpu: dict[tuple[int, int], tuple[int, int]] = {}  # (pid, tid) -> (end time, CPU ns at the end)
    starts: dict[tuple[int, int], int] = {}
    for e in events:
        if e["k"] in ("thread", "proc") and "c" in e:
            final_cpu[(e["p"], e["i"])] = (e["b"], e["c"])
        if e["k"] in ("thread-start", "proc-start") and not e.get("boot"):
            starts[(e["p"], e["i"])] = e["a"]
    for e in events:
        k = e["k"]
        if k == "cpu":
            cpu_samples[e["p"]].append((e["a"], {int(t): v for t, v in e["c"].items()}))
            continue
        if k == "name":
            continue
        ln = lane(e["p"], e["i"], e.get("n"))
        if k in ("thread-start", "proc-start"):
            if not e.get("boot") or ln.is_main_process:
                ln.t0 = e["a"] if ln.t0 is None else min(ln.t0, e["a"])
            if e.get("u"):
                ln.user = True
        elif k in ("thread", "proc"):
            if not e.get("boot") or ln.is_main_process:
                ln.t0 = e["a"] if ln.t0 is None else min(ln.t0, e["a"])
                ln.t1 = e["b"] if ln.t1 is None else max(ln.t1, e["b"])
            if e.get("u"):
                ln.user = True
        elif k in SPAN_KINDS:
            detail = e.get("x", "")
            if k == "sleep":
                detail = f"sleep({e.get('s')})"
            elif k == "barrier-wait":
                detail = str(e.get("parties", ""))
            ln.spans.append(Span(k, e["a"], e["b"], e.get("o", ""), str(detail)))
            ln.user = True
    # CPU: how much of each sampling interval each thread spent computing.
    raw: dict[tuple[int, int], list[tuple[int, int, int]]] = defaultdict(list)  # (a, b, CPU ns)
    for pid, samples in cpu_samples.items():
        samples.sort(key=lambda s: s[0])
        for (ta, ca), (tb, cb) in pairwise(samples):
            if tb <= ta:
                continue
            for tid, value in cb.items():
                if tid in ca and value > ca[tid]:
                    raw[(pid, tid)].append((ta, tb, value - ca[tid]))
                elif tid not in ca and value > 0 and (pid, tid) in starts and starts[(pid, tid)] < tb:
                    raw[(pid, tid)].append((starts[(pid, tid)], tb, value))  # since the thread started
    # After a thread's last sample: up to the next sample (aligned with the other threads), or its end.
    for (pid, tid), (t_end, c_end) in final_cpu.items():
        lane(pid, tid).cpu_total = c_end
        samples = cpu_samples.get(pid, [])
        last = max((k for k, (_, c) in enumerate(samples) if tid in c), default=None)
        if last is None:
            start = lanes[(pid, tid)].t0 if (pid, tid) in lanes else None
            a, b, before = (start, t_end, 0) if start is not None else (None, None, 0)
        else:
            a, before = samples[last][0], samples[last][1][tid]
            b = samples[last + 1][0] if last + 1 < len(samples) and samples[last + 1][0] >= t_end else t_end
        if a is not None and b > a and c_end > before:
            raw[(pid, tid)].append((a, b, c_end - before))
    for (pid, tid), intervals in raw.items():
        lane(pid, tid).cpu = _spread(intervals)
    ordered = sorted(lanes.values(), key=lambda ln: (not ln.is_main_process, ln.t0 or 0, ln.pid, ln.tid))
    for ln in ordered:
        times = [s.t0 for s in ln.spans] + [s.t1 for s in ln.spans] + [t for c in ln.cpu for t in c[:2]]
        if ln.t0 is None and times:
            ln.t0 = min(times)
        if ln.t1 is None and times:
            ln.t1 = max(times)
    shown = [ln for ln in ordered if ln.user and ln.t0 is not None]
    if shown:
        t0 = min(ln.t0 for ln in shown)
        t1 = max(max([ln.t1 or ln.t0] + [s.t1 for s in ln.spans]) for ln in shown)
        # A lane's CPU outside the shown window (interpreter start-up) is not drawn.
        for ln in shown:
            ln.cpu = [(max(a, t0), min(b, t1), s) for a, b, s in ln.cpu if b > t0 and a < t1]
    else:
        t0 = t1 = 0
    tl = Timeline(shown, ordered, t0, max(t1, t0 + 1))
    for obj, gens in barrier_generations(tl).items():
        for gen in gens:
            tl.marks.append((max(s.t0 for _, s in gen), f"{obj} открылся"))
    return tl


# --------------------------------------------------------------------------- invariants


def max_overlap(intervals: list[tuple[int, int]]) -> int:
    """Most intervals in progress at one moment (an interval ending when another starts does not count)."""
    points = sorted(
        [(a, 1) for a, _ in intervals] + [(b, -1) for _, b in intervals], key=lambda p: (p[0], p[1])
    )
    best = cur = 0
    for _, d in points:
        cur += d
        best = max(best, cur)
    return best


def barrier_generations(tl: Timeline) -> dict[str, list[list[tuple[Lane, Span]]]]:
    """Barrier waits grouped by barrier, then into generations of `parties` arrivals."""
    by_obj: dict[str, list[tuple[Lane, Span]]] = defaultdict(list)
    parties: dict[str, int] = {}
    for lane, s in tl.spans("barrier-wait"):
        by_obj[s.obj].append((lane, s))
    for _, s in tl.spans("barrier-wait"):
        parties[s.obj] = int(s.detail) if s.detail.isdigit() else 0
    out = {}
    for obj, waits in by_obj.items():
        waits.sort(key=lambda ls: ls[1].t0)
        n = parties.get(obj) or len(waits)
        out[obj] = [waits[i : i + n] for i in range(0, len(waits), n)]
    return out


def _lock(tl: Timeline, _: int | None) -> tuple[list[str], str]:
    holds: dict[str, list[tuple[Lane, Span]]] = defaultdict(list)
    for lane, s in tl.spans("lock-hold"):
        holds[s.obj].append((lane, s))
    problems = [] if holds else ["no Lock was held in this run"]
    for obj, items in holds.items():
        items.sort(key=lambda ls: ls[1].t0)
        for (la, a), (lb, b) in pairwise(items):
            if b.t0 < a.t1:
                problems.append(
                    f"Lock {obj}: {lb.label} holds it from {b.t0 - tl.t0} ns, before {la.label} "
                    f"released it at {a.t1 - tl.t0} ns"
                )
    n = len(tl.spans("lock-hold"))
    return problems, f"{plural(n, 'удержание', 'удержания', 'удержаний')} Lock ни разу не пересеклись"


def semaphore_peak(tl: Timeline) -> dict[str, int]:
    holds: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for _, s in tl.spans("sem-hold"):
        holds[s.obj].append((s.t0, s.t1))
    return {obj: max_overlap(iv) for obj, iv in holds.items()}


def _inside(tl: Timeline, limit: int | None) -> tuple[list[str], str]:
    peaks = semaphore_peak(tl)
    problems = [
        f"Semaphore {o}: {n} threads inside at once (limit {limit})" for o, n in peaks.items() if n > limit
    ]
    peak = max(peaks.values(), default=0)
    promise = f"внутри Semaphore одновременно было не больше {limit} (в этом запуске — {peak})"
    return problems or ([] if peaks else ["no Semaphore was held in this run"]), promise


def _barrier(tl: Timeline, _: int | None) -> tuple[list[str], str]:
    gens = barrier_generations(tl)
    problems = [] if gens else ["no Barrier.wait in this run"]
    for obj, generations in gens.items():
        for gen in generations:
            last = max(s.t0 for _, s in gen)
            problems += [
                f"Barrier {obj}: {ln.label} left at {s.t1} before the last arrival at {last}"
                for ln, s in gen
                if s.t1 < last
            ]
    return problems, "барьер отпустил потоки только после прихода последнего"


def sleep_peak(tl: Timeline) -> int:
    return max_overlap([(s.t0, s.t1) for _, s in tl.spans("sleep")])


def _sleeps(tl: Timeline, least: int | None) -> tuple[list[str], str]:
    peak = sleep_peak(tl)
    problems = (
        []
        if peak >= least
        else [f"at most {peak} sleeps were in progress at once, expected at least {least}"]
    )
    return (
        problems,
        f"одновременно шли {plural(peak, 'ожидание', 'ожидания', 'ожиданий')} (нужно не меньше {least})",
    )


def cpu_parallelism(tl: Timeline) -> tuple[float, dict[str, int]]:
    """CPU time of the computing threads of each process divided by the wall time they shared.

    Exact figures, no sampling: each thread reads its own CPU clock at its end,
    and its start and end are recorded times.  Threads that computed by turns
    (under the GIL) give at most 1; two threads computing at once on two cores
    would give up to 2.  The largest ratio over the processes is returned.
    """
    worst = 0.0
    busy: dict[str, int] = {}
    by_pid: dict[int, list[Lane]] = defaultdict(list)
    for lane in tl.lanes:
        if lane.busy_ns() >= CPU_MIN_NS and lane.t0 is not None and lane.t1 is not None:
            by_pid[lane.pid].append(lane)
            busy[lane.label] = lane.busy_ns()
    for lanes in by_pid.values():
        if len(lanes) >= 2:
            cpu = sum(lane.busy_ns() for lane in lanes)
            wall = max(lane.t1 for lane in lanes) - min(lane.t0 for lane in lanes)
            worst = max(worst, cpu / max(wall, 1))
    return worst, busy


def _cpu_serial(tl: Timeline, _: int | None) -> tuple[list[str], str]:
    ratio, busy = cpu_parallelism(tl)
    problems = []
    if len(busy) < 2:
        problems.append(f"fewer than two threads computed for {CPU_MIN_NS // 1_000_000} ms or more: {busy}")
    by_pid: dict[int, list[Lane]] = defaultdict(list)
    for lane in tl.lanes:
        if lane.label in busy:
            by_pid[lane.pid].append(lane)
    for lanes in by_pid.values():
        cpu = sum(lane.busy_ns() for lane in lanes)
        wall = max(lane.t1 for lane in lanes) - min(lane.t0 for lane in lanes)
        if len(lanes) >= 2 and cpu > wall * (1 + CPU_SERIAL_SLACK) + CPU_SERIAL_SLACK_NS:
            problems.append(
                f"threads {', '.join(ln.label for ln in lanes)} used {cpu / 1e6:.1f} ms of CPU in "
                f"{wall / 1e6:.1f} ms of wall time: they computed at the same time"
            )
    promise = (
        f"потоки вместе получили {sum(busy.values()) // 1_000_000} мс процессора — не больше, чем "
        "прошло времени, "
        f"пока они считали ({ratio:.2f} от него): больше одного ядра сразу они не занимали"
    ).replace(".", ",")
    return problems, promise


def task_processes(tl: Timeline) -> set[int]:
    return {lane.pid for lane, _ in tl.spans("task")}


def _pool(tl: Timeline, count: int | None) -> tuple[list[str], str]:
    """What a pool guarantees: every task ran, in a worker process, one at a time per worker.

    How the tasks spread over the workers is not guaranteed (a worker that starts
    late may find the queue empty), so it is drawn, not checked.
    """
    tasks = tl.spans("task")
    problems = [] if len(tasks) == count else [f"{len(tasks)} pool task(s) recorded, expected {count}"]
    if in_main := sum(lane.is_main_process for lane, _ in tasks):
        problems.append(f"{in_main} task(s) ran in the main process, not in a pool worker")
    by_pid: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for lane, s in tasks:
        by_pid[lane.pid].append((s.t0, s.t1))
    problems += [
        f"worker {pid} ran two tasks at the same time" for pid, iv in by_pid.items() if max_overlap(iv) > 1
    ]
    workers = plural(len(by_pid), "рабочем процессе", "рабочих процессах", "рабочих процессах")
    tasks_done = plural(len(tasks), "задача", "задачи", "задач")
    return (
        problems,
        f"все {tasks_done} выполнены в {workers}, не в главном, и каждый брал по одной задаче за раз",
    )


def computing_lanes(tl: Timeline) -> list[str]:
    return [lane.label for lane in tl.lanes if lane.busy_ns() >= CPU_MIN_NS]


def _computing(tl: Timeline, least: int | None) -> tuple[list[str], str]:
    names = computing_lanes(tl)
    ms = CPU_MIN_NS // 1_000_000
    problems = (
        []
        if len(names) >= least
        else [f"{len(names)} thread(s)/process(es) computed for {ms} ms or more, expected at least {least}"]
    )
    return problems, f"по-настоящему считали (не меньше {ms} мс процессора): {', '.join(names)}"


def plural(n: int, one: str, few: str, many: str) -> str:
    """Russian agreement with a number: 1 задача, 2 задачи, 5 задач."""
    if n % 10 == 1 and n % 100 != 11:
        return f"{n} {one}"
    return f"{n} {few if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14 else many}"


# name -> (how the page writes it, the check: data -> (problems, the sentence the page promises))
CHECKS = {
    "lock": (r"lock", _lock),
    "inside": (r"inside<=(\d+)", _inside),
    "barrier": (r"barrier", _barrier),
    "sleeps": (r"sleeps>=(\d+)", _sleeps),
    "cpu-serial": (r"cpu-serial", _cpu_serial),
    "pool": (r"pool=(\d+)", _pool),
    "computing": (r"computing>=(\d+)", _computing),
}


def parse_checks(spec: str) -> list[tuple[str, int | None]]:
    """``"lock inside<=3"`` -> [("lock", None), ("inside", 3)]; ValueError for anything else."""
    out = []
    for word in spec.split():
        for name, (pattern, _) in CHECKS.items():
            if m := re.fullmatch(pattern, word):
                out.append((name, int(m.group(1)) if m.groups() else None))
                break
        else:
            known = ", ".join(p.replace("(\\d+)", "N").replace("\\", "") for p, _ in CHECKS.values())
            raise ValueError(f"unknown timeline check {word!r} (known: {known})")
    if not out:
        raise ValueError('a timeline needs at least one check, e.g. timeline="lock"')
    return out


def check(tl: Timeline, spec: str) -> list[str]:
    """Problems with the invariants `spec` names (empty list: all hold)."""
    if not tl.lanes:
        return ["the run recorded no threads or processes to draw"]
    return [p for name, arg in parse_checks(spec) for p in CHECKS[name][1](tl, arg)[0]]


def promises(tl: Timeline, spec: str) -> list[str]:
    """What the page says was verified, in Russian, with this run's figures (from the same checks)."""
    return [CHECKS[name][1](tl, arg)[1] for name, arg in parse_checks(spec)]


# --------------------------------------------------------------------------- drawing

LEFT, RIGHT, TOP, LANE_H, BAR_H = 150, 16, 30, 24, 16
WIDTH = 820
STYLE = {
    "cpu": ("var(--md-code-hl-keyword-color, #3f6ec6)", "вычисляет (CPU)"),
    "sleep": ("var(--md-default-fg-color--lighter, #00000052)", "ждёт ввода-вывода (sleep)"),
    "wait": ("var(--md-code-hl-number-color, #d52a2a)", "ждёт блокировку / барьер / условие"),
    "hold": ("var(--md-code-hl-string-color, #1c7d4d)", "внутри Lock / Semaphore"),
    "task": ("var(--md-code-hl-function-color, #a846b9)", "выполняет задачу пула"),
}
FG = "var(--md-default-fg-color, #000000de)"
FG_LIGHT = "var(--md-default-fg-color--light, #0000008a)"


def _nice_step(total_ms: float) -> float:
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000):
        if total_ms / step <= 8:
            return step
    return 20000


def svg(tl: Timeline, *, title: str, uid: str) -> str:
    """The timeline as inline SVG (scales to the page width; both colour schemes)."""
    span_ns = max(tl.t1 - tl.t0, 1)
    plot_w = WIDTH - LEFT - RIGHT

    def x(t: int) -> float:
        return LEFT + (t - tl.t0) * plot_w / span_ns

    def rect(t0: int, t1: int, y: float, h: float, **attrs: str) -> str:
        x0, x1 = x(t0), x(t1)
        w = max(x1 - x0, 0.8)
        extra = " ".join(f'{k.replace("_", "-")}="{v}"' for k, v in attrs.items())
        return f'<rect x="{x0:.1f}" y="{y:.1f}" width="{w:.1f}" height="{h:.1f}" {extra}/>'

    used: set[str] = set()
    body: list[str] = []
    for n, lane in enumerate(tl.lanes):
        y = TOP + n * LANE_H
        mid = y + BAR_H / 2
        body.append(
            f'<text x="{LEFT - 8}" y="{mid + 4:.1f}" text-anchor="end" font-size="11" fill="{FG}">'
            f"{html.escape(lane.label)}</text>"
        )
        if lane.t0 is not None and lane.t1 is not None:
            body.append(rect(lane.t0, lane.t1, mid - 1, 2, fill=FG_LIGHT))
        for a, b, share in lane.cpu:
            if share >= 0.05:
                used.add("cpu")
                body.append(rect(a, b, y, BAR_H, fill=STYLE["cpu"][0], fill_opacity=f"{share:.2f}"))
        for s in lane.spans:
            if s.kind == "sleep":
                used.add("sleep")
                body.append(rect(s.t0, s.t1, y + 3, BAR_H - 6, fill=STYLE["sleep"][0]))
            elif s.kind in WAITS:
                used.add("wait")
                body.append(
                    rect(
                        s.t0,
                        s.t1,
                        y + 2,
                        BAR_H - 4,
                        fill=f"url(#{uid}-hatch)",
                        stroke=STYLE["wait"][0],
                        stroke_width="1",
                    )
                )
        for s in lane.spans:
            if s.kind in HOLDS:
                used.add("hold")
                body.append(rect(s.t0, s.t1, y + BAR_H - 4, 5, fill=STYLE["hold"][0]))
            elif s.kind == "task":
                used.add("task")
                body.append(
                    rect(
                        s.t0, s.t1, y - 1, BAR_H + 2, fill="none", stroke=STYLE["task"][0], stroke_width="1.5"
                    )
                )
    lanes_h = len(tl.lanes) * LANE_H
    # Time axis.
    total_ms = span_ns / 1e6
    step = _nice_step(total_ms)
    axis_y = TOP - 8
    ticks = [f'<line x1="{LEFT}" y1="{axis_y}" x2="{WIDTH - RIGHT}" y2="{axis_y}" stroke="{FG_LIGHT}"/>']
    k = 0
    while k * step <= total_ms + 1e-9:
        tx = LEFT + k * step * 1e6 * plot_w / span_ns
        ticks.append(
            f'<line x1="{tx:.1f}" y1="{axis_y - 3}" x2="{tx:.1f}" y2="{TOP + lanes_h - 4}" '
            f'stroke="{FG_LIGHT}" stroke-opacity="0.25"/>'
        )
        ticks.append(
            f'<text x="{tx:.1f}" y="{axis_y - 6}" text-anchor="middle" font-size="10" '
            f'fill="{FG_LIGHT}">{k * step:g}</text>'
        )
        k += 1
    ticks.append(
        f'<text x="{LEFT - 8}" y="{axis_y - 6}" text-anchor="end" font-size="10" fill="{FG_LIGHT}">мс</text>'
    )
    marks = []
    for t, _label in tl.marks:
        mx = x(t)
        marks.append(
            f'<line x1="{mx:.1f}" y1="{TOP - 2}" x2="{mx:.1f}" y2="{TOP + lanes_h - 4}" '
            f'stroke="{STYLE["wait"][0]}" stroke-width="1.5" stroke-dasharray="4 3"/>'
        )
        used.add("mark")
    # Legend.
    legend = []
    ly = TOP + lanes_h + 10
    lx = LEFT
    items = [(k, STYLE[k]) for k in ("cpu", "sleep", "wait", "hold", "task") if k in used]
    for key, (color, text) in items:
        w = 7.2 * len(text) + 26
        if lx + w > WIDTH - RIGHT:
            lx, ly = LEFT, ly + 18
        if key == "wait":
            sw = f'<rect x="{lx}" y="{ly}" width="16" height="10" fill="url(#{uid}-hatch)" stroke="{color}"/>'
        elif key == "task":
            sw = (
                f'<rect x="{lx}" y="{ly}" width="16" height="10" fill="none" stroke="{color}" '
                'stroke-width="1.5"/>'
            )
        else:
            sw = f'<rect x="{lx}" y="{ly}" width="16" height="10" fill="{color}"/>'
        legend.append(
            sw + f'<text x="{lx + 22}" y="{ly + 9}" font-size="11" fill="{FG}">{html.escape(text)}</text>'
        )
        lx += w
    if "mark" in used:
        text = "барьер открылся (подошёл последний)"
        w = 7.2 * len(text) + 26
        if lx + w > WIDTH - RIGHT:
            lx, ly = LEFT, ly + 18
        legend.append(
            f'<line x1="{lx}" y1="{ly + 5}" x2="{lx + 16}" y2="{ly + 5}" stroke="{STYLE["wait"][0]}" '
            f'stroke-width="1.5" stroke-dasharray="4 3"/>'
            f'<text x="{lx + 22}" y="{ly + 9}" font-size="11" fill="{FG}">{html.escape(text)}</text>'
        )
    height = ly + 22
    hatch = (
        f'<defs><pattern id="{uid}-hatch" width="6" height="6" patternUnits="userSpaceOnUse" '
        f'patternTransform="rotate(45)"><rect width="6" height="6" fill="{STYLE["wait"][0]}" '
        'fill-opacity="0.12"/>'
        f'<line x1="0" y1="0" x2="0" y2="6" stroke="{STYLE["wait"][0]}" stroke-width="2.5"/></pattern></defs>'
    )
    return (
        f'<svg class="snippet-timeline" viewBox="0 0 {WIDTH} {height:.0f}" width="100%" role="img" '
        f'aria-label="{html.escape(title)}" xmlns="http://www.w3.org/2000/svg" '
        f'style="max-width:{WIDTH}px;font-family:var(--md-text-font-family, sans-serif)">'
        f"<title>{html.escape(title)}</title>{hatch}{''.join(ticks)}{''.join(body)}{''.join(marks)}{''.join(legend)}</svg>"
    )
