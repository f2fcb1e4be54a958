"""exitcode: 0, N при sys.exit(N), 1 при исключении, -N от сигнала N."""

import multiprocessing
import sys
import time


def finishes() -> None:
    pass  # функция просто возвращается


def exits_with_3() -> None:
    sys.exit(3)


def raises() -> None:
    raise ValueError("что-то пошло не так")


def sleeps() -> None:
    time.sleep(30)  # столько ждать не придётся: родитель остановит процесс


if __name__ == "__main__":
    for target in (finishes, exits_with_3, raises):
        p = multiprocessing.Process(target=target, name=target.__name__)
        p.start()
        p.join()
        print(f"{p.name}: exitcode={p.exitcode}")

    for stop in ("terminate", "kill"):
        p = multiprocessing.Process(target=sleeps, name="sleeps")
        p.start()
        # terminate() шлёт SIGTERM, kill() — SIGKILL (в Linux и macOS)
        getattr(p, stop)()
        p.join()
        print(f"{p.name} после {stop}(): exitcode={p.exitcode}")
