"""Timelines of one traced run (recorder in ``_boot/``): a lane per thread or process, of spans ``cpu``,
``sleep`` (the site's stand-in for I/O), ``*-wait``, ``*-hold`` (Lock/Semaphore held), ``task`` (a pool
call); :func:`check` verifies what a fence promises (``timeline="lock"``), :func:`svg` draws it."""

from __future__ import annotations

import html
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import accumulate, count, pairwise, takewhile

WAITS = ("lock-wait", "sem-wait", "barrier-wait", "cond-wait", "event-wait")
SPAN_KINDS = ("sleep", "task", "lock-hold", "sem-hold", *WAITS)
# Under the GIL the threads' CPU time fits in their shared wall time (+5 %, +2 ms).
CPU_SERIAL_SLACK, CPU_SERIAL_SLACK_NS = 0.05, 2_000_000
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
        return self.process if self.name in ("MainThread", self.process) else f"{self.process} / {self.name}"

    def busy_ns(self) -> int:  # exact if the thread reported it at its end, else what the samples saw
        return self.cpu_total if self.cpu_total is not None else int(sum((b - a) * s for a, b, s in self.cpu))


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
    """(a, b, CPU ns) -> (a, b, share of the interval), CPU time kept whole: the kernel counts a thread's
    time late (at a tick or a switch), never early, so CPU beyond an interval was spent before it."""
    out, carry = [], 0
    for a, b, ns in sorted(intervals, reverse=True):
        used = min(ns + carry, b - a)
        carry += ns - used
        out.append((a, b, used / (b - a)))
    return [iv for iv in reversed(out) if iv[2] > 0]


def build(events: list[dict]) -> Timeline:
    main_pid = next((e["p"] for e in events if e["k"] == "proc-start" and e.get("boot")), None)
    cpu_samples = _group(
        (e["p"], (e["a"], {int(t): v for t, v in e["c"].items()})) for e in events if e["k"] == "cpu"
    )
    # pid -> process name; (pid, tid) -> Lane, thread name, start time, (end time, CPU ns at the end)
    proc_names, lanes, names, starts, final_cpu = {}, {}, {}, {}, {}
    for e in events:
        k, key, boot = e["k"], (e["p"], e.get("i")), e.get("boot")
        if k in ("proc-start", "proc") and not boot:
            proc_names[e["p"]] = e["n"]
        if k in ("thread-start", "thread"):
            names[key] = e["n"]
        if k in ("thread", "proc") and "c" in e:
            final_cpu[key] = (e["b"], e["c"])
        if k in ("thread-start", "proc-start") and not boot:
            starts[key] = e["a"]

    def lane(pid: int, tid: int, name: str | None = None) -> Lane:
        process = proc_names.get(pid, "MainProcess" if pid == main_pid else f"процесс {pid}")
        new = Lane(pid, tid, names.get((pid, tid)) or name or f"поток {tid}", process, pid == main_pid)
        return lanes.setdefault((pid, tid), new)

    for e in events:
        if (k := e["k"]) == "cpu":
            continue
        ln = lane(e["p"], e["i"], e.get("n"))
        if k in ("thread-start", "proc-start", "thread", "proc"):
            if not e.get("boot") or ln.is_main_process:
                ln.t0 = e["a"] if ln.t0 is None else min(ln.t0, e["a"])
                if k in ("thread", "proc"):
                    ln.t1 = e["b"] if ln.t1 is None else max(ln.t1, e["b"])
            ln.user |= bool(e.get("u"))
        elif k in SPAN_KINDS:
            details = {"sleep": f"sleep({e.get('s')})", "barrier-wait": e.get("parties", "")}
            ln.spans.append(Span(k, e["a"], e["b"], e.get("o", ""), str(details.get(k, e.get("x", "")))))
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
        ln = lane(pid, tid)
        ln.cpu_total = c_end
        samples = cpu_samples.get(pid, [])
        last = max((k for k, (_, c) in enumerate(samples) if tid in c), default=None)
        a, b, before = ln.t0, t_end, 0  # never sampled: from its start
        if last is not None:
            a, before = samples[last][0], samples[last][1][tid]
            b = samples[last + 1][0] if last + 1 < len(samples) and samples[last + 1][0] >= t_end else t_end
        if a is not None and b > a and c_end > before:
            raw[(pid, tid)].append((a, b, c_end - before))
    for (pid, tid), intervals in raw.items():
        lane(pid, tid).cpu = _spread(intervals)
    ordered = sorted(lanes.values(), key=lambda ln: (not ln.is_main_process, ln.t0 or 0, ln.pid, ln.tid))
    for ln in ordered:
        if times := [s.t0 for s in ln.spans] + [s.t1 for s in ln.spans] + [t for c in ln.cpu for t in c[:2]]:
            ln.t0 = min(times) if ln.t0 is None else ln.t0
            ln.t1 = max(times) if ln.t1 is None else ln.t1
    shown = [ln for ln in ordered if ln.user and ln.t0 is not None]
    t0 = min((ln.t0 for ln in shown), default=0)
    t1 = max((max([ln.t1 or ln.t0] + [s.t1 for s in ln.spans]) for ln in shown), default=0)
    for ln in shown:  # a lane's CPU outside the shown window (interpreter start-up) is not drawn
        ln.cpu = [(max(a, t0), min(b, t1), s) for a, b, s in ln.cpu if b > t0 and a < t1]
    tl = Timeline(shown, ordered, t0, max(t1, t0 + 1))
    for obj, gens in barrier_generations(tl).items():
        tl.marks += [(max(s.t0 for _, s in gen), f"{obj} открылся") for gen in gens]
    return tl


