"""sys.exit() в потоке молча завершает только этот поток."""

import sys
import threading


def say(text: str) -> None:
    sys.stdout.write(text + "\n")


def worker() -> None:
    try:
        sys.exit(3)  # выбрасывает SystemExit — только в этом потоке
    finally:
        say("рабочий поток: finally выполнен")
    say("рабочий поток: эта строка не выполнится")


if __name__ == "__main__":
    t = threading.Thread(target=worker, name="рабочий")
    t.start()
    t.join()
    # Стандартный excepthook пропускает SystemExit: в stderr ничего нет.
    say(f"главный поток: поток жив: {t.is_alive()}, процесс продолжает работу")

    # Свой обработчик SystemExit получает: пропускать его или нет, решает он.
    seen: list[str] = []

    def collect(args: threading.ExceptHookArgs) -> None:
        seen.append(f"{args.exc_type.__name__}({args.exc_value})")

    threading.excepthook = collect
    t = threading.Thread(target=sys.exit, args=(3,))
    t.start()
    t.join()
    threading.excepthook = threading.__excepthook__
    say(f"свой excepthook получил: {seen}")
    say("главный поток: выхожу с кодом 0, а не 3")
