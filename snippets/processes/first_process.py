"""Первый процесс: target и args, start() и join(), PID, exitcode."""

import multiprocessing
import os


def worker(number: int) -> None:
    me = multiprocessing.current_process()
    parent = multiprocessing.parent_process()
    text = f"PID {os.getpid()}, родитель PID {parent.pid}, число {number}"
    print(f"Дочерний процесс {me.name}: {text}")


if __name__ == "__main__":
    print(f"Родитель: PID {os.getpid()}")
    p = multiprocessing.Process(target=worker, args=(42,), name="Работник")
    state = f"is_alive()={p.is_alive()}, exitcode={p.exitcode}"
    print(f"До start(): pid={p.pid}, {state}, daemon={p.daemon}")
    p.start()  # создаём процесс и запускаем в нём worker(42)
    p.join()  # ждём, пока он завершится
    state = f"is_alive()={p.is_alive()}, exitcode={p.exitcode}"
    print(f"После join(): pid={p.pid}, {state}")
