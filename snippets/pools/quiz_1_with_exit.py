"""Вопрос: дождётся ли задачи выход из with у Pool и у ProcessPoolExecutor?"""

import time
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import Pool

if __name__ == "__main__":
    with Pool(1) as pool:
        pending = pool.apply_async(time.sleep, (2,))
    print("Pool: задача готова после with:", pending.ready())

    with ProcessPoolExecutor(1) as executor:
        future = executor.submit(time.sleep, 0.2)
    print("ProcessPoolExecutor: задача готова после with:", future.done())
