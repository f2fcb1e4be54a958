"""Command line: `snippets update|check|list` (run `snippets -h`)."""

from __future__ import annotations

import argparse
import difflib
import fnmatch
import os
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor

from . import checks, expect, runner
from .catalog import Snippet, all_snippets, pages


def _select(patterns: list[str]) -> list[Snippet]:
    names = all_snippets()
    if not patterns:
        return [Snippet(n) for n in names]
    chosen = []
    for n in names:
        full = f"snippets/{n}"
        if any(fnmatch.fnmatch(n, p) or fnmatch.fnmatch(full, p) or p in full for p in patterns):
            chosen.append(Snippet(n))
    if not chosen:
        sys.exit(f"no snippet matches {' '.join(patterns)}")
    return chosen


def cmd_update(args: argparse.Namespace) -> int:
    changed = 0
    for snip in _select(args.patterns):
        old_text = snip.expected_path.read_text(encoding="utf-8") if snip.expected_path.exists() else ""
        try:
            exp = snip.expectation() if old_text else None
        except expect.ExpectationError as exc:
            print(
                f"! {exc}\n  fix it by hand (update keeps patterns, so it will not overwrite a malformed "
                "file)"
            )
            changed += 1
            continue
        timeout = exp.options.timeout if exp else expect.Options().timeout
        res = runner.run(snip.path, timeout=timeout)
        if res.errors:
            print("! " + "\n! ".join(res.errors))
            print(f"  {snip.display}: expectation not written")
            changed += 1
            continue
        new_text = expect.rewrite(exp, stdout=res.stdout, stderr=res.stderr, exit_code=res.exit_code)
        if new_text == old_text:
            print(f"  unchanged  {snip.expected_display}")
            continue
        changed += 1
        snip.expected_path.write_text(new_text, encoding="utf-8")
        print(f"  updated    {snip.expected_display}")
        sys.stdout.writelines(
            "    " + line
            for line in difflib.unified_diff(
                old_text.splitlines(True), new_text.splitlines(True), snip.expected_display, "(new)"
            )
        )
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    failed = 0
    for snip in _select(args.patterns):
        try:
            exp = snip.expectation()
        except expect.ExpectationError as exc:
            print(f"FAIL {exc}")
            failed += 1
            continue
        bad = [o for o in checks.outcomes(snip, exp, runs=args.runs) if not o.verdict]
        print(("FAIL " if bad else "ok   ") + snip.display)
        for o in bad[:1]:
            print(o.verdict.report)
        failed += bool(bad)
    return 1 if failed else 0


def _busy_cores(count: int) -> list[subprocess.Popen]:
    """Processes that keep `count` cores busy until killed."""
    kwargs = {} if sys.platform == "win32" else {"start_new_session": True}
    return [
        subprocess.Popen([sys.executable, "-c", "while True: pass"], stdin=subprocess.DEVNULL, **kwargs)
        for _ in range(count)
    ]


def cmd_stress(args: argparse.Namespace) -> int:
    """Run every selected snippet's check `runs` times per start method under load; print a table."""
    snippets = _select(args.patterns)
    load = _busy_cores(args.load if args.load is not None else (os.cpu_count() or 2))
    rows: dict[str, dict] = {}
    lock = threading.Lock()
    started = time.monotonic()

    def one(snip: Snippet) -> None:
        row = {"passes": 0, "runs": 0, "slowest": 0.0, "timeout": 0.0, "first_failure": ""}
        try:
            exp = snip.expectation()
        except expect.ExpectationError as exc:
            row["first_failure"] = str(exc)
        else:
            row["timeout"] = exp.options.timeout
            for o in checks.outcomes(snip, exp, runs=args.runs):
                row["runs"] += 1
                row["passes"] += bool(o.verdict)
                row["slowest"] = max(row["slowest"], o.result.duration)
                if not o.verdict and not row["first_failure"]:
                    row["first_failure"] = o.verdict.report
        with lock:
            rows[snip.display] = row
            done = len(rows)
            mark = "ok  " if row["passes"] == row["runs"] and row["runs"] else "FAIL"
            print(f"[{done}/{len(snippets)}] {mark} {snip.display} {row['passes']}/{row['runs']}", flush=True)

    try:
        shared = [s for s in snippets if not _exclusive(s)]
        alone = [s for s in snippets if _exclusive(s)]
        with ThreadPoolExecutor(max_workers=args.jobs) as pool:
            list(pool.map(one, shared))
        for snip in alone:
            one(snip)
    finally:
        for p in load:
            p.kill()
            p.wait()
    elapsed = time.monotonic() - started
    print()
    print(f"{'snippet':<52} {'passes/runs':>11} {'slowest s':>9} {'timeout s':>9} {'headroom':>8}")
    failures = 0
    for name in sorted(rows):
        r = rows[name]
        headroom = f"{r['timeout'] / r['slowest']:.1f}x" if r["slowest"] else "-"
        print(
            f"{name:<52} {r['passes']:>5}/{r['runs']:<5} {r['slowest']:>9.2f} {r['timeout']:>9.0f} "
            f"{headroom:>8}"
        )
        failures += r["runs"] - r["passes"] + (r["runs"] == 0)
    total = sum(r["runs"] for r in rows.values())
    print(
        f"\n{len(rows)} snippets, {total} runs, {failures} failures, load: {len(load)} busy processes, "
        f"{args.jobs} snippets at a time, {elapsed:.0f} s"
    )
    for name in sorted(rows):
        if rows[name]["first_failure"]:
            print(f"\n--- first failure of {name} ---\n{rows[name]['first_failure']}")
    return 1 if failures else 0


def _exclusive(snip: Snippet) -> bool:
    try:
        return snip.expectation().options.exclusive
    except expect.ExpectationError:
        return False


def cmd_list(args: argparse.Namespace) -> int:
    used = {ref for refs in pages().values() for ref in refs}
    for page, refs in pages().items():
        print(f"docs/{page}")
        for ref in refs:
            print(f"    snippets/{ref}")
    for n in all_snippets():
        if n not in used:
            print(f"not on any page: snippets/{n}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="snippets", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser(
        "update", help="re-run snippets and rewrite their expectations, keeping patterns that still match"
    )
    p.add_argument("patterns", nargs="*", help="glob or substring of snippet paths (default: all)")
    p.set_defaults(func=cmd_update)
    p = sub.add_parser("check", help="run snippets fresh (every start method, every run) and check them")
    p.add_argument("patterns", nargs="*")
    p.add_argument(
        "--runs", type=int, default=None, help="runs per start method (default: the expectation's)"
    )
    p.set_defaults(func=cmd_check)
    p = sub.add_parser(
        "stress", help="run every snippet's check many times while other processes keep the cores busy"
    )
    p.add_argument("patterns", nargs="*")
    p.add_argument("--runs", type=int, default=50, help="runs per snippet and start method (default 50)")
    p.add_argument("--load", type=int, default=None, help="busy-loop processes (default: one per core)")
    p.add_argument("--jobs", type=int, default=2, help="snippets checked at the same time (default 2)")
    p.set_defaults(func=cmd_stress)
    p = sub.add_parser("list", help="pages and the snippets they show")
    p.set_defaults(func=cmd_list)
    args = parser.parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
