"""Per-user settings (window geometry, recent files, column layouts, splitters and other
choices a user arranges) in one INI file.

The file lives in the per-user config folder of :mod:`pmdesk.store.paths`, which honours
``PMDESK_HOME`` so tests and scripted runs never touch a user's real settings.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, QTimer
from PySide6.QtWidgets import QSplitter

from pmdesk.store.paths import config_dir

MAX_RECENT = 10


def settings() -> QSettings:
    return QSettings(_file(), QSettings.Format.IniFormat)


def recent_files() -> list[Path]:
    value = settings().value("recent_files", [])
    if isinstance(value, str):  # QSettings gives a single entry back as a string
        value = [value]
    if not isinstance(value, list):
        return []
    return [Path(v) for v in value if v]


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


# -- layouts a user arranges: column widths, splitters, choices --------------------------
#
# A drag reports every pixel; what was arranged is written a moment after the last change,
# and at once when the window closes (flush_layouts), never once per pixel.

_pending: dict[tuple[str, str], object] = {}  # (settings file, key) -> value
_timer: QTimer | None = None


def _file() -> str:
    return str(config_dir() / "pmdesk.ini")


def save_soon(key: str, value: object) -> None:
    """Store ``value`` under ``key`` shortly (the last value of a burst wins)."""
    global _timer
    _pending[(_file(), key)] = value
    if _timer is None:
        _timer = QTimer()
        _timer.setSingleShot(True)
        _timer.setInterval(400)
        _timer.timeout.connect(flush_layouts)
    _timer.start()


def flush_layouts() -> None:
    """Write every layout change still waiting."""
    files: dict[str, QSettings] = {}
    for (path, key), value in _pending.items():
        s = files.setdefault(path, QSettings(path, QSettings.Format.IniFormat))
        s.setValue(key, value)
    _pending.clear()
    for s in files.values():
        s.sync()


def remember_splitter(splitter: QSplitter, key: str) -> None:
    """Give ``splitter`` its saved sizes and keep them saved as the user drags it."""
    state = settings().value(key)
    if isinstance(state, QByteArray):
        splitter.restoreState(state)
    splitter.splitterMoved.connect(lambda *_: save_soon(key, splitter.saveState()))


def remembered(key: str, default: str) -> str:
    """A choice saved with :func:`save_soon` (a swimlane mode, say), else ``default``."""
    value = _pending.get((_file(), key), settings().value(key, default))
    return value if isinstance(value, str) else default
