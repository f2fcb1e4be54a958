"""serialize_iterator() (Python 3.15+): один генератор на несколько потоков."""

import sys
import threading


def numbers(n: int):
    yield from range(n)


def consume(source, taken: list[int]) -> None:
    taken.extend(source)  # next() из разных потоков обёртка выполняет по одному


if __name__ == "__main__":
    if sys.version_info < (3, 15):
        here = f"{sys.version_info.major}.{sys.version_info.minor}"
        name = "threading.serialize_iterator()"
        print(f"{name} появился в Python 3.15, здесь {here}")
        sys.exit(0)
    feed = threading.serialize_iterator(numbers(10_000))  # один на все потоки
    parts: list[list[int]] = [[] for _ in range(4)]
    threads = [threading.Thread(target=consume, args=(feed, p)) for p in parts]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    everything = sorted(v for part in parts for v in part)
    print(f"потоков: {len(parts)}, значений получено: {len(everything)}")
    print(f"каждое ровно один раз: {everything == list(range(10_000))}")
