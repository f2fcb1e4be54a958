"""Вопрос: какие изменения словаря менеджера дойдут до сервера — присваивание или append()?"""

from multiprocessing import Manager

if __name__ == "__main__":
    with Manager() as manager:
        d = manager.dict({"счёт": 0, "журнал": []})
        d["счёт"] += 1
        d["журнал"].append("запись")
        print(d["счёт"], d["журнал"])
