"""Машина, на которой запущен пример: число ядер, версия Python и доступные методы запуска процессов."""

import multiprocessing
import os
import platform

if __name__ == "__main__":
    print(f"Ядер процессора: {os.cpu_count()}")
    print(f"Python: {platform.python_implementation()} {platform.python_version()}")
    print(f"Система: {platform.system()}")
    # По алфавиту: get_all_start_methods() ставит первым метод по умолчанию, а он зависит от версии.
    print(f"Методы запуска процессов: {', '.join(sorted(multiprocessing.get_all_start_methods()))}")
