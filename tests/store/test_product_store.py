"""The product layer in the project file: it travels whole, older files upgrade to format
1.3 after a backup, search follows every edit and undo, and a link to a task that is not
there is left out on open with a message."""

from __future__ import annotations

import dataclasses
import sqlite3
from datetime import date
from pathlib import Path

from pmdesk.core.patch import Patch, apply_patch
from pmdesk.core.product.model import Feature, FeatureTask, Insight
from pmdesk.demo import build_demo_plan
from pmdesk.store.document import ProjectDocument, open_plan, save_plan
from pmdesk.store.repository import apply_patch as store_patch
from pmdesk.store.schema import FORMAT_VERSION, pack_version, unpack_version
from pmdesk.store.search import search

TODAY = date(2026, 12, 4)


def _found(doc: ProjectDocument, query: str) -> set[str]:
    with doc.session() as session:
        return {hit.uid for hit in search(session, query)}


def test_the_product_layer_travels_whole_in_the_file(tmp_path: Path) -> None:
    plan = build_demo_plan(TODAY)
    path = tmp_path / "demo.pmdesk"
    save_plan(plan, path)
    back = open_plan(path)
    for kind in ("products", "stage_changes", "objectives", "key_results", "features",
                 "feature_tasks", "gates", "gate_criteria", "insights", "insight_links",
                 "roadmap_items", "kpis", "kpi_values"):
        assert getattr(back, kind) == getattr(plan, kind), kind
    assert len(back.roadmap_items) >= 25 and len(back.kpi_values) >= 48
    assert len(back.features) >= 25 and len(back.insights) >= 40


_PRODUCT_TABLES = ("kpi_value", "kpi", "roadmap_item", "insight_link", "insight",
                   "gate_criterion", "gate", "feature_task", "feature", "key_result", "objective",
                   "stage_change", "product")


def _user_version(path: Path) -> tuple[int, int]:
    raw = sqlite3.connect(path)
    try:
        return unpack_version(raw.execute("PRAGMA user_version").fetchone()[0])
    finally:
        raw.close()


def _write_1_2_file(path: Path) -> bytes:
    """A format 1.2 file: what pmdesk 1.2 wrote is today's file without the tables format
    1.3 added (it added nothing else), and without what formats 1.4 added (the journal,
    confidential risks), 1.5 added (the roadmap and KPIs, listed with the product's) and
    1.6 added (a risk's chance and schedule impact)."""
    save_plan(build_demo_plan(TODAY), path)
    raw = sqlite3.connect(path)
    with raw:
        raw.execute("DROP TABLE revision")
        for column in ("confidential", "chance", "schedule_min", "schedule_likely",
                       "schedule_max"):
            raw.execute(f"ALTER TABLE risk DROP COLUMN {column}")
        raw.execute("DROP TABLE search_text")
        for table in _PRODUCT_TABLES:
            raw.execute(f"DROP TABLE {table}")
        raw.execute(f"PRAGMA user_version = {pack_version((1, 2))}")
    raw.execute("VACUUM")
    raw.close()
    return path.read_bytes()


def test_a_1_2_file_upgrades_to_1_3_after_a_backup_and_takes_a_backlog(tmp_path: Path) -> None:
    path = tmp_path / "roadmap.pmdesk"
    original = _write_1_2_file(path)
    with ProjectDocument.open(path) as doc:
        assert doc.upgraded_from == (1, 2)
        backup = doc.backup_path
        assert backup is not None and backup.name == "roadmap (format 1.2 backup).pmdesk"
        assert backup.read_bytes() == original
        plan = doc.load_plan()
        assert len(plan.tasks) == 90 and plan.features == [] and plan.products == []
        feature = Feature("f1", "Yearly billing", reach=100, impact=1, confidence=80, effort=1)
        link = FeatureTask("l1", "f1", plan.tasks[0].uid)
        with doc.session() as session:
            store_patch(session, Patch(features=(feature,), feature_tasks=(link,)))
        assert _found(doc, "yearly") == {"f1"}
        doc.save()
    assert _user_version(path) == FORMAT_VERSION == (1, 6)
    assert _user_version(backup) == (1, 2)
    reread = open_plan(path)
    assert reread.features == [feature] and reread.feature_tasks == [link]


def test_search_follows_edits_undo_and_redo(tmp_path: Path) -> None:
    plan = build_demo_plan(TODAY)
    path = tmp_path / "demo.pmdesk"
    save_plan(plan, path)
    with ProjectDocument.open(path) as doc:
        plan = doc.load_plan()
        quoted = {i.uid for i in plan.insights if "basement" in i.text}
        problem = {f.uid for f in plan.features if "basement" in f.problem}
        assert len(quoted) == 1 and len(problem) == 1
        assert _found(doc, "basement") == quoted | problem
        insight = Insight("new", "Wants a standing desk routine between calls")
        inverse, _ = apply_patch(plan, Patch(insights=(insight,)))
        with doc.session() as session:
            store_patch(session, Patch(insights=(insight,)))
        assert _found(doc, "standing desk") == {"new"}
        assert _found(doc, "stand") == {"new"}  # words match as prefixes
        with doc.session() as session:  # undo
            store_patch(session, inverse)
        assert _found(doc, "standing desk") == set()
        renamed = dataclasses.replace(plan.features[0], title="Yearly membership with savings")
        with doc.session() as session:
            store_patch(session, Patch(features=(renamed,)))
        assert renamed.uid in _found(doc, "membership savings")
        assert _found(doc, 'NEAR( "x" OR') == set()  # query syntax is never passed on


def test_search_works_on_a_file_opened_read_only(tmp_path: Path) -> None:
    path = tmp_path / "demo.pmdesk"
    save_plan(build_demo_plan(TODAY), path)
    with ProjectDocument.open(path) as mine, ProjectDocument.open(path) as theirs:
        assert theirs.read_only and not mine.read_only
        assert len(_found(theirs, "offline")) >= 4


def test_a_feature_linked_to_a_missing_task_is_left_out_on_open_with_a_message(
    tmp_path: Path,
) -> None:
    path = tmp_path / "colleague.pmdesk"
    plan = build_demo_plan(TODAY)
    save_plan(plan, path)
    raw = sqlite3.connect(path)
    with raw:
        raw.execute("PRAGMA foreign_keys = OFF")
        raw.execute("UPDATE feature_task SET task_uid = 'gone' WHERE seq = 0")
    raw.close()
    notices: list[str] = []
    back = open_plan(path, notices=notices)
    assert len(back.feature_tasks) == len(plan.feature_tasks) - 1
    assert all(lk.task_uid != "gone" for lk in back.feature_tasks)
    assert "1 feature task" in notices[0] and "left out" in notices[0]


def test_a_search_index_planted_in_a_file_is_rebuilt_not_trusted(tmp_path: Path) -> None:
    path = tmp_path / "colleague.pmdesk"
    save_plan(build_demo_plan(TODAY), path)
    raw = sqlite3.connect(path)
    with raw:
        raw.execute("INSERT INTO search_text (kind, uid, title, body, tags) "
                    "VALUES ('insight', 'planted', 'zebra', '', '')")
    raw.close()
    notices: list[str] = []
    open_plan(path, notices=notices)
    assert notices == []  # the index is pmdesk's own: nothing to report
    with ProjectDocument.open(path) as doc:
        assert _found(doc, "zebra") == set()
