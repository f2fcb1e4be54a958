"""Проверьте себя: в каком порядке вернутся join(), если потоки закончат в другом порядке?"""

import sys
import threading

fast_done = threading.Event()


def say(text: str) -> None:
    sys.stdout.write(text + "\n")


def slow() -> None:
    fast_done.wait()  # медленный заканчивает только после быстрого
    say("медленный поток закончил")


def fast() -> None:
    say("быстрый поток закончил")
    fast_done.set()


if __name__ == "__main__":
    threads = [threading.Thread(target=slow, name="медленный"), threading.Thread(target=fast, name="быстрый")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
        say(f"join() вернулся: {t.name}")
