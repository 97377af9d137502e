"""The roadmap and launch KPIs in the project file: a format 1.4 file upgrades after a
backup (its features then sit where their status puts them) and takes KPIs and roadmap
places; a value off its bounds in a file is refused on open naming the table and field."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from pmdesk.core.patch import Patch
from pmdesk.core.product.model import Horizon, Kpi, KpiValue, RoadmapItem
from pmdesk.demo import build_demo_plan
from pmdesk.store.document import DocumentError, ProjectDocument, open_plan, save_plan
from pmdesk.store.repository import apply_patch as store_patch
from pmdesk.store.schema import FORMAT_VERSION, pack_version, unpack_version

# About the .pmdesk file itself, so SQLite only; the store tests of what both
# back ends share run on PostgreSQL too (tests/conftest.py, "backend").
pytestmark = pytest.mark.sqlite_only("roadmap and KPIs in .pmdesk files: upgrades of 1.4 files")

TODAY = date(2026, 12, 4)


def _version(path: Path) -> tuple[int, int]:
    raw = sqlite3.connect(path)
    try:
        return unpack_version(raw.execute("PRAGMA user_version").fetchone()[0])
    finally:
        raw.close()


def _write_1_4_file(path: Path) -> bytes:
    """What pmdesk wrote at format 1.4: today's file without the tables 1.5 added."""
    save_plan(build_demo_plan(TODAY), path)
    raw = sqlite3.connect(path)
    with raw:
        for table in ("kpi_value", "kpi", "roadmap_item"):
            raw.execute(f"DROP TABLE {table}")
        raw.execute(f"PRAGMA user_version = {pack_version((1, 4))}")
    raw.execute("VACUUM")
    raw.close()
    return path.read_bytes()


def test_a_1_4_file_upgrades_to_1_5_after_a_backup_and_takes_kpis(tmp_path: Path) -> None:
    path = tmp_path / "launch.pmdesk"
    original = _write_1_4_file(path)
    with ProjectDocument.open(path) as doc:
        assert doc.upgraded_from == (1, 4)
        backup = doc.backup_path
        assert backup is not None and backup.read_bytes() == original
        plan = doc.load_plan()
        assert plan.kpis == [] and plan.roadmap_items == [] and len(plan.features) >= 25
        kpi = Kpi("k1", "Trial conversion", date(2026, 9, 1), date(2027, 3, 1), "%", 2, 6)
        value = KpiValue("v1", "k1", date(2026, 12, 1), 3.5)
        item = RoadmapItem("r1", plan.features[0].uid, Horizon.NEXT, "2027 Q1", "Growth",
                           date(2027, 1, 20), date(2027, 2, 3), TODAY)
        with doc.session() as session:
            store_patch(session, Patch(kpis=(kpi,), kpi_values=(value,),
                                       roadmap_items=(item,)))
        doc.save()
    assert _version(path) == FORMAT_VERSION
    assert _version(backup) == (1, 4)
    reread = open_plan(path)
    assert (reread.kpis, reread.kpi_values, reread.roadmap_items) == ([kpi], [value], [item])


def test_a_kpi_value_out_of_bounds_in_a_file_is_refused_naming_it(tmp_path: Path) -> None:
    path = tmp_path / "launch.pmdesk"
    save_plan(build_demo_plan(TODAY), path)
    raw = sqlite3.connect(path)
    with raw:
        raw.execute("UPDATE kpi_value SET value = 1e300 WHERE rowid = 1")
    raw.close()
    with pytest.raises(DocumentError, match=r"kpi_value.*value"):
        open_plan(path)
