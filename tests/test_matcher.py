"""The expectation language and its matcher, including the cases that must fail."""

from __future__ import annotations

from pathlib import Path

import pytest

from snipcheck import expect

P = Path("snippets/demo.expected")


def ok(exp_text: str, stdout: str, stderr: str = "", code: int = 0) -> expect.Verdict:
    exp = expect.parse(exp_text, P)
    return expect.check(exp, stdout=stdout, stderr=stderr, exit_code=code, label="snippets/demo.py")


def test_exact_lines() -> None:
    assert ok("a\nb\n", "a\nb\n")
    v = ok("a\nb\n", "a\nc\n")
    assert not v
    assert "-b" in v.report and "+c" in v.report and "snippets/demo.py" in v.report


def test_extra_and_missing_lines_fail() -> None:
    assert not ok("a\n", "a\nb\n")
    assert not ok("a\nb\n", "a\n")


def test_placeholders() -> None:
    assert ok("pid {{pid}} at {{addr}} took {{time}} s\n", "pid 123 at 0x7f00ab took 0.25 s\n")
    assert not ok("pid {{pid}}\n", "pid abc\n")
    assert not ok("{{addr}}\n", "7f00\n")


def test_named_placeholder_binds_same_value() -> None:
    exp = "parent {{pid:parent}}\nagain {{pid:parent}}\n"
    assert ok(exp, "parent 10\nagain 10\n")
    v = ok(exp, "parent 10\nagain 11\n")
    assert not v
    assert "pid:parent" in v.report


def test_two_names_must_differ() -> None:
    exp = "parent {{pid:parent}}\nchild {{pid:child}}\n"
    assert ok(exp, "parent 10\nchild 11\n")
    v = ok(exp, "parent 10\nchild 10\n")
    assert not v
    assert "must differ" in v.report


def test_binding_spans_stdout_and_stderr() -> None:
    exp = "out {{pid:p}}\n#: stderr\nerr {{pid:p}}\n"
    assert ok(exp, "out 5\n", "err 5\n")
    assert not ok(exp, "out 5\n", "err 6\n")


def test_unordered_block_is_a_multiset() -> None:
    exp = "start\n#: unordered\nA\nB\nB\n#: end\nend\n"
    assert ok(exp, "start\nB\nA\nB\nend\n")
    assert not ok(exp, "start\nA\nA\nB\nend\n")  # multiset, not set
    assert not ok(exp, "start\nA\nB\nend\n")
    assert not ok(exp, "B\nstart\nA\nB\nend\n")  # ordered parts stay ordered


def test_unordered_with_bindings_backtracks() -> None:
    exp = (
        "#: unordered\nworker {{int:a}} pid {{pid:x}}\nworker {{int:b}} pid {{pid:y}}\n#: end\nfirst was "
        "{{pid:x}}\n"
    )
    assert ok(exp, "worker 2 pid 20\nworker 1 pid 10\nfirst was 10\n")
    assert ok(exp, "worker 2 pid 20\nworker 1 pid 10\nfirst was 20\n")
    assert not ok(exp, "worker 2 pid 20\nworker 1 pid 10\nfirst was 30\n")
    assert not ok(exp, "worker 2 pid 20\nworker 1 pid 20\nfirst was 20\n")


def test_regex_groups_never_bind() -> None:
    assert ok("#: re (a|b)c (\\d+)\nx {{int:n}}\n", "bc 5\nx 7\n")


def test_regex_lines() -> None:
    assert ok("#: re Counter: \\d{3,6}\n", "Counter: 500000\n")
    assert not ok("#: re Counter: \\d{3,6}\n", "Counter: 12\n")
    assert not ok("#: re abc\n", "abcd\n")  # full match


def test_optional_lines() -> None:
    exp = "a\n#: optional maybe {{int}}\nb\n"
    assert ok(exp, "a\nb\n")
    assert ok(exp, "a\nmaybe 3\nb\n")
    assert not ok(exp, "a\nmaybe 3\nmaybe 4\nb\n")


