"""Вопрос: поймает ли родитель исключение, выброшенное в дочернем процессе?"""

from multiprocessing import Process


def fail() -> None:
    raise ValueError("ошибка в дочернем процессе")


if __name__ == "__main__":
    p = Process(target=fail)
    try:
        p.start()
        p.join()
        print("Родитель работает дальше, exitcode:", p.exitcode)
    except ValueError:
        print("Родитель поймал ValueError")
