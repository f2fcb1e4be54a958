"""Command line: `snippets update|check|list` (run `snippets -h`)."""

from __future__ import annotations

import argparse
import difflib
import fnmatch
import sys

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
            print(f"! {exc}\n  fix it by hand (update keeps patterns, so it will not overwrite a malformed file)")
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
    p = sub.add_parser("update", help="re-run snippets and rewrite their expectations, keeping patterns that still match")
    p.add_argument("patterns", nargs="*", help="glob or substring of snippet paths (default: all)")
    p.set_defaults(func=cmd_update)
    p = sub.add_parser("check", help="run snippets fresh (every start method, every run) and check them")
    p.add_argument("patterns", nargs="*")
    p.add_argument("--runs", type=int, default=None, help="runs per start method (default: the expectation's)")
    p.set_defaults(func=cmd_check)
    p = sub.add_parser("list", help="pages and the snippets they show")
    p.set_defaults(func=cmd_list)
    args = parser.parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