def max_overlap(intervals: list[tuple[int, int]]) -> int:
    """Most intervals in progress at one moment (an interval ending when another starts does not count)."""
    points = sorted([(a, 1) for a, _ in intervals] + [(b, -1) for _, b in intervals])
    return max([0, *accumulate(d for _, d in points)])


def _group(pairs: Iterable[tuple]) -> dict:  # (key, value) pairs -> key -> values
    out = defaultdict(list)
    for key, value in pairs:
        out[key].append(value)
    return out


def barrier_generations(tl: Timeline) -> dict[str, list[list[tuple[Lane, Span]]]]:  # of `parties` arrivals
    out = {}
    for obj, waits in _group((s.obj, (ln, s)) for ln, s in tl.spans("barrier-wait")).items():
        parties = waits[-1][1].detail
        n = (int(parties) if parties.isdigit() else 0) or len(waits)
        waits.sort(key=lambda ls: ls[1].t0)
        out[obj] = [waits[i : i + n] for i in range(0, len(waits), n)]
    return out


def _lock(tl: Timeline, _: int | None) -> tuple[list[str], str]:
    holds = _group((s.obj, (ln, s)) for ln, s in tl.spans("lock-hold"))
    problems = ["no Lock was held in this run"] * (not holds) + [
        f"Lock {obj}: {lb.label} holds it from {b.t0 - tl.t0} ns, before {la.label} "
        f"released it at {a.t1 - tl.t0} ns"
        for obj, items in holds.items()
        for (la, a), (lb, b) in pairwise(sorted(items, key=lambda ls: ls[1].t0))
        if b.t0 < a.t1
    ]
    n = len(tl.spans("lock-hold"))
    return problems, f"{plural(n, 'удержание', 'удержания', 'удержаний')} Lock ни разу не пересеклись"


def semaphore_peak(tl: Timeline) -> dict[str, int]:
    holds = _group((s.obj, (s.t0, s.t1)) for _, s in tl.spans("sem-hold"))
    return {obj: max_overlap(intervals) for obj, intervals in holds.items()}


def _inside(tl: Timeline, limit: int | None) -> tuple[list[str], str]:
    peaks = semaphore_peak(tl)
    problems = ["no Semaphore was held in this run"] * (not peaks) + [
        f"Semaphore {o}: {n} threads inside at once (limit {limit})" for o, n in peaks.items() if n > limit
    ]
    peak = max(peaks.values(), default=0)
    return problems, f"внутри Semaphore одновременно было не больше {limit} (в этом запуске — {peak})"


def _barrier(tl: Timeline, _: int | None) -> tuple[list[str], str]:
    gens = barrier_generations(tl)
    problems = ["no Barrier.wait in this run"] * (not gens) + [
        f"Barrier {obj}: {ln.label} left at {s.t1} before the last arrival at {last}"
        for obj, generations in gens.items()
        for gen in generations
        for last in [max(s.t0 for _, s in gen)]
        for ln, s in gen
        if s.t1 < last
    ]
    return problems, "барьер отпустил потоки только после прихода последнего"


