"""Один процесс кладёт числа в multiprocessing.Queue, другой забирает их, пока не встретит метку конца."""

import sys
from multiprocessing import Process, Queue

STOP = None  # метка конца: отправитель кладёт её последней


def say(text: str) -> None:
    # Одна запись на строку и сразу в вывод: строки двух процессов не склеятся.
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


def sender(q: Queue) -> None:
    for i in range(5):
        say(f"Отправляем: {i}")
        q.put(i)  # помещаем данные в очередь
    q.put(STOP)  # больше данных не будет


def receiver(q: Queue) -> None:
    received = []
    while (item := q.get()) is not STOP:  # get() ждёт, пока в очереди что-нибудь появится
        say(f"Получили: {item}")
        received.append(item)
    say(f"Получатель встретил метку конца; получено по порядку: {received}")


if __name__ == "__main__":
    q = Queue()

    p1 = Process(target=sender, args=(q,))
    p2 = Process(target=receiver, args=(q,))

    p1.start()
    p2.start()

    p1.join()
    p2.join()
    say(f"Оба процесса завершились, коды возврата: {p1.exitcode}, {p2.exitcode}")
