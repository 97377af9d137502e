"""Project files between colleagues: a stripped copy, a scripted edit, a merge.

Each writes one file whole or not at all through :func:`~.document.derive_file` (the
source read into a fresh working copy, checked like any project, changed there, written
atomically honouring the target's lock), and records what it did as a revision of the
journal (:mod:`.journal`). Bad input (the same file twice, unrelated projects, a newer
format, a damaged journal, a target that cannot be written) is a
:class:`~.document.DocumentError` naming the file, with nothing written; unresolved
conflicts are :class:`MergeConflicts`, also with nothing written.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.orm import Session

from pmdesk.core.merge import Conflict, Merge, closing_links
from pmdesk.core.model import Dependency, Plan
from pmdesk.core.patch import Patch, apply_patch, cascaded
from pmdesk.core.repair import explain
from pmdesk.core.schedule import CycleError, check_order
from pmdesk.core.scripted import scripted_patch
from pmdesk.core.sharing import GROUP_TITLES, Stripped, copy_plan, strip
from pmdesk.fileio import describe_path

from . import journal, repository
from .document import DocumentError, Journaled, derive_file, open_journaled

__all__ = [
    "CycleClosed",
    "MergeConflicts",
    "Prepared",
    "edit_file",
    "merge_files",
    "prepare_merge",
    "refuse_own_cycle",
    "same_file",
    "share_copy",
    "share_plan",
]


def _author() -> str:
    from .document import _display_name, _login

    return _display_name(_login())


def same_file(a: str | os.PathLike[str], b: str | os.PathLike[str]) -> bool:
    """Whether two names name one file (a link, another spelling of the path)."""
    try:
        return Path(a).resolve() == Path(b).resolve() or (
            Path(a).exists() and Path(b).exists() and os.path.samefile(a, b))
    except (OSError, ValueError, RuntimeError):
        return False


def _distinct(a: str | os.PathLike[str], b: str | os.PathLike[str], what: str) -> None:
    if same_file(a, b):
        raise DocumentError(f"{describe_path(b)}: is the same file as {describe_path(a)}; "
                            f"{what}")


# --------------------------------------------------------------------------- share


def share_copy(source: str | os.PathLike[str], target: str | os.PathLike[str],
               groups: Sequence[str]) -> Stripped:
    """Write to ``target`` a copy of ``source`` without ``groups``; what was left out.

    The copy is rebuilt whole (VACUUM), its search index is built again from the rows it
    keeps, and its journal keeps the revisions' headers only, so nothing left out stays
    anywhere in its bytes."""
    _distinct(source, target, "a shared copy is written to another file")
    result: list[Stripped] = []

    def change(session: Session, plan: Plan) -> None:
        stripped = strip(plan, groups)
        repository.apply_patch(session, stripped.patch)
        journal.clear_deltas(session)
        said = ", ".join(GROUP_TITLES[g].lower() for g in groups)
        journal.record(session, None, stripped.plan, _author(), withheld=groups,
                       summary=f"shared copy without {said}")
        repository.rebuild_search(session)
        result.append(stripped)

    derive_file(source, target, change, compact=True)
    return result[0]


def share_plan(plan: Plan, target: str | os.PathLike[str], groups: Sequence[str]) -> Stripped:
    """Write to ``target`` a copy of ``plan`` (a project with no file of its own, such as
    a workspace project) without ``groups``: the plan is written to a private file first,
    then stripped as :func:`share_copy` strips a saved file."""
    import tempfile

    from .document import save_plan

    with tempfile.TemporaryDirectory(prefix="pmdesk-share-") as folder:
        source = Path(folder) / Path(target).name
        save_plan(plan, source)
        return share_copy(source, target, groups)


# --------------------------------------------------------------------------- edit


def edit_file(path: str | os.PathLike[str], task: str, settings: Sequence[str]) -> Patch:
    """Make the typed settings on a task of the project at ``path`` and save it as a
    revision; ValueError (the file unchanged) for a setting that cannot be made."""

    made: list[Patch] = []

    def change(session: Session, plan: Plan) -> None:
        patch = cascaded(plan, scripted_patch(plan, task, settings))
        before = copy_plan(plan)
        apply_patch(plan, patch, complete=True)
        repository.apply_patch(session, patch)
        journal.record(session, before, plan, _author())
        made.append(patch)

    derive_file(path, path, change)
    return made[0]


# --------------------------------------------------------------------------- merge


class MergeConflicts(Exception):
    """Conflicts no choice decides: nothing was written."""

    def __init__(self, conflicts: list[Conflict]) -> None:
        self.conflicts = conflicts
        super().__init__(f"{len(conflicts)} conflict{'s' if len(conflicts) != 1 else ''}")


class CycleClosed(Exception):
    """The merged plan closes a dependency cycle: ``links`` closed it (drop one)."""

    def __init__(self, cycle: str, links: list[Dependency], rows: Mapping[str, int]) -> None:
        self.cycle = cycle
        self.links = links
        self.rows = rows
        super().__init__(cycle)


@dataclass
class Prepared:
    """Both copies read and merged, before anything is written."""

    merge: Merge
    mine: Plan
    theirs_revisions: list[journal.Revision]
    ancestor: str
    notes: list[str] = field(default_factory=list)


def prepare_merge(mine: Journaled, theirs: Journaled) -> Prepared:
    """The three-way merge of two copies read with their journals; DocumentError when
    they cannot be merged (unrelated projects, no ancestor left to rebuild)."""
    if mine.path == theirs.path:
        raise DocumentError(f"{theirs.shown}: is the same file as {mine.shown}; "
                            "merge a colleague's copy into yours")
    if mine.plan.project.uid != theirs.plan.project.uid:
        raise DocumentError(f"{theirs.shown}: is another project than {mine.shown} "
                            f"(“{theirs.plan.project.name}”, not “{mine.plan.project.name}”); "
                            "only copies of one project can be merged")
    ancestor = journal.common_ancestor(mine.revisions, theirs.revisions)
    if ancestor is None:
        raise DocumentError(f"{theirs.shown}: has no revision in common with {mine.shown} "
                            "(the copies were made before either kept a journal); "
                            "compare them with pmdesk diff instead")
    base = mine.content_at(ancestor) or theirs.content_at(ancestor)
    if base is None:
        raise DocumentError(f"{mine.shown} and {theirs.shown}: their common revision is "
                            "older than the journal keeps; compare them with pmdesk diff")
    held_theirs = journal.withheld_since(theirs.revisions, ancestor)
    held_mine = journal.withheld_since(mine.revisions, ancestor)
    merge = Merge(base, mine.plan, theirs.plan,
                  theirs_base=strip(base, held_theirs).plan if held_theirs else None,
                  mine_base=strip(base, held_mine).plan if held_mine else None)
    return Prepared(merge, mine.plan, theirs.revisions, ancestor)


def refuse_own_cycle(plan: Plan, shown: str) -> None:
    """DocumentError naming the copy ``shown`` when ``plan`` holds a cycle of links or a
    loop in its outline of its own (a damaged file): no merge would open that cycle, and
    it is no link the merge added. A merge whose result has a cycle asks this of both
    copies before saying which new link closed it."""
    try:
        check_order(plan)
    except CycleError as exc:
        raise DocumentError(f"{shown}: {explain(plan, exc)}") from None
    except (ValueError, OverflowError):
        pass  # not about cycles: the merged plan's own schedule says what it is


def check_cycles(merged: Plan, mine: Plan, patch: Patch | None = None) -> None:
    """CycleClosed when the merged plan closes a dependency cycle. Only links and moves
    in the outline can close one: a ``patch`` with neither needs no schedule to know."""
    from pmdesk.core.outline import row_numbers

    if patch is not None and not _may_close_cycle(mine, patch):
        return
    found = closing_links(merged, mine)
    if found is not None:
        raise CycleClosed(found[0], found[1], row_numbers(merged.tasks))


def _may_close_cycle(mine: Plan, patch: Patch) -> bool:
    if patch.dependencies:
        return True
    parents = {t.uid: t.parent_uid for t in mine.tasks}
    return any(t.uid not in parents or parents[t.uid] != t.parent_uid for t in patch.tasks)


def merge_files(mine: str | os.PathLike[str], theirs: str | os.PathLike[str],
                out: str | os.PathLike[str], *, prefer: str | None = None,
                choices: Mapping[tuple[str, str, str], str] | None = None,
                drop_links: Iterable[str] = ()) -> Prepared:
    """Merge ``theirs`` into ``mine`` and write the result to ``out`` as a revision that
    names both; MergeConflicts / CycleClosed / DocumentError with nothing written."""
    _distinct(mine, theirs, "merge a colleague's copy into yours")
    _distinct(theirs, out, "the merge is written to another file")
    with open_journaled(mine) as m, open_journaled(theirs) as t:
        prepared = prepare_merge(m, t)
    merge = prepared.merge
    open_ = merge.unresolved(choices or {}, prefer)
    if open_:
        raise MergeConflicts(list(open_))
    drop_links = list(drop_links)
    drops = _link_uids(merge.plan(choices, prefer), drop_links) if drop_links else []
    patch = merge.patch(choices, prefer, drops)
    merged = copy_plan(prepared.mine)
    apply_patch(merged, patch)
    try:
        check_cycles(merged, prepared.mine, patch)
    except CycleClosed:
        for copy in (t, m):
            refuse_own_cycle(copy.plan, copy.shown)
        raise

    def change(session: Session, plan: Plan) -> None:
        repository.apply_patch(session, cascaded(plan, patch))
        journal.record(session, prepared.mine, merged, _author(),
                       merged=prepared.theirs_revisions,
                       merged_head=prepared.theirs_revisions[-1].id)

    derive_file(mine, out, change, plan=prepared.mine)
    return prepared


def link_spec(link: Dependency, rows: Mapping[str, int]) -> str:
    """How ``--drop-link`` names a link: ``PRED-SUCC`` by row numbers."""
    return f"{rows.get(link.predecessor_uid, '?')}-{rows.get(link.successor_uid, '?')}"


def _link_uids(merged: Plan, specs: Iterable[str]) -> list[str]:
    """Links named as their uid or as ``PRED-SUCC`` row numbers of the merged plan (as
    the cycle message prints them); DocumentError for one that names no link."""
    from pmdesk.core.outline import row_numbers

    rows = row_numbers(merged.tasks)
    by_spec = {link_spec(d, rows): d.uid for d in merged.dependencies}
    uids = {d.uid for d in merged.dependencies}
    found = []
    for spec in specs:
        text = spec.strip()
        uid = text if text in uids else by_spec.get(text.replace(" ", ""))
        if uid is None:
            raise DocumentError(f"--drop-link {text}: the merged plan has no such link "
                                "(write PRED-SUCC with row numbers, e.g. 12-7)")
        found.append(uid)
    return found