def sleep_peak(tl: Timeline) -> int:
    return max_overlap([(s.t0, s.t1) for _, s in tl.spans("sleep")])


def _sleeps(tl: Timeline, least: int | None) -> tuple[list[str], str]:
    peak = sleep_peak(tl)
    problem = f"at most {peak} sleeps were in progress at once, expected at least {least}"
    waits = plural(peak, "ожидание", "ожидания", "ожиданий")
    return [problem] * (peak < least), f"одновременно шли {waits} (нужно не меньше {least})"


def _by_pid(lanes: list[Lane]) -> list[tuple[list[Lane], int, int]]:  # (lanes, CPU ns, wall ns) per process
    return [
        (g, sum(ln.busy_ns() for ln in g), max(ln.t1 for ln in g) - min(ln.t0 for ln in g))
        for g in _group((ln.pid, ln) for ln in lanes).values()
    ]


def cpu_parallelism(tl: Timeline) -> tuple[float, dict[str, int]]:
    """Largest over processes of CPU time of its computing threads / the wall time they shared: threads
    computing by turns (under the GIL) give at most 1, two at once on two cores up to 2."""
    lanes = [ln for ln in tl.lanes if ln.busy_ns() >= CPU_MIN_NS and ln.t0 is not None and ln.t1 is not None]
    busy = {ln.label: ln.busy_ns() for ln in lanes}
    return max([cpu / max(wall, 1) for g, cpu, wall in _by_pid(lanes) if len(g) >= 2], default=0.0), busy


def _cpu_serial(tl: Timeline, _: int | None) -> tuple[list[str], str]:
    ratio, busy = cpu_parallelism(tl)
    few = f"fewer than two threads computed for {CPU_MIN_NS // 1_000_000} ms or more: {busy}"
    problems = [few] * (len(busy) < 2) + [
        f"threads {', '.join(ln.label for ln in g)} used {cpu / 1e6:.1f} ms of CPU in "
        f"{wall / 1e6:.1f} ms of wall time: they computed at the same time"
        for g, cpu, wall in _by_pid([ln for ln in tl.lanes if ln.label in busy])
        if len(g) >= 2 and cpu > wall * (1 + CPU_SERIAL_SLACK) + CPU_SERIAL_SLACK_NS
    ]
    return problems, (
        f"потоки вместе получили {sum(busy.values()) // 1_000_000} мс процессора — не больше, чем прошло "
        f"времени, пока они считали ({ratio:.2f} от него): больше одного ядра сразу они не занимали"
    ).replace(".", ",")


def task_processes(tl: Timeline) -> set[int]:
    return {lane.pid for lane, _ in tl.spans("task")}


def _pool(tl: Timeline, count: int | None) -> tuple[list[str], str]:
    """What a pool guarantees: every task ran, in a worker, one at a time per worker.  Not how the tasks
    spread over the workers (one that starts late may find the queue empty): that is only drawn."""
    tasks = tl.spans("task")
    problems = [f"{len(tasks)} pool task(s) recorded, expected {count}"] * (len(tasks) != count)
    if in_main := sum(lane.is_main_process for lane, _ in tasks):
        problems.append(f"{in_main} task(s) ran in the main process, not in a pool worker")
    by_pid = _group((lane.pid, (s.t0, s.t1)) for lane, s in tasks)
    problems += [
        f"worker {pid} ran two tasks at the same time" for pid, iv in by_pid.items() if max_overlap(iv) > 1
    ]
    workers = plural(len(by_pid), "рабочем процессе", "рабочих процессах", "рабочих процессах")
    done = plural(len(tasks), "задача", "задачи", "задач")
    return problems, f"все {done} выполнены в {workers}, не в главном, и каждый брал по одной задаче за раз"


def computing_lanes(tl: Timeline) -> list[str]:
    return [lane.label for lane in tl.lanes if lane.busy_ns() >= CPU_MIN_NS]


def _computing(tl: Timeline, least: int | None) -> tuple[list[str], str]:
    names = computing_lanes(tl)
    ms = CPU_MIN_NS // 1_000_000
    problem = f"{len(names)} thread(s)/process(es) computed for {ms} ms or more, expected at least {least}"
    promise = f"по-настоящему считали (не меньше {ms} мс процессора): {', '.join(names)}"
    return [problem] * (len(names) < least), promise


