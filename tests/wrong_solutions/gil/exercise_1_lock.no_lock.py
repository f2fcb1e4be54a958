"""Ошибка: проверка и загрузка без блокировки — загружают все четыре потока."""

# check.py: под одной блокировкой

import sys
import threading
import time

config: dict[str, str] | None = None
loads = 0


def load_config() -> dict[str, str]:
    global loads
    loads += 1
    time.sleep(0.1)
    return {"host": "example.org"}


def get_config() -> dict[str, str]:
    global config
    if config is None:
        config = load_config()
    return config


if __name__ == "__main__":
    workers = [threading.Thread(target=get_config) for _ in range(4)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    sys.stdout.write(f"загрузок конфигурации: {loads}\n")
