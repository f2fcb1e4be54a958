"""Вопрос: в каком порядке придут результаты из as_completed() и из map()?"""

import time
from concurrent.futures import ThreadPoolExecutor, as_completed


def nap(seconds: float) -> float:
    time.sleep(seconds)
    return seconds


if __name__ == "__main__":
    delays = [0.3, 0.1, 0.2]
    with ThreadPoolExecutor(max_workers=3) as pool:
        futures = [pool.submit(nap, d) for d in delays]
        print("as_completed:")
        for future in as_completed(futures):
            print(" ", future.result())
        print("map:", list(pool.map(nap, delays)))