def plural(n: int, one: str, few: str, many: str) -> str:  # 1 задача, 2 задачи, 5 задач
    if n % 10 == 1 and n % 100 != 11:
        return f"{n} {one}"
    return f"{n} {few if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14 else many}"


# name -> (operator before its number, check: (timeline, number) -> (problems, sentence the page promises))
CHECKS = {
    "lock": ("", _lock),
    "inside": ("<=", _inside),
    "barrier": ("", _barrier),
    "sleeps": (">=", _sleeps),
    "cpu-serial": ("", _cpu_serial),
    "pool": ("=", _pool),
    "computing": (">=", _computing),
}


def parse_checks(spec: str) -> list[tuple[str, int | None]]:
    """``"lock inside<=3"`` -> [("lock", None), ("inside", 3)]; ValueError for anything else."""
    out = []
    for word in spec.split():
        m = re.fullmatch(r"([a-z-]+)(?:([<=>]+)(\d+))?", word)
        if not m or m[1] not in CHECKS or CHECKS[m[1]][0] != (m[2] or ""):
            known = ", ".join(name + (op and op + "N") for name, (op, _) in CHECKS.items())
            raise ValueError(f"unknown timeline check {word!r} (known: {known})")
        out.append((m[1], m[3] and int(m[3])))
    if not out:
        raise ValueError('a timeline needs at least one check, e.g. timeline="lock"')
    return out


def check(tl: Timeline, spec: str) -> list[str]:  # problems with the invariants `spec` names
    if not tl.lanes:
        return ["the run recorded no threads or processes to draw"]
    return [p for name, arg in parse_checks(spec) for p in CHECKS[name][1](tl, arg)[0]]


def promises(tl: Timeline, spec: str) -> list[str]:  # what the page says held, with this run's figures
    return [CHECKS[name][1](tl, arg)[1] for name, arg in parse_checks(spec)]


LEFT, RIGHT, TOP, LANE_H, BAR_H, WIDTH = 150, 16, 30, 24, 16, 820
RED = "var(--md-code-hl-number-color, #d52a2a)"
# Span group -> (colour, legend text, layer: holds and task frames go over sleeps and waits, bar y, height)
STYLE = {
    "cpu": ("var(--md-code-hl-keyword-color, #3f6ec6)", "вычисляет (CPU)", 0, 0, BAR_H),
    "sleep": ("var(--md-default-fg-color--lighter, #00000052)", "ждёт ввода-вывода (sleep)", 0, 3, BAR_H - 6),
    "wait": (RED, "ждёт блокировку / барьер / условие", 0, 2, BAR_H - 4),
    "hold": ("var(--md-code-hl-string-color, #1c7d4d)", "внутри Lock / Semaphore", 1, BAR_H - 4, 5),
    "task": ("var(--md-code-hl-function-color, #a846b9)", "выполняет задачу пула", 1, -1, BAR_H + 2),
    "mark": ("", "барьер открылся (подошёл последний)", 0, 0, 0),  # a dashed line, not a bar
}
FG, FG_LIGHT = "var(--md-default-fg-color, #000000de)", "var(--md-default-fg-color--light, #0000008a)"


