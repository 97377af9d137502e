"""The value-versus-effort chart names the top features where a reader can read them: no
name over another name, over a median's figure or a quadrant's title, or out of the plot;
and a quadrant's title where no dot covers it."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter

from pmdesk.core.product.scoring import rank
from pmdesk.demo import build_demo_plan
from pmdesk.render import value_effort as ve


@pytest.mark.parametrize("size", [(900, 600), (460, 420)])
def test_names_keep_clear_of_each_other_and_of_the_medians(qapp, size) -> None:
    plan = build_demo_plan(date(2026, 12, 5))
    ranks = {r.feature.uid: r.rank for r in rank(plan.features, "rice")}
    chart = ve.chart_points(plan.features, "rice", ranks)
    image = QImage(*size, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        frame = ve._frame(painter, QRectF(0, 0, *size))
        x = ve._Axis([p.effort for p in chart.points], frame.area.left() + 8,
                     frame.area.right() - 8)
        y = ve._Axis([p.value for p in chart.points], frame.area.bottom() - 8,
                     frame.area.top() + 8)
        dots = ve.Dots([p.uid for p in chart.points], x.many([p.effort for p in chart.points]),
                       y.many([p.value for p in chart.points]))
        texts = ve._paint_axes(painter, frame, chart, x, y, dots)
        _named, labels = ve._place_labels(painter, frame, chart, dots, None, texts)
    finally:
        painter.end()
    assert len(texts) == 6  # four quadrants' titles and the two medians
    assert labels and labels[0][1].startswith("1. ")
    boxes = [box for box, _text in labels]
    for n, box in enumerate(boxes):
        assert frame.area.contains(box), labels[n][1]
        assert not any(box.intersects(t) for t in texts), labels[n][1]
        assert not any(box.intersects(other) for other in boxes[n + 1:]), labels[n][1]
    # The demo's quick wins crowd their corner: a quadrant's title goes to the corner of
    # its quadrant with the fewest dots under it, none on the larger chart.
    for title in texts[:4]:
        assert frame.area.contains(title)
        if size == (900, 600):
            assert ve._dots_under(title, dots) == 0, title


def test_a_quadrant_title_keeps_its_corner_when_no_dot_is_there(qapp) -> None:
    image = QImage(400, 300, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    area = QRectF(20, 20, 360, 260)
    mid = area.center()
    try:
        alone = ve._paint_quadrant_names(painter, area, mid, 14.0, ve.Dots(), True)
        dot = alone[0].center()  # a feature right on the quick wins' title
        crowded = ve._paint_quadrant_names(
            painter, area, mid, 14.0, ve.Dots(["a"], [dot.x()], [dot.y()]), True)
    finally:
        painter.end()
    assert alone[0].topLeft().x() < mid.x() / 2 and alone[0].top() < mid.y() / 2
    assert crowded[0] != alone[0] and crowded[1:] == alone[1:]
    assert crowded[0].right() <= mid.x() and crowded[0].bottom() <= mid.y()
