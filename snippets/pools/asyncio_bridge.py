"""asyncio: to_thread() уводит вызов в поток, run_in_executor() — в пул."""

import asyncio
import os
import threading
import time
from concurrent.futures import ProcessPoolExecutor


def blocking_io() -> str:
    time.sleep(0.2)  # в корутине этот вызов остановил бы весь цикл событий
    main = threading.current_thread() is threading.main_thread()
    return f"to_thread: {'главный поток' if main else 'другой поток'}"


def is_prime(n: int) -> bool:
    return all(n % d for d in range(2, int(n**0.5) + 1))


def count_primes(limit: int, parent: int) -> str:
    primes = sum(is_prime(n) for n in range(2, limit))
    where = "тот же" if os.getpid() == parent else "другой"
    return f"run_in_executor: {primes} простых, {where} процесс"


async def ticker(ticks: list[int]) -> None:
    while True:
        ticks[0] += 1  # цикл событий свободен, пока другие ждут
        await asyncio.sleep(0.01)


async def main() -> None:
    loop = asyncio.get_running_loop()
    ticks = [0]
    beat = asyncio.create_task(ticker(ticks))
    with ProcessPoolExecutor(max_workers=1) as pool:
        results = await asyncio.gather(
            asyncio.to_thread(blocking_io),
            loop.run_in_executor(pool, count_primes, 10_000, os.getpid()),
        )
    beat.cancel()
    print(*results, sep="\n")
    print("Цикл событий работал, пока шли обе задачи:", ticks[0] > 1)


if __name__ == "__main__":
    asyncio.run(main())
