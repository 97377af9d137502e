"""``pmdesk simulate`` and ``info --json`` with the register's risks: which risks a run
included, how often each happened, and a certain delay moving P50 by exactly its days."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from pmdesk.cli import main
from pmdesk.core.model import RiskStatus
from pmdesk.store.document import open_plan, save_plan

DEMO_RISKS = ["R-001", "R-007", "R-009"]  # the demo's risks with a schedule impact


def _json(capsys, *argv: str) -> dict:
    capsys.readouterr()
    assert main(list(argv)) == 0
    return json.loads(capsys.readouterr().out)


def test_simulate_says_which_risks_it_included(demo_file: Path, capsys) -> None:
    capsys.readouterr()
    assert main(["simulate", str(demo_file), "--iterations", "400", "--seed", "3"]) == 0
    out = capsys.readouterr().out
    assert "Risks included: 3 of the 12 open risks (R-001, R-007, R-009)" in out
    assert "R-007 +1d / 3d / 5d at 40 %" in out and "Only one Android engineer" in out
    figures = _json(capsys, "simulate", str(demo_file), "--iterations", "400", "--seed", "3",
                    "--json")
    assert [r["code"] for r in figures["risks"]] == DEMO_RISKS
    android = figures["risks"][1]
    assert (android["chance"], android["impact_days"]) == (0.4, [1.0, 3.0, 5.0])
    assert 0.33 < android["occurred"] < 0.47
    info = _json(capsys, "info", str(demo_file), "--json")
    assert [r["code"] for r in info["risk"]["in_simulation"]] == DEMO_RISKS


def test_a_certain_delay_on_the_last_task_moves_p50_by_its_days(demo_file: Path,
                                                               tmp_path: Path, capsys) -> None:
    plan = open_plan(demo_file)
    plan.risks = [replace(r, schedule_min=None, schedule_likely=None, schedule_max=None)
                  for r in plan.risks]
    calm = tmp_path / "calm.pmdesk"
    save_plan(plan, calm)
    last = plan.tasks[-1]  # the growth review, on the critical path in every run
    risky = tmp_path / "risky.pmdesk"
    plan.risks[0] = replace(plan.risks[0], status=RiskStatus.OPEN, chance=100,
                            task_uids=(last.uid,), schedule_min=2400, schedule_likely=2400,
                            schedule_max=2400)
    save_plan(plan, risky)
    args = ("--iterations", "200", "--seed", "5", "--json")
    before = _json(capsys, "simulate", str(calm), *args)
    after = _json(capsys, "simulate", str(risky), *args)
    assert before["risks"] == [] and after["risks"][0]["occurred"] == 1.0
    assert after["p50_days"] - before["p50_days"] == 5
    assert after["p80_days"] - before["p80_days"] == 5


def test_simulate_features_reports_the_risks_it_included(demo_file: Path, tmp_path: Path,
                                                         capsys) -> None:
    copy = tmp_path / "demo.pmdesk"
    copy.write_bytes(demo_file.read_bytes())
    capsys.readouterr()
    assert main(["simulate", str(copy), "--features", "--iterations", "100", "--seed",
                 "1"]) == 0
    assert "Risks included: 3 of the 12 open risks" in capsys.readouterr().out
    figures = _json(capsys, "simulate", str(copy), "--features", "--iterations", "100",
                    "--seed", "1", "--json")
    assert [r["code"] for r in figures["risks"]] == DEMO_RISKS
