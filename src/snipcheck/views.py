"""Views of a snippet beyond its output, asked for by options of the fence (``snippet timeline="lock"``).
Each view owns its options, the runs it needs (rows of the table of runs), its renderer and the sentences it
promises, said from the same data that was checked:

- ``timeline="CHECKS"``: the shown run is traced and drawn; the invariants (``timeline.CHECKS``) hold on it.
- ``orders="N"`` [``pick="REGEX"``]: N runs, all must match; a table counts each order of lines.
- ``versions="3.9 3.10 ... 3.13t"`` [``runs="R"``]: R runs under each listed CPython, judged per version.
- ``show="code"``: the code alone (a question: what does it print?); ``show="output"``: the output and the
  view alone (its answer, folded: ``??? question "Ответ"``). Both name the same snippet, so they share runs.
- ``methods="fork spawn forkserver"``: every multiprocessing snippet under each method; a mismatch under a
  method its expectation claims fails the build, under another it is a fact shown.
"""

from __future__ import annotations

import html
import os
import re
import tempfile
from collections import Counter

from . import expect, interpreters, timeline
from .interpreters import Interpreter
from .runs import Run, Table, check_runs, judge, run
from .snippets import ROOT, Snippet, all_snippets
from .timeline import plural

OPTIONS = ("timeline", "orders", "pick", "versions", "runs", "methods", "show")
METHODS = ("fork", "spawn", "forkserver")
ORDERS_SHOWN = 10  # rows of an orders table; the rest are summed up in one row


class ViewError(Exception):
    """A view could not be made or its data breaks a promise; the message says why."""


def _number(opts: dict[str, str], key: str, low: int, high: int) -> None:
    if not (opts[key].strip().isdigit() and low <= int(opts[key]) <= high):
        raise ValueError(f"{key} must be a whole number from {low} to {high}, got {opts[key]!r}")


def validate(opts: dict[str, str]) -> None:
    """Raise ValueError, in plain words, for options no view accepts."""
    if unknown := set(opts) - {"title", *OPTIONS}:
        raise ValueError(f"unknown option(s) {', '.join(sorted(unknown))} (known: {', '.join(OPTIONS)})")
    if opts.get("show", "code") not in ("code", "output") or opts.get("show") == "code" and len(opts) > 1:
        raise ValueError("show must be 'code' (alone: no output, no view) or 'output'")
    kinds = [k for k in ("timeline", "orders", "versions", "methods") if k in opts]
    if len(kinds) > 1 and set(kinds) != {"timeline", "orders"}:
        raise ValueError(f"one view per fence (or timeline with orders), got {', '.join(kinds)}")
    if "timeline" in opts:
        timeline.parse_checks(opts["timeline"])
    if "orders" in opts:
        _number(opts, "orders", 2, 200)
    if "pick" in opts:
        try:
            groups = re.compile(opts["pick"]).groups
        except re.error as exc:
            raise ValueError(f"pick is not a regular expression ({exc}): {opts['pick']!r}") from None
        if "orders" not in opts or groups < 1:
            raise ValueError("pick needs orders, and a group: the part of a line that names it")
    if "runs" in opts:
        if "versions" not in opts:
            raise ValueError("runs needs versions")
        _number(opts, "runs", 1, 50)
    tags = opts.get("versions", "3.10").split() or ["?"]
    if not all(re.fullmatch(r"3\.\d+t?", t) for t in tags):
        raise ValueError(f"versions must be like '3.9 3.10 3.13t', got {opts['versions']!r}")
    if "methods" in opts and not set(opts["methods"].split() or ["?"]) <= set(METHODS):
        raise ValueError(f"methods must be some of {', '.join(METHODS)}, got {opts['methods']!r}")


def neutral(text: str, py: Interpreter) -> str:
    """Output with this machine's folders written as «…»: a reader's output shows their own paths."""
    prefix = os.path.dirname(os.path.dirname(os.path.realpath(py.path)))
    for folder in sorted({str(ROOT), prefix, os.path.expanduser("~")}, key=len, reverse=True):
        if len(folder) > 1:
            text = text.replace(folder + os.sep, "…" + os.sep)
    return re.sub(rf"({re.escape(tempfile.gettempdir())}|/tmp|/var/tmp)/snippet-\w+", "…", text)


def shown_run(snip: Snippet, opts: dict[str, str], py: Interpreter) -> Run:
    """The run whose output the page shows (a timeline draws that same run)."""
    return run(snip, py, trace="timeline" in opts)


def mp_snippets() -> list[Snippet]:
    return [s for s in map(Snippet, all_snippets()) if s.uses_multiprocessing]


def other_versions(snip: Snippet, py: Interpreter) -> list[Run]:
    """The same snippet's run under every other supported version (the reader can switch to it)."""
    return [run(snip, other) for other in interpreters.supported() if other.tag != py.tag]


