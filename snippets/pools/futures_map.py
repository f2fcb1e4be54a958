"""concurrent.futures: один интерфейс у пула процессов и пула потоков."""

from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


def square(n: int) -> int:
    return n * n


if __name__ == "__main__":
    numbers = [1, 2, 3, 4, 5]
    for executor_class in (ProcessPoolExecutor, ThreadPoolExecutor):
        # with ждёт завершения всех задач: shutdown(wait=True)
        with executor_class(max_workers=2) as executor:
            results = list(executor.map(square, numbers))
        print(f"{executor_class.__name__}: {results}")
