"""Composition root: the QApplication, the document to open, and the main window."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from pmdesk import __version__

#: ``PMDESK_SEPARATE=1`` starts a pmdesk of its own even while another one runs.
SEPARATE_ENV = "PMDESK_SEPARATE"
#: ``PMDESK_QUIT_WHEN_SHOWN=1`` exits as soon as the first window is painted (to time
#: the start, as scripts/check_bundle.sh does).
QUIT_WHEN_SHOWN_ENV = "PMDESK_QUIT_WHEN_SHOWN"
#: ``PMDESK_LANGUAGE=de`` (or en, fr, system) overrides the language of Preferences.
LANGUAGE_ENV = "PMDESK_LANGUAGE"


def _ensure_platform() -> None:
    """Draw offscreen when there is no display, so screenshots work on servers and CI."""
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def adopt_system_locale() -> None:
    """Show money in the system's locale, as Qt reads it, where the environment names none
    (Windows, and macOS apps started from the Finder, set no LANG); see
    :mod:`pmdesk.core.money`."""
    from pmdesk.core import money

    if money.environment_locale() is None:
        from PySide6.QtCore import QLocale

        money.use_locale(QLocale.system().name())


def application():
    """The process's QApplication, created once with pmdesk's names and icon."""
    _ensure_platform()
    adopt_system_locale()
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
        use_preferences(os.environ.get(LANGUAGE_ENV) or None)
    return app


def use_preferences(language: str | None = None) -> None:
    """The user's language (``language`` overrides it: ``screenshot --language``) and
    theme, before the first window is built."""
    from pmdesk.ui import i18n, preferences

    prefs = preferences.load()
    i18n.install(language or prefs.language)
    preferences.apply_theme(prefs.theme)
    preferences.apply_week_start(prefs)


def start_window(path: str | None):
    """Show the main window at once, then open ``path``, else the last file, else the demo.

    The demo is shown from memory before its working copy is written, and a file opens
    right after the first paint, so the window appears before the database layer loads.
    """
    application()
    from PySide6.QtCore import QTimer

    from pmdesk.ui.main_window import MainWindow

    window = MainWindow()
    target: Path | None = Path(path) if path is not None else None
    if target is None and window.recent_files():
        last = window.recent_files()[0]
        try:
            target = last if last.is_file() else None
        except OSError:
            target = None
    demo = None
    if target is None:
        from pmdesk.demo import build_demo_plan

        demo = build_demo_plan()
        window.controller.replace_plan(demo)
    window.show()
    window.repaint()  # the first paint now; loading and the other views follow in the loop

    def load() -> None:
        window.offer_recovery()
        if window.has_document():
            return
        if target is not None:
            window.exchange.open_or_import(target, fallback_to_demo=True)
        else:
            window.open_demo(demo)

    QTimer.singleShot(0, load)
    return window


def serve_instance():
    """Become the running pmdesk: files later launches hand over open in new windows.
    None when the socket cannot be opened (pmdesk then runs on its own, as before)."""
    from pmdesk.ui.instance import InstanceServer
    from pmdesk.ui.windows import FileOpenEvents, open_in_new_window

    server = InstanceServer()
    if not server.listen():
        return None
    server.open_requested.connect(open_in_new_window)
    if sys.platform == "darwin":  # an application-wide filter sees every event: only there
        application().installEventFilter(FileOpenEvents(server))
    return server


def run_gui(path: str | None) -> int:
    """Hand ``path`` to the pmdesk already running (it opens a new window, this process
    exits 0); else open the window and run until the user quits."""
    app = application()
    from pmdesk.ui.instance import forward

    if os.environ.get(SEPARATE_ENV) != "1" and forward(path):
        shown = "pmdesk" if path is None else path
        print(f"pmdesk: {shown} opened in the running pmdesk")
        return 0
    server = serve_instance() if os.environ.get(SEPARATE_ENV) != "1" else None
    window = start_window(path)
    if os.environ.get(QUIT_WHEN_SHOWN_ENV) == "1":
        # Start-up benchmarks (scripts/check_bundle.sh): stop once the window is painted.
        print("pmdesk: window shown", flush=True)
        code = 0
    else:
        code = app.exec()
    if server is not None:
        server.stop()
    del window
    return code


def run_workspace_gui(dsn: str, project: str | None = None) -> int:
    """Open the window on a team workspace: the project ``project``, else the list of the
    workspace's projects to open one from (File ▸ Connect to Workspace…)."""
    app = application()
    from PySide6.QtCore import QTimer

    from pmdesk.demo import build_demo_plan
    from pmdesk.ui.main_window import MainWindow

    window = MainWindow()
    window.controller.replace_plan(build_demo_plan())
    window.show()

    def load() -> None:
        from pmdesk.store.workspace import Workspace, WorkspaceError
        from pmdesk.ui.workspace.dialog import connect_dialog
        from pmdesk.ui.workspace.live import open_project

        if project is not None:
            try:
                workspace = Workspace(dsn)
            except WorkspaceError as exc:
                window._report("Cannot connect", str(exc), True)
            else:
                if open_project(window, workspace, project):
                    return
        connect_dialog(window, dsn, connect=True)

    QTimer.singleShot(0, load)
    return app.exec()


def screenshot(path: Path, output: Path, view: str, size: tuple[int, int],
               language: str | None = None) -> int:
    """Render the main window showing ``view`` on the project at ``path`` into a PNG, in
    ``language`` if given (else as Preferences say)."""
    app = application()
    if language is None:
        return _screenshot(app, path, output, view, size)
    from pmdesk.ui import i18n, preferences

    i18n.install(language)
    try:
        return _screenshot(app, path, output, view, size)
    finally:
        i18n.install(os.environ.get(LANGUAGE_ENV) or preferences.load().language)


def _screenshot(app, path: Path, output: Path, view: str, size: tuple[int, int]) -> int:
    from PySide6.QtCore import QCoreApplication

    from pmdesk.ui.main_window import MainWindow
    from pmdesk.ui.product.view import ProductView

    window = MainWindow(persist=False)
    if not window.open_path(path, interactive=False):
        window.close()
        return 2
    # The Product view's tabs have names of their own: --view backlog, research, kpis.
    tab = view if view in ("strategy", "backlog", "research", "kpis") else None
    window.show_view("product" if tab else view)
    if tab:
        product = window.views["product"]
        assert isinstance(product, ProductView)
        product.show_tab(tab)
    window.resize(*size)
    window.show()
    for _ in range(5):
        QCoreApplication.processEvents()
    window.prepare_for_screenshot()
    QCoreApplication.processEvents()
    pixmap = window.grab()
    window.close()
    app.processEvents()
    from pmdesk.fileio import describe_path, write_atomically
    from pmdesk.render.export import png_bytes

    try:
        write_atomically(output, png_bytes(pixmap))
    except (OSError, ValueError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        print(f"pmdesk: error: {describe_path(output)}: cannot write the PNG ({reason})",
              file=sys.stderr)
        return 2
    print(f"wrote {describe_path(output)} ({pixmap.width()}x{pixmap.height()}, view {view})")
    return 0
