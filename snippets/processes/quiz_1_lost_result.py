"""Вопрос: что вернёт родителю функция процесса и что станет со списком?"""

from multiprocessing import Process

results = []


def square(n: int) -> int:
    results.append(n * n)
    return n * n


if __name__ == "__main__":
    processes = [Process(target=square, args=(n,)) for n in (2, 3)]
    for p in processes:
        p.start()
    print("join() вернул:", [p.join() for p in processes])
    print("results в родителе:", results)