def runs_for(snip: Snippet, opts: dict[str, str], py: Interpreter) -> list[Run]:
    """Every run the fence needs: the shown one, the other versions' and its view's."""
    needed = [shown_run(snip, opts, py), *other_versions(snip, py)]
    if "orders" in opts:
        needed += [run(snip, py, n=k) for k in range(int(opts["orders"]))]
    if "versions" in opts:
        reps, found = int(opts.get("runs") or 1), interpreters.found()
        tags = [tag for tag in opts["versions"].split() if tag in found]
        needed += [run(snip, found[tag], n=k) for tag in tags for k in range(reps)]
    if "methods" in opts:
        needed += [run(s, py, m) for s in mp_snippets() for m in opts["methods"].split()]
    return needed


def render(snip: Snippet, opts: dict[str, str], table: Table, py: Interpreter) -> str:
    """The view's HTML below the tabs ('' for a plain fence); ViewError if its data breaks a promise."""
    made = {"timeline": _timeline, "orders": _orders, "versions": _versions_table, "methods": _methods_table}
    return "".join(make(snip, opts, table, py) for view, make in made.items() if view in opts)


def _timeline(snip: Snippet, opts: dict[str, str], table: Table, py: Interpreter) -> str:
    res, spec = table.get(shown_run(snip, opts, py)), opts["timeline"]
    if not res.events:
        raise ViewError(f"{snip.display}: the traced run recorded nothing (is the recorder installed?)")
    tl = timeline.build(res.events)
    if problems := timeline.check(tl, spec):
        why = f"{snip.display}: the timeline of this run breaks its promise ({spec}):\n"
        raise ViewError(why + "\n".join(problems))
    uid = "tl-" + re.sub(r"[^a-z0-9]+", "-", snip.rel.lower()).strip("-")
    title = f"Временная шкала этого запуска: {snip.display}"
    lanes = plural(len(tl.lanes), "дорожка", "дорожки", "дорожек")
    # On a narrow screen the picture keeps its size and scrolls sideways (CSS); the keyboard reaches it.
    return (
        '<p class="snippet-scroll-hint" data-search-exclude>Шкала шире экрана: прокрутите её вбок ⟷</p>'
        f'<div class="snippet-timeline" tabindex="0" role="region" aria-label="{html.escape(title)}" '
        f"data-search-exclude>{timeline.svg(tl, title=title, uid=uid)}</div>"
        '<p class="snippet-meta" data-search-exclude>Временная шкала '
        f"того же запуска, чей вывод во вкладке «Вывод»: {lanes}, {tl.duration_ms:.0f} мс. "
        f"На этих данных выполнено: {html.escape('; '.join(timeline.promises(tl, spec)))}.</p>"
    )


def _orders(snip: Snippet, opts: dict[str, str], table: Table, py: Interpreter) -> str:
    n = int(opts["orders"])
    pairs = [(r, table.get(r)) for r in (run(snip, py, n=k) for k in range(n))]
    if problems := [v.report for r, res in pairs if not (v := judge(r, res))]:
        raise ViewError(f"{snip.display}: not every one of the {n} runs matched:\n" + "\n".join(problems))
    pick = re.compile(opts["pick"]) if "pick" in opts else None
    orders: Counter[tuple[str, ...]] = Counter()
    for _, res in pairs:
        lines = expect.split_lines(res.stdout)
        tokens = (
            [" ".join(g for g in m.groups() if g) for m in map(pick.search, lines) if m] if pick else lines
        )
        if not tokens:
            raise ViewError(f"{snip.display}: pick={opts['pick']!r} matches no line of a run's output")
        orders[tuple(tokens)] += 1
    sep = " → " if pick else " / "
    common = orders.most_common()
    cut = ORDERS_SHOWN if len(common) > ORDERS_SHOWN + 1 else len(common)
    shown, rest = common[:cut], common[cut:]
    rows = [
        f"<tr><td><code>{html.escape(sep.join(order))}</code></td><td>{c}</td><td>{c * 100 // n} %</td></tr>"
        for order, c in shown
    ]
    if rest:
        total, kinds = sum(c for _, c in rest), plural(len(rest), "порядок", "порядка", "порядков")
        rows.append(
            f"<tr><td>остальные ({kinds}), каждый реже</td><td>{total}</td><td>{total * 100 // n} %</td></tr>"
        )
    head = (
        f"{plural(len(orders), 'порядок', 'порядка', 'порядков')} строк за "
        f"{plural(n, 'запуск', 'запуска', 'запусков')} этого примера при сборке ({html.escape(py.label)})."
    )
    return _table("snippet-orders", head, ["Порядок", "Запусков", "Доля"], rows)


