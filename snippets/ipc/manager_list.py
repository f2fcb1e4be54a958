"""Manager: список и словарь живут в процессе-сервере, дочерние процессы обращаются к ним через прокси."""

import sys
from multiprocessing import Manager, Process


def worker(shared_list, shared_dict, idx: int) -> None:
    shared_list.append(f"данные из процесса {idx}")  # каждый вызов — запрос к серверу менеджера
    shared_dict[idx] = idx * idx


if __name__ == "__main__":
    with Manager() as manager:  # запускает процесс-сервер и останавливает его на выходе из with
        shared_list = manager.list()  # создаём разделяемый список
        shared_dict = manager.dict()
        processes = []
        for i in range(3):
            p = Process(target=worker, args=(shared_list, shared_dict, i))
            p.start()
            processes.append(p)

        for p in processes:
            p.join()

        print("Тип:", type(shared_list).__name__, "и", type(shared_dict).__name__)
        items = list(shared_list)  # копия в обычный список: после with прокси не работают
        print("Элементов в списке:", len(items))
        for item in items:  # порядок зависит от того, какой процесс успел первым
            sys.stdout.write(item + "\n")
        print("Словарь:", dict(sorted(shared_dict.items())))
