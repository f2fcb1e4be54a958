"""Проверьте себя: в каком порядке вернутся join(), если потоки кончат иначе?"""

import threading

fast_done = threading.Event()


def slow() -> None:
    fast_done.wait()  # медленный заканчивает только после быстрого
    print("медленный поток закончил")  # печатают по очереди: print() безопасен


def fast() -> None:
    print("быстрый поток закончил")
    fast_done.set()


if __name__ == "__main__":
    threads = [
        threading.Thread(target=slow, name="медленный"),
        threading.Thread(target=fast, name="быстрый"),
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
        print(f"join() вернулся: {t.name}")
