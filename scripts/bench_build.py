"""Build-speed benchmark (not a test): cold build, warm build, build without executing snippets.

Run: make bench   (or .venv/bin/python scripts/bench_build.py [--repeat N])
Prints the wall time of each build and the ratios between them.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def build(site: Path, cache: Path, *, execute: bool = True) -> float:
    env = dict(
        os.environ, SNIPCHECK_CACHE=str(cache), NO_MKDOCS_2_WARNING="1", SNIPPETS_EXEC="1" if execute else "0"
    )
    started = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(site)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    elapsed = time.perf_counter() - started
    if proc.returncode != 0:
        sys.exit(f"build failed:\n{proc.stdout}\n{proc.stderr}")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=3, help="builds of each kind (median is reported)")
    args = parser.parse_args()
    cold, warm, noexec = [], [], []
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        for i in range(args.repeat):
            cache = tmp / f"cache{i}"
            cold.append(build(tmp / "site", cache))
            warm.append(build(tmp / "site", cache))
            noexec.append(build(tmp / "site", tmp / "unused", execute=False))
            shutil.rmtree(cache, ignore_errors=True)
    c, w, n = (statistics.median(x) for x in (cold, warm, noexec))
    print(
        f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}, {args.repeat} builds of each kind"
    )
    print(f"cold build (empty cache, every snippet runs): {c:7.2f} s")
    print(f"warm build (unchanged, nothing runs):         {w:7.2f} s")
    print(f"no-execution build (SNIPPETS_EXEC=0):         {n:7.2f} s")
    print(f"cold / warm:           {c / w:6.2f}x")
    print(f"warm / no-execution:   {w / n:6.2f}x")
    print(f"cold / no-execution:   {c / n:6.2f}x")


if __name__ == "__main__":
    main()
