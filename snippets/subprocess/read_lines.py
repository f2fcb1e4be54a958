"""Читать вывод дочернего процесса построчно, по мере появления: Popen и for line in proc.stdout."""

import os
import queue
import subprocess
import sys
import threading

# Дочерний процесс сообщает о ходе работы и после каждой строки ждёт ответа родителя.
# flush=True обязателен: когда stdout — канал, а не терминал, Python копит вывод в буфере.
STEPS = """
import sys
for step in range(3):
    print(f"шаг {step} готов", flush=True)
    sys.stdin.readline()  # ждём, пока родитель прочитает строку и ответит
"""

# Тот же дочерний процесс без flush: строка остаётся в его буфере.
NO_FLUSH = "import sys; print('шаг 0 готов'); sys.stdin.readline()"

if __name__ == "__main__":
    with subprocess.Popen(
        [sys.executable, "-c", STEPS], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    ) as proc:
        # Цикл получает строку, как только она записана, а не после завершения процесса:
        # пока мы не ответим, дочерний процесс ждёт и завершиться не может.
        for line in proc.stdout:
            print(f"получено: {line.rstrip()}; дочерний процесс ещё работает: {proc.poll() is None}")
            proc.stdin.write("дальше\n")
            proc.stdin.flush()
    print(f"вывод кончился, код возврата {proc.returncode}")

    # Без flush строка не приходит, сколько ни жди: читаем в отдельном потоке и ждём 1 с.
    # PYTHONUNBUFFERED (как и ключ -u) отключил бы буфер, поэтому убираем его из окружения.
    env = {key: value for key, value in os.environ.items() if key != "PYTHONUNBUFFERED"}
    with subprocess.Popen(
        [sys.executable, "-c", NO_FLUSH], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env
    ) as proc:
        lines = queue.Queue()
        reader = threading.Thread(target=lambda: [lines.put(line) for line in proc.stdout])
        reader.start()
        try:
            lines.get(timeout=1.0)
            print("без flush: строка пришла сразу")
        except queue.Empty:
            print("без flush: за 1 с не пришло ни строки")
        proc.stdin.close()  # readline() получает EOF, процесс завершается и сбрасывает буфер
        reader.join()
        print(f"после завершения пришло: {lines.get_nowait().rstrip()}")