def svg(tl: Timeline, *, title: str, uid: str) -> str:  # inline, in Material's colours (both schemes)
    span_ns, plot_w = max(tl.t1 - tl.t0, 1), WIDTH - LEFT - RIGHT
    axis_y, bottom, total_ms = TOP - 8, TOP + len(tl.lanes) * LANE_H - 4, span_ns / 1e6
    dashed = f'stroke="{RED}" stroke-width="1.5" stroke-dasharray="4 3"'
    # Span group -> how its legend swatch is painted, and its bars (a wait bar adds a 1-wide outline).
    paint = {key: f'fill="{color}"' for key, (color, *_) in STYLE.items()}
    paint["wait"] = f'fill="url(#{uid}-hatch)" stroke="{RED}"'
    paint["task"] = f'fill="none" stroke="{STYLE["task"][0]}" stroke-width="1.5"'
    bar = dict(paint, wait=paint["wait"] + ' stroke-width="1"')

    def x(t: float) -> float:
        return LEFT + (t - tl.t0) * plot_w / span_ns

    def rect(t0: int, t1: int, y: float, h: float, attrs: str) -> str:
        w = max(x(t1) - x(t0), 0.8)
        return f'<rect x="{x(t0):.1f}" y="{y:.1f}" width="{w:.1f}" height="{h:.1f}" {attrs}/>'

    def line(x1: object, y1: object, x2: object, y2: object, attrs: str) -> str:
        return f'<line x1="{x1}" y1="{y1}" x2="{x2}" y2="{y2}" {attrs}/>'

    def text(x: object, y: object, s: str, size: int = 11, fill: str = FG, anchor: str = "") -> str:
        anchor = f' text-anchor="{anchor}"' if anchor else ""
        return f'<text x="{x}" y="{y}"{anchor} font-size="{size}" fill="{fill}">{html.escape(s)}</text>'

    steps = (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000)
    step = next((step for step in steps if total_ms / step <= 8), 20000)
    out = [line(LEFT, axis_y, WIDTH - RIGHT, axis_y, f'stroke="{FG_LIGHT}"')]
    for k in takewhile(lambda k: k * step <= total_ms + 1e-9, count()):
        tx = f"{LEFT + k * step * 1e6 * plot_w / span_ns:.1f}"
        tick = line(tx, axis_y - 3, tx, bottom, f'stroke="{FG_LIGHT}" stroke-opacity="0.25"')
        out += [tick, text(tx, axis_y - 6, f"{k * step:g}", 10, FG_LIGHT, "middle")]
    out.append(text(LEFT - 8, axis_y - 6, "мс", 10, FG_LIGHT, "end"))
    used = {"mark"} if tl.marks else set()
    for n, lane in enumerate(tl.lanes):
        y = TOP + n * LANE_H
        out.append(text(LEFT - 8, f"{y + BAR_H / 2 + 4:.1f}", lane.label, anchor="end"))
        if lane.t0 is not None and lane.t1 is not None:
            out.append(rect(lane.t0, lane.t1, y + BAR_H / 2 - 1, 2, f'fill="{FG_LIGHT}"'))
        for a, b, share in [c for c in lane.cpu if c[2] >= 0.05]:
            used.add("cpu")
            out.append(rect(a, b, y, BAR_H, f'{paint["cpu"]} fill-opacity="{share:.2f}"'))
        for s in sorted(lane.spans, key=lambda s: STYLE[s.kind.split("-")[-1]][2]):
            used.add(group := s.kind.split("-")[-1])  # lock-wait -> wait, sem-hold -> hold
            *_, dy, h = STYLE[group]
            out.append(rect(s.t0, s.t1, y + dy, h, bar[group]))
    out += [line(f"{x(t):.1f}", TOP - 2, f"{x(t):.1f}", bottom, dashed) for t, _ in tl.marks]
    # Legend: a swatch drawn like the bars, and the text; wraps to a new row at the right edge.
    lx, ly = LEFT, bottom + 14
    for key, (_, label, *_) in [item for item in STYLE.items() if item[0] in used]:
        w = 7.2 * len(label) + 26
        if lx + w > WIDTH - RIGHT:
            lx, ly = LEFT, ly + 18
        dash = line(lx, ly + 5, lx + 16, ly + 5, dashed)
        box = dash if key == "mark" else f'<rect x="{lx}" y="{ly}" width="16" height="10" {paint[key]}/>'
        out += [box, text(lx + 22, ly + 9, label)]
        lx += w
    return (
        f'<svg class="snippet-timeline" viewBox="0 0 {WIDTH} {ly + 22:.0f}" width="100%" role="img" '
        f'aria-label="{html.escape(title)}" xmlns="http://www.w3.org/2000/svg" '
        f'style="max-width:{WIDTH}px;font-family:var(--md-text-font-family, sans-serif)">'
        f"<title>{html.escape(title)}</title>"
        f'<defs><pattern id="{uid}-hatch" width="6" height="6" patternUnits="userSpaceOnUse" '
        f'patternTransform="rotate(45)"><rect width="6" height="6" fill="{RED}" fill-opacity="0.12"/>'
        f'<line x1="0" y1="0" x2="0" y2="6" stroke="{RED}" stroke-width="2.5"/></pattern></defs>'
        f"{''.join(out)}</svg>"
    )
