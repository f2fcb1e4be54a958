"""kill() завершает только дочерний процесс, а его потомки живут дальше; os.killpg() убивает всю группу."""

import contextlib
import os
import select
import signal
import subprocess
import sys

# Посредник (как оболочка при shell=True) запускает «внука» и ждёт. Внук наследует stdout
# посредника, то есть пишущий конец нашего канала. Оба спят не дольше 30 с: даже если пример
# упадёт, не убрав их, они не останутся навсегда.
MIDDLE = (
    "import subprocess, sys, time; "
    "g = subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(30)']); "
    "print(g.pid, flush=True); time.sleep(30)"
)


def pipe_closed(proc, timeout):
    """Закрыт ли канал: EOF приходит, только когда умрут все, у кого есть пишущий конец."""
    ready, _, _ = select.select([proc.stdout], [], [], timeout)
    return bool(ready) and proc.stdout.read() == b""


def alive(pid):
    try:
        os.kill(pid, 0)  # сигнал 0 ничего не посылает, только проверяет, есть ли процесс
    except ProcessLookupError:
        return False
    return True


if __name__ == "__main__":
    if os.name != "posix":
        sys.exit("Этот пример только для Linux и macOS: группы процессов и os.killpg() есть только в POSIX.")
    # start_new_session=True: посредник начинает свою сессию и группу процессов (её номер равен
    # его PID), и внук попадает в ту же группу. В 3.11+ то же даёт process_group=0.
    proc = subprocess.Popen([sys.executable, "-c", MIDDLE], stdout=subprocess.PIPE, start_new_session=True)
    try:
        grandchild = int(proc.stdout.readline())
        print(f"внук в той же группе: {os.getpgid(grandchild) == proc.pid}")

        # Так поступает и run(timeout=...): kill() посылает SIGKILL только дочернему процессу.
        proc.kill()
        proc.wait()
        print(f"после kill(): дочерний процесс завершён, returncode={proc.returncode}")
        print(f"внук жив: {alive(grandchild)}")
        print(f"канал закрылся за 1 с: {pipe_closed(proc, 1.0)}")

        # Сигнал всей группе: её номер — PID посредника (группа живёт, пока в ней есть процессы).
        os.killpg(proc.pid, signal.SIGKILL)
        # EOF в канале означает, что умер и последний его владелец — внук.
        print(f"после killpg(): канал закрылся: {pipe_closed(proc, 10.0)}")
    finally:
        # Что бы ни случилось выше, никого не оставляем: группа могла уже исчезнуть.
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        proc.stdout.close()
