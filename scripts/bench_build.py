"""Build-speed benchmark (not a test): prints times and their ratios.

Run: make bench   (or .venv/bin/python scripts/bench_build.py [--repeat N])

- cold build (empty cache: every run is made), warm build (nothing runs), build without execution;
- the sum of the cold build's run wall times, against what the cold build spent beyond a build without
  execution (runs side by side make this well under 1);
- mkdocs serve on an empty cache: time until the first page answers, and until its outputs are filled in;
- rebuild after editing one snippet (in a copy of the project): how many runs it made, and its time.
Every build uses a temporary cache, never the project's .cache/.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
IGNORE = shutil.ignore_patterns(
    ".venv", ".git", "site", ".cache", "test-artifacts", "__pycache__", "*.egg-info"
)


def env_for(cache: Path, root: Path = ROOT, **extra: str) -> dict[str, str]:
    return dict(
        os.environ, SNIPCHECK_CACHE=str(cache), SNIPCHECK_ROOT=str(root), NO_MKDOCS_2_WARNING="1", **extra
    )


def build(site: Path, cache: Path, *, root: Path = ROOT, execute: bool = True) -> tuple[float, str]:
    started = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(site)],
        cwd=root,
        env=env_for(cache, root, SNIPPETS_EXEC="1" if execute else "0"),
        capture_output=True,
        text=True,
        check=False,
    )
    elapsed = time.perf_counter() - started
    if proc.returncode != 0:
        sys.exit(f"build failed:\n{proc.stdout}\n{proc.stderr}")
    return elapsed, proc.stderr


def summary(log: str) -> tuple[int, int, float]:
    m = re.search(r"snippets: \d+ runs: (\d+) made, (\d+) from cache.*?took ([\d.]+) s in all", log)
    if not m:
        sys.exit(f"no snippet summary in the build log:\n{log[-2000:]}")
    return int(m.group(1)), int(m.group(2)), float(m.group(3))


def serve_times(cache: Path) -> tuple[float, float]:
    """Seconds until mkdocs serve answers /threads/ on an empty cache, and until its outputs are in."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = env_for(cache, SITE_URL=f"http://127.0.0.1:{port}/")
    started = time.perf_counter()
    server = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{port}"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
    )  # fmt: skip
    first = full = None
    try:
        while full is None and time.perf_counter() - started < 900:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/threads/", timeout=5) as r:
                    page = r.read().decode()
            except OSError:
                page = ""
            if page and first is None:
                first = time.perf_counter() - started
            if page and "snippet-output" in page and "ещё выполняется" not in page:
                full = time.perf_counter() - started
            time.sleep(0.2)
    finally:
        os.killpg(server.pid, 15)
        server.wait(30)
    return first or float("nan"), full or float("nan")


def edit_one(tmp: Path, cache: Path) -> tuple[float, int]:
    copy = tmp / "copy"
    shutil.copytree(ROOT, copy, ignore=IGNORE)
    target = copy / "snippets" / "threads" / "create_join.py"
    target.write_text(target.read_text(encoding="utf-8") + "# edited\n", encoding="utf-8")
    elapsed, log = build(tmp / "site-edit", cache, root=copy)
    return elapsed, summary(log)[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=1, help="builds of each kind (median is reported)")
    args = parser.parse_args()
    cold, warm, noexec, walls = [], [], [], []
    print(
        f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}, {args.repeat} builds each",
        flush=True,
    )
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        for i in range(args.repeat):
            cache = tmp / f"cache{i}"
            elapsed, log = build(tmp / "site", cache)
            cold.append(elapsed)
            walls.append(summary(log)[2])
            elapsed, log = build(tmp / "site", cache)
            assert summary(log)[0] == 0, "the warm build made runs"
            warm.append(elapsed)
            noexec.append(build(tmp / "site", tmp / "unused", execute=False)[0])
        c, w, n, s = (statistics.median(x) for x in (cold, warm, noexec, walls))
        print(f"cold build (empty cache, every run is made):  {c:7.2f} s")
        print(f"warm build (unchanged, nothing runs):         {w:7.2f} s")
        print(f"no-execution build (SNIPPETS_EXEC=0):         {n:7.2f} s")
        print(f"sum of the cold build's run wall times:       {s:7.2f} s")
        print(f"cold / warm:                      {c / w:6.2f}x")
        print(f"warm / no-execution:              {w / n:6.2f}x")
        print(f"(cold - no-execution) / run sum:  {(c - n) / s:6.2f}", flush=True)
        edited, made = edit_one(tmp, tmp / "cache0")
        print(
            f"rebuild after editing one snippet:            {edited:7.2f} s ({made} run(s) made)", flush=True
        )
        first, full = serve_times(tmp / "serve-cache")
        print(f"mkdocs serve, empty cache, first page:        {first:7.2f} s (all outputs in: {full:.2f} s)")


if __name__ == "__main__":
    main()
