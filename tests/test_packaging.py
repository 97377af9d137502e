"""The installed program has every package and finds its resources."""

from __future__ import annotations

import tomllib
from pathlib import Path

from pmdesk import resources_path

ROOT = Path(__file__).resolve().parents[1]


def test_every_package_is_listed_for_the_wheel() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    on_disk = {
        ".".join(p.parent.relative_to(ROOT).parts)
        for p in (ROOT / "pmdesk").rglob("__init__.py")
    }
    missing = on_disk - listed
    assert not missing, f"packages missing from pyproject.toml: {sorted(missing)}"
    assert config["tool"]["setuptools"]["package-dir"]["pmdesk.resources"] == "resources"


def test_resources_are_found() -> None:
    icon = resources_path("icons/pmdesk.svg")
    assert icon.is_file()
    assert "<svg" in icon.read_text(encoding="utf-8")
