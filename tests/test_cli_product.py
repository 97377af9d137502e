"""``pmdesk backlog`` and the ``product`` object of ``pmdesk info --json``."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from pmdesk.cli import main
from pmdesk.core.product.scoring import rice, wsjf
from pmdesk.store.document import open_plan


def _json(capsys, *argv: str):
    capsys.readouterr()
    assert main(list(argv)) == 0
    return json.loads(capsys.readouterr().out)


def test_backlog_json_is_the_ranked_list_with_pins_marked(demo_file: Path, capsys) -> None:
    rows = _json(capsys, "backlog", str(demo_file), "--json")
    plan = open_plan(demo_file)
    assert len(rows) == len(plan.features) >= 25
    assert [r["rank"] for r in rows] == list(range(1, len(rows) + 1))
    for row in rows:
        assert {"rank", "title", "status", "score", "framework", "pinned"} <= set(row)
        assert row["framework"] == "rice"
    pinned = [r for r in rows if r["pinned"]]
    assert pinned, "the demo pins one feature by hand"
    free = [r for r in rows if not r["pinned"] and r["score"] is not None]
    assert [r["score"] for r in free] == sorted((r["score"] for r in free), reverse=True)
    by_title = {f.title: f for f in plan.features}
    top = rows[0]
    assert top["score"] == pytest.approx(rice(by_title[top["title"]]), rel=1e-3)


def test_backlog_by_wsjf_and_manual(demo_file: Path, capsys) -> None:
    rows = _json(capsys, "backlog", str(demo_file), "--by", "wsjf", "--json")
    plan = open_plan(demo_file)
    by_title = {f.title: f for f in plan.features}
    assert all(r["framework"] == "wsjf" for r in rows)
    first_free = next(r for r in rows if not r["pinned"])
    assert first_free["score"] == pytest.approx(wsjf(by_title[first_free["title"]]), rel=1e-3)
    manual = _json(capsys, "backlog", str(demo_file), "--by", "manual", "--json")
    unpinned = [r["title"] for r in manual if not r["pinned"]]
    in_order = [f.title for f in plan.features if f.pinned_rank is None]
    assert unpinned == in_order  # no score: the backlog's own order around the pins


def test_backlog_csv_has_a_header_and_one_row_per_feature(demo_file: Path, capsys) -> None:
    capsys.readouterr()
    assert main(["backlog", str(demo_file), "--csv"]) == 0
    table = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert table[0][:6] == ["rank", "title", "status", "score", "framework", "pinned"]
    assert len(table) - 1 == len(open_plan(demo_file).features)


def test_backlog_text_and_bad_usage(demo_file: Path, capsys) -> None:
    capsys.readouterr()
    assert main(["backlog", str(demo_file)]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].split()[:3] == ["Rank", "Title", "Status"] and "pinned" in out
    with pytest.raises(SystemExit) as exit_:
        main(["backlog", str(demo_file), "--by", "moscow"])
    assert exit_.value.code == 2
    assert "invalid choice: 'moscow'" in capsys.readouterr().err


def test_info_json_has_the_product_object(demo_file: Path, capsys) -> None:
    product = _json(capsys, "info", str(demo_file), "--json")["product"]
    assert product["stage"] == "definition"
    assert len(product["objectives"]) == 3
    for objective in product["objectives"]:
        assert 0 <= objective["progress"] <= 100
    decisions = [g["decision"] for g in product["gates"]]
    assert decisions.count("go") == 2 and decisions.count("pending") == 1
    assert product["insights"] >= 40 and product["confidential_insights"] >= 1
    features = product["features"]
    assert [f["rank"] for f in features] == list(range(1, len(features) + 1))
    assert all({"score", "framework", "status", "evidence"} <= set(f) for f in features)
    assert sum(f["evidence"] for f in features) >= 40


def test_export_backlog_as_pdf_and_the_chart_as_png(demo_file: Path, tmp_path: Path,
                                                    capsys) -> None:
    import shutil
    import subprocess

    from PySide6.QtGui import QImage

    pdf = tmp_path / "backlog.pdf"
    assert main(["export", str(demo_file), "-o", str(pdf), "--view", "backlog"]) == 0
    assert "(backlog, 2 pages)" in capsys.readouterr().out
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                              text=True, check=True).stdout
        assert "Value versus effort (RICE)" in text and "Ranked backlog" in text
        assert "14-day free trial" in text and "Quick wins" in text
    png = tmp_path / "chart.png"
    assert main(["export", str(demo_file), "-o", str(png), "--view", "backlog"]) == 0
    image = QImage(str(png))
    assert (image.width(), image.height()) == (1200, 800)
    # Four quadrant colours on the chart: some dots of each.
    colours = {image.pixelColor(x, y).name() for x in range(0, 1200, 3)
               for y in range(0, 800, 3)}
    assert {"#2e7d32", "#1565c0", "#c62828"} <= colours
