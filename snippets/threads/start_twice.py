"""Объект Thread запускается один раз: повторный start() — RuntimeError."""

import threading


def work(label: str) -> None:
    # Печатает один поток за раз (главный ждёт в join()): print() безопасен.
    print(f"работает {label}")


if __name__ == "__main__":
    t = threading.Thread(target=work, args=("первый запуск",))
    t.start()
    t.join()
    try:
        t.start()
    except RuntimeError as exc:
        print(f"RuntimeError: {exc}")

    # Чтобы выполнить работу ещё раз, создают новый объект Thread.
    again = threading.Thread(target=work, args=("новый объект",))
    again.start()
    again.join()
