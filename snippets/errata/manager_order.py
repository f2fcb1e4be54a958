"""Программа конспекта с Manager: порядок элементов списка — порядок, в котором процессы успели добавить."""

from multiprocessing import Manager, Process


def worker(shared_list, idx):
    shared_list.append(f"данные из процесса {idx}")


if __name__ == "__main__":
    with Manager() as manager:
        shared_list = manager.list()  # создаём разделяемый список
        processes = []
        for i in range(3):
            p = Process(target=worker, args=(shared_list, i))
            p.start()
            processes.append(p)

        for p in processes:
            p.join()
        print(f"элементов в списке: {len(shared_list)}")
        # Номера процессов в порядке их записей в списке.
        print("порядок добавления:", " ".join(item.rsplit(maxsplit=1)[1] for item in shared_list))
