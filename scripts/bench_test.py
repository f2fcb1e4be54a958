"""How long the test command takes from a fresh clone, part by part (not a test).

Run: python3 scripts/bench_test.py [--keep]
Clones the committed HEAD into a temporary folder and times what `make test` does there: the venv,
the interpreters (CPython 3.10 to 3.15, fetched where missing), the browser and validators, then
pytest, whose time is split by test file (pytest --durations). Prints a table and the total.
"""

from __future__ import annotations

import argparse
import collections
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def timed(cmd: list[str], cwd: Path) -> tuple[float, str]:
    started = time.perf_counter()
    proc = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - started
    if proc.returncode != 0:
        print(proc.stdout[-5000:], proc.stderr[-5000:], sep="\n")
        sys.exit(f"{' '.join(cmd)} failed after {elapsed:.0f} s")
    return elapsed, proc.stdout + proc.stderr


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--keep", action="store_true", help="keep the clone (its path is printed)")
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="bench-test-"))
    clone = tmp / "clone"
    subprocess.run(["git", "clone", "-q", str(ROOT), str(clone)], check=True)
    parts = {}
    for name, target in (
        ("venv", ".venv/.installed"),
        ("interpreters", "pythons"),
        ("browser", "browser-deps"),
        ("HTML and accessibility checkers", "node_modules/.installed"),
    ):
        parts[name], _ = timed(["make", target], clone)
    elapsed, out = timed(
        [".venv/bin/python", "-m", "pytest", "-q", "-p", "no:cacheprovider", "--durations=0"], clone
    )
    by_file: dict[str, float] = collections.defaultdict(float)
    for seconds, file in re.findall(
        r"^([\d.]+)s (?:call|setup|teardown) +(tests/[\w/]+\.py)", out, re.MULTILINE
    ):
        by_file[file] += float(seconds)
    summary = out.strip().splitlines()[-1]
    total = sum(parts.values()) + elapsed
    for name, seconds in parts.items():
        print(f"{name:<40} {seconds:8.1f} s")
    print(f"{'pytest (' + summary + ')':<40} {elapsed:8.1f} s")
    for file, seconds in sorted(by_file.items(), key=lambda kv: -kv[1]):
        print(f"    {file:<36} {seconds:8.1f} s")
    print(f"{'total':<40} {total:8.1f} s ({total / 60:.1f} min)")
    if args.keep:
        print(f"clone kept in {clone}")
    else:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
