"""Упражнение 1: загрузка ровно один раз — проверка и действие под Lock."""

import sys
import threading
import time

config: dict[str, str] | None = None
loads = 0
config_lock = threading.Lock()


def load_config() -> dict[str, str]:
    global loads
    loads += 1
    time.sleep(0.1)  # то же медленное чтение файла
    return {"host": "example.org"}


def get_config() -> dict[str, str]:
    global config
    with config_lock:  # проверка и присваивание стали одним неделимым шагом
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
