""".mpp import: the same plan as the MS Project XML twin, the same schedule, clear refusals.

Each .mpp under ``../shared/oracle/mpp`` and ``../shared/oracle/features`` has a twin in MS
Project XML, written from it by MPXJ 16.10. pmdesk reads the .mpp through MPXJ (Java), and
the plan must equal the twin's import field by field (tasks, links, calendars, resources,
assignments, project settings; only the UUIDs pmdesk generates for rows differ), and
schedule the same to the minute.
"""

from __future__ import annotations

import dataclasses
import os
import shutil
import struct
import sys
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from pmdesk.cli import main
from pmdesk.core.model import Plan
from pmdesk.core.schedule import schedule
from pmdesk.interchange import mpp as mpp_module
from pmdesk.interchange import read_plan
from pmdesk.interchange.mpp import (
    INSTALL_EXTRA,
    INSTALL_JAVA,
    OLE2_SIGNATURE,
    MppCancelled,
    MppError,
    MppUnavailable,
    find_jvm,
    read_mpp,
)
from pmdesk.interchange.mspdi import read_mspdi

ORACLE = Path(__file__).resolve().parents[2].parent / "shared" / "oracle"
TWIN_FOLDERS = {"mpp": "mspdi-from-mpp", "features": "features"}


def _pairs() -> list[tuple[str, str]]:
    if not ORACLE.is_dir():
        return []
    return [
        (mpp.relative_to(ORACLE).as_posix(), f"{twin}/{mpp.stem}.xml")
        for folder, twin in TWIN_FOLDERS.items()
        for mpp in sorted((ORACLE / folder).glob("*.mpp"))
    ]


PAIRS = _pairs()


@pytest.fixture
def oracle() -> Path:
    if not PAIRS:
        pytest.skip(f"no .mpp files in {ORACLE} (the oracle folder beside the repository)")
    return ORACLE


def _smallest() -> str:
    """The quickest .mpp to read, for tests about one file."""
    return min((mpp for mpp, _ in PAIRS), key=lambda name: (ORACLE / name).stat().st_size)


@cache
def _read_mpp_once(name: str) -> Plan:
    """Each .mpp is converted once per run: Java takes a second or two per file."""
    return read_mpp(ORACLE / name)


# --------------------------------------------------------------------------- comparing plans


def _rows(plan: Plan) -> Iterator[tuple[str, int, Any]]:
    """(kind, position, row) for every row that has a uid, whatever kinds the plan holds."""
    yield "project", 0, plan.project
    for f in dataclasses.fields(plan):
        value = getattr(plan, f.name)
        rows = list(value.values()) if isinstance(value, dict) else value
        if isinstance(rows, list):
            for position, row in enumerate(rows):
                if hasattr(row, "uid"):
                    yield f.name, position, row


def _identities(plan: Plan) -> dict[str, str]:
    """A name for each row that does not depend on generated UUIDs: the UID the row had in
    MS Project, else its kind and position."""
    names = {}
    for kind, position, row in _rows(plan):
        source = getattr(row, "source_uid", None)
        names[row.uid] = f"{kind} UID {source}" if source is not None else f"{kind} #{position}"
    return names


