"""Три метода запуска на деле: что дочерний процесс видит из родителя и кто его родитель в системе."""

import multiprocessing
import os

# Выполняется при каждом импорте модуля: в родителе и при повторном импорте в spawn и forkserver.
setting = "значение из файла"


def report(parent_pid: int) -> None:
    print(f"  модуль дочернего процесса: {__name__}")
    print(f"  setting: {setting}")
    print(f"  os.getppid() равен PID родителя: {os.getppid() == parent_pid}")
    print(f"  parent_process().pid равен PID родителя: {multiprocessing.parent_process().pid == parent_pid}")


if __name__ == "__main__":
    # Изменение во время работы: оно живёт только в памяти родителя.
    setting = "изменено в родителе"
    # Порядок фиксирован: get_all_start_methods() начинает с метода по умолчанию, а он зависит от версии.
    available = multiprocessing.get_all_start_methods()
    for method in [m for m in ("fork", "spawn", "forkserver") if m in available]:
        ctx = multiprocessing.get_context(method)
        print(f"{method}:")
        p = ctx.Process(target=report, args=(os.getpid(),))
        p.start()
        p.join()