def _table(css: str, head: str, columns: list[str], rows: list[str]) -> str:
    header = "".join(f"<th>{c}</th>" for c in columns)
    return (
        f'<div class="{css}" data-search-exclude><p class="snippet-meta">{head}</p>'
        f"<table><thead><tr>{header}</tr></thead><tbody>{''.join(rows)}</tbody></table></div>"
    )


def merge_outputs(texts: list[str]) -> str:
    """Several runs' output as one text: a number that differs between runs becomes [a, b, c]; runs whose
    lines do not line up (other lines, other words) are listed one after another."""
    split = [t.rstrip("\n").split("\n") for t in texts]
    if len({len(lines) for lines in split}) == 1:
        merged = []
        for row in zip(*split, strict=True):
            pieces = [re.findall(r"\d+|\D+", line) for line in row]
            if len({tuple("#" if p.isdigit() else p for p in ps) for ps in pieces}) != 1:
                break
            merged.append(
                "".join(c[0] if len(set(c)) == 1 else f"[{', '.join(c)}]" for c in zip(*pieces, strict=True))
            )
        else:
            return "\n".join(merged)
    return "\n---\n".join(t.rstrip("\n") for t in dict.fromkeys(texts))


def _versions_table(snip: Snippet, opts: dict[str, str], table: Table, py: Interpreter) -> str:
    reps, rows, problems = int(opts.get("runs") or 1), [], []
    for tag in opts["versions"].split():
        if (interp := interpreters.found().get(tag)) is None:
            rows.append(
                f'<tr><td>{tag}</td><td colspan="2"><em>не запускалось</em>: на машине сборки нет такого '
                f'интерпретатора (<a href="{interpreters.docs_link(tag)}">что нового в {tag}</a>)</td></tr>'
            )
            continue
        pairs = [(r, table.get(r)) for r in (run(snip, interp, n=k) for k in range(reps))]
        bad = [v.report for r, res in pairs if not (v := judge(r, res))]
        problems += bad
        out = merge_outputs([res.stdout for _, res in pairs])
        if any(res.stderr for _, res in pairs):
            out += "\n[stderr]\n" + merge_outputs([res.stderr for _, res in pairs])
        out = neutral(out, interp)
        name = re.sub(r"([._])", r"\1<wbr>", snip.expectation_path(interp.tag).name)
        rows.append(
            f"<tr><td>{interp.version}{' (без GIL)' if interp.free_threaded else ''}</td>"
            f'<td><pre class="snippet-merged"><code>{html.escape(out or "(пусто)")}</code></pre></td>'
            f"<td>{'✓' if not bad else '✗'} <code>{name}</code></td></tr>"
        )
    if problems:
        raise ViewError(f"{snip.display}: runs under other Pythons did not match:\n" + "\n".join(problems))
    head = (
        f"{plural(reps, 'запуск', 'запуска', 'запусков')} под каждой версией CPython, найденной на машине "
        "сборки; числа, разные в разных запусках, — в квадратных скобках."
    )
    return _table("snippet-matrix", head, ["CPython", "Вывод", "Ожидание"], rows)


def _methods_table(_: Snippet, opts: dict[str, str], table: Table, py: Interpreter) -> str:
    methods, rows, problems = opts["methods"].split(), [], []
    for snip in mp_snippets():
        claimed, cells = {r.method or py.default_method for r in check_runs(snip, py, runs=1)}, []
        for method in methods:
            r = run(snip, py, method)
            res = table.get(r)
            if v := judge(r, res):
                last = (expect.split_lines(res.stdout) or ["(пустой вывод)"])[-1]
                cells.append(f"<td>✓ <small>{html.escape(_cut(last, 70))}</small></td>")
                continue
            if method in claimed:
                problems.append(v.report)
            why = (res.stderr.strip().splitlines() or res.errors or ["вывод не совпал с ожидаемым"])[-1]
            why = neutral(why, py)
            cells.append(f"<td>✗ {html.escape(_cut(why, 90))}</td>")
        scope = "все" if claimed >= set(methods) else ", ".join(sorted(claimed))
        rows.append(
            f"<tr><td><code>{html.escape(snip.display)}</code></td><td>{scope}</td>{''.join(cells)}</tr>"
        )
    if problems:
        why = "start-method matrix: a snippet fails under a method its expectation claims:\n"
        raise ViewError(why + "\n".join(problems))
    head = (
        f"{plural(len(rows), 'пример', 'примера', 'примеров')} с multiprocessing, по одному запуску "
        f"под каждым методом ({html.escape(py.label)}; метод по умолчанию здесь — {py.default_method})."
    )
    return _table("snippet-matrix", head, ["Пример", "Должен работать под", *methods], rows)


def _cut(text: str, most: int) -> str:
    return text[: most - 3] + "…" if len(text) > most else text
