"""Проверьте себя: что успеют напечатать потоки, если главный поток вызвал sys.exit(3)?"""

import sys
import threading

exiting = threading.Event()


def say(text: str) -> None:
    sys.stdout.write(text + "\n")


def saver() -> None:
    exiting.wait()
    say("обычный поток: данные сохранены")


def poller() -> None:
    try:
        threading.Event().wait()  # фоновый опрос, который сам не кончается
    finally:
        say("демон: опрос остановлен")


if __name__ == "__main__":
    threading.Thread(target=saver).start()
    threading.Thread(target=poller, daemon=True).start()
    say("главный поток: вызываю sys.exit(3)")
    exiting.set()
    sys.exit(3)
