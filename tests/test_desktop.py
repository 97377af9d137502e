"""pmdesk --install-desktop: a file manager shows .pmdesk files as pmdesk projects and opens
them in pmdesk; --uninstall-desktop takes all of it back."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest

from pmdesk import desktop
from pmdesk.cli import main

TOOLS = ("desktop-file-validate", "update-mime-database", "gio", "xdg-mime")


@pytest.fixture
def tools() -> None:
    missing = [t for t in TOOLS if shutil.which(t) is None]
    if missing:
        if os.environ.get("CI"):
            pytest.fail(f".ci/run must install {', '.join(missing)}")
        pytest.skip(f"not installed: {', '.join(missing)}")


@pytest.fixture
def data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "share"
    monkeypatch.setenv("XDG_DATA_HOME", str(root))
    return root


def _desktop_env(root: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(XDG_DATA_HOME=str(root), XDG_DATA_DIRS=f"{root}:/usr/share",
               XDG_CURRENT_DESKTOP="GNOME", GIO_USE_VFS="local")
    return env


def _gio_type(path: Path, root: Path) -> str:
    out = subprocess.run(["gio", "info", "-a", "standard::content-type", str(path)],
                         env=_desktop_env(root), capture_output=True, text=True, check=True)
    return out.stdout.split("standard::content-type:")[1].split()[0]


def _xdg_type(path: Path, root: Path) -> str:
    out = subprocess.run(["xdg-mime", "query", "filetype", str(path)],
                         env=_desktop_env(root), capture_output=True, text=True, check=True)
    return out.stdout.strip()


def test_install_writes_a_valid_entry_icons_and_type(tools, data_home: Path, capsys) -> None:
    assert main(["--install-desktop"]) == 0
    assert "application/x-pmdesk" in capsys.readouterr().out
    entry = data_home / "applications" / "pmdesk.desktop"
    check = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True,
                           text=True)
    assert check.returncode == 0, check.stdout + check.stderr
    text = entry.read_text(encoding="utf-8")
    assert "MimeType=application/x-pmdesk;" in text
    assert next(ln for ln in text.splitlines() if ln.startswith("Exec=")).endswith(" %f")
    for size in desktop.ICON_SIZES:
        png = data_home / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "pmdesk.png"
        from PySide6.QtGui import QImage

        image = QImage(str(png))
        assert (image.width(), image.height()) == (size, size)
        assert image.pixelColor(size // 2, size // 10).alpha() == 255  # drawn, not blank
    # update-mime-database ran: the shared database knows the type.
    assert "application/x-pmdesk" in (data_home / "mime" / "types").read_text()


def test_file_type_resolves_by_suffix_and_by_content(tools, data_home: Path,
                                                     tmp_path: Path) -> None:
    assert main(["--install-desktop"]) == 0
    project = tmp_path / "launch.pmdesk"
    assert main(["demo", "-o", str(project)]) == 0
    renamed = tmp_path / "launch plan (attachment)"
    shutil.copyfile(project, renamed)
    other = tmp_path / "other.sqlite"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.close()
    for path in (project, renamed):
        assert _gio_type(path, data_home) == "application/x-pmdesk", path
        assert _xdg_type(path, data_home) == "application/x-pmdesk", path
    # Another application's SQLite database is not taken for a project.
    assert _gio_type(other, data_home) != "application/x-pmdesk"


def test_uninstall_removes_everything_it_installed(tools, data_home: Path,
                                                   tmp_path: Path, capsys) -> None:
    assert main(["--install-desktop"]) == 0
    project = tmp_path / "p.pmdesk"
    assert main(["demo", "-o", str(project)]) == 0
    assert main(["--uninstall-desktop"]) == 0
    assert "removed 18" in capsys.readouterr().out
    left = [p for p in data_home.rglob("*") if "pmdesk" in p.name and p.is_file()]
    assert left == []
    assert _gio_type(project, data_home) != "application/x-pmdesk"
    assert main(["--uninstall-desktop"]) == 0  # nothing left to remove is no error


def test_exec_line_quotes_a_path_with_spaces() -> None:
    entry = desktop.desktop_entry(["/opt/my apps/pmdesk/pmdesk"])
    assert 'Exec="/opt/my apps/pmdesk/pmdesk" %f' in entry


def test_install_into_an_unwritable_folder_is_a_clear_error(tmp_path: Path, capsys,
                                                             monkeypatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("XDG_DATA_HOME", str(blocker))
    assert main(["--install-desktop"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("pmdesk: error:") and "file" in err


def test_desktop_flags_take_no_sub_command(capsys) -> None:
    assert main(["--install-desktop", "info", "x.pmdesk"]) == 2
    assert "sub-command" in capsys.readouterr().err
