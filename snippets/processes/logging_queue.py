"""Журнал из нескольких процессов: QueueHandler в каждом процессе, один QueueListener пишет всё."""

import logging
import logging.handlers
import multiprocessing
import sys


def worker(log_queue, number: int) -> None:
    # Под fork дочерний процесс получил копию настроек logging родителя; заменяем их одним
    # обработчиком: записи уходят в очередь, а не в общий файл или поток вывода.
    root = logging.getLogger()
    root.handlers[:] = [logging.handlers.QueueHandler(log_queue)]
    root.setLevel(logging.INFO)
    logging.getLogger("расчёт").info("задача %d готова", number)


if __name__ == "__main__":
    log_queue = multiprocessing.Queue()
    # Единственный, кто пишет в stdout: поток QueueListener главного процесса, строка за строкой.
    output = logging.StreamHandler(sys.stdout)
    output.setFormatter(logging.Formatter("%(processName)s | %(name)s | %(levelname)s | %(message)s"))
    listener = logging.handlers.QueueListener(log_queue, output)
    listener.start()

    processes = [
        multiprocessing.Process(target=worker, args=(log_queue, i), name=f"Рабочий-{i}") for i in range(3)
    ]
    for p in processes:
        p.start()
    for p in processes:
        p.join()
    listener.stop()  # дописывает всё, что осталось в очереди, и останавливает поток
    print("Все записи выведены")
