"""Words core writes for a person to read (an undo step's name: "Delete “Design”"), in the
window's language: core knows no Qt, so the window hands in its translator at start
(:func:`use_translator`, from pmdesk.ui.i18n); the command line writes English.

A caller translates the template, then fills it, so the names filled in stay as written:
``word("Undo", "Indent {what}").format(what=...)``. scripts/update_translations.py finds
the ``word(...)`` calls of core and lists their texts for the translators.
"""

from __future__ import annotations

from collections.abc import Callable

__all__ = ["translating", "use_translator", "word"]

# (context, text) -> the text in the window's language; None: English, as written.
_translator: Callable[[str, str], str] | None = None


def use_translator(translator: Callable[[str, str], str] | None) -> None:
    """Translate core's words with ``translator`` from now on (None: English)."""
    global _translator
    _translator = translator


def translating() -> bool:
    """Whether words are written in the window's language (not English, as written)."""
    return _translator is not None


def word(context: str, text: str) -> str:
    """``text`` of ``context`` in the window's language."""
    return _translator(context, text) if _translator is not None else text
