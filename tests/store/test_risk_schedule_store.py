"""A risk's chance and schedule impact in the project file (format 1.6): a 1.5 file
upgrades after a backup with its risks out of simulations until given an impact; the
fields survive save and reopen; a value off its bounds in a file is refused naming it."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from pmdesk.core.patch import Patch
from pmdesk.demo import build_demo_plan
from pmdesk.store.document import DocumentError, ProjectDocument, open_plan, save_plan
from pmdesk.store.repository import apply_patch as store_patch
from pmdesk.store.schema import FORMAT_VERSION, pack_version, unpack_version

TODAY = date(2026, 12, 4)
COLUMNS = ("chance", "schedule_min", "schedule_likely", "schedule_max")


def _version(path: Path) -> tuple[int, int]:
    raw = sqlite3.connect(path)
    try:
        return unpack_version(raw.execute("PRAGMA user_version").fetchone()[0])
    finally:
        raw.close()


def _write_1_5_file(path: Path) -> bytes:
    """What pmdesk wrote at format 1.5: today's file without the risk columns 1.6 added."""
    save_plan(build_demo_plan(TODAY), path)
    raw = sqlite3.connect(path)
    with raw:
        for column in COLUMNS:
            raw.execute(f"ALTER TABLE risk DROP COLUMN {column}")
        raw.execute(f"PRAGMA user_version = {pack_version((1, 5))}")
    raw.execute("VACUUM")
    raw.close()
    return path.read_bytes()


def test_a_1_5_file_upgrades_to_1_6_and_keeps_a_schedule_impact(tmp_path: Path) -> None:
    path = tmp_path / "launch.pmdesk"
    original = _write_1_5_file(path)
    with ProjectDocument.open(path) as doc:
        assert doc.upgraded_from == (1, 5)
        backup = doc.backup_path
        assert backup is not None and backup.read_bytes() == original
        plan = doc.load_plan()
        assert plan.risks and all(
            (r.chance, r.schedule_min, r.schedule_likely, r.schedule_max) == (None,) * 4
            for r in plan.risks)
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
