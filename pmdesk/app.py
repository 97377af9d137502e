"""Composition root: the QApplication, the document to open, and the main window."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from pmdesk import __version__


def _ensure_platform() -> None:
    """Draw offscreen when there is no display, so screenshots work on servers and CI."""
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def application():
    """The process's QApplication, created once with pmdesk's names and icon."""
    _ensure_platform()
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        app = QApplication([sys.argv[0] if sys.argv else "pmdesk"])
        app.setApplicationName("pmdesk")
        app.setOrganizationName("pmdesk")
        app.setApplicationVersion(__version__)
        from pmdesk import resources_path

        icon = resources_path("icons/pmdesk.svg")
        if icon.exists():
            app.setWindowIcon(QIcon(str(icon)))
    return app


def run_gui(path: str | None) -> int:
    """Open the window on ``path``, else the last file, else the demo project."""
    app = application()
    from pmdesk.ui.main_window import MainWindow

    window = MainWindow()
    window.offer_recovery()
    if not window.has_document():
        if path is not None:
            window.open_path(Path(path), interactive=True, fallback_to_demo=True)
        else:
            last = window.recent_files()[0] if window.recent_files() else None
            if last is not None and last.exists():
                window.open_path(last, interactive=True, fallback_to_demo=True)
            else:
                window.open_demo()
    window.show()
    return app.exec()


def screenshot(path: Path, output: Path, view: str, size: tuple[int, int]) -> int:
    """Render the main window showing ``view`` on the project at ``path`` into a PNG."""
    app = application()
    from PySide6.QtCore import QCoreApplication

    from pmdesk.ui.main_window import MainWindow

    window = MainWindow(persist=False)
    if not window.open_path(path, interactive=False):
        window.close()
        return 2
    window.show_view(view)
    window.resize(*size)
    window.show()
    for _ in range(5):
        QCoreApplication.processEvents()
    window.prepare_for_screenshot()
    QCoreApplication.processEvents()
    pixmap = window.grab()
    ok = pixmap.save(str(output), "PNG")
    window.close()
    app.processEvents()
    if not ok:
        print(f"pmdesk: error: {output}: cannot write the PNG", file=sys.stderr)
        return 2
    print(f"wrote {output} ({pixmap.width()}x{pixmap.height()}, view {view})")
    return 0
