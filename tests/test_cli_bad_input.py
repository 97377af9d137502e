"""The command line given bad input: one line on stderr, status 2, nothing half written,
never a traceback, never the window when a sub-command was meant."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

import pmdesk
from pmdesk.cli import main
from pmdesk.store.document import lock_path

ROOT = Path(pmdesk.__file__).resolve().parent.parent


def _one_error(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err.strip()
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("pmdesk: error: ")
    assert "Traceback" not in err and "sqlalche.me" not in err and "[SQL" not in err
    return lines[0]


@pytest.fixture
def no_window(monkeypatch: pytest.MonkeyPatch) -> list[str | None]:
    """Record instead of opening the window."""
    opened: list[str | None] = []
    import pmdesk.app

    monkeypatch.setattr(pmdesk.app, "run_gui", lambda path: opened.append(path) or 0)
    return opened


# --------------------------------------------------------------------------- commands


def test_a_mistyped_command_is_unknown_and_opens_no_window(
    demo_file: Path, capsys, no_window: list[str | None]
) -> None:
    assert main(["sheduel", str(demo_file)]) == 2
    line = _one_error(capsys)
    assert line.startswith("pmdesk: error: unknown command 'sheduel' (did you mean 'schedule'?)")
    assert main(["infoo"]) == 2
    assert "unknown command 'infoo' (did you mean 'info'?)" in _one_error(capsys)
    assert no_window == []


def test_a_file_or_nothing_still_opens_the_window(
    demo_file: Path, tmp_path: Path, no_window: list[str | None]
) -> None:
    assert main([str(demo_file)]) == 0
    assert main([]) == 0
    assert main(["new-plan.pmdesk"]) == 0  # a file to be made: the window says what it finds
    (tmp_path / "roadmap").write_bytes(demo_file.read_bytes())
    os.chdir(tmp_path)
    assert main(["roadmap"]) == 0  # an existing file without a suffix
    assert no_window == [str(demo_file), None, "new-plan.pmdesk", "roadmap"]


def test_the_mistyped_command_never_starts_qt() -> None:
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from pmdesk.cli import main; code = main(sys.argv[1:]);"
            " print('qt' if 'PySide6.QtWidgets' in sys.modules else 'no qt'); sys.exit(code)",
            "sheduel",
            "plan.pmdesk",
        ],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
    )
    assert done.returncode == 2
    assert done.stdout.strip() == "no qt"
    assert "unknown command 'sheduel'" in done.stderr


# --------------------------------------------------------------------------- paths


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_gets_a_message_not_a_hang(tmp_path: Path) -> None:
    fifo = tmp_path / "x.pmdesk"
    os.mkfifo(fifo)
    env = dict(os.environ, PMDESK_HOME=str(tmp_path / "home"))
    for command in (["info", str(fifo)], ["schedule", str(fifo), "--json"],
                    ["export", str(fifo), "-o", str(tmp_path / "x.pdf")]):
        done = subprocess.run([sys.executable, "-m", "pmdesk", *command], capture_output=True,
                              text=True, timeout=60, env=env)
        assert done.returncode == 2
        assert done.stderr.strip() == f"pmdesk: error: {fifo}: is a named pipe, not a project file"
    done = subprocess.run([sys.executable, "-m", "pmdesk", "demo", "-o", str(fifo)],
                          capture_output=True, text=True, timeout=60, env=env)
    assert done.returncode == 2 and "is not a regular file" in done.stderr


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
@pytest.mark.parametrize("suffix", [".pdf", ".xml", ".csv"])
def test_an_export_onto_a_named_pipe_leaves_the_pipe(demo_file: Path, tmp_path: Path,
                                                     capsys, suffix: str) -> None:
    pipe = tmp_path / f"plan{suffix}"
    os.mkfifo(pipe)
    assert main(["export", str(demo_file), "-o", str(pipe)]) == 2
    assert _one_error(capsys) == (
        f"pmdesk: error: {pipe}: cannot write: is not a regular file, so it is not written over")
    assert stat.S_ISFIFO(os.stat(pipe).st_mode)


def test_a_screenshot_is_never_written_over_a_project(demo_file: Path, tmp_path: Path,
                                                      capsys) -> None:
    project = tmp_path / "plan.pmdesk"
    project.write_bytes(demo_file.read_bytes())
    assert main(["screenshot", str(project), "-o", str(project)]) == 2
    assert _one_error(capsys) == (
        f"pmdesk: error: {project}: a screenshot is written to a .png file")
    assert project.read_bytes() == demo_file.read_bytes()


def test_a_5000_character_path_gets_a_short_message(tmp_path: Path, demo_file: Path,
                                                   capsys) -> None:
    long_name = str(tmp_path / ("p" * 5000 + ".pmdesk"))
    for command in (["info", long_name], ["demo", "-o", long_name],
                    ["export", str(demo_file), "-o", long_name[:-7] + ".pdf"],
                    ["import", long_name[:-7] + ".xml", "-o", str(tmp_path / "x.pmdesk")]):
        assert main(command) == 2
        line = _one_error(capsys)
        assert len(line) < 400
        assert "too long" in line.lower()


def test_a_newline_in_a_file_name_stays_on_one_line(tmp_path: Path, demo_file: Path,
                                                   capsys) -> None:
    odd = tmp_path / "evil\nname.pmdesk"
    odd.write_bytes(demo_file.read_bytes()[:3000])
    assert main(["info", str(odd)]) == 2
    assert "evil\\nname.pmdesk: is damaged: the file is cut short" in _one_error(capsys)


# --------------------------------------------------------------------------- files


@pytest.fixture
def colleague(demo_file: Path, tmp_path: Path, sqlite_edit) -> Callable[..., Path]:
    """A copy of the demo changed by SQL statements, as a colleague might send it."""

    def make(*statements: str) -> Path:
        path = tmp_path / "colleague.pmdesk"
        path.write_bytes(demo_file.read_bytes())
        return sqlite_edit(path, *statements)

    return make


@pytest.mark.parametrize("command", ["info", "schedule", "simulate", "export"])
def test_a_damaged_value_gets_one_line_and_status_2(
    colleague, tmp_path: Path, capsys, command: str
) -> None:
    path = colleague("UPDATE task SET duration = 'abc' WHERE seq = 3")
    args = [command, str(path)]
    if command == "export":
        args += ["-o", str(tmp_path / "out.pdf")]
    if command == "simulate":
        args += ["--iterations", "10"]
    assert main(args) == 2
    line = _one_error(capsys)
    assert line.startswith(f"pmdesk: error: {path}: is damaged (task ")
    assert "duration is 'abc', not a whole number" in line
    assert not (tmp_path / "out.pdf").exists()


def test_a_trigger_is_ignored_and_the_command_says_so(colleague, capsys) -> None:
    path = colleague("CREATE TRIGGER wipe AFTER UPDATE ON task BEGIN DELETE FROM task; END")
    assert main(["info", str(path), "--json"]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out)["counts"]["tasks"] == 90
    assert captured.err.startswith("pmdesk: note: ")
    assert "trigger 'wipe' on task" in captured.err and "never ran" in captured.err


def test_a_gate_whose_task_is_gone_is_left_out_with_its_criteria(colleague, capsys) -> None:
    path = colleague("DELETE FROM task WHERE uid = (SELECT task_uid FROM gate ORDER BY seq "
                     "LIMIT 1)")
    before = path.read_bytes()
    assert main(["info", str(path), "--json"]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out)["counts"]["tasks"] == 89
    assert captured.err == (
        f"pmdesk: note: {path} held 3 gate criteria, 1 gate, 1 dependency naming rows that "
        "are not in the project (a task or feature no longer there); they were left out of "
        "the copy you work on.\n"
    )
    assert path.read_bytes() == before


def test_a_calendar_without_working_time_names_the_file(colleague, capsys) -> None:
    path = colleague("UPDATE calendar SET weekdays = '[[],[],[],[],[],[],[]]', exceptions = '[]'")
    assert main(["schedule", str(path)]) == 2
    line = _one_error(capsys)
    assert line.startswith(f"pmdesk: error: {path}: calendar ")
    assert "has no working time at all" in line


def test_a_dependency_cycle_and_an_outline_loop_name_the_file(colleague, sqlite_edit,
                                                              capsys) -> None:
    cycle = colleague(
        "INSERT INTO dependency SELECT 'back', 999, successor_uid, predecessor_uid, 'FS', 0, "
        "'d', 0, NULL FROM dependency WHERE seq = 0",
    )
    assert main(["info", str(cycle)]) == 2
    assert _one_error(capsys).startswith(f"pmdesk: error: {cycle}: Dependency cycle: ")
    loop = colleague()
    with sqlite3.connect(loop) as db:
        a, b = (r[0] for r in db.execute(
            "SELECT uid FROM task WHERE parent_uid IS NULL ORDER BY seq LIMIT 2"))
    db.close()
    sqlite_edit(loop, f"UPDATE task SET parent_uid = '{b}' WHERE uid = '{a}'",
                f"UPDATE task SET parent_uid = '{a}' WHERE uid = '{b}'")
    assert main(["schedule", str(loop)]) == 2
    line = _one_error(capsys)
    assert line.startswith(f"pmdesk: error: {loop}: its outline loops: Discovery, which is "
                           "inside Definition, which is inside Discovery")


# --------------------------------------------------------------------------- options


def test_an_export_range_of_millennia_is_refused(demo_file: Path, tmp_path: Path,
                                                capsys) -> None:
    out = tmp_path / "wide.pdf"
    assert main(["export", str(demo_file), "-o", str(out), "--from", "0001-01-01",
                 "--to", "9999-12-31"]) == 2
    assert _one_error(capsys) == (
        "pmdesk: error: --from 0001-01-01 is out of range: pmdesk plans from 1900-01-01 to "
        "2199-12-31"
    )
    assert not out.exists()


def test_an_export_of_too_many_pages_is_refused_before_painting(
    demo_file: Path, tmp_path: Path, capsys
) -> None:
    out = tmp_path / "centuries.pdf"
    assert main(["export", str(demo_file), "-o", str(out), "--from", "1900-01-01",
                 "--to", "2199-12-31", "--scale", "days", "--fit", "tile"]) == 2
    line = _one_error(capsys)
    assert "pages (at most 10,000)" in line and "shorter date range" in line
    assert list(tmp_path.iterdir()) == []


def test_a_screenshot_of_absurd_size_is_refused(demo_file: Path, tmp_path: Path,
                                               capsys) -> None:
    out = tmp_path / "shot.png"
    assert main(["screenshot", str(demo_file), "-o", str(out), "--size", "100000x100000"]) == 2
    assert "too large; use at most 10000 pixels a side" in _one_error(capsys)
    assert not out.exists()


def test_iterations_are_bounded(demo_file: Path, capsys) -> None:
    assert main(["simulate", str(demo_file), "--iterations", "1000000000000"]) == 2
    assert "use 1 to 100,000 iterations" in _one_error(capsys)


# --------------------------------------------------------------------------- locks


def _colleague_holds(path: Path) -> None:
    lock_path(path.resolve()).write_text(json.dumps(
        {"app": "pmdesk", "user": "ben", "name": "Ben Okafor", "host": "ben-laptop",
         "pid": 4242, "since": "2026-11-28T09:14:00", "token": "beef"}))


@pytest.mark.parametrize("writer", ["demo", "import", "level-o", "level"])
def test_every_writer_honours_a_lock_held_by_someone_else(
    demo_file: Path, tmp_path: Path, capsys, writer: str
) -> None:
    target = tmp_path / "shared.pmdesk"
    target.write_bytes(demo_file.read_bytes())
    before = target.read_bytes()
    _colleague_holds(target)
    xml = tmp_path / "plan.xml"
    assert main(["export", str(demo_file), "-o", str(xml)]) == 0
    capsys.readouterr()
    command = {
        "demo": ["demo", "-o", str(target)],
        "import": ["import", str(xml), "-o", str(target)],
        "level-o": ["level", str(demo_file), "-o", str(target)],
        "level": ["level", str(target)],
    }[writer]
    assert main(command) == 2
    line = _one_error(capsys)
    assert "Ben Okafor (ben@ben-laptop) has this project open since 2026-11-28 09:14" in line
    assert target.read_bytes() == before


def test_a_junk_lock_does_not_stop_a_writer_and_is_mentioned(
    demo_file: Path, tmp_path: Path, capsys
) -> None:
    target = tmp_path / "shared.pmdesk"
    lock_path(target.resolve()).write_bytes(b"")
    assert main(["demo", "-o", str(target)]) == 0
    err = capsys.readouterr().err
    assert "pmdesk: note: The lock file ~shared.pmdesk.lock could not be read (it is empty)" in err
    assert not lock_path(target.resolve()).exists()
