"""Подключение к SharedMemory из другой программы: её resource_tracker удаляет чужой блок (gh-82300)."""

import subprocess
import sys
from multiprocessing.shared_memory import SharedMemory

# Другая программа (не дочерний процесс multiprocessing): подключается к блоку по имени, читает, отключается.
ATTACH = """
import sys
from multiprocessing.shared_memory import SharedMemory

options = {"track": False} if sys.argv[2] == "track=False" else {}
shm = SharedMemory(name=sys.argv[1], **options)
print(shm.buf[0])
shm.close()  # только отключается; unlink() не вызывает
"""


def attach_from_other_program(shm: SharedMemory, mode: str) -> None:
    done = subprocess.run(
        [sys.executable, "-c", ATTACH, shm.name, mode],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=30,
        check=True,
    )
    print(f"  другая программа ({mode}) прочитала: {done.stdout.strip()}")
    if "UserWarning" in done.stderr:
        warning = done.stderr[done.stderr.index("UserWarning") :]
        print("  её resource_tracker при выходе:", warning[: warning.index("shutdown") + len("shutdown")])


def create_attach_unlink(mode: str) -> None:
    shm = SharedMemory(create=True, size=16)
    shm.buf[0] = 42
    attach_from_other_program(shm, mode)
    shm.close()
    try:
        shm.unlink()
        print("  unlink() у создателя: блок удалён, как и задумано")
    except FileNotFoundError:
        print("  unlink() у создателя: FileNotFoundError — блок уже удалил чужой resource_tracker")


if __name__ == "__main__":
    if sys.platform == "win32":
        print("Пример для Linux и macOS: в Windows у SharedMemory нет resource_tracker")
        sys.exit()
    print("Подключение по умолчанию:")
    create_attach_unlink("по умолчанию")
    print("Подключение с track=False:")
    if sys.version_info >= (3, 13):
        create_attach_unlink("track=False")
    else:
        print("  параметра track нет: он появился в Python 3.13")
