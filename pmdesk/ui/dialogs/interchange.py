"""The choices an import or export leaves: a sheet's column mapping, what a table holds.

:class:`SheetImportDialog` is the mapping step of a CSV or Excel import: the first rows of
the sheet under its own headers, and above each column the task field it becomes, guessed
from the header (Name, Duration, Start, Finish, Predecessors, Resource Names, % Complete,
Outline Level or WBS, Notes, ID) and changed with a click. A workbook's worksheet and the
order of numeric dates ("03/04/2026") can be picked; OK is offered once a column gives the
task names.

:class:`ExportOptionsDialog` asks, for a CSV or Excel export, whether to write the task
table in the columns the Gantt view shows, in all columns, or the risk register; for
iCalendar, whether tasks go out as events besides the milestones.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pmdesk.interchange import ExportOptions
from pmdesk.interchange.sheets import (
    IMPORT_FIELDS,
    Sheet,
    SheetOptions,
    field_label,
    guess_day_first,
    guess_mapping,
    read_sheet,
)

__all__ = ["ExportOptionsDialog", "SheetImportDialog", "gantt_columns"]

PREVIEW_ROWS = 12
_IGNORE = "(do not import)"


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if hasattr(value, "strftime"):
        return value.strftime("%Y-%m-%d %H:%M").removesuffix(" 00:00")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


class SheetImportDialog(QDialog):
    """Map a sheet's columns to task fields, seeing its first rows. ``sheet`` is the
    preview first read (ValueError from :func:`read_sheet` is the caller's to report)."""

    def __init__(self, path: Path, parent: QWidget | None = None,
                 sheet: Sheet | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.setWindowTitle(self.tr("Import {}").format(path.name))
        self.sheet = sheet if sheet is not None else read_sheet(path, limit=PREVIEW_ROWS)
        self.combos: list[QComboBox] = []

        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr("Choose the task field each column becomes. Columns set to “{}” are left out. "
                    "Durations such as 5d or 2w, dates, predecessors by ID (3FS+2d) and resources "
                    "(Ana[50%], Ben) are read as the task table reads them; a bad row is reported "
                    "with its number and nothing is imported.").format(_IGNORE))
        intro.setWordWrap(True)
        layout.addWidget(intro)

        form = QFormLayout()
        self.sheet_pick = QComboBox()
        self.sheet_pick.setObjectName("sheetPick")
        self.sheet_pick.addItems(list(self.sheet.sheet_names))
        self.sheet_pick.setCurrentText(self.sheet.sheet_name)
        self.sheet_pick.currentTextChanged.connect(self._switch_sheet)
        if self.sheet.sheet_names:
            form.addRow(self.tr("&Worksheet:"), self.sheet_pick)
        else:
            self.sheet_pick.hide()
        self.dates = QComboBox()
        self.dates.setObjectName("datePick")
        self.dates.addItem(self.tr("Day first (31/12/2026)"), True)
        self.dates.addItem(self.tr("Month first (12/31/2026)"), False)
        form.addRow(self.tr("Dates such as 03/04/2026:"), self.dates)
        layout.addLayout(form)

        self.table = QTableWidget()
        self.table.setObjectName("sheetPreview")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        layout.addWidget(self.table, 1)

        self.status = QLabel()
        self.status.setObjectName("mappingStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Import"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._fill()
        self.resize(980, 520)

    # -- filling ---------------------------------------------------------------------------

    def _switch_sheet(self, name: str) -> None:
        if not name or name == self.sheet.sheet_name:
            return
        try:
            self.sheet = read_sheet(self.path, name, limit=PREVIEW_ROWS)
        except ValueError as exc:
            self.status.setText(str(exc))
            return
        self._fill()

    def _fill(self) -> None:
        sheet = self.sheet
        width = max([len(sheet.headers), *(len(r) for r in sheet.rows)], default=0)
        headers = [*sheet.headers, *[""] * (width - len(sheet.headers))]
        mapping = guess_mapping(headers)
        self.dates.setCurrentIndex(0 if guess_day_first(sheet, mapping) else 1)
        self.table.clear()
        self.table.setColumnCount(width)
        self.table.setRowCount(len(sheet.rows) + 1)
        self.table.setHorizontalHeaderLabels([h or f"Column {i + 1}"
                                              for i, h in enumerate(headers)])
        self.table.setVerticalHeaderLabels(["Import as", *(str(n) for n in sheet.numbers)])
        self.combos = []
        for col in range(width):
            combo = QComboBox()
            combo.addItem(_IGNORE, "")
            for key in IMPORT_FIELDS:
                combo.addItem(field_label(key), key)
            combo.setCurrentIndex(max(0, combo.findData(mapping.get(col, ""))))
            combo.currentIndexChanged.connect(lambda _i, c=col: self._field_changed(c))
            self.table.setCellWidget(0, col, combo)
            self.combos.append(combo)
            for row, values in enumerate(sheet.rows, start=1):
                value = values[col] if col < len(values) else None
                item = QTableWidgetItem(_cell_text(value))
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.table.setItem(row, col, item)
        self.table.resizeColumnsToContents()
        for col in range(width):
            self.table.setColumnWidth(col, max(150, min(self.table.columnWidth(col), 280)))
        self._update_status()

    def _field_changed(self, col: int) -> None:
        """A field goes to one column only: choosing it here frees it elsewhere."""
        key = self.combos[col].currentData()
        if key:
            for other, combo in enumerate(self.combos):
                if other != col and combo.currentData() == key:
                    combo.blockSignals(True)
                    combo.setCurrentIndex(0)
                    combo.blockSignals(False)
        self._update_status()

    def _update_status(self) -> None:
        mapping = self.mapping()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if "name" not in mapping.values():
            self.status.setText(self.tr("Choose the column that holds the task names."))
            ok.setEnabled(False)
            return
        ok.setEnabled(True)
        fields = ", ".join(field_label(k) for k in IMPORT_FIELDS if k in mapping.values())
        more = "" if self.sheet.complete else f" (the first {len(self.sheet.rows)} rows shown)"
        self.status.setText(self.tr("Importing {}{}.").format(fields, more))

    # -- results ---------------------------------------------------------------------------

    def mapping(self) -> dict[int, str]:
        return {i: c.currentData() for i, c in enumerate(self.combos) if c.currentData()}

    def options(self) -> SheetOptions:
        """The mapping, worksheet and date order chosen."""
        return SheetOptions(mapping=self.mapping(),
                            sheet=self.sheet.sheet_name or None,
                            day_first=bool(self.dates.currentData()))


def gantt_columns(gantt) -> tuple[str, ...]:
    """The task table column keys the Gantt view shows, in its order (left to right)."""
    return tuple(key for key, _width, hidden in gantt.column_layout() if not hidden)


class ExportOptionsDialog(QDialog):
    """What a .csv, .xlsx or .ics export writes. ``shown`` are the Gantt view's columns."""

    def __init__(self, suffix: str, shown: tuple[str, ...], has_risks: bool,
                 parent: QWidget | None = None, has_backlog: bool = False) -> None:
        super().__init__(parent)
        self.suffix = suffix
        self.shown = shown
        self.setWindowTitle(self.tr("Export"))
        layout = QVBoxLayout(self)
        self.group = QButtonGroup(self)
        self.include_tasks = QCheckBox(
            self.tr("Also &tasks as events (each over the days it runs)"))
        if suffix == ".ics":
            layout.addWidget(QLabel(self.tr("Milestones become all-day events; importing a newer "
                                    "export updates them in the calendar.")))
            layout.addWidget(self.include_tasks)
        else:
            layout.addWidget(QLabel(self.tr("Write:")))
            self.visible = QRadioButton(
                self.tr("The task table, in the columns the &Gantt view shows"))
            self.every = QRadioButton(self.tr("The task table, in &all columns"))
            self.risks = QRadioButton(self.tr("The &risk register"))
            self.risks.setEnabled(has_risks)
            self.backlog = QRadioButton(self.tr("The product &backlog, in rank order"))
            self.backlog.setEnabled(has_backlog)
            for i, button in enumerate((self.visible, self.every, self.risks, self.backlog)):
                self.group.addButton(button, i)
                row = QHBoxLayout()
                row.addSpacing(12)
                row.addWidget(button)
                layout.addLayout(row)
            self.visible.setChecked(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Export"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def options(self) -> ExportOptions:
        if self.suffix == ".ics":
            return ExportOptions(tasks=self.include_tasks.isChecked())
        choice = self.group.checkedId()
        if choice == 2:
            return ExportOptions(table="risks")
        if choice == 3:
            return ExportOptions(table="backlog")
        if choice == 1:
            from pmdesk.core.columns import TASK_COLUMNS

            return ExportOptions(columns=tuple(c.key for c in TASK_COLUMNS))
        return ExportOptions(columns=self.shown or None)
