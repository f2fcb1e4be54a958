"""`make pythons` (scripts/pythons.py) on a machine without pyenv: uv first, then Debian's packages, then a
message naming what is missing and how to get it. uv's downloads are unreachable here, so stand-ins for uv
and apt play them on a PATH of their own; the script runs from a copy, with its own .cache/pythons/."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

from snipcheck import interpreters
from snipcheck.snippets import ROOT

# Every call is logged; `uv python install` "installs" 3.12 only (the real one of this machine, found by
# `uv python find` afterwards) and fails for the rest, as uv does without its downloads.
UV = """#!/bin/sh
echo "uv $*" >> "$STAND_IN_LOG"
if [ "$1 $2" = "python install" ]; then
    : > "$STAND_IN_STATE"
    echo "error: Failed to download cpython-3.10: network unreachable" >&2
    exit 1
fi
if [ "$1 $2 $4" = "python find 3.12" ] && [ -f "$STAND_IN_STATE" ]; then
    echo "$REAL_312"
    exit 0
fi
echo "error: No interpreter found for Python $4" >&2
exit 2
"""
APT = """#!/bin/sh
echo "${0##*/} $*" >> "$STAND_IN_LOG"
echo "E: network unreachable" >&2
exit 100
"""


def test_uv_first_then_debian_then_a_message_naming_what_is_missing(tmp_path: Path) -> None:
    project, bin_dir = tmp_path / "project", tmp_path / "bin"
    (project / "scripts").mkdir(parents=True)
    shutil.copy(ROOT / "scripts" / "pythons.py", project / "scripts" / "pythons.py")
    bin_dir.mkdir()
    for name, text in (("uv", UV), ("apt-get", APT), ("apt-cache", APT), ("dpkg-deb", APT)):
        (bin_dir / name).write_text(text)
        (bin_dir / name).chmod(stat.S_IRWXU)
    log = tmp_path / "calls.log"
    env = {
        "PATH": str(bin_dir),  # no python3.X, no pyenv shims, no py launcher
        "HOME": str(tmp_path / "home"),
        "PYENV_ROOT": str(tmp_path / "no-pyenv"),
        "STAND_IN_LOG": str(log),
        "STAND_IN_STATE": str(tmp_path / "uv-installed"),
        "REAL_312": interpreters.found()["3.12"].path,
        "SNIPCHECK_TAG": os.environ.get("SNIPCHECK_TAG", ""),
    }
    script = project / "scripts" / "pythons.py"
    proc = subprocess.run(
        [sys.executable, str(script), "--versions", "3.10,3.12"],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    out = proc.stdout + proc.stderr
    calls = log.read_text().splitlines()
    assert proc.returncode == 1, out
    install = calls.index("uv python install 3.10 3.12")
    assert "Asking uv for CPython 3.10, 3.12: uv python install 3.10 3.12" in proc.stderr  # logged
    assert all(c.startswith("uv python find") for c in calls[:install]), calls  # looked for first
    # 3.12 came through uv; only 3.10 goes on to Debian's packages (their stand-ins fail).
    row = next(line for line in proc.stdout.splitlines() if line.startswith("3.12 "))
    assert " uv " in row and row.endswith(env["REAL_312"]), out
    debian = [c for c in calls[install:] if not c.startswith("uv ")]
    keyring = Path("/usr/share/keyrings/debian-archive-keyring.gpg")
    if keyring.is_file():
        assert debian and debian[0].startswith("apt-get") and debian[0].endswith("update -q"), calls
        assert "Fetching CPython 3.10 from Debian" in proc.stderr
    else:
        assert not debian and str(keyring) in out
    missing = next(line for line in proc.stdout.splitlines() if line.startswith("3.10 "))
    assert "MISSING" in missing and "uv python install: error: Failed to download" in missing
    assert "; Debian: " in missing
    assert "ERROR: no working CPython 3.10. Get it with `uv python install 3.10`" in proc.stderr
    assert not (project / ".cache" / "pythons" / "interpreters.json").exists()  # removed: one is missing
