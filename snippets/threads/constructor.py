"""Параметры конструктора Thread: target, args, kwargs, name и daemon."""

import threading


def greet(person: str, greeting: str = "Здравствуйте") -> None:
    me = threading.current_thread()
    # print() из потока безопасен, пока печатает один поток:
    # главный в это время ждёт в join().
    print(f"[{me.name}, daemon={me.daemon}] {greeting}, {person}!")


if __name__ == "__main__":
    named = threading.Thread(
        target=greet,  # что выполнить
        args=("Анна",),  # позиционные аргументы: кортеж, поэтому запятая
        kwargs={"greeting": "Привет"},  # именованные аргументы
        name="приветствие",
        daemon=False,
    )
    named.start()
    named.join()

    # Без name поток получает имя «Thread-N (имя функции)»,
    # а флаг daemon наследует от потока-создателя.
    anonymous = threading.Thread(target=greet, args=("Борис",))
    anonymous.start()
    anonymous.join()
