"""The value-versus-effort chart names the top features where a reader can read them: no
name over another name, over a median's figure or a quadrant's title, or out of the plot."""

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
        texts = ve._paint_axes(painter, frame, chart, x, y)
        dots = ve.Dots([p.uid for p in chart.points], x.many([p.effort for p in chart.points]),
                       y.many([p.value for p in chart.points]))
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
