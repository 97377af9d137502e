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
