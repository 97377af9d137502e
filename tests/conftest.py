"""Suite-wide settings: no display needed, and no test touches the user's real folders."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
ORACLE = ROOT.parent / "shared" / "oracle"


@pytest.fixture
def mpxj() -> None:
    """For tests that read .mpp files: skip, saying why, where MPXJ cannot run (no Java, or
    no ``pmdesk[mpp]``). CI installs both, so there a missing one fails the test instead."""
    from pmdesk.interchange.mpp import MppUnavailable, find_jvm, require_extra

    try:
        require_extra()
        find_jvm()
    except MppUnavailable as exc:
        if os.environ.get("CI"):
            pytest.fail(f".ci/run must install Java and pmdesk[mpp]: {exc}")
        pytest.skip(str(exc))


@pytest.fixture(autouse=True)
def pmdesk_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private per-test home for settings, recent files and recovery copies."""
    home = tmp_path_factory.mktemp("pmdesk-home")
    monkeypatch.setenv("PMDESK_HOME", str(home))
    return home


@pytest.fixture
def phased_plan():
    """A small plan to filter: two phases, a critical chain, Ben on two tasks, Ana on none.

    Build: API (5d) -> Go live; App (2d, Ben). Launch: Press kit (1d, Ben), Go live (1d).
    """
    from datetime import datetime

    from pmdesk.core.model import (
        Assignment,
        Dependency,
        Plan,
        ProjectInfo,
        Resource,
        Task,
        standard_calendar,
    )

    def make() -> Plan:
        cal = standard_calendar()
        day = 480
        tasks = [
            Task("p1", "Build", position=0),
            Task("a", "API", parent_uid="p1", position=0, duration=5 * day),
            Task("b", "App", parent_uid="p1", position=1, duration=2 * day),
            Task("p2", "Launch", position=1),
            Task("c", "Press kit", parent_uid="p2", position=0, duration=day),
            Task("d", "Go live", parent_uid="p2", position=1, duration=day),
        ]
        return Plan(
            project=ProjectInfo("p", "F", datetime(2027, 1, 11, 8), calendar_uid=cal.uid),
            calendars={cal.uid: cal}, tasks=tasks,
            dependencies=[Dependency("l1", "a", "d")],
            resources=[Resource("r1", "Ana"), Resource("r2", "Ben")],
            assignments=[Assignment("x1", "b", "r2"), Assignment("x2", "c", "r2")])

    return make
