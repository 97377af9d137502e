"""Write a view of the plan to a PDF or PNG file, whole or not at all.

:func:`export_document` paints every page into memory and only then writes the file through
:func:`pmdesk.fileio.write_atomically` (a temporary file beside the target, renamed over it
when complete), so a failure (a bad option, a full disk, a folder that cannot be written)
never leaves a partial file and never spoils an earlier export. :func:`png_bytes` encodes
any picture the same way, for the window's screenshots. :func:`document_for` gives the
laid-out pages of any view, for printing and previewing.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QImage, QImageWriter, QPdfWriter, QPixmap

from pmdesk.core.model import Plan
from pmdesk.core.schedule import ScheduleResult
from pmdesk.fileio import describe_path, write_atomically
from pmdesk.render.pages import ExportOptions, PageCanvas, PagedDocument, paint_document

SUFFIXES = (".pdf", ".png")
#: The most pages one export writes: a date range of centuries at a scale of days would
#: otherwise paint for hours.
MAX_PAGES = 10_000


def document_for(canvas: PageCanvas, plan: Plan, result: ScheduleResult,
                 options: ExportOptions) -> PagedDocument:
    """The pages of ``options.view`` laid out for ``canvas``."""
    if options.view == "gantt":
        from pmdesk.render.gantt_pages import gantt_document

        return gantt_document(canvas, plan, result, options)
    if options.view == "roadmap":
        from pmdesk.render.roadmap_pages import roadmap_document

        return roadmap_document(canvas, plan, result, options)
    from pmdesk.render import report

    build = {"board": report.board_document, "risks": report.risks_document,
             "report": report.status_document, "backlog": report.backlog_document}[options.view]
    return build(canvas, plan, result, options)


def _open_buffer() -> QBuffer:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    return buffer


def pdf_bytes(plan: Plan, result: ScheduleResult, options: ExportOptions) -> tuple[bytes, int]:
    """Every page of the view as a PDF, and the number of pages."""
    buffer = _open_buffer()
    writer = QPdfWriter(buffer)
    writer.setResolution(72)
    writer.setCreator("pmdesk")
    writer.setTitle(f"{plan.project.name} — {options.view}")
    writer.setPageLayout(options.page_layout())
    canvas = PageCanvas(writer)
    try:
        document = document_for(canvas, plan, result, options)
        if len(document.pages) > MAX_PAGES:
            raise ValueError(
                f"the export would be {len(document.pages):,} pages (at most {MAX_PAGES:,}): "
                "choose a shorter date range, a coarser scale or fit to page"
            )
        pages = paint_document(canvas, document)
    finally:
        canvas.end()
    data = bytes(buffer.data().data())
    if not data.rstrip().endswith(b"%%EOF"):
        raise OSError("the PDF could not be completed")
    return data, pages


def png_bytes(picture: QImage | QPixmap) -> bytes:
    """``picture`` encoded as PNG; ValueError when it cannot be (too large to encode)."""
    buffer = _open_buffer()
    image = picture.toImage() if isinstance(picture, QPixmap) else picture
    if image.isNull() or not QImageWriter(buffer, QByteArray(b"PNG")).write(image):
        raise ValueError(
            f"the picture ({picture.width()}x{picture.height()} pixels) cannot be encoded as PNG"
        )
    return bytes(buffer.data().data())


def write_png(plan: Plan, result: ScheduleResult, path: Path,
              options: ExportOptions) -> tuple[bytes, int]:
    if options.view == "backlog":  # the value-versus-effort chart, as on screen
        from pmdesk.core.product.facts import backlog, framework_of
        from pmdesk.render.value_effort import chart_image, chart_points

        ranks = {r.feature.uid: r.rank for r in backlog(plan)}
        chart = chart_points(plan.features, framework_of(plan).value, ranks)
        return png_bytes(chart_image(chart, 1200, 800)), 1
    if options.view == "roadmap":
        from pmdesk.render.roadmap_pages import roadmap_image

        return png_bytes(roadmap_image(plan, result, options)), 1
    if options.view != "gantt":
        raise ValueError(f"{describe_path(path)}: PNG export draws the Gantt chart, the "
                         f"roadmap or the backlog's chart; export the {options.view} view to "
                         "a .pdf file")
    from pmdesk.render.gantt_pages import gantt_image

    return png_bytes(gantt_image(plan, result, options)), 1


def export_document(plan: Plan, result: ScheduleResult, path: Path | str,
                    options: ExportOptions) -> int:
    """Write ``options.view`` to ``path`` as PDF or PNG (by its suffix); pages written.

    Raises ValueError for options the file cannot be made with and OSError when the file
    cannot be written; both messages name the path. A QGuiApplication must exist (fonts).
    """
    path = Path(path)
    shown = describe_path(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise ValueError(f"{shown}: export writes {' or '.join(SUFFIXES)} files "
                         f"(got {suffix or 'no suffix'!r})")
    folder = path.parent if str(path.parent) else Path(".")
    try:
        if not folder.is_dir():
            raise OSError(f"{shown}: the folder {describe_path(folder)} does not exist")
        if path.is_dir():
            raise OSError(f"{shown}: is a folder, not a file")
        if suffix == ".pdf":
            data, pages = pdf_bytes(plan, result, options)
        else:
            data, pages = write_png(plan, result, path, options)
        write_atomically(path, data)
    except ValueError as exc:
        message = str(exc)
        raise ValueError(message if message.startswith(shown) else f"{shown}: {message}") from exc
    except OSError as exc:
        message = str(exc)
        if not message.startswith(shown):
            message = f"{shown}: cannot write: {exc.strerror or exc}"
        raise OSError(message) from exc
    return pages
