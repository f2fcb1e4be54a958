"""Коды возврата: 0 — успех, sys.exit(n) — n, необработанное исключение — 1, сигнал — минус номер."""

import signal
import subprocess
import sys

CASES = {
    "обычное завершение": "pass",
    "sys.exit(7)": "import sys; sys.exit(7)",
    "необработанное исключение": "raise ValueError('boom')",
}
# Дочерний процесс, который ждёт ввода вечно: завершить его можно только сигналом.
WAITER = "import sys; sys.stdin.read()"

if __name__ == "__main__":
    for title, code in CASES.items():
        result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
        last_err = result.stderr.strip().splitlines()[-1:] or [""]
        print(f"{title}: returncode={result.returncode} {last_err[0]}".rstrip())

    # terminate() посылает SIGTERM, kill() — SIGKILL (в Windows оба вызывают TerminateProcess).
    for method in ("terminate", "kill"):
        with subprocess.Popen([sys.executable, "-c", WAITER], stdin=subprocess.PIPE) as proc:
            getattr(proc, method)()
            proc.wait(timeout=10)
        rc = proc.returncode
        name = signal.Signals(-rc).name if rc < 0 else "не сигнал"
        print(f"{method}(): returncode={rc} ({name})")
