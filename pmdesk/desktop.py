"""Desktop integration on Linux: a menu entry, the icon and the ``.pmdesk`` file type.

``pmdesk --install-desktop`` writes, for the current user only, under ``$XDG_DATA_HOME``
(``~/.local/share`` when unset), the freedesktop files a file manager reads:

- ``applications/pmdesk.desktop``: the menu entry; it opens a file given to it (``%f``);
- ``icons/hicolor/<N>x<N>/apps/pmdesk.png`` at the usual sizes, rendered from
  ``resources/icons/pmdesk.svg``, and the SVG itself as the scalable icon;
- ``mime/packages/pmdesk.xml``: the type ``application/x-pmdesk``, known by the suffix
  ``*.pmdesk`` and by the SQLite header's ``application_id`` (bytes 68-71, big-endian,
  ``"PMdk"``), so a project renamed without its suffix is still recognised.

It then runs ``update-mime-database`` and ``update-desktop-database`` where they are
installed, as a package manager would. ``--uninstall-desktop`` removes exactly those files.
Windows and macOS register file types through their installers (see README.md).
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

from pmdesk import resources_path
from pmdesk.fileio import write_atomically

MIME_TYPE = "application/x-pmdesk"
#: ``PRAGMA application_id`` of a project file (pmdesk.store.schema.APPLICATION_ID): the
#: desktop layer must not load the database layer to say so.
APPLICATION_ID = 0x504D646B
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)
DESKTOP_FILE = "pmdesk.desktop"
MIME_FILE = "pmdesk.xml"
ICON_NAME = "pmdesk"
MIME_ICON_NAME = "application-x-pmdesk"


def data_home() -> Path:
    """``$XDG_DATA_HOME``, else ``~/.local/share`` (the XDG base directory default)."""
    value = os.environ.get("XDG_DATA_HOME", "")
    return Path(value) if os.path.isabs(value) else Path.home() / ".local" / "share"


def launch_command() -> list[str]:
    """How the desktop starts pmdesk: the bundle's own program, else the ``pmdesk``
    script beside this Python, else ``python -m pmdesk``."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    script = Path(sys.executable).with_name("pmdesk")
    if script.is_file() and os.access(script, os.X_OK):
        return [str(script)]
    found = shutil.which("pmdesk")
    if found:
        return [found]
    return [sys.executable, "-m", "pmdesk"]


def _exec_quote(arg: str) -> str:
    """One argument of a desktop entry's Exec key, quoted as the specification says."""
    if arg and not any(c in arg for c in ' \t\n"\'\\><~|&;$*?#()`'):
        return arg.replace("%", "%%")
    escaped = "".join("\\" + c if c in '"`$\\' else c for c in arg)
    return '"' + escaped.replace("%", "%%") + '"'


def desktop_entry(command: list[str]) -> str:
    exec_line = " ".join(_exec_quote(a) for a in command) + " %f"
    return "\n".join([
        "[Desktop Entry]",
        "Type=Application",
        "Version=1.4",
        "Name=pmdesk",
        "GenericName=Project Planner",
        "GenericName[de]=Projektplanung",
        "GenericName[fr]=Planification de projets",
        "Comment=Plan and track product launches: Gantt, board, risks, budgets",
        "Comment[de]=Produkteinführungen planen und verfolgen: Gantt, Board, Risiken, Budgets",
        "Comment[fr]=Planifier et suivre des lancements : Gantt, tableau, risques, budgets",
        f"Exec={exec_line}",
        f"TryExec={command[0]}",
        f"Icon={ICON_NAME}",
        "Terminal=false",
        f"MimeType={MIME_TYPE};",
        "Categories=Office;ProjectManagement;",
        "Keywords=gantt;project;plan;roadmap;kanban;risk;",
        "StartupNotify=true",
        "StartupWMClass=pmdesk",
        "",
    ])


def mime_xml() -> str:
    magic = f"0x{APPLICATION_ID:08X}"
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<mime-info xmlns="http://www.freedesktop.org/standards/shared-mime-info">
  <mime-type type="{MIME_TYPE}">
    <comment>pmdesk project</comment>
    <comment xml:lang="de">pmdesk-Projekt</comment>
    <comment xml:lang="fr">projet pmdesk</comment>
    <sub-class-of type="application/vnd.sqlite3"/>
    <generic-icon name="x-office-document"/>
    <icon name="{MIME_ICON_NAME}"/>
    <glob pattern="*.pmdesk" weight="60"/>
    <magic priority="80">
      <match type="string" offset="0" value="SQLite format 3">
        <match type="big32" offset="68" value="{magic}"/>
      </match>
    </magic>
  </mime-type>
