"""pmdesk: offline planning for product managers (Gantt, board, risks, budgets)."""

from __future__ import annotations

from pathlib import Path

__version__ = "0.1.0"

_PACKAGE_DIR = Path(__file__).resolve().parent


def resources_path(rel: str) -> Path:
    """Path of ``rel`` (for example ``"demo/product_launch.json"``) among pmdesk's resources.

    Looks in the source tree's top-level ``resources/`` folder first, then in a
    ``resources/`` folder inside the installed package, so the same call works from a
    checkout and from a wheel. Raises ``FileNotFoundError`` naming every place it looked,
    so a missing icon or demo file is reported instead of failing later with a vague error.
    """
    candidates = (
        _PACKAGE_DIR.parent / "resources" / rel,
        _PACKAGE_DIR / "resources" / rel,
    )
    for path in candidates:
        if path.exists():
            return path
    looked = ", ".join(str(p) for p in candidates)
    raise FileNotFoundError(f"pmdesk resource {rel!r} not found (looked in {looked})")
