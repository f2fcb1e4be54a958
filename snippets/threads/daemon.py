"""При выходе Python ждёт обычные потоки, а демоны обрывает без их finally."""

import sys
import threading

daemon_started = threading.Event()
main_done = threading.Event()
never = threading.Event()  # его никто не установит


def say(text: str) -> None:
    sys.stdout.write(text + "\n")


def daemon_worker() -> None:
    try:
        say("демон: работаю")
        daemon_started.set()
        never.wait()  # ждёт вечно
    finally:
        # При выходе интерпретатора эта строка не выполнится.
        say("демон: finally, убираю за собой")


def regular_worker() -> None:
    main_done.wait()
    say("обычный поток: доработал после главного, интерпретатор его дождался")


if __name__ == "__main__":
    threading.Thread(target=daemon_worker, daemon=True).start()
    daemon_started.wait()
    threading.Thread(target=regular_worker).start()
    say("главный поток: мой код закончился")
    main_done.set()
