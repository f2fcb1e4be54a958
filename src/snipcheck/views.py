"""Views of a snippet beyond its one output: timeline, orders over N runs, version and start-method matrices.

A page asks for one with an option of the ``snippet`` fence (the body stays one
snippet path, so every tool that reads pages keeps working)::

    ```snippet timeline="lock"
    timelines/lock_serial.py
    ```

``timeline="CHECKS"``
    The page's run is traced (``runner.run(trace=True)``); its output is shown
    with an SVG of what each thread/process did, drawn from that same run, and
    the invariants CHECKS (see ``timeline.CHECKS``) must hold on its data.
``orders="N"`` [``pick="REGEX"``]
    N runs; the table counts how often each order of output lines occurred
    (REGEX's groups name a line; lines it does not match are ignored).
    Every run must match the expectation.  The page shows the first run, or
    with ``timeline`` in the same fence the traced run.
``versions="3.9 3.10 ... 3.13t"`` [``runs="R"``]
    R runs under every listed CPython found on the machine (``matrix``); a
    version that is absent is listed as not measured.  Each version's runs are
    checked against ``<stem>.py3.X.expected`` / ``<stem>.py3.X+.expected`` if
    present, else ``<stem>.expected``.
``methods="fork spawn forkserver"``
    Every snippet of the site that uses multiprocessing, under each method:
    whether it matches its expectation, and a short summary.  A mismatch under
    a method the snippet's expectation claims fails the build; under another
    method it is a fact shown in the table.

Everything is cached with the runs (``engine.cached_runs``), keyed by the
snippet's source, the Python and the view's parameters; anything wrong is
raised as `ViewError`, which the fence turns into a build warning.
"""

from __future__ import annotations

import html
import os
import re
from collections import Counter
from collections.abc import Callable, Iterator

from . import engine, expect, matrix, runner, timeline
from .catalog import DOCS, FENCE_NAME, Snippet

OPTIONS = ("timeline", "orders", "pick", "versions", "runs", "methods")
ORDERS_MAX = 200
ORDERS_SHOWN = 10  # rows of an orders table; the rest are summed up in one row
_OPENING = re.compile(
    r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})"
    + FENCE_NAME
    + r"(?P<opts>[ \t][^\n]*)?\n(?P<body>.*?)^(?P=indent)(?P=fence)[ \t]*$",
    re.MULTILINE | re.DOTALL,
)
_OPTION = re.compile(r"""([a-zA-Z][a-zA-Z0-9_]*)=(["'])(.*?)\2""")


class ViewError(Exception):
    """A view could not be made or its data breaks a promise; the message says why."""


# --------------------------------------------------------------------------- options


def validate(opts: dict[str, str]) -> str | None:
    """An error message for bad view options, or None."""
    try:
        if "timeline" in opts:
            timeline.parse_checks(opts["timeline"])
        if "orders" in opts:
            n = int(opts["orders"])
            if not 2 <= n <= ORDERS_MAX:
                return f"orders must be between 2 and {ORDERS_MAX}"
        if "pick" in opts:
            if "orders" not in opts:
                return "pick needs orders"
            if re.compile(opts["pick"]).groups < 1:
                return "pick needs a group: the part of a line that names it"
        if "runs" in opts:
            if "versions" not in opts:
                return "runs needs versions"
            if not 1 <= int(opts["runs"]) <= 50:
                return "runs must be between 1 and 50"
        if "versions" in opts:
            matrix.parse_tags(opts["versions"])
        if "methods" in opts:
            matrix.parse_methods(opts["methods"])
    except (ValueError, re.error) as exc:
        return str(exc)
    kinds = [k for k in ("timeline", "orders", "versions", "methods") if k in opts]
    if len(kinds) > 1 and set(kinds) != {"timeline", "orders"}:
        return f"one view per fence (or timeline with orders), got {', '.join(kinds)}"
    return None


def page_requests(markdown: str) -> list[tuple[str, dict[str, str]]]:
    """(snippet path, view options) per snippet fence of a page."""
    out = []
    for m in _OPENING.finditer(markdown):
        opts = {k: v for k, _, v in _OPTION.findall(m.group("opts") or "") if k in OPTIONS}
        out.append((m.group("body").strip().removeprefix("snippets/"), opts))
    return out


