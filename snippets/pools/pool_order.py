"""map() и imap() дают порядок входа, imap_unordered() — порядок готовности."""

import time
from multiprocessing import Pool

DELAYS = [0.3, 0.1, 0.2, 0.0]  # первый элемент считается дольше всех


def slow_square(i: int) -> int:
    time.sleep(DELAYS[i])
    return i * i


if __name__ == "__main__":
    with Pool(4) as pool:
        print("map:", pool.map(slow_square, range(4)))
        print("imap:", list(pool.imap(slow_square, range(4))))
        print("imap_unordered по мере готовности:")
        got = []
        for value in pool.imap_unordered(slow_square, range(4)):
            print(f"  {value}")
            got.append(value)
        print("Отсортированные результаты imap_unordered:", sorted(got))
