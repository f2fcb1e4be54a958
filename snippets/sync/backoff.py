"""Повтор после тайм-аута: случайная растущая пауза от активной блокировки."""

import random
import sys
import threading
import time

OPERATIONS = 50
lock_a = threading.Lock()
lock_b = threading.Lock()
first_round = threading.Barrier(2)
done = {"поток 1": 0, "поток 2": 0}
retries = {"поток 1": 0, "поток 2": 0}


def with_both(
    name: str,
    first: threading.Lock,
    second: threading.Lock,
    rng: random.Random,
) -> None:
    """Взять обе блокировки в своём порядке; нет — всё отпустить и повторить."""
    attempt = 0
    while True:
        with first:
            if attempt == 0 and done[name] == 0:
                # В первый раз оба держат по блокировке: столкновение наверняка.
                first_round.wait()
            if second.acquire(timeout=0.05):
                try:
                    done[name] += 1  # работа под обеими блокировками
                    return
                finally:
                    second.release()
        # Не дождались: первая блокировка уже отпущена (вышли из with).
        # Пауза случайна, чтобы потоки не повторяли попытки в такт,
        # и растёт с каждой неудачей (до 0,1 с).
        attempt += 1
        retries[name] += 1
        time.sleep(rng.uniform(0, min(0.1, 0.001 * 2**attempt)))


def worker(name: str, first: threading.Lock, second: threading.Lock) -> None:
    rng = random.Random()  # у каждого потока свой генератор
    for _ in range(OPERATIONS):
        with_both(name, first, second, rng)


if __name__ == "__main__":
    threads = [
        # Поток 1 берёт A, потом B; поток 2 — B, потом A.
        threading.Thread(target=worker, args=("поток 1", lock_a, lock_b)),
        threading.Thread(target=worker, args=("поток 2", lock_b, lock_a)),
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for name, count in done.items():
        sys.stdout.write(f"{name}: операций {count} из {OPERATIONS}\n")
    total = sum(retries.values())
    print(f"повторов было: {total}, хотя бы один: {total >= 1}")
