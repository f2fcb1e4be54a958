"""Вопрос: сколько раз выполнится верхний уровень модуля при методе spawn?"""

import multiprocessing

print("Верхний уровень модуля, __name__ =", __name__)


def work() -> None:
    print("work() в дочернем процессе")


if __name__ == "__main__":
    p = multiprocessing.get_context("spawn").Process(target=work)
    p.start()
    p.join()
    print("Родитель дождался дочернего процесса")
