"""Решение упражнения 3: зависшую работу в процессе можно остановить снаружи, в потоке — нельзя."""

import threading
import time
from multiprocessing import Process


def hang() -> None:
    time.sleep(30)  # «зависшая» работа: никаких флагов и проверок


if __name__ == "__main__":
    p = Process(target=hang)
    p.start()
    p.join(timeout=0.5)
    print(f"процесс: через 0,5 с жив: {p.is_alive()}")
    p.terminate()  # процесс можно остановить снаружи
    p.join()
    print(f"процесс: после terminate() жив: {p.is_alive()}, exitcode = {p.exitcode}")

    # Поток запускаем после процесса: fork при живых потоках опасен (и с 3.12 выдаёт предупреждение).
    t = threading.Thread(target=hang, daemon=True)  # daemon: иначе программа ждала бы его 30 с
    t.start()
    t.join(timeout=0.5)
    print(f"поток: через 0,5 с жив: {t.is_alive()}; есть ли у него terminate(): {hasattr(t, 'terminate')}")
