"""GUI tests never block on a modal message box: one that a test did not expect fails it."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox


def _unexpected(kind: str):
    def show(*args, **kwargs):
        texts = [a for a in args if isinstance(a, str)]
        raise AssertionError(f"unexpected {kind} message box: {' / '.join(texts)}")

    return staticmethod(show)


@pytest.fixture(autouse=True)
def no_modal_message_boxes(monkeypatch: pytest.MonkeyPatch) -> None:
    for kind in ("warning", "critical", "question", "information", "about"):
        monkeypatch.setattr(QMessageBox, kind, _unexpected(kind))
