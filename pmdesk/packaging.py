"""Build a self-contained pmdesk: ``python -m pmdesk.packaging`` (needs ``pip install
-e ".[bundle]"``).

PyInstaller, not pyside6-deploy: pyside6-deploy drives Nuitka, which compiles the whole
program to C (many minutes on a laptop, a C compiler needed), and its Qt-module selection
reads QML and Python imports much as PyInstaller's PySide6 hooks already do. PyInstaller
collects the interpreter, the imported modules, and for each Qt module pmdesk imports
(QtCore, QtGui, QtWidgets, QtSvg, QtNetwork, QtPrintSupport) its library and plugins, in
about a minute, the same way on Linux, Windows and macOS.

The result is a one-folder bundle, ``build/bundle/dist/pmdesk/`` (the program
``pmdesk/pmdesk``, its libraries in ``pmdesk/_internal``), packed as
``build/bundle/pmdesk-<version>-linux-<machine>.tar.gz`` with ``install-desktop.sh``,
which adds the menu entry, icon and file type for the user. No Python is needed where it
runs. What differs on Windows and macOS is in README.md ("A bundle without Python").
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUILD = ROOT / "build" / "bundle"

#: Imported somewhere in a dependency but never used by pmdesk: left out of the bundle.
#: The .mpp import (MPXJ through JPype) needs a Java runtime, which a bundle cannot bring;
#: it stays a feature of the pip install (``pmdesk[mpp]``).
EXCLUDED = (
    "tkinter", "unittest", "pydoc", "doctest", "pytest", "_pytest", "hypothesis", "mypy",
    "jpype", "mpxj", "olefile", "IPython", "numpy", "PyInstaller", "pmdesk.packaging",
    "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtQuickWidgets", "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets", "PySide6.QtDBus", "PySide6.QtPdf", "PySide6.QtPdfWidgets",
    "PySide6.QtMultimedia", "PySide6.QtWebEngineCore", "PySide6.QtSql", "PySide6.QtTest",
    "PySide6.QtXml", "PySide6.QtConcurrent", "PySide6.QtDesigner", "PySide6.QtHelp",
    "PySide6.QtUiTools", "PySide6.QtSvgWidgets",
    # SQLAlchemy's drivers for servers: a .pmdesk project is SQLite.
    "psycopg", "psycopg2", "psycopg_binary", "pymysql", "MySQLdb", "asyncpg", "oracledb",
    "cx_Oracle", "pyodbc", "pymssql",
)

#: Qt plugins for embedded screens, touch input, TLS and network status: not pmdesk's.
#: (Paths under PySide6/Qt in the bundle; xcb, wayland and offscreen stay.)
PRUNED_QT = (
    "plugins/egldeviceintegrations", "plugins/generic", "plugins/networkinformation",
    "plugins/tls", "plugins/platforms/libqeglfs.so", "plugins/platforms/libqlinuxfb.so",
    "plugins/platforms/libqminimal.so", "plugins/platforms/libqminimalegl.so",
    "plugins/platforms/libqvkkhrdisplay.so", "plugins/platforms/libqvnc.so",
    "lib/libQt6EglFSDeviceIntegration.so.6", "lib/libQt6EglFsKmsSupport.so.6",
)
#: Languages whose number and money formats (babel's CLDR data) the bundle keeps; in any
#: other locale amounts are written as in en_US. All of CLDR would add 35 MB.
KEPT_LOCALES = (
    "root", "en", "de", "fr", "es", "it", "pt", "nl", "sv", "da", "nb", "nn", "no", "fi",
    "is", "pl", "cs", "sk", "hu", "ro", "bg", "hr", "sl", "sr", "el", "tr", "ru", "uk", "et",
    "lv", "lt", "ga", "mt", "ca", "eu", "gl", "ja", "zh", "ko", "hi", "ar", "he", "id", "ms",
    "th", "vi",
)
#: The languages pmdesk is translated into: Qt's own catalogues (OK, Cancel) for others go.
UI_LANGUAGES = ("de", "fr")

LAUNCHER = '''import sys

from pmdesk.cli import main

sys.exit(main())
'''

INSTALLER = '''#!/bin/sh
# Add pmdesk to this user's menu, with its icon and the .pmdesk file type.
# ./install-desktop.sh --uninstall takes them away again.
here=$(cd "$(dirname "$0")" && pwd)
if [ "$1" = "--uninstall" ]; then exec "$here/pmdesk/pmdesk" --uninstall-desktop; fi
exec "$here/pmdesk/pmdesk" --install-desktop
'''


def _compile_translations() -> None:
    """The .qm catalogues from their .ts sources, so the bundle has what they say now."""
    subprocess.run([sys.executable, str(ROOT / "scripts" / "update_translations.py"),
                    "--compile"], check=True)


def build(clean: bool = True) -> Path:
    """Run PyInstaller; the bundle's folder."""
    import PyInstaller.__main__

    if clean and BUILD.exists():
        shutil.rmtree(BUILD)
    BUILD.mkdir(parents=True, exist_ok=True)
    _compile_translations()
    launcher = BUILD / "pmdesk_launcher.py"
    launcher.write_text(LAUNCHER, encoding="utf-8")
    separator = os.pathsep
    args = [
        str(launcher), "--name", "pmdesk", "--onedir", "--noconfirm", "--log-level", "WARN",
        "--distpath", str(BUILD / "dist"), "--workpath", str(BUILD / "work"),
        "--specpath", str(BUILD),
        # pmdesk.resources_path looks beside the package: pmdesk/resources in the bundle.
        "--add-data", f"{ROOT / 'resources'}{separator}pmdesk/resources",
        # The views and dialogs are imported when first shown; name them all.
        "--collect-submodules", "pmdesk",
    ]
    for module in EXCLUDED:
        args += ["--exclude-module", module]
    PyInstaller.__main__.run(args)
    folder = BUILD / "dist" / "pmdesk"
    prune(folder)
    return folder


