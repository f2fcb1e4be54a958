"""Проверьте себя: куда девается исключение потока при join() и в пуле?"""

import threading
from concurrent.futures import ThreadPoolExecutor


def fail() -> None:
    raise ValueError("сбой в потоке")


if __name__ == "__main__":
    t = threading.Thread(target=fail)
    t.start()
    t.join()
    print("после join(): программа работает дальше")

    with ThreadPoolExecutor() as pool:
        future = pool.submit(fail)
        try:
            future.result()
        except ValueError as exc:
            print(f"result() выбросил ValueError: {exc}")
