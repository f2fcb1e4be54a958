"""C-код, отпускающий GIL, идёт в потоках параллельно: хеширование последовательно и в двух потоках."""

import hashlib
import os
import platform
import threading
import time

SIZE = 100 * 2**20  # байт на одну задачу
REPEATS = 3


def digest(data: bytes, out: list[str], i: int) -> None:
    out[i] = hashlib.sha256(data).hexdigest()  # на время хеширования большого буфера GIL отпущен


def sequential(blocks: list[bytes]) -> list[str]:
    out = [""] * len(blocks)
    for i, block in enumerate(blocks):
        digest(block, out, i)
    return out


def in_threads(blocks: list[bytes]) -> list[str]:
    out = [""] * len(blocks)
    workers = [threading.Thread(target=digest, args=(b, out, i)) for i, b in enumerate(blocks)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    return out


def measure(job, blocks: list[bytes]) -> tuple[float, float, list[str]]:
    wall, cpu = time.perf_counter(), time.process_time()
    result = job(blocks)
    return time.perf_counter() - wall, time.process_time() - cpu, result


if __name__ == "__main__":
    print(f"Машина: логических процессоров {os.cpu_count()}, Python {platform.python_version()}")
    blocks = [bytes([i]) * SIZE for i in range(2)]
    seq_runs, thr_runs = [], []
    for _ in range(REPEATS):
        seq_runs.append(measure(sequential, blocks))
        thr_runs.append(measure(in_threads, blocks))
    seq, _, seq_digests = min(seq_runs)
    thr, thr_cpu, thr_digests = min(thr_runs)
    print(f"sha256 двух блоков по {SIZE // 2**20} МиБ")
    print(f"последовательно: {seq:.2f} с")
    print(f"в двух потоках:  {thr:.2f} с, ускорение ×{seq / thr:.2f}, занято ядер: {thr_cpu / thr:.2f}")
    print(f"хеши совпали: {seq_digests == thr_digests}")
