"""A ``.pmdesk`` project file on disk: open, save, save as, revert, close, lock and recovery.

This module and :mod:`.untrusted` are the only ones that know the project file is SQLite.

Working copy
    Opening a project copies it into the per-user recovery folder
    (:func:`pmdesk.store.paths.recovery_dir`) and every edit goes to that copy; the original
    is read once and never written until Save. Beside each working copy ``<id>.pmdesk`` lies
    ``<id>.json``: ``{"original": path or null, "host", "pid", "dirty", "signature"}`` (the
    signature tells the original as last read or written from a later version). A copy
    whose process is gone and which has unsaved edits is what :func:`recoverable_copies`
    offers back after a crash; :func:`scan_recovery` also clears what nothing needs any
    more.

Save
    The working copy is copied with SQLite's backup API into a temporary file in the
    target's folder, flushed to disk, and renamed over the target (:mod:`pmdesk.fileio`),
    so the target is always either the old project or the new one, never half of each.
    Before writing, Save checks that the lock is still this document's and that the file
    is the one it opened: when someone took the project over or changed the file
    meanwhile, :class:`SaveConflict` says so and nothing is written (Save As still works).

Lock file
    ``~<file name>.lock`` beside the project (``~roadmap.pmdesk.lock`` for
    ``roadmap.pmdesk``), JSON: ``{"app": "pmdesk", "user": login, "name": display name,
    "host", "pid", "since": "YYYY-MM-DDTHH:MM:SS", "token"}``, written whole before it
    appears (a hard link to a finished temporary file). A second opener gets the project
    read-only with :attr:`ProjectDocument.lock_message`. A lock is stale when it was written
    on this host by a process that is no longer running, or when it cannot be read at all
    (empty, binary, not pmdesk's JSON, an impossible pid); a stale lock is taken over and
    :attr:`ProjectDocument.notices` says so. Any other lock is taken over only when the user
    asks (``take_over=True``). Every writer of a project file honours the lock, including
    :func:`save_plan` (the command line's ``demo -o``, ``import -o``, ``level -o``).

File checks
    Before anything else the file must be a regular file (not a pipe or a device, which
    would block every read) and its 100-byte SQLite header is read: a missing file, a
    directory, a file that is not SQLite, a truncated file, another application's database
    and a newer major format are each refused with a :class:`DocumentError` naming the file.
    The file is copied with its ``-wal`` or ``-journal`` when it has one, so the copy holds
    the file's last committed state, as SQLite itself would read it. The copy then gets
    ``PRAGMA quick_check``; every trigger, view and other schema object pmdesk did not
    create is dropped from it (:mod:`.untrusted`), so the file's own SQL never runs; an
    older format is upgraded through :mod:`pmdesk.store.schema`'s ladder, after a backup
    copy of the original is written beside it (``roadmap (format 1.0 backup).pmdesk``);
    its tables are compared with pmdesk's own; and every row is checked as it is read
    (:mod:`.repository`). The command line reads the same way, in memory.
"""

from __future__ import annotations

import contextlib
import errno
import getpass
import json
import os
import re
import secrets
import shutil
import socket
import sqlite3
import stat
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import Any, Self

from sqlalchemy import URL, Engine, create_engine, delete, event
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session
from sqlalchemy.pool import StaticPool
from sqlalchemy.util import LRUCache

from pmdesk.core.model import Plan
from pmdesk.core.sharing import copy_plan
from pmdesk.fileio import (
    describe_path,
    leftover_temporaries,
    os_reason,
    write_atomically,
    write_new,
    write_via,
)

from . import journal, repository
from .paths import recovery_dir
from .rows import RevisionRow
from .schema import (
    APPLICATION_ID,
    FORMAT_VERSION,
    SchemaError,
    Version,
    create_schema,
    format_version,
    known_version,
    migrations_from,
    missing_tables,
    pack_version,
    upgrade,
)
from .untrusted import harden, order_problem, remove_foreign_objects, structure_problem

__all__ = [
    "DocumentError",
    "LockInfo",
    "ProjectDocument",
    "RecoveryInfo",
    "RecoveryScan",
    "SaveConflict",
    "derive_file",
    "discard_recovery",
    "open_journaled",
    "lock_path",
    "open_plan",
    "recoverable_copies",
    "save_plan",
    "scan_recovery",
]

SUFFIX = ".pmdesk"
_SQLITE_MAGIC = b"SQLite format 3\x00"
# What SQLite keeps beside a database between a write and its checkpoint or commit.
_SIDE_FILES = ("-wal", "-journal")
# Process ids are 32-bit everywhere pmdesk runs; anything else in a lock file is garbage.
_MAX_PID = 2**32 - 1


class DocumentError(Exception):
    """A project file cannot be opened or written; the message names the file and why."""


class SaveConflict(DocumentError):
    """Saving would overwrite what someone else saved (they took the project over, or the
    file changed on disk since it was opened). Nothing was written; Save As keeps both."""


def _db_reason(exc: BaseException) -> str:
    """A database error as a short phrase: the driver's message, never SQLAlchemy's SQL
    statement or web link ("database or disk is full")."""
    detail = getattr(exc, "orig", None) or exc
    if isinstance(detail, OSError):
        return os_reason(detail)
    text = str(detail).strip().splitlines()
    return text[0] if text else type(detail).__name__


# --------------------------------------------------------------------------- lock file


def lock_path(path: Path) -> Path:
    """The lock file that says who has ``path`` open."""
    return path.with_name(f"~{path.name}.lock")


def _login() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):
        return "unknown"


def _display_name(login: str) -> str:
    """The user's full name where the system knows it, else the login."""
    try:
        import pwd

        gecos = pwd.getpwnam(login).pw_gecos.split(",")[0].strip()
    except (ImportError, KeyError, OSError):
        gecos = ""
    return gecos or login


def _host() -> str:
    return socket.gethostname() or "localhost"


def _pid_running(pid: int) -> bool:
    """Whether process ``pid`` exists on this host (False for an impossible pid)."""
    if not 0 < pid <= _MAX_PID:
        return False
    if os.name == "nt":
        import ctypes

        process_query_limited_information = 0x1000
        still_active = 259
        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        handle = kernel32.OpenProcess(process_query_limited_information, False, pid)
        if not handle:
            return False
        try:
            code = ctypes.c_ulong()
            kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
            return code.value == still_active
        finally:
            kernel32.CloseHandle(handle)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except (OSError, OverflowError):
        return False
    return True


