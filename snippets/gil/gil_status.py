"""Есть ли GIL в этом интерпретаторе: сборка и состояние во время работы (код работает на 3.10+)."""

import platform
import sys
import sysconfig

if __name__ == "__main__":
    print(f"Python {platform.python_version()} ({platform.python_implementation()})")
    # 1 только у free-threaded сборки (python3.13t и новее); у обычной 0 или None.
    free_threaded_build = bool(sysconfig.get_config_var("Py_GIL_DISABLED"))
    print(f"free-threaded сборка: {free_threaded_build}")
    is_gil_enabled = getattr(sys, "_is_gil_enabled", None)  # появилась в 3.13
    if is_gil_enabled is None:
        print("sys._is_gil_enabled(): такой функции нет (она появилась в 3.13), значит GIL есть")
    else:
        print(f"sys._is_gil_enabled(): {is_gil_enabled()}")
