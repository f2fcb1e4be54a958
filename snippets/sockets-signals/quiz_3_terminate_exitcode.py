"""Вопрос: какой exitcode у процесса, остановленного terminate()?"""

import time
from multiprocessing import Process


def sleeper() -> None:
    time.sleep(10)


if __name__ == "__main__":
    p = Process(target=sleeper)
    p.start()
    p.terminate()
    p.join()
    print(p.exitcode)
