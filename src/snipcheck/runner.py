"""The one place that starts a snippet, as a reader does (``python snippet.py``): own session and process
group, scratch directory, allow-listed environment, UTF-8 unbuffered output, no stdin, caps on output,
address space and CPU time, a timeout.  Every process of the run carries its own marker (``SNIPCHECK_RUN``)
in its environment, so one still alive after the snippet exited is found even outside the group or the
session (a double fork): it is killed and reported."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

MAX_OUTPUT = 1 << 20  # bytes per stream
MAX_ADDRESS_SPACE = 4 << 30  # bytes, per process (Linux only)
GRACE = 3.0  # seconds for helpers (resource tracker...) to close the pipes after the main process
SETTLE = 2.0  # seconds for a helper that is already exiting to be gone
BOOT = Path(__file__).with_name("_boot")  # sitecustomize: start method, and the recorder of traced runs
LINUX = sys.platform.startswith("linux")
# All a snippet's environment has (no tokens, CI secrets); SNIPCHECK_TAG finds a test session's strays.
ENV_ALLOW = ("PATH", "SYSTEMROOT", "COMSPEC", "PATHEXT", "WINDIR", "TZ", "SNIPCHECK_TAG")


@dataclass
class RunResult:
    stdout: str
    stderr: str
    exit_code: int | None  # None when the run was cut short (timeout, output limit)
    duration: float
    cpu: float | None = None  # seconds of CPU of the snippet and the children it waited for (POSIX)
    errors: list[str] = field(default_factory=list)  # problems of the run itself (not of its output)
    events: list[dict] = field(default_factory=list)  # what a traced run recorded (see _boot/), by time

    @property
    def signal_name(self) -> str | None:
        if self.exit_code is None or self.exit_code >= 0:
            return None
        with contextlib.suppress(ValueError):
            return signal.Signals(-self.exit_code).name
        return f"signal {-self.exit_code}"


def processes_with(marker: str) -> list[tuple[int, str]]:  # env holds "NAME=value": [(pid, command)]; Linux
    found = []
    for entry in Path("/proc").iterdir() if LINUX else ():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        with contextlib.suppress(OSError):  # gone meanwhile, or not ours to read
            if marker.encode() in (entry / "environ").read_bytes().split(b"\0"):
                state = (entry / "stat").read_text().rsplit(")", 1)[1].split()[0]
                cmd = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace").strip()
                if state != "Z":
                    found.append((int(entry.name), cmd[:120]))
    return found


def _kill(proc: subprocess.Popen, marker: str) -> None:  # the group, and every process of the run
    if sys.platform == "win32":
        subprocess.run(["taskkill", "/F", "/T", "/PID", str(proc.pid)], capture_output=True, check=False)
        return
    with contextlib.suppress(OSError):
        os.killpg(proc.pid, signal.SIGKILL)
    for pid, _ in processes_with(marker):
        with contextlib.suppress(OSError):
            os.kill(pid, signal.SIGKILL)


def _drain(stream, cap: int, data: bytearray, overflow: threading.Event, proc, marker: str) -> None:
    while chunk := stream.read1(65536):
        room = cap - len(data)
        data += chunk[: max(room, 0)]
        if len(chunk) > room:
            overflow.set()
            _kill(proc, marker)
    stream.close()


# On Linux the limits are set inside the child before it becomes the snippet: a tiny isolated (-I)
# interpreter sets them, then exec()s `python snippet.py` in the same process (same PID, same
# environment).  Setting them from outside after start would race with a fast snippet.
_LIMITED_EXEC = """import os, resource, sys
for which, value in ((resource.RLIMIT_CPU, int(sys.argv[1])), (resource.RLIMIT_AS, int(sys.argv[2]))):
    try: resource.setrlimit(which, (value, value))
    except (OSError, ValueError): pass
