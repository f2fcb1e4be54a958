"""Три метода запуска: что процесс видит из родителя и кто его родитель."""

import multiprocessing
import os

# Выполняется при каждом импорте модуля: в родителе и при повторном импорте
# (spawn и forkserver).
setting = "значение из файла"


def report(parent_pid: int) -> None:
    parent = multiprocessing.parent_process()
    print(f"  модуль дочернего процесса: {__name__}")
    print(f"  setting: {setting}")
    print(f"  os.getppid() — родитель: {os.getppid() == parent_pid}")
    print(f"  parent_process() — родитель: {parent.pid == parent_pid}")


if __name__ == "__main__":
    # Изменение во время работы: оно живёт только в памяти родителя.
    setting = "изменено в родителе"
    # Порядок постоянный: get_all_start_methods() начинает с метода
    # по умолчанию, а он зависит от версии.
    for method in ("fork", "spawn", "forkserver"):
        if method not in multiprocessing.get_all_start_methods():
            continue  # в Windows есть только spawn
        ctx = multiprocessing.get_context(method)
        print(f"{method}:")
        p = ctx.Process(target=report, args=(os.getpid(),))
        p.start()
        p.join()
