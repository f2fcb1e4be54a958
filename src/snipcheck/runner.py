"""Run one snippet the way a reader runs it: ``python path/to/snippet.py``.

The one place in the project that starts a snippet.  The page fence, the tests,
the update command and the stress command all call :func:`run`.

Each run gets its own process group (session), a scratch working directory, a
minimal environment (an allow-list), UTF-8 unbuffered output, no standard
input, caps on output size, address space and CPU time, and a timeout after
which the whole group is killed.  Whatever the snippet leaves running after it
exits is reported and killed too.
"""

from __future__ import annotations

import contextlib
import functools
import json
import os
import platform
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

MAX_OUTPUT = 1 << 20  # bytes per stream
MAX_ADDRESS_SPACE = 4 << 30  # bytes, per process (Linux only)
GRACE = 3.0  # seconds for helpers (resource tracker...) to finish after the main process
LEFTOVER_SETTLE = 2.0  # seconds for a process that is already exiting to be gone
START_METHOD_ENV = "SNIPCHECK_START_METHOD"
TRACE_ENV = "SNIPCHECK_TRACE"
_BOOT_DIR = Path(__file__).with_name("_boot")
_TRACE_BOOT_DIR = Path(__file__).with_name("_trace")  # its sitecustomize also sets the start method
IS_WINDOWS = sys.platform == "win32"

# Variables a snippet may see.  Everything else (tokens, CI secrets) is dropped.
# SNIPCHECK_TAG marks processes started by a test session, so it can find any left behind.
ENV_ALLOW = ("PATH", "SYSTEMROOT", "COMSPEC", "PATHEXT", "WINDIR", "TZ", "SNIPCHECK_TAG")


@dataclass
class RunResult:
    path: str
    stdout: str
    stderr: str
    exit_code: int | None  # None when the run was cut short (timeout, output limit)
    duration: float
    python: str
    start_method: str
    timed_out: bool = False
    timeout: float = 0.0
    output_limited: bool = False
    leftovers: list[str] = field(default_factory=list)  # processes alive after the snippet exited
    errors: list[str] = field(default_factory=list)  # problems of the run itself (not of the output)
    events: list[dict] = field(default_factory=list)  # what a traced run recorded (see _trace/), by time

    @property
    def completed(self) -> bool:
        return not self.timed_out and not self.output_limited

    @property
    def signal_name(self) -> str | None:
        if self.exit_code is not None and self.exit_code < 0:
            try:
                return signal.Signals(-self.exit_code).name
            except ValueError:
                return f"signal {-self.exit_code}"
        return None

    def to_json(self) -> dict:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict) -> RunResult:
        return cls(**data)


_LABEL_CODE = (
    "import multiprocessing, platform; "
    "print(f'{platform.python_implementation()} {platform.python_version()}, "
    "{platform.system()} {platform.machine()}'); "
    "print(multiprocessing.get_start_method(allow_none=False))"
)


@functools.cache
def _describe(python: str) -> tuple[str, str]:
    """(label, default start method) of another interpreter, asked once."""
    out = subprocess.run([python, "-c", _LABEL_CODE], capture_output=True, text=True, timeout=60, check=True)
    label, method = out.stdout.strip().split("\n")
    return label, method


def python_label(python: str | None = None) -> str:
    if python and os.path.realpath(python) != os.path.realpath(sys.executable):
        return _describe(python)[0]
    impl = platform.python_implementation()
    return f"{impl} {platform.python_version()}, {platform.system()} {platform.machine()}"


def default_start_method(python: str | None = None) -> str:
    if python and os.path.realpath(python) != os.path.realpath(sys.executable):
        return _describe(python)[1]
    import multiprocessing

    return multiprocessing.get_start_method(allow_none=False)


def snippet_env(start_method: str | None, home: str, trace_dir: str | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k in ENV_ALLOW}
    env.update(
        HOME=home,
        TMPDIR=home,
        TEMP=home,
        TMP=home,
        LANG="C.UTF-8",
        LC_ALL="C.UTF-8",
        PYTHONUTF8="1",
        PYTHONIOENCODING="utf-8",
        PYTHONUNBUFFERED="1",
        PYTHONDONTWRITEBYTECODE="1",
        COLUMNS="100",
    )
    if start_method:
        env[START_METHOD_ENV] = start_method
        env["PYTHONPATH"] = str(_BOOT_DIR)
    if trace_dir:
        env[TRACE_ENV] = trace_dir
        env["PYTHONPATH"] = str(_TRACE_BOOT_DIR)
    return env


