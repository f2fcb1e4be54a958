"""Вопрос: какой конец одностороннего канала передаёт, а какой принимает?"""

from multiprocessing import Pipe

if __name__ == "__main__":
    a, b = Pipe(duplex=False)
    try:
        a.send("привет")
        print("b получил:", b.recv())
    except OSError as exc:
        print("OSError:", exc)
    b.send("привет")
    print("a получил:", a.recv())
