"""python -m pmdesk.packaging: what the bundle keeps and what it leaves out (the build
itself runs in scripts/check_bundle.sh, which takes minutes)."""

from __future__ import annotations

import tomllib
from pathlib import Path

from pmdesk import packaging

ROOT = Path(__file__).resolve().parents[1]


def _touch(root: Path, *paths: str) -> None:
    for rel in paths:
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"x")


def test_prune_keeps_the_platforms_languages_and_locales_pmdesk_uses(tmp_path: Path) -> None:
    qt = "_internal/PySide6/Qt/"
    kept = [qt + "plugins/platforms/libqxcb.so", qt + "plugins/platforms/libqwayland.so",
            qt + "plugins/platforms/libqoffscreen.so", qt + "plugins/imageformats/libqsvg.so",
            qt + "translations/qtbase_de.qm", qt + "translations/qtbase_fr.qm",
            "_internal/babel/locale-data/de_DE.dat", "_internal/babel/locale-data/ja.dat",
            "_internal/babel/locale-data/root.dat", "_internal/pmdesk/resources/x.qm"]
    dropped = [qt + "plugins/platforms/libqvnc.so", qt + "plugins/tls/libqopensslbackend.so",
               qt + "plugins/egldeviceintegrations/libqeglfs-x11-integration.so",
               qt + "translations/qtbase_ja.qm", qt + "lib/libQt6EglFSDeviceIntegration.so.6",
               "_internal/babel/locale-data/sw_KE.dat"]
    _touch(tmp_path, *kept, *dropped)
    packaging.prune(tmp_path)
    assert [p for p in kept if not (tmp_path / p).exists()] == []
    assert [p for p in dropped if (tmp_path / p).exists()] == []


def test_pyinstaller_is_an_optional_extra_not_a_test_dependency() -> None:
    extras = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"][
        "optional-dependencies"]
    assert any(d.startswith("pyinstaller") for d in extras["bundle"])
    assert not any(d.lower().startswith("pyinstaller") for d in extras["test"])


def test_the_bundle_leaves_out_the_qt_modules_pmdesk_does_not_import() -> None:
    used = {"PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets", "PySide6.QtSvg",
            "PySide6.QtNetwork", "PySide6.QtPrintSupport"}
    assert used.isdisjoint(packaging.EXCLUDED)
    assert {"PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtPdf"} <= set(packaging.EXCLUDED)