def test_any_lines() -> None:
    exp = "Traceback (most recent call last):\n#: ...\nValueError: boom\n"
    assert ok(exp, "Traceback (most recent call last):\n  File x\n    raise\nValueError: boom\n")
    assert ok(exp, "Traceback (most recent call last):\nValueError: boom\n")
    assert not ok(exp, "Traceback (most recent call last):\nKeyError: boom\n")


def test_stderr_must_be_empty_unless_declared() -> None:
    v = ok("a\n", "a\n", "warning\n")
    assert not v and "unexpected output on stderr" in v.report
    assert ok("a\n#: stderr\nwarning\n", "a\n", "warning\n")


def test_exit_code() -> None:
    assert not ok("a\n", "a\n", code=1)
    assert ok("#: exit 1\na\n", "a\n", code=1)
    assert ok("#: exit -15\n", "", code=-15)
    v = ok("#: exit 0\n", "", code=None)
    assert not v and "exit code None" in v.report


def test_options() -> None:
    exp = expect.parse("#: runs 5\n#: timeout 2.5\n#: exclusive\n#: start-methods all\nx\n", P)
    assert (exp.options.runs, exp.options.timeout, exp.options.exclusive, exp.options.start_methods) == (
        5,
        2.5,
        True,
        "all",
    )


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("x\n#: frobnicate\n", 2, "unknown directive 'frobnicate'"),
        ("x\n#: unordered\na\n", 2, "'unordered' without 'end'"),
        ("x\ny\n#: end\n", 3, "'end' without 'unordered'"),
        ("x\n#: unordered\n#: end\n", 3, "empty unordered block"),
        ("x\n#: re (unclosed\n", 2, "bad regex"),
        ("x\n{{pidd}}\n", 2, "unknown placeholder kind"),
        ("a\n#: runs 3\n", 2, "must come before"),
        ("#: runs 0\n", 1, "runs must be at least 1"),
        ("x\n#: stderr\n#: stderr\n", 3, "second 'stderr'"),
        ("#: timeout 2\n#: start-methods some\n", 2, "start-methods must be one of"),
    ],
)
def test_malformed_expectations_name_file_and_line(text: str, line: int, message: str) -> None:
    with pytest.raises(expect.ExpectationError) as err:
        expect.parse(text, P)
    assert message in str(err.value)
    assert str(err.value).startswith(f"{P}:{line}: "), str(err.value)


def test_missing_expectation_names_the_file(tmp_path: Path) -> None:
    with pytest.raises(expect.ExpectationError, match="expectation file is missing"):
        expect.load(tmp_path / "nope.expected")


def test_literal_escapes_special_lines() -> None:
    for line in ["#: looks like a directive", "{{pid}} literally", "a {{ b"]:
        exp = expect.parse(expect.literal(line) + "\n", P)
        assert expect.check(exp, stdout=line + "\n", stderr="", exit_code=0, label="x")


def test_update_keeps_patterns_that_still_match() -> None:
    old = "#: runs 3\nparent {{pid:p}}\n#: unordered\nA\nB\n#: end\nold line\n"
    exp = expect.parse(old, P)
    new = expect.update(exp, stdout="parent 77\nB\nA\nnew line\n", stderr="", exit_code=0)
    assert new == "#: runs 3\nparent {{pid:p}}\n#: unordered\nA\nB\n#: end\nnew line\n"


def test_update_keeps_a_partly_changed_unordered_block() -> None:
    old = "#: unordered\nA {{pid}}\nB\nC\n#: end\ndone\n"
    new = expect.update(expect.parse(old, P), stdout="B\nC2\nA 5\ndone\n", stderr="", exit_code=0)
    assert new == "#: unordered\nA {{pid}}\nB\nC2\n#: end\ndone\n"
    assert expect.check(expect.parse(new, P), stdout="C2\nA 9\nB\ndone\n", stderr="", exit_code=0, label="x")


