"""Value доступен не всем процессам, а только тем, кто получил его при создании (по наследству)."""

from multiprocessing import Pipe, Process, Value


def add_one(counter):
    with counter.get_lock():
        counter.value += 1


if __name__ == "__main__":
    counter = Value("i", 0)

    # Передать Value уже работающему процессу — через Pipe или Queue — нельзя:
    # общую память нельзя упаковать pickle, её можно только унаследовать.
    ours, theirs = Pipe()
    try:
        ours.send(counter)
    except RuntimeError as exc:
        print(f"send(counter): RuntimeError: {exc}")

    # Аргумент Process при создании — это и есть наследование: дочерний процесс работает
    # с той же общей памятью, и его изменение видно родителю.
    worker = Process(target=add_one, args=(counter,))
    worker.start()
    worker.join()
    print(f"после дочернего процесса, получившего Value аргументом: counter.value = {counter.value}")
