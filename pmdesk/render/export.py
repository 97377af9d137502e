"""Write a view of the plan to a PDF or PNG file, whole or not at all.

:func:`export_document` paints into a temporary file beside the target and renames it over
the target only when every page is done, so a failure (a bad option, a full disk, a folder
that cannot be written) never leaves a partial file and never spoils an earlier export.
:func:`document_for` gives the laid-out pages of any view, for printing and previewing.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from PySide6.QtGui import QPdfWriter

from pmdesk.core.model import Plan
from pmdesk.core.schedule import ScheduleResult
from pmdesk.render.pages import ExportOptions, PageCanvas, PagedDocument, paint_document

SUFFIXES = (".pdf", ".png")


def document_for(canvas: PageCanvas, plan: Plan, result: ScheduleResult,
                 options: ExportOptions) -> PagedDocument:
    """The pages of ``options.view`` laid out for ``canvas``."""
    if options.view == "gantt":
        from pmdesk.render.gantt_pages import gantt_document

        return gantt_document(canvas, plan, result, options)
    from pmdesk.render import report

    build = {"board": report.board_document, "risks": report.risks_document,
             "report": report.status_document}[options.view]
    return build(canvas, plan, result, options)


def write_pdf(plan: Plan, result: ScheduleResult, path: Path, options: ExportOptions) -> int:
    """Paint every page of the view into the PDF at ``path``; the number of pages."""
    writer = QPdfWriter(str(path))
    writer.setResolution(72)
    writer.setCreator("pmdesk")
    writer.setTitle(f"{plan.project.name} — {options.view}")
    writer.setPageLayout(options.page_layout())
    canvas = PageCanvas(writer)
    try:
        document = document_for(canvas, plan, result, options)
        return paint_document(canvas, document)
    finally:
        canvas.end()


def write_png(plan: Plan, result: ScheduleResult, path: Path, options: ExportOptions) -> int:
    if options.view != "gantt":
        raise ValueError(f"{path}: PNG export draws the Gantt chart; export the "
                         f"{options.view} view to a .pdf file")
    from pmdesk.render.gantt_pages import gantt_image

    image = gantt_image(plan, result, options)
    if not image.save(str(path), "PNG"):
        raise OSError(f"{path}: cannot write the PNG")
    return 1


def export_document(plan: Plan, result: ScheduleResult, path: Path | str,
                    options: ExportOptions) -> int:
    """Write ``options.view`` to ``path`` as PDF or PNG (by its suffix); pages written.

    Raises ValueError for options the file cannot be made with and OSError when the file
    cannot be written; both messages name the path. A QGuiApplication must exist (fonts).
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise ValueError(f"{path}: export writes {' or '.join(SUFFIXES)} files "
                         f"(got {suffix or 'no suffix'!r})")
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise OSError(f"{path}: the folder {folder} does not exist")
    if path.is_dir():
        raise OSError(f"{path}: is a folder, not a file")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.stem}.", suffix=suffix, dir=folder)
    except OSError as exc:
        raise OSError(f"{path}: cannot write to {folder}: {exc.strerror or exc}") from exc
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        if suffix == ".pdf":
            pages = write_pdf(plan, result, tmp, options)
        else:
            pages = write_png(plan, result, tmp, options)
        if tmp.stat().st_size == 0:
            raise OSError(f"{path}: nothing was written (is the disk full?)")
        tmp.chmod(0o666 & ~_umask())
        os.replace(tmp, path)
    except ValueError as exc:
        _discard(tmp)
        message = str(exc)
        raise ValueError(message if str(path) in message else f"{path}: {message}") from exc
    except OSError as exc:
        _discard(tmp)
        message = str(exc)
        if str(path) not in message:
            message = f"{path}: cannot write: {exc.strerror or exc}"
        raise OSError(message) from exc
    except BaseException:
        _discard(tmp)
        raise
    return pages


def _umask() -> int:
    """The process's file creation mask: the exported file gets the usual permissions,
    not the private ones of a temporary file."""
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _discard(tmp: Path) -> None:
    with contextlib.suppress(OSError):
        tmp.unlink()