</mime-info>
"""


def icon_png(size: int) -> bytes:
    """The app icon as a ``size`` x ``size`` PNG, drawn from the SVG by Qt."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(resources_path("icons/pmdesk.svg")))
    if not renderer.isValid():
        raise ValueError("resources/icons/pmdesk.svg cannot be drawn")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    from pmdesk.render.export import png_bytes

    return png_bytes(image)


@dataclass
class Layout:
    """Where each installed file goes under one data folder."""

    root: Path
    files: dict[Path, bytes] = field(default_factory=dict)

    @property
    def applications(self) -> Path:
        return self.root / "applications"

    @property
    def mime(self) -> Path:
        return self.root / "mime"

    def icon(self, size: int | None, context: str, name: str, suffix: str) -> Path:
        folder = "scalable" if size is None else f"{size}x{size}"
        return self.root / "icons" / "hicolor" / folder / context / f"{name}.{suffix}"

    def paths(self) -> list[Path]:
        """Every file pmdesk installs here (what uninstall removes)."""
        found = [self.applications / DESKTOP_FILE, self.mime / "packages" / MIME_FILE]
        for name, context in ((ICON_NAME, "apps"), (MIME_ICON_NAME, "mimetypes")):
            found += [self.icon(s, context, name, "png") for s in ICON_SIZES]
            found.append(self.icon(None, context, name, "svg"))
        return found


def _run_tool(args: list[str], notes: list[str]) -> None:
    """Run a desktop database tool if it is installed; a note says what it did."""
    if shutil.which(args[0]) is None:
        notes.append(f"{args[0]} is not installed; the desktop reads the files on next login")
        return
    try:
        done = subprocess.run(args, capture_output=True, text=True, timeout=60, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        notes.append(f"{args[0]} failed: {exc}")
        return
    if done.returncode != 0:
        notes.append(f"{args[0]} failed: {(done.stderr or done.stdout).strip()[:200]}")


def _refresh(layout: Layout, notes: list[str]) -> None:
    if layout.mime.is_dir():
        _run_tool(["update-mime-database", str(layout.mime)], notes)
    if layout.applications.is_dir():
        _run_tool(["update-desktop-database", str(layout.applications)], notes)
    theme = layout.root / "icons" / "hicolor"
    if (theme / "index.theme").is_file():
        _run_tool(["gtk-update-icon-cache", "-q", "-t", str(theme)], [])


def install(root: Path | None = None, command: list[str] | None = None) -> list[str]:
    """Write the menu entry, icons and file type; the notes say what else happened.
    Raises OSError naming the file that could not be written."""
    layout = Layout(root or data_home())
    svg = resources_path("icons/pmdesk.svg").read_bytes()
    files: dict[Path, bytes] = {
        layout.applications / DESKTOP_FILE:
            desktop_entry(command or launch_command()).encode("utf-8"),
        layout.mime / "packages" / MIME_FILE: mime_xml().encode("utf-8"),
    }
    for size in ICON_SIZES:
        png = icon_png(size)
        files[layout.icon(size, "apps", ICON_NAME, "png")] = png
        files[layout.icon(size, "mimetypes", MIME_ICON_NAME, "png")] = png
    files[layout.icon(None, "apps", ICON_NAME, "svg")] = svg
    files[layout.icon(None, "mimetypes", MIME_ICON_NAME, "svg")] = svg
    for path, data in files.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(path, data)
    notes: list[str] = []
    _refresh(layout, notes)
    return notes


def uninstall(root: Path | None = None) -> tuple[int, list[str]]:
    """Remove what :func:`install` wrote; how many files were removed, and notes."""
    layout = Layout(root or data_home())
    removed = 0
    for path in layout.paths():
        try:
            path.unlink()
            removed += 1
        except FileNotFoundError:
            continue
    notes: list[str] = []
    _refresh(layout, notes)
    return removed, notes


def describe_install(root: Path | None = None) -> str:
    layout = Layout(root or data_home())
    return (f"installed the pmdesk menu entry, icon and file type {MIME_TYPE} under "
            f"{layout.root} ({shlex.quote(str(layout.applications / DESKTOP_FILE))})")