@dataclass(frozen=True)
class LockInfo:
    """Who holds a project's lock file.

    ``unreadable`` says why a lock file is not a pmdesk lock at all (empty, binary,
    garbage): such a lock is stale. ``hidden`` is a lock file that exists but cannot be
    opened (no permission): it is respected, as its holder cannot be known.
    """

    user: str
    name: str
    host: str
    pid: int
    since: datetime
    token: str = ""
    unreadable: str = ""
    hidden: str = ""

    @classmethod
    def mine(cls) -> LockInfo:
        login = _login()
        return cls(
            user=login,
            name=_display_name(login),
            host=_host(),
            pid=os.getpid(),
            since=datetime.now().replace(microsecond=0),
            token=secrets.token_hex(8),
        )

    @property
    def stale(self) -> bool:
        """Left behind: unreadable, or written on this host by a process that has ended."""
        if self.unreadable:
            return True
        if self.hidden:
            return False
        return self.host == _host() and not _pid_running(self.pid)

    def describe(self) -> str:
        """``Ana Silva (ana@laptop) has this project open since 2026-11-28 09:14``."""
        if self.unreadable or self.hidden:
            reason = self.unreadable or self.hidden
            return f"Someone may have this project open (its lock file cannot be read: {reason})"
        return (
            f"{self.name or self.user} ({self.user}@{self.host}) has this project open "
            f"since {self.since:%Y-%m-%d %H:%M}"
        )

    def to_json(self) -> str:
        return json.dumps(
            {
                "app": "pmdesk",
                "user": self.user,
                "name": self.name,
                "host": self.host,
                "pid": self.pid,
                "since": self.since.isoformat(timespec="seconds"),
                "token": self.token,
            }
        )

    @classmethod
    def from_json(cls, text: str) -> LockInfo:
        """The holder a lock file names; ValueError saying why the text is not a lock."""
        data = json.loads(text)
        if not isinstance(data, dict):
            raise ValueError("not a pmdesk lock")
        user, host, pid = data.get("user"), data.get("host"), data.get("pid")
        if not (isinstance(user, str) and user and isinstance(host, str) and host):
            raise ValueError("it names no user or host")
        if type(pid) is not int or not 0 < pid <= _MAX_PID:
            raise ValueError(f"process id {pid!r} is impossible")
        try:
            since = datetime.fromisoformat(str(data["since"]))
        except (KeyError, ValueError):
            raise ValueError("it has no readable time") from None
        name = data.get("name")
        return cls(
            user=user[:200],
            name=(name if isinstance(name, str) and name else user)[:200],
            host=host[:200],
            pid=pid,
            since=since.replace(tzinfo=None),
            token=str(data.get("token", ""))[:100],
        )


def _unreadable_lock(reason: str) -> LockInfo:
    return LockInfo(user="", name="", host="", pid=0, since=datetime.min, unreadable=reason)


