"""Вопрос: что станет с родителем, если в дочернем процессе случилось исключение?"""

import multiprocessing


def work() -> None:
    raise ValueError("сбой в дочернем процессе")


if __name__ == "__main__":
    p = multiprocessing.Process(target=work)
    p.start()
    p.join()
    print(f"родитель работает дальше, exitcode = {p.exitcode}")
