"""Sample the CPU time of every thread of a traced run, from outside the run (Linux).

Started by the runner next to a traced snippet: ``python cpu_sampler.py PID TRACE_DIR``.
About once a millisecond it reads ``/proc/<pid>/task/<tid>/schedstat`` (the first
field is the thread's time on a CPU, in nanoseconds) for the snippet's process
and for every process that has written a trace file (``<pid>.jsonl``, see
``snipcheck_trace``), and appends a line per process whenever a thread's CPU
time moved (plus the unchanged sample just before, so that a quiet stretch stays
quiet).  Being another process, it never competes for the snippet's GIL.
It stops when the snippet's process is gone, or when the runner kills it.
"""

import json
import os
import sys
import time

INTERVAL = 0.001


def _read(path):
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return None
    try:
        return os.read(fd, 200)
    except OSError:
        return None
    finally:
        os.close(fd)


def sample(pid):
    try:
        tids = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return None
    cpu = {}
    for tid in tids:
        data = _read(f"/proc/{pid}/task/{tid}/schedstat")
        if data:
            cpu[tid] = int(data.split()[0])
    return cpu


def main(root, trace_dir):
    out = os.open(os.path.join(trace_dir, "cpu-sampler.jsonl"), os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    known, gone = {root}, set()
    last, pending = {}, {}
    while True:
        for name in os.listdir(trace_dir):
            stem = name[:-6] if name.endswith(".jsonl") else ""
            if stem.isdigit() and int(stem) not in gone:
                known.add(int(stem))
        for pid in sorted(known):
            t = time.monotonic_ns()
            cpu = sample(pid)
            if cpu is None:
                known.discard(pid)
                gone.add(pid)
                continue
            rec = {"k": "cpu", "p": pid, "a": t, "c": cpu}
            if cpu != last.get(pid):
                lines = [pending.pop(pid)] if pid in pending else []
                lines.append(rec)
                os.write(out, "".join(json.dumps(r, separators=(",", ":")) + "\n" for r in lines).encode())
                last[pid] = cpu
            else:
                pending[pid] = rec
        if root in gone:
            return
        time.sleep(INTERVAL)


if __name__ == "__main__":
    main(int(sys.argv[1]), sys.argv[2])
