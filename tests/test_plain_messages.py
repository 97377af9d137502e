"""A file that is not a project is refused in plain words, on the command line and in the
window, whatever inside it confused the reader."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from pmdesk.cli import main

JARGON = ("sqlite", "page size", "database disk image", "malformed", "pragma")


def text_file(path: Path) -> Path:
    path.write_text("Roadmap\n2026: launch\n" * 20, encoding="utf-8")
    return path


def other_database(path: Path) -> Path:
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE notes (id INTEGER, body TEXT)")
    return path


@pytest.mark.parametrize("make, words", [
    (text_file, "is not a pmdesk project or is damaged"),
    (other_database, "is a database of another program, not a pmdesk project"),
])
def test_info_says_what_the_file_is_without_jargon(make, words, tmp_path: Path,
                                                   capsys) -> None:
    path = make(tmp_path / "plan.pmdesk")
    assert main(["info", str(path)]) == 2
    err = capsys.readouterr().err
    assert words in err and str(path) in err
    assert not any(term in err.lower() for term in JARGON)
