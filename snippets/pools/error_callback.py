"""Pool: callback получает результат задачи, error_callback — её исключение."""

import threading
from multiprocessing import Pool


def check_age(age: int) -> int:
    if age < 0:
        raise ValueError(f"возраст не может быть отрицательным: {age}")
    return age


if __name__ == "__main__":
    results, errors, threads = [], [], set()

    # Колбэки выполняются в родителе: pickle их не касается.
    def on_result(value: int) -> None:
        threads.add(threading.current_thread() is threading.main_thread())
        results.append(value)

    def on_error(exc: BaseException) -> None:
        threads.add(threading.current_thread() is threading.main_thread())
        errors.append(f"{type(exc).__name__}: {exc}")

    with Pool(2) as pool:
        for age in (30, -5, 7):
            pool.apply_async(
                check_age,
                (age,),
                callback=on_result,
                error_callback=on_error,
            )
        pool.close()
        pool.join()  # после join() все колбэки уже вызваны
    print("callback:", sorted(results))
    print("error_callback:", errors)
    print("Колбэки выполнил служебный поток пула:", threads == {False})