def _plain(value: Any, names: dict[str, str]) -> Any:
    """``value`` with every row reference replaced by the row's identity."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {
            f.name: _plain(getattr(value, f.name), names)
            for f in dataclasses.fields(value)
            if f.name != "uid"
        }
    if isinstance(value, str):
        return names.get(value, value)
    if isinstance(value, (list, tuple)):
        return [_plain(v, names) for v in value]
    if isinstance(value, dict):
        return {names.get(k, k): _plain(v, names) for k, v in value.items()}
    return value


def plan_differences(want: Plan, got: Plan) -> list[str]:
    """Every row and field where ``got`` differs from ``want``, UUIDs aside."""
    want_names, got_names = _identities(want), _identities(got)
    diffs = []
    for kind in dict.fromkeys(k for k, _, _ in _rows(want)):
        want_rows = {want_names[r.uid]: r for k, _, r in _rows(want) if k == kind}
        got_rows = {got_names[r.uid]: r for k, _, r in _rows(got) if k == kind}
        if list(want_rows) != list(got_rows):
            diffs.append(
                f"{kind}: rows or their order differ: {list(want_rows)} != {list(got_rows)}"
            )
        for name in want_rows.keys() & got_rows.keys():
            a = _plain(want_rows[name], want_names)
            b = _plain(got_rows[name], got_names)
            diffs.extend(
                f"{name} ({a.get('name', '')}): {field}: {a[field]!r} != {b.get(field)!r}"
                for field in a
                if a[field] != b.get(field)
            )
    return diffs


def test_the_comparison_sees_a_changed_field_and_a_missing_row(oracle) -> None:
    plan = read_mspdi(oracle / PAIRS[0][1])
    assert plan_differences(plan, read_mspdi(oracle / PAIRS[0][1])) == []
    leaf = next(t for t in plan.tasks if t.duration > 0)
    changed = dataclasses.replace(plan, tasks=[
        dataclasses.replace(t, duration=t.duration + 60) if t is leaf else t for t in plan.tasks
    ])
    assert any("duration" in d for d in plan_differences(plan, changed))
    fewer = dataclasses.replace(plan, dependencies=plan.dependencies[1:])
    assert any(d.startswith("dependencies") for d in plan_differences(plan, fewer))


# --------------------------------------------------------------------------- the oracle files


@pytest.mark.parametrize(("mpp", "twin"), PAIRS or [("-", "-")])
def test_mpp_imports_the_same_plan_as_its_xml_twin(mpp, twin, oracle, mpxj) -> None:
    from_xml = read_mspdi(oracle / twin)
    from_mpp = _read_mpp_once(mpp)
    assert len(from_mpp.tasks) == len(from_xml.tasks) > 0
    assert plan_differences(from_xml, from_mpp) == []


@pytest.mark.parametrize(("mpp", "twin"), PAIRS or [("-", "-")])
def test_mpp_schedules_the_same_as_its_xml_twin(mpp, twin, oracle, mpxj) -> None:
    from_xml, from_mpp = read_mspdi(oracle / twin), _read_mpp_once(mpp)
    want, got = schedule(from_xml), schedule(from_mpp)
    assert (got.project_start, got.project_finish) == (want.project_start, want.project_finish)
    by_source = {t.source_uid: t.uid for t in from_mpp.tasks}
    differing = [
        (task.source_uid, task.name)
        for task in from_xml.tasks
        if got.tasks[by_source[task.source_uid]] != want.tasks[task.uid]
    ]
    assert differing == []


def test_java_never_runs_inside_pmdesks_own_process(oracle, mpxj) -> None:
    assert _read_mpp_once(_smallest()).tasks
    assert "jpype" not in sys.modules and "mpxj" not in sys.modules


def test_cli_imports_an_mpp_into_a_project(oracle, mpxj, tmp_path, capsys) -> None:
    mpp, twin = next(pair for pair in PAIRS if pair[0] == _smallest())
    out = tmp_path / "plan.pmdesk"
    assert main(["import", str(oracle / mpp), "-o", str(out)]) == 0
    assert f"{len(read_mspdi(oracle / twin).tasks)} tasks" in capsys.readouterr().out
    assert main(["schedule", str(out), "--json"]) == 0
    assert '"tasks"' in capsys.readouterr().out


# --------------------------------------------------------------------------- refusals


def _refused(path: Path, tmp_path: Path, capsys) -> str:
    """Import ``path`` on the command line: status 2, one line naming it, nothing written."""
    out = tmp_path / "out.pmdesk"
    capsys.readouterr()
    assert main(["import", str(path), "-o", str(out)]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "Traceback" not in err, err
    assert str(path) in err
    assert not out.exists()
    return err


def test_a_truncated_mpp_is_refused_as_damaged(oracle, mpxj, tmp_path, capsys) -> None:
    whole = (oracle / _smallest()).read_bytes()
    damaged = tmp_path / "sent by mail.mpp"
    damaged.write_bytes(whole[: len(whole) // 3])
    assert "damaged" in _refused(damaged, tmp_path, capsys)


def test_a_broken_container_is_refused_as_damaged(mpxj, tmp_path, capsys) -> None:
    damaged = tmp_path / "broken.mpp"
    damaged.write_bytes(OLE2_SIGNATURE + bytes(range(256)) * 20)
    assert "damaged" in _refused(damaged, tmp_path, capsys)


def _edit_stream(source: Path, copy: Path, stream: str, edit) -> Path:
    """A copy of ``source`` with one stream of the compound document rewritten in place."""
    import olefile

    shutil.copyfile(source, copy)
    copy.chmod(0o644)
    with olefile.OleFileIO(str(copy), write_mode=True) as ole:
        data = bytearray(ole.openstream(stream).read())
        edit(data)
        ole.write_stream(stream, bytes(data))
    return copy


def _mpp14(oracle: Path) -> Path:
    import olefile

    for mpp, _ in PAIRS:
        with olefile.OleFileIO(str(oracle / mpp)) as ole:
            if ole.exists("Props14"):
                return oracle / mpp
    pytest.skip("no Project 2010+ (.mpp 14) file in the oracle")


def test_a_password_protected_mpp_says_so_and_how_to_open_it(
    oracle, mpxj, tmp_path, capsys
) -> None:
    # MS Project marks a file protected by a password in its Props14 stream: the password
    # flag (key 0x35400000) set, and a password hash (key 0x35400004) present.
    def protect(data: bytearray) -> None:
        position = 16
        for _ in range(struct.unpack_from("<H", data, 12)[0]):
            size, key = struct.unpack_from("<ii", data, position)
            if key == 0x35400000:
                data[position + 12] = 1
            elif key == 0x35400010:  # some other 30-byte entry becomes the hash
                struct.pack_into("<i", data, position + 4, 0x35400004)
            position += 12 + size + size % 2

    protected = _edit_stream(_mpp14(oracle), tmp_path / "locked.mpp", "Props14", protect)
    err = _refused(protected, tmp_path, capsys)
    assert "password" in err and "MS Project" in err


def test_an_office_document_of_another_kind_is_not_taken_for_a_plan(
    oracle, mpxj, tmp_path, capsys
) -> None:
    def word(data: bytearray) -> None:
        at = data.index(b"MSProject.MPP")
        data[at:at + 15] = b"Word.Document.8"

    other = _edit_stream(_mpp14(oracle), tmp_path / "minutes.mpp", "\x01CompObj", word)
    err = _refused(other, tmp_path, capsys)
    assert "not a Microsoft Project plan" in err and "Word.Document.8" in err


@pytest.mark.parametrize(
    ("content", "said"),
    [
        (b"", "empty"),
        (b"PK\x03\x04" + bytes(100), "ZIP archive"),
        (b"%PDF-1.7\n" + bytes(100), "PDF"),
        (b"<?xml version='1.0'?><Project/>", "import it as .xml"),
        (b"Task;Start;Finish\n", "not a Microsoft Project .mpp file"),
    ],
)
def test_a_foreign_file_is_refused_before_java_starts(content, said, tmp_path, capsys) -> None:
    foreign = tmp_path / "plan.mpp"
    foreign.write_bytes(content)
    assert said in _refused(foreign, tmp_path, capsys)


# --------------------------------------------------------------------------- what to install


def test_without_the_extra_the_message_says_what_to_install(monkeypatch, tmp_path, capsys) -> None:
    real_find_spec = mpp_module.importlib.util.find_spec
    monkeypatch.setattr(
        mpp_module.importlib.util, "find_spec",
        lambda name, *a: None if name == "mpxj" else real_find_spec(name, *a),
    )
    plan = tmp_path / "from a colleague.mpp"
    plan.write_bytes(OLE2_SIGNATURE + bytes(504))
    with pytest.raises(MppUnavailable) as raised:
        read_plan(plan)
    assert INSTALL_EXTRA in str(raised.value) and INSTALL_JAVA in str(raised.value)
    err = _refused(plan, tmp_path, capsys)
    assert 'pip install "pmdesk[mpp]"' in err and "default-jre-headless" in err


def test_without_java_the_message_says_what_to_install(monkeypatch, tmp_path, capsys) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    monkeypatch.setenv("JAVA_HOME", str(empty))
    monkeypatch.setenv("PATH", str(empty))
    with pytest.raises(MppUnavailable) as raised:
        find_jvm()
    message = str(raised.value)
    assert f"JAVA_HOME is {empty}, which holds no Java runtime" in message
    assert "no java command on PATH" in message and INSTALL_JAVA in message
    plan = tmp_path / "plan.mpp"
    plan.write_bytes(OLE2_SIGNATURE + bytes(504))
    assert "default-jre-headless" in _refused(plan, tmp_path, capsys)


def _fake_java_home(root: Path) -> Path:
    library = root / "lib" / "server" / "libjvm.so"
    library.parent.mkdir(parents=True)
    library.write_bytes(b"")
    (root / "bin").mkdir()
    (root / "bin" / "java").write_text("#!/bin/sh\n")
    (root / "bin" / "java").chmod(0o755)
    return library


@pytest.mark.skipif(os.name != "posix" or os.uname().sysname != "Linux", reason="Linux layout")
def test_java_is_found_from_java_home_first_then_from_path(monkeypatch, tmp_path) -> None:
    home_lib = _fake_java_home(tmp_path / "jdk-home")
    path_lib = _fake_java_home(tmp_path / "jdk-on-path")
    link_dir = tmp_path / "usr-bin"
    link_dir.mkdir()
    (link_dir / "java").symlink_to(tmp_path / "jdk-on-path" / "bin" / "java")
    monkeypatch.setenv("PATH", str(link_dir))
    monkeypatch.setenv("JAVA_HOME", str(tmp_path / "jdk-home"))
    assert find_jvm() == home_lib
    monkeypatch.delenv("JAVA_HOME")
    assert find_jvm() == path_lib, "the java command's real installation, through its link"


def test_a_cancelled_read_stops_and_says_so(oracle, mpxj) -> None:
    with pytest.raises(MppCancelled):
        read_mpp(oracle / _smallest(), cancelled=lambda: True)


def test_a_read_that_takes_too_long_is_stopped(oracle, mpxj) -> None:
    with pytest.raises(MppError, match="did not finish reading the file in 0 s"):
        read_mpp(oracle / _smallest(), timeout=0.0)
