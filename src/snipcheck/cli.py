"""Command line: ``snippets check|update|stress|list`` (``snippets -h``).  Nothing here uses the cache."""

from __future__ import annotations

import argparse
import difflib
import os
import subprocess
import sys
import time

from . import expect, interpreters, runs
from .snippets import all_snippets, select


def _python(path: str | None) -> interpreters.Interpreter:
    interp = interpreters.ask(path) if path else interpreters.for_pages()
    return interp or sys.exit(f"--python {path}: not a CPython that runs")


def cmd_check(args: argparse.Namespace) -> int:
    """Every run is asked for first, so that the table runs them side by side (exclusive ones too, as in the
    tests: their checks hold on a busy machine). With --load (stress), busy loops keep the cores busy."""
    py, snippets, busy = _python(args.python), select(args.patterns), [sys.executable, "-c", "while 1: pass"]
    load = [subprocess.Popen(busy, start_new_session=sys.platform != "win32") for _ in range(args.load or 0)]
    table, rows, t0 = runs.Table(shown=False), {}, time.monotonic()
    try:
        checks = []  # (snippet, its timeout, [(run, future)], [malformed expectation])
        for snip in snippets:
            try:
                timeout = snip.expectation(py.tag).options.timeout
                wanted = runs.check_runs(snip, py, runs=args.runs)
                checks.append((snip, timeout, [(r, table.want(r)) for r in wanted], []))
            except expect.ExpectationError as exc:
                checks.append((snip, 0.0, [], [str(exc)]))
        for snip, timeout, planned, problems in checks:
            verdicts = [(runs.judge(r, res := f.result()), res.duration) for r, f in planned]
            problems += [v.report for v, _ in verdicts if not v]
            passes, slowest = sum(bool(v) for v, _ in verdicts), max((d for _, d in verdicts), default=0.0)
            rows[snip.display] = [passes, len(verdicts), slowest, timeout, problems[0] if problems else ""]
            print(f"{'FAIL' if problems else 'ok  '} {snip.display} {passes}/{len(verdicts)}", flush=True)
            if problems and not load:
                print(problems[0], flush=True)
    finally:
        for p in load:
            p.kill()
            p.wait()
    failed = sum(bool(row[4]) for row in rows.values())
    if not load:
        print(f"\n{len(snippets) - failed} passed, {failed} failed ({py.label}, {py.path})")
        return 1 if failed else 0
    print(f"\n{'snippet':<52} {'passes/runs':>11} {'slowest s':>9} {'timeout s':>9} {'headroom':>8}")
    for name, (passes, total, slowest, timeout, _) in sorted(rows.items()):
        headroom = f"{timeout / slowest:.1f}x" if slowest else "-"
        print(f"{name:<52} {passes:>5}/{total:<5} {slowest:>9.2f} {timeout:>9.0f} {headroom:>8}")
    failures = sum(total - passes + (total == 0) for passes, total, *_ in rows.values())  # no run: a failure
    print(f"\n{len(rows)} snippets, {sum(r[1] for r in rows.values())} runs, {failures} failures, ", end="")
    print(f"load: {len(load)} busy processes, {time.monotonic() - t0:.0f} s")
    for name, first in sorted((name, row[4]) for name, row in rows.items() if row[4]):
        print(f"\n--- first failure of {name} ---\n{first}")
    return 1 if failures else 0


def cmd_update(args: argparse.Namespace) -> int:
    py = _python(args.python)
    for snip in select(args.patterns):
        path = snip.expectation_path(py.tag)
        old = path.read_text(encoding="utf-8") if path.exists() else ""
        try:
            exp = expect.parse(old, path) if old else expect.Expectation(path)
        except expect.ExpectationError as exc:
            print(f"! {exc}")
            print("  fix it by hand: update keeps patterns, so it does not overwrite a malformed file")
            continue
        res = runs.runner.run(snip.path, python=py.path, timeout=exp.options.timeout)  # maybe no file yet
        if res.errors:
            print("! " + "\n! ".join(res.errors) + f"\n  {snip.display}: expectation not written")
            continue
        new = expect.update(exp, stdout=res.stdout, stderr=res.stderr, exit_code=res.exit_code)
        shown = f"snippets/{path.relative_to(snip.path.parents[1]).as_posix()}"
        print(f"  {'unchanged' if new == old else 'updated  '}  {shown}")
        if new != old:
            path.write_text(new, encoding="utf-8")
            diff = difflib.unified_diff(old.splitlines(True), new.splitlines(True), shown, "(new)")
            sys.stdout.writelines("    " + line for line in diff)
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from .fence import pages

    shown = pages()
    for page, fences in shown.items():
        print(f"docs/{page}")
        for f in fences:
            print(f"    {f.snippet.display}" + "".join(f' {k}="{v}"' for k, v in f.options.items()))
    used = {f.snippet.rel for fences in shown.values() for f in fences}
    for rel in sorted(set(all_snippets()) - used):
        print(f"not on any page: snippets/{rel}")
    return 0


COMMANDS = {  # name: (function, help)
    "check": (cmd_check, "run snippets fresh (every start method, every run) and check them"),
    "update": (cmd_update, "re-run snippets and write their expectations, keeping patterns that still match"),
    "stress": (cmd_check, "check --runs 50 --load <one per core>: runs while busy loops keep the cores busy"),
    "list": (cmd_list, "pages and the snippets they show"),
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="snippets", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    for name, (func, text) in COMMANDS.items():
        p = sub.add_parser(name, help=text)
        p.set_defaults(func=func, **({"runs": 50, "load": os.cpu_count() or 2} if name == "stress" else {}))
        if name != "list":
            p.add_argument("patterns", nargs="*", help="glob or substring of snippet paths (default: all)")
            p.add_argument("--python", help="the interpreter to run them under (default: the pages' one)")
        if name in ("check", "stress"):
            p.add_argument("--runs", type=int, help="runs per start method (stress: 50)")
            p.add_argument("--load", type=int, help="busy loops, for a stress run (stress: one per core)")
    return (args := parser.parse_args(argv)).func(args)


if __name__ == "__main__":
    sys.exit(main())
