"""Один журнал на несколько процессов: QueueHandler и один QueueListener."""

import logging
import logging.handlers
import multiprocessing
import sys


def worker(log_queue, number: int) -> None:
    # Под fork процесс получил копию настроек logging родителя. Заменяем их
    # одним обработчиком: записи уходят в очередь, а не в общий файл.
    root = logging.getLogger()
    root.handlers[:] = [logging.handlers.QueueHandler(log_queue)]
    root.setLevel(logging.INFO)
    logging.getLogger("расчёт").info("задача %d готова", number)


if __name__ == "__main__":
    log_queue = multiprocessing.Queue()
    # В stdout пишет только поток QueueListener главного процесса.
    output = logging.StreamHandler(sys.stdout)
    fields = "%(processName)s | %(name)s | %(levelname)s | %(message)s"
    output.setFormatter(logging.Formatter(fields))
    listener = logging.handlers.QueueListener(log_queue, output)
    listener.start()

    processes = []
    for i in range(3):
        args, name = (log_queue, i), f"Рабочий-{i}"
        p = multiprocessing.Process(target=worker, args=args, name=name)
        processes.append(p)
    for p in processes:
        p.start()
    for p in processes:
        p.join()
    listener.stop()  # дописывает всё, что осталось в очереди, и ждёт поток
    print("Все записи выведены")