def requests(snippets: list[Snippet]) -> list[tuple[Snippet, dict[str, str]]]:
    """What the build needs of these snippets: each fence's options, read from the pages."""
    wanted = {s.rel: s for s in snippets}
    found: dict[tuple[str, tuple], tuple[Snippet, dict[str, str]]] = {}
    for page in sorted(DOCS.rglob("*.md")):
        for rel, opts in page_requests(page.read_text(encoding="utf-8")):
            if rel in wanted and validate(opts) is None:
                found[(rel, tuple(sorted(opts.items())))] = (wanted[rel], opts)
    seen = {rel for rel, _ in found}
    rest = [(s, {}) for s in snippets if s.rel not in seen]
    return list(found.values()) + rest


def jobs(
    snip: Snippet, exp: expect.Expectation, opts: dict[str, str]
) -> Iterator[tuple[Callable[[], object], bool]]:
    """What to run before pages render: (job, must run alone).  Errors are left to the fence."""

    def quiet(fn: Callable[[], object]) -> Callable[[], object]:
        def job() -> object:
            try:
                return fn()
            except (ViewError, OSError, ValueError, expect.ExpectationError):
                return None

        return job

    alone = exp.options.exclusive
    if "orders" in opts:
        yield quiet(lambda: order_runs(snip, exp, int(opts["orders"]))), alone
    if "timeline" in opts:
        # A timeline shows scheduling: it runs with no other snippet beside it.
        yield quiet(lambda: engine.result(snip, exp, trace=True)), True
    elif "versions" in opts:
        yield quiet(lambda: engine.result(snip, exp)), alone
        for tag in matrix.parse_tags(opts["versions"]):
            yield (
                quiet(lambda tag=tag: version_runs(snip, tag, int(opts.get("runs", exp.options.runs)))),
                alone,
            )
    elif "methods" in opts:
        yield quiet(lambda: engine.result(snip, exp)), alone
        for other in matrix.multiprocessing_snippets():
            for method in matrix.parse_methods(opts["methods"]):
                yield (
                    quiet(lambda other=other, method=method: method_run(other, method)),
                    matrix.is_exclusive(other),
                )
    elif "orders" not in opts:
        yield quiet(lambda: engine.result(snip, exp)), alone


# --------------------------------------------------------------------------- runs


def _check_all(snip: Snippet, exp: expect.Expectation, runs: list[runner.RunResult]) -> list[str]:
    problems = []
    for n, res in enumerate(runs, 1):
        v = engine.verdict(snip, exp, res)
        if not v:
            problems.append(f"run {n} of {len(runs)}:\n{v.report}")
    return problems


def order_runs(snip: Snippet, exp: expect.Expectation, n: int) -> list[runner.RunResult]:
    key = engine.cache_key(snip, exp, extra={"view": "orders", "runs": n})
    return engine.cached_runs(
        key,
        lambda: [runner.run(snip.path, timeout=exp.options.timeout) for _ in range(n)],
        lambda runs: len(runs) == n and not _check_all(snip, exp, runs),
        snip,
    )


def version_runs(snip: Snippet, tag: str, n: int) -> list[runner.RunResult] | None:
    """`n` runs under the interpreter of `tag`, or None if the machine has none."""
    interp = matrix.interpreters().get(tag)
    if interp is None:
        return None
    exp = matrix.expectation_for(snip, tag)
    key = engine.cache_key(
        snip, exp, extra={"view": "versions", "runs": n, "interpreter": interp.path, "version": interp.full}
    )
    return engine.cached_runs(
        key,
        lambda: [runner.run(snip.path, timeout=exp.options.timeout, python=interp.path) for _ in range(n)],
        lambda runs: len(runs) == n and not _check_all(snip, exp, runs),
        snip,
    )


