"""The roadmap and launch KPIs in the project file: a format 1.4 file upgrades after a
backup (its features then sit where their status puts them) and takes KPIs and roadmap
places; a 1.5 file upgrades and takes a risk's chance and schedule impact (1.6); a value
off its bounds in a file is refused on open naming the table and field."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from pmdesk.core.patch import Patch
from pmdesk.core.product.model import Horizon, Kpi, KpiValue, RoadmapItem
from pmdesk.demo import build_demo_plan
from pmdesk.store.document import DocumentError, ProjectDocument, open_plan, save_plan
from pmdesk.store.repository import apply_patch as store_patch
from pmdesk.store.schema import FORMAT_VERSION, pack_version, unpack_version

TODAY = date(2026, 12, 4)


def _version(path: Path) -> tuple[int, int]:
    raw = sqlite3.connect(path)
    try:
        return unpack_version(raw.execute("PRAGMA user_version").fetchone()[0])
    finally:
        raw.close()


# What formats 1.5 and 1.6 added to the file: an older file is today's without them.
_ADDED_TABLES = {(1, 5): ("kpi_value", "kpi", "roadmap_item")}
_ADDED_RISK_COLUMNS = {(1, 6): ("chance", "schedule_min", "schedule_likely", "schedule_max")}


def _write_older_file(path: Path, version: tuple[int, int]) -> bytes:
    """What pmdesk wrote at format ``version`` (1.4 or 1.5): today's file without the
    tables and risk columns later formats added."""
    save_plan(build_demo_plan(TODAY), path)
    raw = sqlite3.connect(path)
    with raw:
        for added, tables in _ADDED_TABLES.items():
            for table in tables if added > version else ():
                raw.execute(f"DROP TABLE {table}")
        for added, columns in _ADDED_RISK_COLUMNS.items():
            for column in columns if added > version else ():
                raw.execute(f"ALTER TABLE risk DROP COLUMN {column}")
        raw.execute(f"PRAGMA user_version = {pack_version(version)}")
    raw.execute("VACUUM")
    raw.close()
    return path.read_bytes()


@contextmanager
def _upgraded(path: Path, version: tuple[int, int]) -> Iterator[ProjectDocument]:
    """A file written at format ``version``, opened: upgraded after a backup copy of it."""
    original = _write_older_file(path, version)
    with ProjectDocument.open(path) as doc:
        assert doc.upgraded_from == version
        assert doc.backup_path is not None and doc.backup_path.read_bytes() == original
        yield doc


def test_a_1_4_file_upgrades_to_1_5_after_a_backup_and_takes_kpis(tmp_path: Path) -> None:
    path = tmp_path / "launch.pmdesk"
    with _upgraded(path, (1, 4)) as doc:
        backup = doc.backup_path
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


def test_a_1_5_file_upgrades_to_1_6_and_keeps_a_schedule_impact(tmp_path: Path) -> None:
    path = tmp_path / "launch.pmdesk"
    with _upgraded(path, (1, 5)) as doc:
        backup = doc.backup_path
        plan = doc.load_plan()
        assert plan.risks and all(r.chance is None and r.schedule_max is None
                                  for r in plan.risks)  # out of simulations until given one
        risk = replace(plan.risks[0], chance=40, schedule_min=960, schedule_likely=2400,
                       schedule_max=4800)
        with doc.session() as session:
            store_patch(session, Patch(risks=(risk,)))
        doc.save()
    assert _version(path) == FORMAT_VERSION == (1, 6)
    assert _version(backup) == (1, 5)
    assert open_plan(path).risks[0] == risk


@pytest.mark.parametrize(("column", "value"), [("chance", 150), ("schedule_max", -480)])
def test_a_risk_value_off_its_bounds_in_a_file_is_refused_naming_it(
        tmp_path: Path, column: str, value: int) -> None:
    path = tmp_path / "launch.pmdesk"
    save_plan(build_demo_plan(TODAY), path)
    raw = sqlite3.connect(path)
    with raw:
        raw.execute(f"UPDATE risk SET {column} = ? WHERE rowid = 1", (value,))
    raw.close()
    with pytest.raises(DocumentError, match=rf"risk .*{column.replace('_', ' ')} is {value}"):
        open_plan(path)
