"""Per-user folders pmdesk keeps its own files in: settings, recent files, working copies.

The operating system's conventional places come from platformdirs. Setting ``PMDESK_HOME``
puts all of them under that one folder instead, so tests, CI and portable installs never
touch the real home folder.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

#: Environment variable that overrides every per-user folder.
HOME_ENV = "PMDESK_HOME"

_APP = "pmdesk"


def _home() -> Path | None:
    value = os.environ.get(HOME_ENV)
    return Path(value) if value else None


def _ensure(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    return path


def config_dir() -> Path:
    """Settings and the recent-files list (created on first use)."""
    home = _home()
    if home is not None:
        return _ensure(home / "config")
    return _ensure(platformdirs.user_config_path(_APP, appauthor=False))


def data_dir() -> Path:
    """Data pmdesk keeps for the user between runs (created on first use)."""
    home = _home()
    if home is not None:
        return _ensure(home / "data")
    return _ensure(platformdirs.user_data_path(_APP, appauthor=False))


def recovery_dir() -> Path:
    """Local working copies of open projects; what a crash leaves here is offered back."""
    return _ensure(data_dir() / "recovery")