def _remove(path: Path) -> None:
    if path.is_dir():
        shutil.rmtree(path)
    elif path.exists():
        path.unlink()


def prune(folder: Path) -> None:
    """Take out of the bundle what PyInstaller's hooks collect for every application but
    pmdesk never loads (see PRUNED_QT, KEPT_LOCALES, UI_LANGUAGES)."""
    internal = folder / "_internal"
    qt = internal / "PySide6" / "Qt"
    for rel in PRUNED_QT:
        _remove(qt / rel)
    for qm in (qt / "translations").glob("*.qm"):
        if not qm.stem.endswith(tuple(f"_{lang}" for lang in UI_LANGUAGES)):
            qm.unlink()
    for data in (internal / "babel" / "locale-data").glob("*.dat"):
        if data.stem.split("_")[0] not in KEPT_LOCALES:
            data.unlink()


def pack(folder: Path) -> Path:
    """``folder`` and install-desktop.sh as a .tar.gz beside the build."""
    installer = folder.parent / "install-desktop.sh"
    installer.write_text(INSTALLER, encoding="utf-8")
    installer.chmod(0o755)
    machine = platform.machine().lower() or "unknown"
    system = "linux" if sys.platform.startswith("linux") else sys.platform
    from pmdesk import __version__

    archive = BUILD / f"pmdesk-{__version__}-{system}-{machine}.tar.gz"
    with tarfile.open(archive, "w:gz") as tar:
        tar.add(folder, arcname="pmdesk")
        tar.add(installer, arcname="install-desktop.sh")
    return archive


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and
               not p.is_symlink())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m pmdesk.packaging",
        description="Build pmdesk as a one-folder bundle with its own Python and Qt, "
                    "packed as .tar.gz.")
    parser.add_argument("--no-clean", action="store_true",
                        help="reuse PyInstaller's work folder from the last build")
    args = parser.parse_args(argv)
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        print('pmdesk: error: PyInstaller is not installed: pip install -e ".[bundle]"',
              file=sys.stderr)
        return 2
    started = time.monotonic()
    folder = build(clean=not args.no_clean)
    archive = pack(folder)
    seconds = time.monotonic() - started
    print(f"bundle   {folder} ({folder_size(folder) / 1e6:.0f} MB unpacked)")
    print(f"archive  {archive} ({archive.stat().st_size / 1e6:.0f} MB)")
    print(f"built in {seconds:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