def method_run(snip: Snippet, method: str) -> runner.RunResult:
    """One run under a start method; the platform default reuses the page's own run."""
    exp = snip.expectation()
    if method == runner.default_start_method():
        return engine.result(snip, exp)
    key = engine.cache_key(snip, exp, extra={"view": "methods", "method": method})
    claimed = method in [m or runner.default_start_method() for m in snip.start_methods(exp)]
    runs = engine.cached_runs(
        key,
        lambda: [runner.run(snip.path, timeout=exp.options.timeout, start_method=method)],
        # A failure under a method the snippet does not claim is a stable fact worth keeping.
        lambda runs: not runs[0].errors and (not claimed or bool(engine.verdict(snip, exp, runs[0]))),
        snip,
    )
    return runs[0]


# --------------------------------------------------------------------------- rendering


def machine() -> str:
    return f"{os.cpu_count()} ядра, {runner.python_label()}"


def timeline_html(snip: Snippet, res: runner.RunResult, spec: str) -> str:
    if not res.events:
        raise ViewError(f"{snip.display}: the traced run recorded nothing (is the recorder installed?)")
    tl = timeline.build(res.events)
    problems = timeline.check(tl, spec)
    if problems:
        raise ViewError(
            f"{snip.display}: the timeline of this run breaks its promise ({spec}):\n" + "\n".join(problems)
        )
    uid = "tl-" + re.sub(r"[^a-z0-9]+", "-", snip.rel.lower()).strip("-")
    title = f"Временная шкала этого запуска: {snip.display}"
    picture = timeline.svg(tl, title=title, uid=uid)
    checks = ", ".join(timeline_promises(tl, spec))
    return (
        f'<div class="snippet-timeline" style="margin: 0.6em 0 1em">{picture}'
        f'<p class="snippet-meta" style="font-size: 0.65rem; color: var(--md-default-fg-color--light)">'
        f"Временная шкала того же запуска, чей вывод во вкладке «Вывод»: {len(tl.lanes)} дорожек, "
        f"{tl.duration_ms:.0f} мс. Проверено на записанных данных: {html.escape(checks)}.</p></div>"
    )


def timeline_promises(tl: timeline.Timeline, spec: str) -> list[str]:
    """The checked invariants, said in Russian with this run's figures."""
    out = []
    for name, arg in timeline.parse_checks(spec):
        if name == "lock":
            n = len(tl.spans("lock-hold"))
            out.append(f"{n} удержаний Lock ни разу не пересеклись")
        elif name == "inside":
            peak = max(timeline.semaphore_peak(tl).values())
            out.append(
                f"внутри Semaphore одновременно было не больше {arg} (максимум в этом запуске: {peak})"
            )
        elif name == "barrier":
            out.append("барьер отпустил потоки только после прихода последнего")
        elif name == "sleeps":
            out.append(f"одновременно шли {timeline.sleep_peak(tl)} ожиданий (нужно не меньше {arg})")
        elif name == "cpu-serial":
            ratio, busy = timeline.cpu_parallelism(tl)
            cpu_ms = sum(busy.values()) / 1e6
            out.append(
                f"потоки вместе получили {cpu_ms:.0f} мс процессора — не больше, чем прошло времени, "
                f"пока они считали ({ratio:.2f} от него): больше одного ядра сразу они не занимали"
            )
        elif name == "computing":
            out.append(
                f"считали по-настоящему (не меньше {timeline.CPU_MIN_NS // 1_000_000} мс CPU): "
                f"{', '.join(timeline.computing_lanes(tl))}"
            )
        elif name == "processes":
            out.append(
                f"задачи выполнялись в {len(timeline.task_processes(tl))} процессах (нужно не меньше {arg})"
            )
    return out


def _token(line: str, pick: re.Pattern[str] | None) -> str | None:
    if pick is None:
        return line
    m = pick.search(line)
    return " ".join(g for g in m.groups() if g) if m else None


