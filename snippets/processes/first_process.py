"""Первый процесс: target и args, start() и join(), PID дочернего процесса и родителя, exitcode."""

import multiprocessing
import os


def worker(number: int) -> None:
    me = multiprocessing.current_process()
    parent = multiprocessing.parent_process()
    print(f"Дочерний процесс {me.name}: PID {os.getpid()}, родитель PID {parent.pid}, получил число {number}")


if __name__ == "__main__":
    print(f"Родитель: PID {os.getpid()}")
    p = multiprocessing.Process(target=worker, args=(42,), name="Работник")
    print(f"До start(): pid={p.pid}, is_alive()={p.is_alive()}, exitcode={p.exitcode}, daemon={p.daemon}")
    p.start()  # создаём процесс и запускаем в нём worker(42)
    p.join()  # ждём, пока он завершится
    print(f"После join(): pid={p.pid}, is_alive()={p.is_alive()}, exitcode={p.exitcode}")
