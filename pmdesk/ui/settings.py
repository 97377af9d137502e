"""Per-user settings (window geometry, recent files, column layouts) in one INI file.

The file lives in the per-user config folder of :mod:`pmdesk.store.paths`, which honours
``PMDESK_HOME`` so tests and scripted runs never touch a user's real settings.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from pmdesk.store.paths import config_dir

MAX_RECENT = 10


def settings() -> QSettings:
    return QSettings(str(config_dir() / "pmdesk.ini"), QSettings.Format.IniFormat)


def recent_files() -> list[Path]:
    value = settings().value("recent_files", [])
    if isinstance(value, str):
        value = [value]
    return [Path(v) for v in (value or []) if v]


def add_recent_file(path: Path) -> list[Path]:
    path = path.resolve()
    files = [p for p in recent_files() if p != path]
    files.insert(0, path)
    del files[MAX_RECENT:]
    s = settings()
    s.setValue("recent_files", [str(p) for p in files])
    s.sync()
    return files


def remove_recent_file(path: Path) -> None:
    s = settings()
    s.setValue("recent_files", [str(p) for p in recent_files() if p != path])
    s.sync()
