"""os.cpu_count() — CPU машины; процессу может быть разрешена лишь часть."""

import os

if __name__ == "__main__":
    print("os.cpu_count():", os.cpu_count())
    # sched_getaffinity() есть в Linux и некоторых Unix, в macOS и Windows нет
    if hasattr(os, "sched_getaffinity"):
        print("CPU, разрешённых процессу:", len(os.sched_getaffinity(0)))
        one_cpu = {min(os.sched_getaffinity(0))}
        os.sched_setaffinity(0, one_cpu)  # оставим процессу один CPU
        print("После sched_setaffinity(0, {один CPU}):")
        print("  os.cpu_count():", os.cpu_count())
        print("  len(os.sched_getaffinity(0)):", len(os.sched_getaffinity(0)))
        if hasattr(os, "process_cpu_count"):
            print("  os.process_cpu_count():", os.process_cpu_count())
        else:
            print("  os.process_cpu_count(): нет, появилась в Python 3.13")
    else:
        print("os.sched_getaffinity() на этой платформе нет")