def orders_html(
    snip: Snippet, exp: expect.Expectation, n: int, pick: str | None
) -> tuple[runner.RunResult, str]:
    runs = order_runs(snip, exp, n)
    problems = _check_all(snip, exp, runs)
    if problems:
        raise ViewError(
            f"{snip.display}: not every one of the {n} runs matched its expectation:\n" + "\n".join(problems)
        )
    regex = re.compile(pick) if pick else None
    orders: Counter[tuple[str, ...]] = Counter()
    for res in runs:
        tokens = tuple(
            t for t in (_token(line, regex) for line in expect.split_lines(res.stdout)) if t is not None
        )
        if not tokens:
            raise ViewError(f"{snip.display}: pick={pick!r} matches no line of a run's output")
        orders[tokens] += 1
    sep = " → " if regex else " / "
    common = orders.most_common()
    rows = "".join(
        f"<tr><td><code>{html.escape(sep.join(order))}</code></td>"
        f"<td>{count}</td><td>{count / n:.0%}</td></tr>"
        for order, count in (common if len(common) <= ORDERS_SHOWN + 1 else common[:ORDERS_SHOWN])
    )
    if len(common) > ORDERS_SHOWN + 1:
        rest = sum(count for _, count in common[ORDERS_SHOWN:])
        rows += (
            f"<tr><td>остальные порядки (их {len(common) - ORDERS_SHOWN}), каждый реже</td><td>{rest}</td>"
            f"<td>{rest / n:.0%}</td></tr>"
        )
    head = (
        f'<p class="snippet-meta">{len(orders)} разных порядков за {n} запусков этого примера '
        f"при сборке сайта ({html.escape(machine())}). Каждый запуск совпал с ожидаемым выводом.</p>"
    )
    table = (
        "<table><thead><tr><th>Порядок</th><th>Запусков</th><th>Доля</th></tr></thead>"
        f"<tbody>{rows}</tbody></table>"
    )
    return runs[0], f'<div class="snippet-orders">{head}{table}</div>'


_PIECES = re.compile(r"\d+|\D+")


def merge_outputs(texts: list[str]) -> str:
    """Several runs' output as one text: a number that differs between runs becomes [a, b, c].

    Runs whose lines do not line up (other lines, other words) are listed one after another.
    """
    split = [t.rstrip("\n").split("\n") for t in texts]
    if len({len(lines) for lines in split}) == 1:
        merged = []
        for row in zip(*split, strict=False):
            pieces = [_PIECES.findall(line) for line in row]
            shapes = {tuple(p if not p.isdigit() else "#" for p in ps) for ps in pieces}
            if len(shapes) != 1:
                break
            out = []
            for column in zip(*pieces, strict=False):
                values = list(column)
                out.append(values[0] if len(set(values)) == 1 else "[" + ", ".join(values) + "]")
            merged.append("".join(out))
        else:
            return "\n".join(merged)
    return "\n---\n".join(t.rstrip("\n") for t in dict.fromkeys(texts))


def _summary_lines(runs: list[runner.RunResult]) -> str:
    stdout = merge_outputs([r.stdout for r in runs])
    stderr = merge_outputs([r.stderr for r in runs]) if any(r.stderr for r in runs) else ""
    body = html.escape(stdout or "(пусто)")
    if stderr:
        body += "\n[stderr]\n" + html.escape(stderr)
    return f'<pre style="white-space: pre-wrap"><code>{body}</code></pre>'


