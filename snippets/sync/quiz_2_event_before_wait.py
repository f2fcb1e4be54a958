"""Проверьте себя: set() вызван раньше, чем поток начал ждать событие."""

import threading

ready = threading.Event()


def waiter() -> None:
    print(f"wait(timeout=0.5) вернул {ready.wait(timeout=0.5)}")


if __name__ == "__main__":
    ready.set()  # никто ещё не ждёт
    first = threading.Thread(target=waiter)
    first.start()
    first.join()

    ready.clear()
    second = threading.Thread(target=waiter)
    second.start()
    second.join()
