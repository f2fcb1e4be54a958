"""Выход из with ждёт все задачи; cancel_futures отменяет не отданные."""

import multiprocessing
import time
from concurrent.futures import ProcessPoolExecutor

# События multiprocessing; рабочий получает их в initializer.
started = release = None


def init_worker(*events) -> None:
    global started, release
    started, release = events


def nap(seconds: float) -> str:
    time.sleep(seconds)
    return "готово"


def held() -> str:
    started.set()  # задача уже в рабочем процессе
    release.wait(timeout=60)
    return "готово"


def count(futures) -> str:
    cancelled = sum(f.cancelled() for f in futures)
    done = sum(f.done() for f in futures) - cancelled
    return f"выполнено {done}, отменено {cancelled} из {len(futures)}"


if __name__ == "__main__":
    begin = time.monotonic()
    with ProcessPoolExecutor(max_workers=1) as pool:
        futures = [pool.submit(nap, 0.2) for _ in range(4)]
    # Один рабочий, четыре задачи по 0,2 с: with дождался всех, а не первой.
    waited = time.monotonic() - begin >= 0.8
    print(f"После with: {count(futures)}; ждали не меньше 0,8 с: {waited}")

    events = multiprocessing.Event(), multiprocessing.Event()
    pool = ProcessPoolExecutor(1, initializer=init_worker, initargs=events)
    with pool:
        futures = [pool.submit(held)]
        events[0].wait()  # первая задача выполняется
        futures += [pool.submit(nap, 0.2) for _ in range(3)]
        # Очередь к рабочему вмещает max_workers + 1 = 2 задачи:
        # ждём, пока пул положит в неё две.
        while not futures[2].running():
            time.sleep(0.01)
        # Первую задачу отпускаем, когда отменена последняя:
        # колбэк вызывается и при отмене.
        futures[3].add_done_callback(lambda _: events[1].set())
        pool.shutdown(cancel_futures=True)  # ждёт те, что уже у рабочего
    print(f"После shutdown(cancel_futures=True): {count(futures)}")
