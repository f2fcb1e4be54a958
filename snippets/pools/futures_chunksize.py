"""ProcessPoolExecutor.map() отдаёт элементы по одному; chunksize — пачками."""

import time
from concurrent.futures import ProcessPoolExecutor

ITEMS = range(300)


def double(x: int) -> int:
    return 2 * x  # задача мгновенная: почти всё время уходит на пересылку


def timed(pool: ProcessPoolExecutor, chunksize: int) -> tuple[float, list[int]]:
    start = time.perf_counter()
    results = list(pool.map(double, ITEMS, chunksize=chunksize))
    return time.perf_counter() - start, results


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as pool:
        timed(pool, 50)  # запускаем рабочих заранее: их запуск не в замере
        one_s, one = timed(pool, 1)
        batch_s, batch = timed(pool, 50)
    print(f"chunksize=1:   {one_s:.3f} с")
    print(f"chunksize=50:  {batch_s:.3f} с")
    same = one == batch == [2 * x for x in ITEMS]
    print("Результаты одинаковы и по порядку:", same)
    print("Пачками быстрее:", batch_s < one_s)
