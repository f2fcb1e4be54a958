"""Исключение в потоке: join() его не передаёт, excepthook печатает его."""

import threading


def work() -> None:
    raise ValueError("что-то пошло не так")


if __name__ == "__main__":
    t = threading.Thread(target=work, name="рабочий")
    t.start()
    t.join()  # возвращается как обычно: исключение сюда не попадает
    print(f"join() вернулся без исключения, поток жив: {t.is_alive()}")
    print("главный поток продолжает работу")