def _start_cpu_sampler(pid: int, trace_dir: str) -> subprocess.Popen | None:
    """The helper that samples the traced run's CPU time per thread from outside (Linux only)."""
    if not sys.platform.startswith("linux"):
        return None
    return subprocess.Popen(
        [sys.executable, "-S", str(_TRACE_BOOT_DIR / "cpu_sampler.py"), str(pid), trace_dir],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def read_trace(trace_dir: str) -> list[dict]:
    """Merge the per-process event files of a traced run, in time order."""
    events = []
    for f in sorted(Path(trace_dir).glob("*.jsonl")):
        for line in f.read_text(encoding="utf-8", errors="replace").splitlines():
            with contextlib.suppress(ValueError):  # a line cut short by a killed process
                events.append(json.loads(line))
    events.sort(key=lambda e: e.get("a", 0))
    return events


class _Reader(threading.Thread):
    """Drain one pipe into memory, up to a cap; past it, call `on_overflow` once."""

    def __init__(self, stream, cap: int, on_overflow) -> None:
        super().__init__(daemon=True)
        self.stream = stream
        self.cap = cap
        self.on_overflow = on_overflow
        self.data = bytearray()
        self.overflow = False

    def run(self) -> None:
        while chunk := self.stream.read1(65536) if hasattr(self.stream, "read1") else self.stream.read(65536):
            room = self.cap - len(self.data)
            self.data += chunk[: max(room, 0)]
            if len(chunk) > room and not self.overflow:
                self.overflow = True
                self.on_overflow()
        self.stream.close()


def _group_members(pgid: int) -> list[str]:
    """Live (non-zombie) processes of a process group, as 'pid command' strings."""
    if IS_WINDOWS:
        return []
    proc = Path("/proc")
    if proc.is_dir():
        found = []
        for entry in proc.iterdir():
            if not entry.name.isdigit():
                continue
            try:
                stat = (entry / "stat").read_text()
                cmd = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace").strip()
            except OSError:
                continue
            # pid (comm) state ppid pgrp ...; comm may hold spaces and parens.
            fields = stat[stat.rfind(")") + 2 :].split()
            if len(fields) > 2 and int(fields[2]) == pgid and fields[0] != "Z":
                found.append(f"{entry.name} {cmd[:120]}")
        return found
    try:
        os.killpg(pgid, 0)
    except (ProcessLookupError, PermissionError):
        return []
    return [f"process group {pgid}"]


def _kill_group(proc: subprocess.Popen) -> None:
    if IS_WINDOWS:
        subprocess.run(["taskkill", "/F", "/T", "/PID", str(proc.pid)], capture_output=True, check=False)
        return
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(proc.pid, signal.SIGKILL)


# On Linux the limits are set inside the child before it becomes the snippet: a tiny isolated (-I)
# interpreter sets them, then exec()s `python snippet.py` in the same process (same PID, same
# environment).  Setting them from outside after start would race with a fast snippet.
_LIMITED_EXEC = (
    "import os, resource, sys\n"
    "cpu, mem = int(sys.argv[1]), int(sys.argv[2])\n"
    "for which, value in ((resource.RLIMIT_CPU, cpu), (resource.RLIMIT_AS, mem)):\n"
    "    try:\n"
    "        resource.setrlimit(which, (value, value))\n"
    "    except (OSError, ValueError):\n"
    "        pass\n"
    "os.execv(sys.executable, [sys.executable, *sys.argv[3:]])\n"
)


def cpu_limit(timeout: float) -> int:
    return int(timeout * 2) + 5


def _command(python: str, path: Path, timeout: float) -> list[str]:
    if not sys.platform.startswith("linux"):
        return [python, str(path)]
    return [python, "-I", "-c", _LIMITED_EXEC, str(cpu_limit(timeout)), str(MAX_ADDRESS_SPACE), str(path)]


def run(
    path: Path | str,
    *,
    timeout: float = 30.0,
    start_method: str | None = None,
    max_output: int = MAX_OUTPUT,
    python: str | None = None,
    trace: bool = False,
) -> RunResult:
    """Run a snippet file as a separate program and return what it did.

    With `trace`, every process of the run records its threads' work, waits and
    holds (see `_trace/`) into `RunResult.events`; the output is the same program's.
    """
    path = Path(path).resolve()
    label = str(path)
    if not path.is_file():
        raise FileNotFoundError(f"snippet not found: {path}")
    scratch = tempfile.mkdtemp(prefix="snippet-")
    trace_dir = tempfile.mkdtemp(prefix="snippet-trace-") if trace else None
    env = snippet_env(start_method, scratch, trace_dir)
    kwargs: dict = {}
    if IS_WINDOWS:
        kwargs["creationflags"] = subprocess.CREATE_NEW_PROCESS_GROUP
    else:
        kwargs["start_new_session"] = True
    started = time.monotonic()
    proc = subprocess.Popen(
        _command(python or sys.executable, path, timeout),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=scratch,
        env=env,
        **kwargs,
    )
    sampler = _start_cpu_sampler(proc.pid, trace_dir) if trace_dir else None
    overflow = threading.Event()

    def on_overflow() -> None:
        overflow.set()
        _kill_group(proc)

    readers = [_Reader(proc.stdout, max_output, on_overflow), _Reader(proc.stderr, max_output, on_overflow)]
    for r in readers:
        r.start()
    timed_out = False
    try:
        proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        timed_out = True
        _kill_group(proc)
        proc.wait()
    except BaseException:
        _kill_group(proc)
        proc.wait()
        if sampler is not None:
            sampler.kill()
            sampler.wait()
        raise
    duration = time.monotonic() - started
    # Helpers that still hold the pipes (a resource tracker, or a leaked child) get a grace period.
    deadline = time.monotonic() + GRACE
    for r in readers:
        r.join(max(0.0, deadline - time.monotonic()))
    leftovers = [] if timed_out or overflow.is_set() else _group_members(proc.pid)
    # A helper that has closed its pipes may still be exiting (e.g. spawn's resource tracker,
    # empty cmdline): give it a moment; a real leftover is still there afterwards.
    settle = time.monotonic() + LEFTOVER_SETTLE
    while leftovers and time.monotonic() < settle:
        time.sleep(0.02)
        leftovers = _group_members(proc.pid)
    _kill_group(proc)
    if sampler is not None:
        sampler.kill()
        sampler.wait()
    for r in readers:
        r.join(5)
    shutil.rmtree(scratch, ignore_errors=True)
    events = []
    if trace_dir:
        events = read_trace(trace_dir)
        shutil.rmtree(trace_dir, ignore_errors=True)

    errors: list[str] = []
    texts = []
    for name, r in zip(("stdout", "stderr"), readers, strict=True):
        raw = bytes(r.data)
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            errors.append(
                f"{label}: {name} is not valid UTF-8 (byte {exc.start}: {raw[exc.start : exc.start + 8]!r})"
            )
            text = raw.decode("utf-8", errors="backslashreplace")
        texts.append(text.replace("\r\n", "\n"))
    result = RunResult(
        path=label,
        stdout=texts[0],
        stderr=texts[1],
        exit_code=None if timed_out or overflow.is_set() else proc.returncode,
        duration=round(duration, 3),
        python=python_label(python),
        start_method=start_method or default_start_method(python),
        timed_out=timed_out,
        timeout=timeout,
        output_limited=overflow.is_set(),
        leftovers=leftovers,
        errors=errors,
        events=events,
    )
    if timed_out:
        errors.append(f"{label}: killed with its process group after the {timeout:g} s timeout")
    if overflow.is_set():
        errors.append(f"{label}: killed after printing more than {max_output} bytes on one stream")
    if leftovers:
        errors.append(
            f"{label}: left {len(leftovers)} process(es) running after it exited (killed): "
            + "; ".join(leftovers)
        )
    if proc.returncode is not None and -proc.returncode == getattr(signal, "SIGXCPU", -1):
        errors.append(f"{label}: CPU time limit hit ({cpu_limit(timeout)} s)")
    if "MemoryError" in result.stderr and sys.platform.startswith("linux"):
        errors.append(
            f"{label}: memory limit hit ({MAX_ADDRESS_SPACE >> 30} GiB of address space per process)"
        )
    return result