def versions_html(snip: Snippet, exp: expect.Expectation, tags_spec: str, runs_opt: str | None) -> str:
    n = int(runs_opt) if runs_opt else exp.options.runs
    found = matrix.interpreters()
    rows = []
    problems = []
    for tag in matrix.parse_tags(tags_spec):
        interp = found.get(tag)
        if interp is None:
            rows.append(
                f'<tr><td>{tag}</td><td colspan="3"><em>не измерялось</em>: на машине сборки нет такого '
                f'интерпретатора (<a href="{matrix.docs_link(tag)}">документация</a>)</td></tr>'
            )
            continue
        runs = version_runs(snip, tag, n)
        vexp = matrix.expectation_for(snip, tag)
        bad = _check_all(snip, vexp, runs)
        if bad:
            problems.append(f"{tag} ({interp.path}): " + "\n".join(bad))
        mark = "✓" if not bad else "✗"
        rows.append(
            f"<tr><td>{tag}</td><td>CPython {interp.full}{' (без GIL)' if interp.free_threaded else ''}</td>"
            f"<td>{_summary_lines(runs)}</td><td>{mark} <code>{html.escape(vexp.path.name)}</code></td></tr>"
        )
    if problems:
        raise ViewError(f"{snip.display}: runs under other Pythons did not match:\n" + "\n".join(problems))
    older = ", ".join(i.full for i in matrix.older_interpreters())
    note = f" Найдены, но старше 3.9 и в таблицу не входят: {older}." if older else ""
    head = (
        f'<p class="snippet-meta">{n} запуск(а) под каждой версией CPython, найденной на машине сборки '
        f"({os.cpu_count()} ядра, {html.escape(runner.python_label().split(', ', 1)[1])}); "
        f"каждый запуск сверен с ожиданием своей версии.{html.escape(note)}</p>"
    )
    table = (
        "<table><thead><tr><th>Версия</th><th>Интерпретатор</th><th>Вывод (числа, разные в разных запусках, "
        "— в скобках по запускам)</th>"
        f"<th>Ожидание</th></tr></thead><tbody>{''.join(rows)}</tbody></table>"
    )
    return f'<div class="snippet-matrix">{head}{table}</div>'


def _cell(
    snip: Snippet, exp: expect.Expectation | None, res: runner.RunResult | None, error: str | None
) -> tuple[str, bool]:
    if error:
        return f"✗ {html.escape(error)}", False
    assert res is not None and exp is not None
    v = engine.verdict(snip, exp, res)
    lines = expect.split_lines(res.stdout)
    if v:
        last = lines[-1] if lines else "(пустой вывод)"
        if len(last) > 70:
            last = last[:67] + "…"
        return f"✓ <small>{html.escape(last)}</small>", True
    last_err = res.stderr.strip().splitlines()[-1] if res.stderr.strip() else ""
    why = last_err or (res.errors[0] if res.errors else "вывод не совпал с ожиданием")
    if len(why) > 90:
        why = why[:87] + "…"
    return f"✗ {html.escape(why)}", False


def methods_html(methods_spec: str) -> str:
    methods = matrix.parse_methods(methods_spec)
    default = runner.default_start_method()
    rows = []
    problems = []
    for snip in matrix.multiprocessing_snippets():
        cells = []
        try:
            exp = snip.expectation()
            claimed = {m or default for m in snip.start_methods(exp)}
        except expect.ExpectationError as exc:
            exp, claimed = None, set()
            problems.append(str(exc))
        for method in methods:
            res, error = None, None
            if exp is None:
                error = "нет ожидаемого вывода"
            else:
                try:
                    res = method_run(snip, method)
                except OSError as exc:
                    error = str(exc)
            text, ok = _cell(snip, exp, res, error)
            if not ok and method in claimed:
                problems.append(
                    f"{snip.display} [start method {method}]: "
                    + (engine.verdict(snip, exp, res).report if res and exp else text)
                )
            cells.append(f"<td>{text}</td>")
        scope = "все" if exp is not None and claimed >= set(methods) else ", ".join(sorted(claimed)) or "—"
        rows.append(
            f"<tr><td><code>{html.escape(snip.display)}</code></td><td>{scope}</td>{''.join(cells)}</tr>"
        )
    if problems:
        raise ViewError(
            "start-method matrix: a snippet fails under a start method its expectation claims:\n"
            + "\n".join(problems)
        )
    head = (
        f'<p class="snippet-meta">{len(rows)} примеров с multiprocessing, найденных в snippets/ при сборке; '
        f"по одному запуску под каждым методом ({html.escape(machine())}; метод по умолчанию здесь — "
        f"{default}, "
        f"его столбец — это запуск, показанный на странице примера).</p>"
    )
    headers = "".join(f"<th>{m}</th>" for m in methods)
    table = (
        f"<table><thead><tr><th>Пример</th><th>Проверяется под</th>{headers}</tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table>"
    )
    return f'<div class="snippet-matrix">{head}{table}</div>'
