"""``cpu_sampler.py PID TRACE_DIR``: each thread's CPU ns from ``/proc/<pid>/task/<tid>/schedstat`` (Linux,
outside the GIL) about once a millisecond, for every process that wrote a ``<pid>.jsonl``; a line when a
process's times moved (after the unchanged sample before it: a quiet stretch stays quiet)."""

import json
import os
import sys
import time


def sample(pid):
    try:
        tids = os.listdir(f"/proc/{pid}/task")
    except OSError:  # the process is gone
        return None

    cpu = {}
    for tid in tids:
        try:
            with open(f"/proc/{pid}/task/{tid}/schedstat", "rb", 0) as f:
                cpu[tid] = int(f.read(200).split()[0])
        except (OSError, IndexError):
            pass  # a thread that ended meanwhile is left out
    return cpu


def main(root, trace_dir):
    out = os.open(os.path.join(trace_dir, "cpu-sampler.jsonl"), os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    known, gone, last, pending = {root}, set(), {}, {}
    while root not in gone:
        known |= {int(n[:-6]) for n in os.listdir(trace_dir) if n.endswith(".jsonl") and n[:-6].isdigit()}
        for pid in sorted(known - gone):
            rec = {"k": "cpu", "p": pid, "a": time.monotonic_ns(), "c": (cpu := sample(pid))}
            if cpu is None:
                gone.add(pid)
            elif cpu != last.get(pid):
                lines = [r for r in (pending.pop(pid, None), rec) if r]
                os.write(out, "".join(json.dumps(r, separators=(",", ":")) + "\n" for r in lines).encode())
                last[pid] = cpu
            else:
                pending[pid] = rec
        time.sleep(0.001)


if __name__ == "__main__":
    main(int(sys.argv[1]), sys.argv[2])
