"""The roadmap on paper: a roadmap taller than a page goes onto several pages, each under
the axis, and every feature is on one of them."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from plan_builders import DAY, make_plan
from pmdesk.core.model import Task
from pmdesk.core.product.model import Feature, FeatureTask, Horizon, RoadmapItem
from pmdesk.core.schedule import schedule
from pmdesk.render.export import export_document
from pmdesk.render.pages import ExportOptions


def big_plan(n: int = 120):
    tasks = [Task(f"t{i}", f"Work {i}", position=i, duration=(1 + i % 9) * DAY)
             for i in range(n)]
    features = [Feature(f"f{i}", f"Feature number {i:03}", owner=f"Owner {i % 3}",
                        release=f"2027 Q{1 + i % 4}") for i in range(n)]
    links = [FeatureTask(f"l{i}", f"f{i}", f"t{i}") for i in range(0, n, 2)]
    items = [RoadmapItem(f"r{i}", f"f{i}", list(Horizon)[i % 3], theme=f"Theme {i % 5}")
             for i in range(n)]
    return make_plan(tasks, features=features, feature_tasks=links, roadmap_items=items)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
@pytest.mark.parametrize("layout", ["timeline", "now-next-later"])
def test_a_tall_roadmap_takes_several_pages_and_loses_no_feature(qapp, tmp_path: Path,
                                                                 layout: str) -> None:
    plan = big_plan()
    out = tmp_path / "road.pdf"
    pages = export_document(plan, schedule(plan), out, ExportOptions(
        view="roadmap", layout=layout, lanes="owner", printed=None))
    assert pages > 1
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], check=True,
                          capture_output=True, text=True).stdout
    for k, page in enumerate(text.split("\f")[:pages], 1):
        assert ("Q1 2027" in page) if layout == "timeline" else ("Now" in page), k
    found = set(re.findall(r"Feature number (\d{3})", text))
    assert found == {f"{i:03}" for i in range(120)}
