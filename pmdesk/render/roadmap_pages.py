"""The roadmap on paper and in a PNG: the same :class:`~pmdesk.render.roadmap.RoadmapPicture`
the Roadmap view paints, laid out to the page's width, in slices of whole lanes or rows
when it is taller than a page, each page under the same axis."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QFont, QImage, QPainter

from pmdesk.core.health import status_moment
from pmdesk.core.model import Plan
from pmdesk.core.product.roadmap import Roadmap, build_roadmap
from pmdesk.core.schedule import ScheduleResult
from pmdesk.core.words import word
from pmdesk.render.pages import (
    ExportOptions,
    Page,
    PageCanvas,
    PagedDocument,
    PageHeading,
    page_frame,
)
from pmdesk.render.roadmap import RoadmapPicture, legend_height, paint_legend

__all__ = ["plan_roadmap", "roadmap_document", "roadmap_image", "roadmap_picture"]


def plan_roadmap(plan: Plan, result: ScheduleResult) -> Roadmap:
    """The plan's roadmap as of its status moment (the today line)."""
    return build_roadmap(plan, result, status_moment(plan).date())


def roadmap_picture(plan: Plan, result: ScheduleResult, options: ExportOptions, width: float,
                    font: QFont) -> RoadmapPicture:
    unit = "month" if options.scale in ("days", "weeks", "months") else "quarter"
    return RoadmapPicture(plan_roadmap(plan, result), layout=options.layout,
                          lanes=options.lanes, unit=unit, width=width, font=font,
                          date_from=options.date_from, date_to=options.date_to)


def _breaks(picture: RoadmapPicture, head: float, room: float) -> list[tuple[float, float]]:
    """(top, bottom) of each page's slice below the ``head`` every page repeats: whole
    lanes where they fit, else whole cards or bars."""
    content = ({r.bottom() + 5 for _e, r in picture.cards}
               | {b.rect.bottom() + 6 for b in picture.bars})
    end = min(picture.height, max(content)) if content else head  # below: lane padding
    edges = sorted({r.bottom() + 1 for _l, r in picture.lane_rects if r.bottom() < end}
                   | content)
    slices, top = [], head
    while top < end - 0.5:
        fitting = [e for e in edges if top < e <= top + room]
        bottom = max(fitting) if fitting else min(top + room, end)
        slices.append((top, bottom))
        top = bottom
    return slices or [(head, max(head, end))]


def roadmap_document(canvas: PageCanvas, plan: Plan, result: ScheduleResult,
                     options: ExportOptions) -> PagedDocument:
    timeline = options.layout == "timeline"
    legend_font = canvas.font(max(7.0, options.font_pt - 1))
    # The legend's words wrap onto more lines where they do not fit across (longer in
    # German); one line keeps the band it always had.
    band = max(14.0, legend_height(legend_font, page_frame(options).body.width()))
    frame = page_frame(options, legend_height=band if timeline else 0.0)
    body = frame.body
    picture = roadmap_picture(plan, result, options, body.width(), canvas.font(options.font_pt))
    if picture.layout == "timeline" and picture.unit != "release":
        head = picture.axis_h + picture.marker_h + 4
    else:
        head = picture.line * 1.8
    pages = []
    for top, bottom in _breaks(picture, head, body.height() - head):
        def paint(c: PageCanvas, r: QRectF, top: float = top, bottom: float = bottom) -> None:
            p = c.painter
            p.save()
            p.translate(r.left(), r.top())
            p.setClipRect(QRectF(0, 0, r.width(), head))
            # The axis (or the column headings) on every page.
            picture.paint(p, QRectF(0, 0, r.width(), head))
            p.restore()
            p.save()
            p.translate(r.left(), r.top() + head - top)
            p.setClipRect(QRectF(0, top, r.width(), bottom - top))
            picture.paint(p, QRectF(0, top, r.width(), bottom - top))
            p.restore()
        pages.append(Page(paint))
    title = options.title or (word("PDF", "Roadmap") if timeline
                              else word("PDF", "Roadmap: now, next, later"))
    if timeline:
        lanes = {"theme": word("PDF", "theme"), "objective": word("PDF", "objective"),
                 "owner": word("PDF", "owner")}[options.lanes]
        title += word("PDF", " by {lanes}").format(lanes=lanes)
    heading = PageHeading(plan.project.name, title, plan.project.status_date,
                          options.printed or datetime.now())
    legend = None
    if timeline:
        def legend(c: PageCanvas, r: QRectF) -> None:
            paint_legend(c.painter, r, legend_font)
    return PagedDocument(heading, frame, pages, legend)


def roadmap_image(plan: Plan, result: ScheduleResult, options: ExportOptions) -> QImage:
    """The whole roadmap as one image, ``options.width_px`` wide (default 1600)."""
    width = options.width_px or 1600
    font = QFont("DejaVu Sans")
    font.setPointSizeF(max(options.font_pt, 9.0))
    probe = roadmap_picture(plan, result, options, width, font)
    height = int(min(30000, max(200, probe.height)))
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    try:
        probe.paint(painter)
    finally:
        painter.end()
    return image
