"""Update pmdesk's translation sources and compile them: run after changing words in the UI.

    python scripts/update_translations.py            # lupdate the .ts, then lrelease to .qm
    python scripts/update_translations.py --compile  # only compile the .ts to .qm

``pyside6-lupdate`` collects ``self.tr("...")``, ``QCoreApplication.translate(ctx, "...")``,
``_translate(ctx, "...")`` (window_chrome), ``QT_TRANSLATE_NOOP`` and the first argument
of ``self._action("&Text", ...)``, the helper every window and view makes its actions
with (pmdesk.ui.actions.new_action translates it in the class's context); this script
adds the actions' tips, the column registry's names and undo steps, the words of core's
tables and the texts core translates through ``pmdesk.core.words.word``, which lupdate
cannot see. Translators then fill in ``resources/translations/pmdesk_<lang>.ts`` (Qt
Linguist, or any text editor), and ``pyside6-lrelease`` (shipped with PySide6-Essentials)
writes the ``.qm`` files pmdesk loads.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ("de", "fr")
ALIASES = "tr+=_action,translate+=_translate"


def _tool(name: str) -> str:
    found = shutil.which(name) or shutil.which(name, path=str(Path(sys.executable).parent))
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 (pip install -e .)")
    return found


def sources() -> list[str]:
    files = [*sorted((ROOT / "pmdesk" / "ui").rglob("*.py")),
             ROOT / "pmdesk" / "render" / "gantt.py", ROOT / "pmdesk" / "render" / "charts.py",
             ROOT / "pmdesk" / "render" / "value_effort.py"]
    return [str(p.relative_to(ROOT)) for p in files]


def _tables() -> list:
    """Every declared table of columns: the task table's, core's records' and the product's."""
    sys.path.insert(0, str(ROOT))
    from pmdesk.core import columns, record_columns
    from pmdesk.core.product import columns as product_columns
    from pmdesk.core.product import kpi_columns

    return [columns.task_columns()] + [
        value for module in (record_columns, product_columns, kpi_columns)
        for value in vars(module).values() if isinstance(value, columns.Columns)]


def column_words() -> str:
    """The headers, menu names and tooltips of every declared column (pmdesk.core.columns and
    record_columns), as Python lupdate reads: the tables translate them in the "Columns"
    context, while the declarations stay in core, which knows no Qt."""
    words = sorted({w for table in _tables() for c in table
                    for w in (c.header, c.name, c.tooltip) if w})
    return "".join(f"QT_TRANSLATE_NOOP({'Columns'!r}, {w!r})\n" for w in words)


def choice_words() -> set[str]:
    """The words of the fixed lists table cells are picked from (a feature's status, its
    MoSCoW and Kano classes, a task's mode): the tables show them through core_word. A list
    that depends on its row (a risk's strategies) is collected elsewhere, or not a word."""
    words: set[str] = set()
    for column in (c for table in _tables() for c in table):
        if column.choices is None or column.free_text:
            continue
        try:
            choices = column.choices(None, None)
        except (AttributeError, TypeError):
            continue
        words.update(label for _value, label in choices if any(ch.isalpha() for ch in label))
    return words


def undo_words() -> str:
    """The undo step names the task table's columns declare ("Rename “{name}” to
    “{text}”"): the table translates the template in the "Undo" context, then fills it."""
    words = sorted({c.undo for table in _tables() for c in table if c.undo})
    return "".join(f"QT_TRANSLATE_NOOP('Undo', {w!r})\n" for w in words)


def core_calls() -> str:
    """The texts core and render translate through pmdesk.core.words (``word("Undo",
    "Indent {what}")``: undo steps core names; ``word("Roadmap", "today")``: words render
    paints), read from their source as lupdate cannot."""
    import ast

    found: set[tuple[str, str]] = set()
    paths = [p for layer in ("core", "render") for p in (ROOT / "pmdesk" / layer).rglob("*.py")]
    for path in sorted(paths):
        for call in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(call, ast.Call) or len(call.args) != 2:
                continue
            name = getattr(call.func, "id", getattr(call.func, "attr", ""))
            texts = [a.value for a in call.args if isinstance(a, ast.Constant)]
            if name == "word" and len(texts) == 2 and all(isinstance(t, str) for t in texts):
                found.add((texts[0], texts[1]))
    return "".join(f"QT_TRANSLATE_NOOP({c!r}, {t!r})\n" for c, t in sorted(found))


def headline_parts() -> str:
    """The parts of the schedule and cost headlines with figures in them ("{} over budget"),
    which the report and the window's headline labels translate in the "HeadlineLabel"
    context (pmdesk.render.report.HEADLINE_PARTS)."""
    sys.path.insert(0, str(ROOT))
    from pmdesk.render.report import HEADLINE_PARTS

    return "".join(f"QT_TRANSLATE_NOOP('HeadlineLabel', {w!r})\n" for _, w in HEADLINE_PARTS)


def core_words() -> str:
    """The words of core's tables the window shows (stages, risk and KPI statuses, the
    Gantt filters...), in the "Core" context pmdesk.ui.i18n.core_word translates them in."""
    sys.path.insert(0, str(ROOT))
    from pmdesk import interchange, templates
    from pmdesk.core import columns, evm, record_columns, risk, sharing
    from pmdesk.core.product import kpi, model
    from pmdesk.store import workspace

    words = {*(s.value for s in model.Stage), *(d.value for d in model.Decision),
             *(s.value for s in kpi.KpiStatus),
             *risk.STATUS_LABELS.values(), *risk.KIND_LABELS.values(),
             *risk.PROBABILITY_LABELS.values(), *risk.IMPACT_LABELS.values(),
             *(w for group in risk.STRATEGIES.values() for w in group),
             *interchange.IMPORT_SUFFIXES.values(), *interchange.EXPORT_SUFFIXES.values(),
             *sharing.GROUP_TITLES.values(), *workspace.HEADERS, *templates.TEMPLATES.values(),
             *record_columns.TYPE_LABELS.values(), *columns.TASK_MODES.values(),
             *templates.TEMPLATE_NOTES.values(), *(m.tip for m in evm.MEASURES),
             *choice_words(), *CORE_EXTRA}
    return "".join(f"QT_TRANSLATE_NOOP('Core', {w!r})\n" for w in sorted(words))


# Words core writes as they are, outside its tables.
CORE_EXTRA = ("on baseline", "no baseline set", "no budget set", "within budget",
              "within planned cost", "All tasks", "Critical tasks", "Late tasks", "High",
              "Medium", "Low", "Every format", "All files", "Days", "Weeks",
              "Months", "Quarters", "confidential", "Project")

ACTION_HELPERS = ("_action", "view_action", "new_action")
# Whose class names the context of ``new_action(window, ...)`` / ``view_action(view, ...)``
# made outside that class: the window's helpers (pmdesk.ui.sharing) and the Product view's
# tabs (pmdesk.ui.product), which make their actions for the view.
OWNERS = {"window": "MainWindow", "view": "ProductView"}


def _is_keys(text: str) -> bool:
    """Whether a helper's string argument is its shortcut ("Ctrl+Shift+S", "Delete")."""
    from PySide6.QtGui import QKeySequence

    return " " not in text and not QKeySequence(text).isEmpty() and "&" not in text


def action_tips() -> str:
    """The words of actions made with pmdesk.ui.actions' helpers that lupdate does not
    see: the status-bar tips (``self._action("&Text", slot, keys, "Tip")``), and text and
    tip of ``new_action(parent, ...)`` / ``view_action(parent, ...)``. new_action
    translates them in the context of the parent's class: the class the call is in for
    ``self``, else the class :data:`OWNERS` names."""
    import ast

    found: set[tuple[str, str]] = set()
    for rel in sources():
        tree = ast.parse((ROOT / rel).read_text(encoding="utf-8"))
        for cls in (n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)):
            for call in (n for n in ast.walk(cls) if isinstance(n, ast.Call)):
                func = call.func
                name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                if name not in ACTION_HELPERS:
                    continue
                context = cls.name
                if name != "_action":
                    first = call.args[0] if call.args else None
                    owner = getattr(first, "id", "")
                    if owner != "self" and owner not in OWNERS:
                        continue
                    context = cls.name if owner == "self" else OWNERS[owner]
                text_at = 0 if name == "_action" else 1  # the action's text: never its keys
                for at, arg in enumerate([*call.args, *(k.value for k in call.keywords)]):
                    if (isinstance(arg, ast.Constant) and isinstance(arg.value, str)
                            and arg.value and (at == text_at or not _is_keys(arg.value))):
                        found.add((context, arg.value))
    return "".join(f"QT_TRANSLATE_NOOP({c!r}, {t!r})\n" for c, t in sorted(found))


def update() -> None:
    with tempfile.TemporaryDirectory() as folder:
        generated = Path(folder) / "column_words.py"
        generated.write_text(column_words() + core_words() + undo_words() + core_calls()
                             + headline_parts() + action_tips(),
                             encoding="utf-8")
        for lang in LANGUAGES:
            subprocess.run([_tool("pyside6-lupdate"), "-locations", "none",
                            "-tr-function-alias", ALIASES, *sources(), str(generated),
                            "-ts", str(FOLDER / f"pmdesk_{lang}.ts")], cwd=ROOT, check=True)


def compile_catalogues(folder: Path = FOLDER, out: Path | None = None) -> list[Path]:
    """Compile every ``pmdesk_<lang>.ts`` in ``folder`` to ``.qm`` (beside it, or in
    ``out``); the files written."""
    written = []
    for lang in LANGUAGES:
        ts = folder / f"pmdesk_{lang}.ts"
        qm = (out or folder) / f"pmdesk_{lang}.qm"
        subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
                       check=True)
        written.append(qm)
    return written


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--compile", action="store_true", help="only compile .ts to .qm")
    args = parser.parse_args()
    if not args.compile:
        update()
    for qm in compile_catalogues():
        print(f"wrote {qm.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
