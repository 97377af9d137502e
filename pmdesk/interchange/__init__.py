"""Files from and for other planning tools, chosen by suffix."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pmdesk.core.model import Plan
from pmdesk.fileio import describe_path, os_reason

IMPORT_SUFFIXES = {".xml": "MS Project XML", ".mpp": "Microsoft Project"}
EXPORT_SUFFIXES = {".xml": "MS Project XML"}


def read_plan(path: Path, cancelled: Callable[[], bool] | None = None) -> Plan:
    """Read a foreign project file; ValueError names the file and what is wrong.

    ``cancelled`` lets a window stop a long read (an .mpp, read through Java); a stopped
    read raises :class:`~pmdesk.interchange.mpp.MppCancelled`.
    """
    suffix = path.suffix.lower()
    if suffix not in IMPORT_SUFFIXES:
        known = ", ".join(f"{s} ({n})" for s, n in IMPORT_SUFFIXES.items())
        raise ValueError(f"{path}: cannot import {suffix or 'files without a suffix'}; known: {known}")
    try:
        found = path.is_file()
    except OSError as exc:
        raise ValueError(f"{describe_path(path)}: cannot be read ({os_reason(exc)})") from None
    if not found:
        raise ValueError(f"{describe_path(path)}: no such file")
    if suffix == ".mpp":
        from .mpp import read_mpp

        return read_mpp(path, cancelled=cancelled)
    from .mspdi import read_mspdi

    return read_mspdi(path)


def write_plan(plan: Plan, path: Path, schedule=None) -> None:
    """Write a plan in the format its suffix names; ValueError for an unknown suffix."""
    suffix = path.suffix.lower()
    if suffix not in EXPORT_SUFFIXES:
        known = ", ".join(f"{s} ({n})" for s, n in EXPORT_SUFFIXES.items())
        raise ValueError(f"{path}: cannot export to {suffix or 'a file without a suffix'}; known: {known}")
    try:
        folder = path.parent.is_dir()
    except OSError as exc:
        raise ValueError(f"{describe_path(path)}: cannot be written ({os_reason(exc)})") from None
    if not folder:
        raise ValueError(
            f"{describe_path(path)}: the folder {describe_path(path.parent)} does not exist"
        )
    from .mspdi_writer import write_mspdi

    write_mspdi(plan, path, schedule)
