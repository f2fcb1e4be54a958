"""GIL не спасает «проверить, потом сделать»: загрузок больше одной."""

import sys
import threading
import time

config: dict[str, str] | None = None
loads = 0


def load_config() -> dict[str, str]:
    global loads
    loads += 1
    # Чтение файла: на время ожидания GIL отпущен, и другие потоки идут дальше.
    time.sleep(0.3)
    return {"host": "example.org"}


def get_config() -> dict[str, str]:
    global config
    if config is None:  # проверить...
        config = load_config()  # ...и сделать: а между ними успевают другие
    return config


if __name__ == "__main__":
    workers = [threading.Thread(target=get_config) for _ in range(4)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    sys.stdout.write(f"загрузок конфигурации: {loads} вместо одной\n")
