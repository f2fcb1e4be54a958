"""submit() даёт Future, as_completed() — готовые, result() — исключение."""

import time
from concurrent.futures import ProcessPoolExecutor, as_completed


def check_age(age: int) -> str:
    time.sleep(abs(age) / 100)  # задачи идут разное время
    if age < 0:
        raise ValueError(f"возраст не может быть отрицательным: {age}")
    return f"{age} лет — допустимо"


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as executor:
        futures = {executor.submit(check_age, age): age for age in (30, -5, 7)}
        for future in as_completed(futures):
            age = futures[future]
            try:
                print(f"{age}: {future.result()}")
            except ValueError as exc:
                # Исключение рабочего пришло сюда и выброшено заново в result().
                print(f"{age}: ошибка {type(exc).__name__}: {exc}")