def test_update_adds_a_new_line_to_the_block_it_appears_in() -> None:
    old = "start\n#: unordered\nt1\nt2\n#: end\nend\n"
    new = expect.update(expect.parse(old, P), stdout="start\nt2\nt3\nt1\nend\n", stderr="", exit_code=0)
    assert new == "start\n#: unordered\nt1\nt2\nt3\n#: end\nend\n"


def test_update_pairs_changed_block_lines_and_the_line_after_them() -> None:
    old = "#: unordered\nA начал\nB начал\nA кончил\nB кончил\n#: end\nвсё за {{time}} с (по 0.3 с)\n"
    run = "B начал\nA начал\nB закончил\nA закончил\nвсё за 0.21 с (по 0.2 с)\n"
    new = expect.update(expect.parse(old, P), stdout=run, stderr="", exit_code=0)
    assert new == (
        "#: unordered\nA начал\nB начал\nB закончил\nA закончил\n#: end\nвсё за {{time}} с (по 0.2 с)\n"
    )


def test_update_keeps_placeholders_of_a_changed_line() -> None:
    old = "Все потоки завершены за {{time}} с (каждая задача ждёт 0.3 с)\nPID {{pid:child}} (ребёнок)\n"
    run = "Все потоки завершены за 0.52 с (каждая задача ждёт 0.5 с)\nPID 41 (дочерний)\n"
    new = expect.update(expect.parse(old, P), stdout=run, stderr="", exit_code=0)
    assert (
        new == "Все потоки завершены за {{time}} с (каждая задача ждёт 0.5 с)\nPID {{pid:child}} (дочерний)\n"
    )
    line = expect.compile_line("за {{time}} с")
    assert expect.transfer(line, "за 0.5 мс") == "за {{time}} мс"
    assert expect.transfer(line, "за много с") == "за много с", (
        "a value the placeholder does not match goes literal"
    )
    assert expect.transfer(expect.compile_line("plain"), "plainer") == "plainer"


def test_update_unchanged_when_matching() -> None:
    old = "x {{int}}\n"
    assert expect.update(expect.parse(old, P), stdout="x 5\n", stderr="", exit_code=0) == old


def test_update_records_stderr_and_exit_code() -> None:
    new = expect.update(expect.Expectation(P), stdout="a\n", stderr="boom\n", exit_code=2)
    assert new == "#: exit 2\na\n#: stderr\nboom\n"
    exp = expect.parse(new, P)
    assert expect.check(exp, stdout="a\n", stderr="boom\n", exit_code=2, label="x")


def test_diff_shows_matched_patterns_as_actual_text() -> None:
    v = ok("pid {{pid}}\nsame\nold\n", "pid 42\nsame\nnew\n")
    assert "-old" in v.report and "+new" in v.report
    assert "-pid" not in v.report  # a matching placeholder line is not a difference


def test_the_failure_diff_is_what_update_writes() -> None:
    """One normalization: the diff of a failure, applied to the file, gives the text update writes."""
    old = "#: runs 3\nstart {{pid:p}}\n#: unordered\nA {{int}}\nB\n#: end\nmiddle\n#: ...\nend {{pid:p}}\n"
    run = "start 7\nB\nA 3\nC\nmiddle\nsome\nlines\nend 7\nextra\n"
    exp = expect.parse(old, P)
    v = expect.check(exp, stdout=run, stderr="", exit_code=0, label="snippets/demo.py")
    new = expect.update(exp, stdout=run, stderr="", exit_code=0)
    assert not v and "+C" in v.report and "+extra" in v.report
    plus = [line[1:] for line in v.report.splitlines() if line.startswith("+") and not line.startswith("+++")]
    assert plus == ["C", "extra"], plus
    assert new == (
        "#: runs 3\nstart {{pid:p}}\n#: unordered\nA {{int}}\nB\n#: end\nC\nmiddle\n#: ...\nend "
        "{{pid:p}}\nextra\n"
    )
    assert expect.check(expect.parse(new, P), stdout=run, stderr="", exit_code=0, label="x")


def test_cpu_bound_option() -> None:
    assert expect.parse("#: cpu-bound\nx\n", P).options.cpu_bound
    assert not expect.parse("x\n", P).options.cpu_bound