os.execv(sys.executable, [sys.executable, *sys.argv[3:]])
"""


def run(
    path: Path | str,
    *,
    python: str | None = None,
    timeout: float = 30.0,
    start_method: str | None = None,
    trace: bool = False,
    max_output: int = MAX_OUTPUT,
) -> RunResult:
    """Run a snippet under `python`; `start_method` and `trace` are applied by ``_boot/sitecustomize.py``
    (the file stays untouched); a traced run records its threads' work, waits and holds (``events``)."""
    path = Path(path).resolve()
    if not path.is_file():
        raise FileNotFoundError(f"snippet not found: {path}")
    scratch = tempfile.mkdtemp(prefix="snippet-")
    marker = f"SNIPCHECK_RUN={uuid.uuid4().hex}"
    env = {k: v for k, v in os.environ.items() if k in ENV_ALLOW}
    env.update(HOME=scratch, TMPDIR=scratch, TEMP=scratch, TMP=scratch, LANG="C.UTF-8", LC_ALL="C.UTF-8")
    env.update(PYTHONUTF8="1", PYTHONIOENCODING="utf-8", PYTHONUNBUFFERED="1", PYTHONDONTWRITEBYTECODE="1")
    env.update(COLUMNS="100", SNIPCHECK_RUN=marker.split("=")[1])
    trace_dir = tempfile.mkdtemp(prefix="snippet-trace-") if trace else ""
    if start_method or trace_dir:
        env.update(PYTHONPATH=str(BOOT), SNIPCHECK_START_METHOD=start_method or "", SNIPCHECK_TRACE=trace_dir)
    cpu_limit = int(timeout * 2) + 5  # seconds
    limits = ["-I", "-c", _LIMITED_EXEC, str(cpu_limit), str(MAX_ADDRESS_SPACE)] if LINUX else []
    group = {"creationflags": subprocess.CREATE_NEW_PROCESS_GROUP} if sys.platform == "win32" else {}
    started = time.monotonic()
    proc = subprocess.Popen(
        [python or sys.executable, *limits, str(path)], stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, cwd=scratch, env=env, start_new_session=sys.platform != "win32", **group,
    )  # fmt: skip
    sample = [sys.executable, "-S", str(BOOT / "cpu_sampler.py"), str(proc.pid), trace_dir]
    sampler = subprocess.Popen(sample) if trace_dir and LINUX else None
    overflow, datas, cpu = threading.Event(), (bytearray(), bytearray()), []  # cpu: filled by reap()
    readers = [
        threading.Thread(target=_drain, args=(s, max_output, d, overflow, proc, marker), daemon=True)
        for s, d in zip((proc.stdout, proc.stderr), datas, strict=True)
    ]

    def reap() -> None:  # os.wait4 gives the CPU time Popen.wait() throws away
        _, status, usage = os.wait4(proc.pid, 0)
        cpu.append(usage.ru_utime + usage.ru_stime)
        proc.returncode = os.waitstatus_to_exitcode(status)

    reaper = threading.Thread(target=reap if hasattr(os, "wait4") else proc.wait, daemon=True)
    for thread in (*readers, reaper):
        thread.start()
    try:
        reaper.join(timeout)
        if timed_out := reaper.is_alive():
            _kill(proc, marker)
            reaper.join()
        duration = time.monotonic() - started
        deadline = time.monotonic() + GRACE  # helpers that still hold the pipes get a grace period
        for r in readers:
            r.join(max(0.0, deadline - time.monotonic()))
        settle = time.monotonic() + SETTLE  # a helper that has closed its pipes may still be exiting
        while (left := processes_with(marker)) and time.monotonic() < settle:
            time.sleep(0.02)
    finally:
        _kill(proc, marker)
        if sampler is not None:
            sampler.kill()
            sampler.wait()
        for r in readers:
            r.join(5)
    events = []  # what every process of a traced run recorded, in time order
    for f in sorted(Path(trace_dir).glob("*.jsonl")) if trace_dir else ():
        for line in f.read_text(encoding="utf-8", errors="replace").splitlines():
            with contextlib.suppress(ValueError):  # a line cut short by a killed process
                events.append(json.loads(line))
    events.sort(key=lambda e: e.get("a", 0))
    for folder in filter(None, (scratch, trace_dir)):
        shutil.rmtree(folder, ignore_errors=True)
    problems = []
    for name, raw in zip(("stdout", "stderr"), datas, strict=True):
        try:
            raw.decode("utf-8")
        except UnicodeDecodeError as e:
            problems.append(f"{name} is not valid UTF-8 (byte {e.start}: {raw[e.start : e.start + 8]!r})")
    texts = [raw.decode("utf-8", errors="backslashreplace").replace("\r\n", "\n") for raw in datas]
    if timed_out:
        problems.append(f"killed with its process group after the {timeout:g} s timeout")
    if overflow.is_set():
        problems.append(f"killed after printing more than {max_output} bytes on one stream")
    if left:
        problems.append(
            f"left {len(left)} process(es) running after it exited (killed, even outside its process group): "
            + "; ".join(f"{pid} {cmd}" for pid, cmd in left)
        )
    if LINUX and proc.returncode == -signal.SIGXCPU:
        problems.append(f"CPU time limit hit ({cpu_limit} s)")
    if "MemoryError" in texts[1] and LINUX:
        problems.append(f"memory limit hit ({MAX_ADDRESS_SPACE >> 30} GiB of address space per process)")
    code = None if timed_out or overflow.is_set() else proc.returncode
    errors = [f"{path}: {why}" for why in problems]
    return RunResult(*texts, code, round(duration, 3), round(cpu[0], 3) if cpu else None, errors, events)