def _read_lock(path: Path) -> LockInfo | None:
    """The holder of ``path``'s lock; None when there is no lock file."""
    target = lock_path(path)
    try:
        fd = os.open(target, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except FileNotFoundError:
        return None
    except IsADirectoryError:
        return _unreadable_lock("it is a folder")
    except OSError as exc:
        return LockInfo(
            user="", name="", host="", pid=0, since=datetime.min, hidden=os_reason(exc)
        )
    try:
        with os.fdopen(fd, "rb") as f:
            if not stat.S_ISREG(os.fstat(f.fileno()).st_mode):
                return _unreadable_lock("it is not a regular file")
            data = f.read(65536)
    except OSError as exc:
        return LockInfo(
            user="", name="", host="", pid=0, since=datetime.min, hidden=os_reason(exc)
        )
    if not data.strip():
        return _unreadable_lock("it is empty")
    try:
        return LockInfo.from_json(data.decode("utf-8"))
    except UnicodeDecodeError:
        return _unreadable_lock("it is not text")
    except (ValueError, TypeError) as exc:
        message = str(exc) if not isinstance(exc, json.JSONDecodeError) else "not a pmdesk lock"
        return _unreadable_lock(message)


def _create_lock(path: Path, me: LockInfo) -> bool:
    """Create the lock file if nobody has; False when one exists. Written whole before it
    appears (:func:`pmdesk.fileio.write_new`), so nobody ever reads a half-written lock."""
    return write_new(lock_path(path), me.to_json().encode("utf-8"))


def _replace_lock(path: Path, me: LockInfo) -> None:
    write_atomically(lock_path(path), me.to_json().encode("utf-8"))


def _acquire_lock(path: Path, me: LockInfo, *, take_over: bool) -> tuple[LockInfo | None, str]:
    """Lock ``path`` for ``me``: ``(None, note)`` when locked, the note saying whose stale
    lock was taken over (else empty); ``(holder, "")`` when someone else has it.

    Raises OSError when the folder does not allow a lock file.
    """
    for _attempt in range(3):
        if _create_lock(path, me):
            return None, ""
        holder = _read_lock(path)
        if holder is None:
            continue  # released between our two looks; try again
        if not (take_over or holder.stale):
            return holder, ""
        _replace_lock(path, me)
        mine = _read_lock(path)
        if mine is None or mine.token != me.token:
            continue  # someone else took the stale lock at the same moment
        return None, "" if take_over else _taken_over_note(path, holder)
    return _read_lock(path) or _unreadable_lock("it keeps changing"), ""


def _taken_over_note(path: Path, holder: LockInfo) -> str:
    name = describe_path(lock_path(path).name)
    if holder.unreadable:
        return (
            f"The lock file {name} could not be read ({holder.unreadable}); pmdesk treated "
            "it as left behind by a crash and replaced it."
        )
    return (
        f"The lock file {name} was left by pmdesk process {holder.pid}, which is no longer "
        "running; pmdesk took the lock over."
    )


def _release_lock(path: Path, me: LockInfo) -> None:
    """Remove the lock file if it is still ours (nobody took it over)."""
    holder = _read_lock(path)
    if holder is not None and holder.token == me.token and holder.host == me.host:
        with contextlib.suppress(OSError):
            lock_path(path).unlink()


def _claim(target: Path, shown: str, refusal: str) -> tuple[LockInfo, list[str]]:
    """Lock ``target`` before writing it: our lock and the notes on a stale lock taken
    over; DocumentError (ending in ``refusal``) when someone else has it open."""
    me = LockInfo.mine()
    try:
        holder, note = _acquire_lock(target, me, take_over=False)
    except OSError as exc:
        raise DocumentError(f"{shown}: cannot be written ({os_reason(exc)})") from None
    if holder is not None:
        raise DocumentError(f"{shown}: {holder.describe()}; {refusal}")
    return me, [note] if note else []


@contextlib.contextmanager
def _locked_for_writing(target: Path, shown: str) -> Iterator[list[str]]:
    """Hold ``target``'s lock while a writer replaces the file; refuse (DocumentError)
    when someone else has it open. Yields the notes about stale locks taken over."""
    me, notes = _claim(target, shown, "it was not overwritten")
    try:
        yield notes
    finally:
        _release_lock(target, me)


# --------------------------------------------------------------------------- file checks


_NOT_REGULAR = (
    (stat.S_ISFIFO, "a named pipe"),
    (stat.S_ISCHR, "a device"),
    (stat.S_ISBLK, "a device"),
    (stat.S_ISSOCK, "a socket"),
)


_PATH_REASONS = {
    errno.ELOOP: "its symbolic links form a loop",
    errno.ENAMETOOLONG: "the name is too long",
    errno.ENOTDIR: "part of the path is not a folder",
}


def _path_reason(exc: OSError) -> str:
    """Why a path cannot be used, as a short phrase."""
    return _PATH_REASONS.get(exc.errno or 0) or os_reason(exc)


def _path_problem(exc: OSError) -> str:
    """Why a path cannot be opened, as the end of a message."""
    if exc.errno == errno.ENOENT or isinstance(exc, FileNotFoundError):
        return "no such file"
    if exc.errno == errno.ENOTDIR:
        return "no such file (part of the path is not a folder)"
    if exc.errno in _PATH_REASONS:
        return f"cannot be opened ({_path_reason(exc)})"
    return f"cannot be read ({os_reason(exc)})"


def _stat_regular(path: Path, shown: str) -> os.stat_result:
    """``path``'s status when it is a regular file; DocumentError naming what it is else."""
    try:
        st = os.stat(path)
    except (OSError, ValueError) as exc:
        if isinstance(exc, ValueError):  # a NUL character in the name
            raise DocumentError(f"{shown}: cannot be opened (the name holds a NUL)") from None
        raise DocumentError(f"{shown}: {_path_problem(exc)}") from None
    if stat.S_ISDIR(st.st_mode):
        raise DocumentError(f"{shown}: is a directory, not a project file")
    for test, what in _NOT_REGULAR:
        if test(st.st_mode):
            raise DocumentError(f"{shown}: is {what}, not a project file")
    return st


def _read_header(path: Path, shown: str) -> tuple[bytes, int]:
    """The first 100 bytes and the size of the regular file at ``path``."""
    _stat_regular(path, shown)
    try:
        # O_NONBLOCK: should the file turn into a pipe between the two looks, opening it
        # must not wait for a writer that never comes.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(fd, "rb") as f:
            st = os.fstat(f.fileno())
            if not stat.S_ISREG(st.st_mode):
                raise DocumentError(f"{shown}: is not a regular file")
            return f.read(100), st.st_size
    except OSError as exc:
        raise DocumentError(f"{shown}: {_path_problem(exc)}") from None


def _check_header(path: Path) -> Version:
    """Refuse what is clearly not a readable pmdesk project, reading only the header;
    return the file format version the header names."""
    shown = describe_path(path)
    header, size = _read_header(path, shown)
    if size == 0:
        raise DocumentError(f"{shown}: is empty, not a pmdesk project")
    if not header.startswith(_SQLITE_MAGIC):
        raise DocumentError(f"{shown}: is not a pmdesk project or is damaged")
    if len(header) < 100:
        raise DocumentError(f"{shown}: is damaged: the file is cut short (only {size} bytes)")
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        raise DocumentError(f"{shown}: is damaged: its header cannot be read")
    page_count = int.from_bytes(header[28:32], "big")
    count_valid = header[24:28] == header[92:96] and page_count > 0
    if count_valid and size < page_size * page_count:
        raise DocumentError(
            f"{shown}: is damaged: the file is cut short ({size:,} of {page_size * page_count:,}"
            " bytes; it may have been cut off while copying)"
        )
    if size % page_size:
        raise DocumentError(f"{shown}: is damaged: the file is cut short")
    if int.from_bytes(header[68:72], "big") != APPLICATION_ID:
        raise DocumentError(f"{shown}: is a database of another program, not a pmdesk project")
    return _checked_version(shown, int.from_bytes(header[60:64], "big", signed=True))


def _checked_version(shown: str, value: int) -> Version:
    """The file format version ``user_version`` holds, refused when this pmdesk cannot
    read it: a newer major version names both, a number no pmdesk writes says so."""
    version = known_version(value)
    if version is None:
        raise DocumentError(
            f"{shown}: its file format number ({value}) is not one pmdesk knows; the file "
            "is damaged or was not written by pmdesk"
        )
    try:
        migrations_from(version)
    except SchemaError:
        if version[0] > FORMAT_VERSION[0]:
            raise DocumentError(
                f"{shown}: was saved by a newer pmdesk (file format {format_version(version)}; "
                f"this pmdesk reads format {format_version(FORMAT_VERSION)} and older)"
            ) from None
        raise DocumentError(
            f"{shown}: its file format number ({format_version(version)}) is not one pmdesk "
            "knows; the file is damaged or was not written by pmdesk"
        ) from None
    return version


_NULL_VALUE = re.compile(r"NULL value in (\w+)\.(\w+)")


def _integrity_problem(raw: sqlite3.Connection, result: list[Any]) -> str:
    """How to end "is damaged" for what ``PRAGMA quick_check`` found: a missing required
    value names the row it is missing from (" (task t-3: duration is missing)"); SQLite's
    other findings mean nothing to a user (" and cannot be read")."""
    first = str(result[0][0]).splitlines()[0]
    found = _NULL_VALUE.fullmatch(first)
    if found is None:
        return " and cannot be read"
    table, column = found.groups()
    try:
        # typeof(), not IS NULL: SQLite takes a NOT NULL column's word for it and would
        # answer IS NULL with no row at all.
        row = raw.execute(
            f'SELECT uid FROM "{table}" WHERE typeof("{column}") = \'null\' LIMIT 1'
        ).fetchone()
    except sqlite3.Error:
        row = None
    who = f"{table} {row[0]}" if row and isinstance(row[0], str) else table
    return f" ({who}: {column.replace('_', ' ')} is missing)"


@dataclass
class _Vetted:
    """What checking a copy of a project found: its version, the database code it
    removed and the rows it repaired."""

    version: Version
    upgraded_from: Version | None
    removed: str  # the message about database objects removed, or ""
    repaired: str  # the message about rows left out or moved to be read, or ""

    @property
    def notices(self) -> list[str]:
        """What the user hears about: the code removed, then the rows repaired."""
        return [n for n in (self.removed, self.repaired) if n]


def _vet(raw: sqlite3.Connection, shown: str, expected: Version | None) -> _Vetted:
    """Check the copy behind ``raw`` and make it safe to use; it is the only copy written.

    Checks its integrity and identity, drops every schema object pmdesk did not create
    (the file's own SQL must never run), upgrades an older format, and compares the tables
    with pmdesk's. ``expected`` is the version the file's header names (None when a
    journal was applied and the header may be older than the content).
    """
    harden(raw)
    try:
        result = raw.execute("PRAGMA quick_check").fetchall()
        if [r[0] for r in result] != ["ok"]:
            raise DocumentError(f"{shown}: is damaged{_integrity_problem(raw, result)}")
        app_id = raw.execute("PRAGMA application_id").fetchone()[0]
        stored_version = raw.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.DatabaseError:
        raise DocumentError(f"{shown}: is damaged and cannot be read") from None
    if app_id != APPLICATION_ID:
        raise DocumentError(f"{shown}: is a database of another program, not a pmdesk project")
    version = _checked_version(shown, stored_version)
    if expected is not None and version != expected:
        raise DocumentError(f"{shown}: is damaged (its header and content disagree)")
    removed_note = ""
    try:
        if raw.execute("PRAGMA journal_mode").fetchone()[0].lower() == "wal":
            raw.execute("PRAGMA journal_mode = DELETE")
        removed = remove_foreign_objects(raw, version)
    except sqlite3.DatabaseError as exc:
        raise DocumentError(
            f"{shown}: holds database objects pmdesk cannot remove ({_db_reason(exc)}); "
            "it was not opened"
        ) from None
    if removed:
        listed = ", ".join(obj.describe() for obj in removed[:6])
        more = f" and {len(removed) - 6} more" if len(removed) > 6 else ""
        removed_note = (
            f"{shown} held database code or objects that pmdesk does not write ({listed}"
            f"{more}). They were removed from the copy you work on and never ran; saving "
            "writes the project without them."
        )
    upgraded_from = None
    if version < FORMAT_VERSION:
        engine = _connection_engine(raw)
        try:
            upgraded_from, version = version, _upgrade(engine, version, shown)
        finally:
            engine.dispose(close=False)  # the connection is the caller's
    try:
        problem = structure_problem(raw, version) or order_problem(raw)
    except sqlite3.DatabaseError:
        raise DocumentError(f"{shown}: is damaged and cannot be read") from None
    if problem is not None:
        if problem.startswith("missing tables: "):
            raise _not_a_project(shown, problem.removeprefix("missing tables: "))
        raise DocumentError(f"{shown}: is damaged ({problem})")
    dropped, loops = _repair_and_index(raw, shown)
    repairs: list[str] = []
    if dropped:
        repairs.append(
            f"{shown} held {', '.join(dropped)} naming rows that are not in the project "
            "(a task or feature no longer there); they were left out of the copy you "
            "work on.")
    if loops:
        repairs.append(
            f"{shown} held a loop of parents ({'; '.join(loops)}); the first of each "
            "loop now stands at the top level in the copy you work on.")
    return _Vetted(version, upgraded_from, removed_note, " ".join(repairs))


def _repair_and_index(raw: sqlite3.Connection, shown: str) -> tuple[list[str], list[str]]:
    """Leave out rows that refer to rows the copy lacks, open each loop of rows inside
    themselves, and build its search index from its rows (the file's own index is never
    used); what was left out and the loops opened. A row that cannot be read is left for
    loading to name."""
    engine = _connection_engine(raw)
    dropped: list[str] = []
    loops: list[str] = []
    try:
        with Session(engine) as session, session.begin():
            dropped = repository.drop_dangling(session)
            loops = repository.break_parent_loops(session)
            repository.rebuild_search(session)
    except repository.DataError:
        pass
    except (SQLAlchemyError, sqlite3.Error):
        raise DocumentError(f"{shown}: is damaged and cannot be read") from None
    finally:
        engine.dispose(close=False)
    return dropped, loops


# --------------------------------------------------------------------------- engines


def _configure(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.execute("PRAGMA trusted_schema = OFF")
    cursor.close()


# Statements compiled to SQL, shared by the engines of every file opened in this process:
# each file gets its own engine, and compiling pmdesk's few dozen statements again for each
# (the project's big SELECTs most of all) would cost a tenth of opening a large project.
_COMPILED: LRUCache[Any, Any] = LRUCache(500)


def _file_engine(path: Path) -> Engine:
    engine = create_engine(URL.create("sqlite", database=str(path)))
    event.listen(engine, "connect", _configure)
    return engine.execution_options(compiled_cache=_COMPILED)


def _connection_engine(raw: sqlite3.Connection) -> Engine:
    """An engine over one already open connection (an in-memory copy, or a copy being
    checked)."""
    engine = create_engine("sqlite://", creator=lambda: raw, poolclass=StaticPool)
    event.listen(engine, "connect", _configure)
    return engine.execution_options(compiled_cache=_COMPILED)


def _not_a_project(shown: str, lacking: str) -> DocumentError:
    return DocumentError(
        f"{shown}: is not a pmdesk project or is damaged (parts of a project are missing: "
        f"{lacking})"
    )


def _upgrade(engine: Engine, raw_version: Version, shown: str) -> Version:
    """Run the migration ladder in ``engine`` and record the new version; a file without
    a project's tables is not one to upgrade."""
    try:
        with engine.begin() as connection:
            lacking = missing_tables(connection)
            if lacking:
                raise _not_a_project(shown, ", ".join(sorted(lacking)))
            version = upgrade(connection, raw_version)
            connection.exec_driver_sql(f"PRAGMA user_version = {pack_version(version)}")
    except (SQLAlchemyError, SchemaError) as exc:
        if _schema_refused(exc):
            raise DocumentError(
                f"{shown}: is damaged: its file format number ({format_version(raw_version)})"
                " does not match its tables (the file was damaged or changed by another "
                "program)"
            ) from None
        raise DocumentError(
            f"{shown}: cannot be upgraded from file format {format_version(raw_version)} "
            f"({_db_reason(exc)})"
        ) from None
    return version


def _schema_refused(exc: BaseException) -> bool:
    """Whether SQLite refused a statement of the migration ladder for what the tables
    hold (a column or table the older format cannot have), rather than for the disk or
    the copy (full, unreadable)."""
    detail = getattr(exc, "orig", None)
    return isinstance(detail, sqlite3.Error) and getattr(
        detail, "sqlite_errorcode", None) == sqlite3.SQLITE_ERROR


def _load(engine: Engine, shown: str) -> Plan:
    try:
        with Session(engine) as session:
            return repository.load_plan(session)
    except repository.DataError as exc:
        raise DocumentError(f"{shown}: is damaged ({exc})") from None
    except (SQLAlchemyError, sqlite3.Error):
        raise DocumentError(f"{shown}: is damaged and cannot be read") from None


def _build(path: Path, plan: Plan, revisions: list[dict[str, Any]] | None = None, *,
           first: bool = False) -> None:
    """Write ``plan`` as a new project database at ``path`` (an empty or missing file),
    with the journal's ``revisions`` rows when given, or its first revision (``first``:
    copies of a new file then share an ancestor however they go on)."""
    engine = _file_engine(path)
    try:
        with engine.begin() as connection:
            connection.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
            connection.exec_driver_sql(f"PRAGMA user_version = {pack_version(FORMAT_VERSION)}")
            create_schema(connection)
        with Session(engine) as session, session.begin():
            repository.write_plan(session, plan)
            if revisions:
                journal.put_rows(session, revisions)
            elif first:
                journal.record(session, None, plan, _display_name(_login()),
                               summary="new project")
    finally:
        engine.dispose()


# --------------------------------------------------------------------------- atomic writes


def _write_project(target: Path, fill: Callable[[Path], None], shown: str) -> None:
    """Write a project file whole or not at all (:func:`pmdesk.fileio.write_via`); every
    failure becomes one line naming the file."""
    try:
        write_via(target, fill)
    except OSError as exc:
        raise DocumentError(f"{shown}: cannot be written ({os_reason(exc)})") from None
    except (sqlite3.Error, SQLAlchemyError, repository.DataError) as exc:
        raise DocumentError(f"{shown}: cannot be written ({_db_reason(exc)})") from None


def _backup_name(path: Path, version: Version) -> Path:
    stem = path.name[: -len(path.suffix)] if path.suffix else path.name
    base = f"{stem} (format {format_version(version)} backup)"
    candidate = path.with_name(base + path.suffix)
    n = 2
    while candidate.exists():
        candidate = path.with_name(f"{base} {n}{path.suffix}")
        n += 1
    return candidate


def _writable_target(shown_path: Path) -> tuple[Path, str]:
    """Where a project is to be written, resolved, and how messages name it; DocumentError
    for a path that cannot be a project file (a folder, a link loop, a name too long)."""
    shown = describe_path(shown_path)
    try:
        target = shown_path.resolve()
        st = os.stat(target)
    except FileNotFoundError:
        return target, shown
    except RuntimeError:
        raise DocumentError(f"{shown}: cannot be written (its links form a loop)") from None
    except (OSError, ValueError) as exc:
        reason = _path_reason(exc) if isinstance(exc, OSError) else "the name holds a NUL"
        raise DocumentError(f"{shown}: cannot be written ({reason})") from None
    if stat.S_ISDIR(st.st_mode):
        raise DocumentError(f"{shown}: is a directory, not a project file")
    if not stat.S_ISREG(st.st_mode):
        raise DocumentError(f"{shown}: is not a regular file; a project is not written over it")
    return target, shown


def _signature(path: Path) -> tuple[int, int, int] | None:
    """What tells this version of a file from a later one written over it."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_ino, st.st_size, st.st_mtime_ns


def _size_text(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB"
    return f"{max(1, size // 1024)} KB"


def _remove_leftovers(target: Path) -> str:
    """Delete the temporary files interrupted saves of ``target`` left beside it (only the
    lock holder may: nobody else is saving it); a note saying so, or ""."""
    removed, size = 0, 0
    for leftover in leftover_temporaries(target) + leftover_temporaries(lock_path(target)):
        try:
            size += leftover.stat().st_size
            leftover.unlink()
            removed += 1
        except OSError:
            continue
    if not removed:
        return ""
    files = "file" if removed == 1 else "files"
    return (
        f"Removed {removed} temporary {files} ({_size_text(size)}) that an interrupted save "
        f"left beside {describe_path(target.name)}."
    )


# --------------------------------------------------------------------------- recovery


@dataclass(frozen=True)
class RecoveryInfo:
    """A working copy with unsaved edits left behind by a pmdesk that did not close."""

    working_copy: Path
    original_path: Path | None  # None: the project was never saved
    modified: datetime  # when its last edit was written
    project_name: str
    # The original file as the crashed pmdesk last read or wrote it: a Save of the
    # recovered copy is refused (SaveConflict) if the file has changed since.
    original_signature: tuple[int, int, int] | None = None


@dataclass(frozen=True)
class RecoveryScan:
    """What :func:`scan_recovery` found: copies to offer back, and what it cleared."""

    copies: list[RecoveryInfo]
    removed: int = 0
    removed_bytes: int = 0

    def note(self) -> str:
        """"Removed 3 working copies (12 MB) …", or "" when nothing was removed."""
        if not self.removed:
            return ""
        files = "copy" if self.removed == 1 else "copies"
        return (
            f"Removed {self.removed} leftover working {files} ({_size_text(self.removed_bytes)}) "
            "that held no unsaved changes."
        )


def _sidecar(working_copy: Path) -> Path:
    return working_copy.with_suffix(".json")


def _write_sidecar(
    working_copy: Path,
    original: Path | None,
    dirty: bool,
    signature: tuple[int, int, int] | None = None,
) -> None:
    data = {
        "original": None if original is None else str(original),
        "host": _host(),
        "pid": os.getpid(),
        "dirty": dirty,
        "signature": None if signature is None else list(signature),
    }
    write_atomically(_sidecar(working_copy), json.dumps(data).encode("utf-8"))


def _working_copy_files(working_copy: Path) -> list[Path]:
    return [
        working_copy,
        *(working_copy.with_name(working_copy.name + s) for s in (*_SIDE_FILES, "-shm")),
        _sidecar(working_copy),
    ]


def _remove_working_copy(working_copy: Path) -> int:
    """Delete a working copy and what lies beside it; the bytes freed."""
    freed = 0
    for p in _working_copy_files(working_copy):
        with contextlib.suppress(OSError):
            freed += p.stat().st_size
            p.unlink()
    return freed


def _project_name(working_copy: Path) -> str:
    try:
        raw = sqlite3.connect(f"{working_copy.as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return ""
    try:
        harden(raw)
        row = raw.execute("SELECT name FROM project LIMIT 1").fetchone()
        return str(row[0]) if row else ""
    except sqlite3.Error:
        return ""
    finally:
        raw.close()


# A working copy without a sidecar this old was left by a pmdesk that died while opening.
_ORPHAN_AGE_SECONDS = 3600


@dataclass(frozen=True)
class _Note:
    """What a working copy's sidecar says (see the module notes)."""

    host: str
    pid: int
    dirty: bool
    original: Path | None = None
    signature: tuple[int, int, int] | None = None


def _read_sidecar(sidecar: Path) -> _Note | None:
    try:
        data = json.loads(sidecar.read_text(encoding="utf-8"))
        owner_host, pid = str(data["host"]), data["pid"]
        if type(pid) is not int:
            raise TypeError("pid")
        signature = data.get("signature")
        if signature is not None:
            signature = tuple(int(v) for v in signature)
            if len(signature) != 3:
                raise ValueError("signature")
        return _Note(
            owner_host,
            pid,
            data["dirty"] is True,
            Path(data["original"]) if data.get("original") else None,
            signature,
        )
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def scan_recovery() -> RecoveryScan:
    """Working copies with unsaved edits whose pmdesk ended without closing them, newest
    first; copies left without unsaved edits (and their temporary files) are deleted on the
    way, since nothing in them can be lost, and counted.

    A copy whose note cannot be read, or names an impossible process, is offered back like
    any other: it may hold someone's work.
    """
    found: list[RecoveryInfo] = []
    removed, freed = 0, 0
    host = _host()
    folder = recovery_dir()
    now = datetime.now().timestamp()
    for working_copy in sorted(folder.glob(f"*{SUFFIX}")):
        sidecar = _sidecar(working_copy)
        if sidecar.exists():
            # An unreadable note: offer the copy back, it may hold someone's work.
            note = _read_sidecar(sidecar) or _Note("", 0, True)
        else:
            try:
                age = now - working_copy.stat().st_mtime
            except OSError:
                continue
            if age < _ORPHAN_AGE_SECONDS:
                continue  # a pmdesk may be opening it right now
            note = _Note(host, 0, False)
        if note.host and (note.host != host or _pid_running(note.pid)):
            continue  # still in use, or on another machine we cannot ask
        if not note.dirty:
            freed += _remove_working_copy(working_copy)
            removed += 1
            continue
        try:
            modified = datetime.fromtimestamp(working_copy.stat().st_mtime)
        except OSError:
            continue
        found.append(
            RecoveryInfo(
                working_copy=working_copy,
                original_path=note.original,
                modified=modified,
                project_name=_project_name(working_copy),
                original_signature=note.signature,
            )
        )
    for sidecar in folder.glob("*.json"):
        if not sidecar.with_suffix(SUFFIX).exists():
            with contextlib.suppress(OSError):
                sidecar.unlink()
    for tmp in folder.glob(".*.tmp*"):  # a sidecar's or working copy's interrupted write
        with contextlib.suppress(OSError):
            if now - tmp.stat().st_mtime > _ORPHAN_AGE_SECONDS:
                freed += tmp.stat().st_size
                tmp.unlink()
                removed += 1
    found.sort(key=lambda info: info.modified, reverse=True)
    return RecoveryScan(found, removed, freed)


def recoverable_copies() -> list[RecoveryInfo]:
    """The crash-recovery copies to offer back, newest first (see :func:`scan_recovery`)."""
    return scan_recovery().copies


def discard_recovery(info: RecoveryInfo) -> None:
    """Delete a crash-recovery copy for good."""
    _remove_working_copy(info.working_copy)


# --------------------------------------------------------------------------- the document


def _try_lock(target: Path, *, take_over: bool) -> tuple[LockInfo | None, str, str]:
    """Our lock on ``target`` and a note on a stale lock taken over; or None and the
    message saying why the project is read-only."""
    me = LockInfo.mine()
    try:
        holder, note = _acquire_lock(target, me, take_over=take_over)
    except OSError as exc:
        name = describe_path(target.name)
        return None, f"{name} cannot be locked ({os_reason(exc)}); opened read-only", ""
    if holder is None:
        return me, "", note
    return None, f"{holder.describe()}; opened read-only", ""


def _new_working_copy() -> Path:
    return recovery_dir() / f"{secrets.token_hex(8)}{SUFFIX}"


def _copy_project(source: Path, destination: Path) -> bool:
    """Copy a project file with the ``-wal`` or ``-journal`` SQLite keeps beside it, so the
    copy opens in the file's last committed state; whether there was one."""
    shutil.copyfile(source, destination)
    side = False
    for suffix in _SIDE_FILES:
        beside = source.with_name(source.name + suffix)
        try:
            if beside.is_file() and beside.stat().st_size > 0:
                shutil.copyfile(beside, destination.with_name(destination.name + suffix))
                side = True
        except OSError:
            continue
    return side


def _prepare_working_copy(shown: str, source: Path, expected: Version) -> tuple[Path, _Vetted]:
    """Copy ``source`` into a new working copy, check it and make it safe."""
    working_copy = _new_working_copy()
    try:
        side = _copy_project(source, working_copy)
        raw = sqlite3.connect(working_copy)
        try:
            vetted = _vet(raw, shown, None if side else expected)
        finally:
            raw.close()
    except OSError as exc:
        _remove_working_copy(working_copy)
        raise DocumentError(f"{shown}: cannot be read ({os_reason(exc)})") from None
    except BaseException:
        _remove_working_copy(working_copy)
        raise
    return working_copy, vetted


class ProjectDocument:
    """One open project: its file on disk, its local working copy, its lock.

    Edit through :meth:`session` (each session is one user action); the edits land in the
    working copy, and :meth:`save` puts them in the file. Use as a context manager or call
    :meth:`close` to release the lock and delete the working copy.
    """

    def __init__(
        self,
        working_copy: Path,
        path: Path | None,
        *,
        read_only: bool = False,
        lock_message: str = "",
        lock: LockInfo | None = None,
        dirty: bool = False,
        upgraded_from: Version | None = None,
        backup_path: Path | None = None,
        notices: list[str] | None = None,
        removed_code: str = "",
        repairs: str = "",
        signature: tuple[int, int, int] | None = None,
        version: Version = FORMAT_VERSION,
    ) -> None:
        """Adopt an already prepared working copy; use the classmethods instead."""
        self._version = version
        # The content of the last revision saved (or opened): the journal's next delta
        # is taken against it. None for a new project or a recovered copy.
        self._saved: Plan | None = None
        # The merges made since the last save and not undone: each a colleague's revisions.
        self._merges: list[list[journal.Revision]] = []
        self._pending: Plan | None = None
        self._working_copy = working_copy
        self._path = path
        self._read_only = read_only
        self._lock_message = lock_message
        self._lock = lock
        self._dirty = dirty
        self._upgraded_from = upgraded_from
        self._backup_path = backup_path
        self._notices = list(notices or ())
        self._removed_code = removed_code
        self._repairs = repairs
        self._signature = signature
        self._engine: Engine | None = _file_engine(working_copy)
        _write_sidecar(working_copy, path, dirty, signature)

    # -- creating ------------------------------------------------------------------------

    @classmethod
    def new(cls, plan: Plan) -> ProjectDocument:
        """An untitled project holding ``plan``; Save As gives it a file."""
        working_copy = _new_working_copy()
        try:
            _build(working_copy, plan)
            return cls(working_copy, None)
        except (SQLAlchemyError, OSError, repository.DataError) as exc:
            _remove_working_copy(working_copy)
            raise DocumentError(
                f"{describe_path(working_copy)}: cannot create a working copy "
                f"({_db_reason(exc)})"
            ) from None

    @classmethod
    def open(
        cls, path: str | os.PathLike[str], *, read_only: bool = False, take_over: bool = False
    ) -> ProjectDocument:
        """Open the project at ``path``.

        When someone else has it open, the document is read-only and :attr:`lock_message`
        says who; ``take_over=True`` takes their lock instead. Raises :class:`DocumentError`
        for anything that is not a readable pmdesk project; the file is never modified, and
        a refused file leaves no lock behind.
        """
        shown_path = Path(path)
        shown = describe_path(shown_path)
        expected = _check_header(shown_path)
        try:
            target = shown_path.resolve()
        except (OSError, RuntimeError) as exc:
            reason = _path_problem(exc) if isinstance(exc, OSError) else "its links form a loop"
            raise DocumentError(f"{shown}: {reason}") from None
        notices: list[str] = []
        if read_only:
            holder = _read_lock(target)
            lock = None
            busy = f"{holder.describe()}; opened read-only" if holder and not holder.stale else ""
        else:
            lock, busy, note = _try_lock(target, take_over=take_over)
            read_only = lock is None
            notices += [note] if note else []
        try:
            signature = _signature(target)
            working_copy, vetted = _prepare_working_copy(shown, target, expected)
        except BaseException:
            if lock is not None:
                _release_lock(target, lock)
            raise
        backup = None
        try:
            if vetted.upgraded_from is not None and not read_only:
                backup = _backup_name(target, vetted.upgraded_from)

                def copy_original(tmp: Path) -> None:
                    shutil.copyfile(target, tmp)

                _write_project(backup, copy_original, describe_path(backup))
            if lock is not None:
                leftovers = _remove_leftovers(target)
                notices += [leftovers] if leftovers else []
            return cls(
                working_copy,
                target,
                read_only=read_only,
                lock_message=busy,
                lock=lock,
                upgraded_from=vetted.upgraded_from,
                backup_path=backup,
                notices=[*notices, *vetted.notices],
                removed_code=vetted.removed,
                repairs=vetted.repaired,
                signature=signature,
                version=vetted.version,
            )
        except BaseException:
            if lock is not None:
                _release_lock(target, lock)
            _remove_working_copy(working_copy)
            raise

    @classmethod
    def recover(cls, info: RecoveryInfo) -> ProjectDocument:
        """Take back a working copy a crash left behind, with its unsaved edits."""
        shown = describe_path(info.original_path or info.working_copy)
        try:
            raw = sqlite3.connect(info.working_copy)
        except sqlite3.Error as exc:
            raise DocumentError(
                f"{shown}: the recovered copy cannot be read ({_db_reason(exc)})"
            ) from None
        try:
            vetted = _vet(raw, shown, None)
        finally:
            raw.close()
        lock, busy, note = None, "", ""
        if info.original_path is not None:
            lock, busy, note = _try_lock(info.original_path, take_over=False)
        return cls(
            info.working_copy,
            info.original_path,
            read_only=info.original_path is not None and lock is None,
            lock_message=busy,
            lock=lock,
            dirty=True,
            notices=[n for n in (note, *vetted.notices) if n],
            removed_code=vetted.removed,
            repairs=vetted.repaired,
            signature=info.original_signature,
            version=vetted.version,
        )

    # -- state ---------------------------------------------------------------------------

    @property
    def path(self) -> Path | None:
        """The project file; None while untitled."""
        return self._path

    @property
    def read_only(self) -> bool:
        """Save is refused (someone else has the file open); Save As still works."""
        return self._read_only

    @property
    def lock_message(self) -> str:
        """Why the document is read-only, naming who has it open; empty when writable."""
        return self._lock_message

    @property
    def notices(self) -> list[str]:
        """What opening the project had to do that the user should hear about: a stale lock
        taken over, leftovers of an interrupted save removed, database code removed, rows
        repaired."""
        return list(self._notices)

    @property
    def removed_code(self) -> str:
        """The message about triggers, views and other database objects the file held and
        pmdesk removed from the working copy; empty when it held none."""
        return self._removed_code

    @property
    def repairs(self) -> str:
        """The message about rows pmdesk had to change in the working copy to read the
        file (rows naming rows that are not there left out, loops of parents opened);
        empty when it changed none."""
        return self._repairs

    @property
    def dirty(self) -> bool:
        """The working copy has edits the file does not."""
        return self._dirty

    @property
    def upgraded_from(self) -> Version | None:
        """The older file format this document was upgraded from when opened, if any."""
        return self._upgraded_from

    @property
    def backup_path(self) -> Path | None:
        """The copy of the original written before upgrading its format, if any."""
        return self._backup_path

    @property
    def working_copy(self) -> Path:
        """The local database the edits go to."""
        return self._working_copy

    @staticmethod
    def read_lock(path: str | os.PathLike[str]) -> LockInfo | None:
        """Who has the project at ``path`` open; None when nobody does."""
        return _read_lock(Path(path).resolve())

    def _live_engine(self) -> Engine:
        if self._engine is None:
            raise DocumentError(f"{self._shown}: the document is closed")
        return self._engine

    @property
    def _shown(self) -> str:
        return describe_path(self._path) if self._path is not None else "untitled project"

    def _mark(self, dirty: bool) -> None:
        if dirty != self._dirty:
            self._dirty = dirty
            with contextlib.suppress(OSError):
                _write_sidecar(self._working_copy, self._path, dirty, self._signature)

    # -- reading and editing ---------------------------------------------------------------

    @property
    def format_version(self) -> Version:
        """The file format the project file was written in (newer than this pmdesk's for
        a file of a newer minor version)."""
        return self._version

    def load_plan(self) -> Plan:
        """The whole project as it is in the working copy."""
        plan = _load(self._live_engine(), self._shown)
        if self._saved is None and not self._dirty and self._path is not None:
            self._saved = copy_plan(plan)
        return plan

    def revisions(self) -> list[journal.Revision]:
        """The project's revisions, oldest first (DocumentError for a damaged journal)."""
        try:
            with Session(self._live_engine()) as session:
                return journal.read_revisions(session)
        except journal.JournalError as exc:
            raise DocumentError(f"{self._shown}: its journal of revisions is damaged "
                                f"({exc})") from None

    def journaled(self, plan: Plan) -> Journaled:
        """This project as a merge reads it: ``plan`` (the window's, unsaved edits
        included) with the journal of its working copy."""
        head = self._saved
        if head is None and self._path is not None:
            head = open_plan(self._path)
        return Journaled(self._path or self._working_copy, self._shown, plan,
                         self.revisions(), self._version, self._live_engine(), head)

    def note_merge(self, theirs: list[journal.Revision], made: bool = True) -> None:
        """The next save records a merge of the colleague's revisions ``theirs`` (their
        newest is the one merged); ``made=False``: that merge was undone, and the next
        save does not claim it (one saved since already did, and stays as it is)."""
        if not theirs:
            return
        if made:
            self._merges.append(list(theirs))
            return
        head = theirs[-1].id
        for i in range(len(self._merges) - 1, -1, -1):
            if self._merges[i][-1].id == head:
                del self._merges[i]
                break

    def _record(self, plan: Plan | None) -> str:
        """Add the revision this save makes to the working copy; its id."""
        current = plan if plan is not None else _load(self._live_engine(), self._shown)
        try:
            budget = int(self._working_copy.stat().st_size * journal.BUDGET_SHARE)
        except OSError:
            budget = journal.MIN_BUDGET
        merged = [r for merge in self._merges for r in merge]
        head = self._merges[-1][-1].id if self._merges else None
        try:
            with self.session() as session:
                rev = journal.record(session, self._saved, current, _display_name(_login()),
                                     merged=merged, merged_head=head, budget=budget)
        except journal.JournalError as exc:
            raise DocumentError(f"{self._shown}: its journal of revisions is damaged "
                                f"({exc}); use Save As to write a new file") from None
        self._pending = copy_plan(current)
        return rev.id

    def _forget(self, rid: str) -> None:
        """Take back a revision a failed save recorded."""
        with contextlib.suppress(DocumentError, SQLAlchemyError), self.session() as session:
            session.execute(delete(RevisionRow).where(RevisionRow.id == rid))

    def _saved_as(self, rid: str | None) -> None:
        if rid is not None:
            self._saved = self._pending
            self._merges = []

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        """A Session on the working copy for one user action: commits on success, rolls
        back on error. Any row it writes makes the document dirty.

        A working copy that cannot take the write (a full disk, an I/O error) raises
        :class:`DocumentError` saying so, with nothing written.
        """
        try:
            with Session(self._live_engine()) as session:
                raw = session.connection().connection.dbapi_connection
                assert raw is not None
                before = raw.total_changes
                try:
                    yield session
                    changed = raw.total_changes != before
                    session.commit()
                except BaseException:
                    session.rollback()
                    raise
        except (SQLAlchemyError, sqlite3.Error, OSError) as exc:
            raise DocumentError(
                f"the working copy of {self._shown} cannot take the change ({_db_reason(exc)})"
            ) from None
        if changed:
            self._mark(True)

    def replace_contents(self, plan: Plan) -> None:
        """Make the working copy hold exactly ``plan`` (after edits it could not take were
        kept in memory), written whole or not at all."""
        def fill(tmp: Path) -> None:
            with Session(self._live_engine()) as session:
                kept = journal.journal_rows(session)
            _build(tmp, plan, kept)
            self._live_engine().dispose()

        try:
            write_via(self._working_copy, fill)
        except (SQLAlchemyError, sqlite3.Error, OSError) as exc:
            raise DocumentError(
                f"the working copy of {self._shown} cannot be rewritten ({_db_reason(exc)})"
            ) from None
        self._engine = _file_engine(self._working_copy)
        self._dirty = False
        self._mark(True)

    # -- saving ----------------------------------------------------------------------------

    def save(self, plan: Plan | None = None) -> None:
        """Write the working copy over the project file, atomically, as a new revision
        of the journal (``plan``: the working copy's content, when the caller holds it).

        Raises :class:`SaveConflict` (and writes nothing) when the lock was taken over or
        the file changed on disk since this document opened or last saved it.
        """
        if self._path is None:
            raise DocumentError("untitled project: choose a file name with Save As")
        if self._read_only:
            raise DocumentError(
                f"{self._shown}: opened read-only ({self._lock_message}); use Save As"
            )
        self._check_still_ours(self._path)
        rid = self._record(plan)
        try:
            self._write_to(self._path, self._shown)
        except BaseException:
            self._forget(rid)
            raise
        self._saved_as(rid)
        self._signature = _signature(self._path)
        self._mark(False)

    def _check_still_ours(self, path: Path) -> None:
        if self._lock is None:
            return
        keep = (
            "Your changes were not written: use Save As to keep them under another name "
            "(merging the two versions will come in a later version of pmdesk)."
        )
        holder = _read_lock(path)
        if holder is not None and holder.token != self._lock.token:
            raise SaveConflict(
                f"{self._shown}: {holder.describe()} (they took it over). {keep}"
            )
        now = _signature(path)
        if self._signature is not None and now is not None and now != self._signature:
            raise SaveConflict(
                f"{self._shown}: was changed on disk since you opened it (by someone who "
                f"took the project over, or by another program). {keep}"
            )
        if holder is None:
            # Someone deleted the lock file; put it back before writing.
            with contextlib.suppress(OSError):
                _create_lock(path, self._lock)

    def save_as(self, path: str | os.PathLike[str], plan: Plan | None = None) -> None:
        """Write the project to ``path`` and continue working on that file."""
        target, shown = _writable_target(Path(path))
        if target == self._path and not self._read_only:
            self.save(plan)
            return
        me, notes = _claim(target, shown, "choose another name")
        rid = None
        try:
            rid = self._record(plan)
            self._write_to(target, shown)
        except BaseException:
            if rid is not None:
                self._forget(rid)
            _release_lock(target, me)
            raise
        self._saved_as(rid)
        if self._path is not None and self._lock is not None:
            _release_lock(self._path, self._lock)
        self._path = target
        self._lock = me
        self._read_only = False
        self._lock_message = ""
        self._notices = notes
        self._signature = _signature(target)
        self._dirty = True  # forces the sidecar to name the new file
        self._mark(False)

    def _write_to(self, target: Path, shown: str) -> None:
        engine = self._live_engine()

        def fill(tmp: Path) -> None:
            with engine.connect() as connection:
                raw = connection.connection.dbapi_connection
                assert raw is not None
                dst = sqlite3.connect(tmp)
                try:
                    raw.backup(dst)
                finally:
                    dst.close()

        _write_project(target, fill, shown)

    def revert(self) -> Plan:
        """Throw away unsaved edits: the working copy becomes the saved file again."""
        if self._path is None:
            raise DocumentError("untitled project: there is no saved file to revert to")
        expected = _check_header(self._path)
        signature = _signature(self._path)
        fresh, _vetted = _prepare_working_copy(self._shown, self._path, expected)
        try:
            plan = _load_file(fresh, self._shown)

            def fill(tmp: Path) -> None:
                self._live_engine().dispose()
                os.replace(fresh, tmp)

            write_via(self._working_copy, fill)
        finally:
            _remove_working_copy(fresh)
        self._engine = _file_engine(self._working_copy)
        self._signature = signature
        self._mark(False)
        return plan

    def close(self, *, keep_working_copy: bool = False) -> None:
        """Release the lock and delete the working copy; unsaved edits are discarded.
        ``keep_working_copy`` leaves it (and its edits) to be offered back later."""
        if self._engine is None:
            return
        self._engine.dispose()
        self._engine = None
        if self._path is not None and self._lock is not None:
            _release_lock(self._path, self._lock)
            self._lock = None
        if not keep_working_copy:
            _remove_working_copy(self._working_copy)

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def _load_file(path: Path, shown: str) -> Plan:
    engine = _file_engine(path)
    try:
        return _load(engine, shown)
    finally:
        engine.dispose()


# --------------------------------------------------------------------------- command line


def _committed_bytes(source: Path, shown: str) -> bytes:
    """The bytes of the project file as SQLite reads it: with the last commits its
    ``-wal`` holds (or an interrupted write its ``-journal`` undoes) applied, in a private
    temporary folder, so the command line reads what the window reads."""
    with tempfile.TemporaryDirectory(prefix="pmdesk-") as folder:
        copy = Path(folder) / "project.pmdesk"
        try:
            _copy_project(source, copy)
            raw = sqlite3.connect(copy)
            try:
                harden(raw)
                raw.execute("PRAGMA schema_version").fetchone()
                raw.execute("PRAGMA journal_mode = DELETE").fetchone()
            finally:
                raw.close()
            return copy.read_bytes()
        except OSError as exc:
            raise DocumentError(f"{shown}: cannot be read ({os_reason(exc)})") from None
        except sqlite3.DatabaseError:
            raise DocumentError(f"{shown}: is damaged and cannot be read") from None


def _needs_journal(source: Path, header_wal: bool) -> bool:
    return header_wal or any(
        source.with_name(source.name + s).exists() for s in _SIDE_FILES
    )


def open_plan(path: str | os.PathLike[str], *, notices: list[str] | None = None) -> Plan:
    """Read the project at ``path`` without locking it or writing anything beside it.

    Checks the file like :meth:`ProjectDocument.open` (removing foreign database objects
    and upgrading an older format in memory only); what the window would say about it is
    appended to ``notices`` when given.
    """
    shown_path = Path(path)
    shown = describe_path(shown_path)
    with _read_in_memory(shown_path, shown, _check_header(shown_path)) as (engine, vetted):
        if notices is not None:
            notices.extend(vetted.notices)
        return _load(engine, shown)


@contextlib.contextmanager
def _read_in_memory(path: Path, shown: str, expected: Version
                    ) -> Iterator[tuple[Engine, _Vetted]]:
    """The committed state of the project at ``path`` (its ``-wal`` or ``-journal``
    applied) as an in-memory database, vetted as an opened file is, and an engine on it;
    nothing is written beside the file."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise DocumentError(f"{shown}: {_path_problem(exc)}") from None
    side = _needs_journal(path, data[18:20] == b"\x02\x02")
    if side:
        data = _committed_bytes(path, shown)
    raw = sqlite3.connect(":memory:")
    try:
        try:
            raw.deserialize(data)
        except sqlite3.Error:
            raise DocumentError(f"{shown}: is damaged and cannot be read") from None
        vetted = _vet(raw, shown, None if side else expected)
        engine = _connection_engine(raw)
        try:
            yield engine, vetted
        finally:
            engine.dispose()
    finally:
        raw.close()


def save_plan(plan: Plan, path: str | os.PathLike[str]) -> list[str]:
    """Write ``plan`` as a new project file at ``path``, atomically (replacing any file),
    unless someone has that project open: every writer honours the lock. Returns notes on
    a stale lock taken over on the way."""
    target, shown = _writable_target(Path(path))
    with _locked_for_writing(target, shown) as notes:
        _write_project(target, lambda tmp: _build(tmp, plan, first=True), shown)
    return notes


# --------------------------------------------------------------------------- sharing


@dataclass
class Journaled:
    """A project read with its journal (the command line's ``diff`` and ``merge``)."""

    path: Path
    shown: str
    plan: Plan
    revisions: list[journal.Revision]
    version: Version
    _engine: Engine
    #: The content of the newest revision when it is not ``plan`` (an open project with
    #: unsaved edits).
    head: Plan | None = None

    def content_at(self, revision: str) -> Plan | None:
        """The content of ``revision``, rebuilt from this file's journal; None when a
        delta on the way is not kept; DocumentError for a damaged journal."""
        try:
            with Session(self._engine) as session:
                return journal.content_at(session, self.head or self.plan, self.revisions,
                                          revision)
        except journal.JournalError as exc:
            raise DocumentError(f"{self.shown}: its journal of revisions is damaged "
                                f"({exc})") from None


@contextlib.contextmanager
def open_journaled(path: str | os.PathLike[str]) -> Iterator[Journaled]:
    """Read the project at ``path`` with its journal, in memory (nothing is written);
    a file of a newer format than this pmdesk writes is refused, as merging it could
    lose what that format adds."""
    shown_path = Path(path)
    shown = describe_path(shown_path)
    expected = _check_header(shown_path)
    if expected > FORMAT_VERSION:
        raise DocumentError(
            f"{shown}: was saved by a newer pmdesk (file format {format_version(expected)}; "
            f"this pmdesk compares and merges format {format_version(FORMAT_VERSION)} and "
            "older): open it with that pmdesk")
    with _read_in_memory(shown_path, shown, expected) as (engine, vetted):
        plan = _load(engine, shown)
        try:
            with Session(engine) as session:
                revisions = journal.read_revisions(session)
        except journal.JournalError as exc:
            raise DocumentError(f"{shown}: its journal of revisions is damaged "
                                f"({exc})") from None
        yield Journaled(shown_path.resolve(), shown, plan, revisions, vetted.version, engine)


def derive_file(source: str | os.PathLike[str], target: str | os.PathLike[str],
                change: Callable[[Session, Plan], None], *, compact: bool = False,
                plan: Plan | None = None) -> list[str]:
    """Write to ``target`` the project at ``source`` as ``change(session, plan)`` leaves
    it: the source is read into a fresh working copy (checked as any project is), the
    change is made there, and the copy is written to the target whole or not at all,
    honouring the target's lock. ``compact``: rebuild the copy first (VACUUM), so no
    removed content is left in its free pages. Nothing is written when ``change``
    raises. ``plan``: the source's content when the caller has read it already.
    Returns notes on a stale lock taken over."""
    target_path, shown = _writable_target(Path(target))
    with ProjectDocument.open(source, read_only=True) as doc:
        if doc.format_version > FORMAT_VERSION:
            raise DocumentError(
                f"{doc._shown}: was saved by a newer pmdesk (file format "
                f"{format_version(doc.format_version)}); open it with that pmdesk")
        if plan is None:
            plan = doc.load_plan()
        try:
            with doc.session() as session:
                change(session, plan)
        except journal.JournalError as exc:  # recording the change read the journal
            raise DocumentError(f"{doc._shown}: its journal of revisions is damaged "
                                f"({exc})") from None
        engine = doc._live_engine()
        if compact:
            try:
                with engine.connect() as connection:
                    connection.exec_driver_sql("VACUUM")
            except (SQLAlchemyError, sqlite3.Error) as exc:
                raise DocumentError(f"{shown}: cannot be written ({_db_reason(exc)})") from None
        with _locked_for_writing(target_path, shown) as notes:
            doc._write_to(target_path, shown)
    return notes
