"""Есть ли GIL: какая это сборка и включён ли он сейчас (пример для 3.10+)."""

import platform
import sys
import sysconfig

if __name__ == "__main__":
    version = platform.python_version()
    print(f"Python {version} ({platform.python_implementation()})")
    # 1 только у сборки без GIL (python3.13t и новее); у обычной 0 или None.
    free_threaded_build = bool(sysconfig.get_config_var("Py_GIL_DISABLED"))
    print(f"free-threaded сборка: {free_threaded_build}")
    is_gil_enabled = getattr(sys, "_is_gil_enabled", None)  # появилась в 3.13
    if is_gil_enabled is None:
        reason = "такой функции нет (она появилась в 3.13), значит GIL есть"
        print(f"sys._is_gil_enabled(): {reason}")
    else:
        print(f"sys._is_gil_enabled(): {is_gil_enabled()}")
