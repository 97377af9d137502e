"""A ``.pmdesk`` project file on disk: open, save, save as, revert, close, lock and recovery.

This is the only module that knows the project file is SQLite.

Working copy
    Opening a project copies it into the per-user recovery folder
    (:func:`pmdesk.store.paths.recovery_dir`) and every edit goes to that copy; the original
    is read once and never written until Save. Beside each working copy ``<id>.pmdesk`` lies
    ``<id>.json``: ``{"original": path or null, "host", "pid", "dirty"}``. A copy whose
    process is gone and which has unsaved edits is what :func:`recoverable_copies` offers
    back after a crash.

Save
    The working copy is copied with SQLite's backup API into a temporary file in the
    target's folder, flushed to disk, and renamed over the target with :func:`os.replace`,
    so the target is always either the old project or the new one, never half of each.

Lock file
    ``~<file name>.lock`` beside the project (``~roadmap.pmdesk.lock`` for
    ``roadmap.pmdesk``), JSON: ``{"app": "pmdesk", "user": login, "name": display name,
    "host", "pid", "since": "YYYY-MM-DDTHH:MM:SS", "token"}``. A second opener gets the
    project read-only with :attr:`ProjectDocument.lock_message`. A lock is stale when it was
    written on this host by a process that is no longer running; a stale lock is taken over
    silently, any other only when the user asks (``take_over=True``).

File checks
    Before anything else the 100-byte SQLite header is read: a missing file, a directory, a
    file that is not SQLite, a truncated file, another application's database and a newer
    major format are each refused with a :class:`DocumentError` naming the file. The copy
    then gets ``PRAGMA quick_check`` and a check of its tables. An older format is upgraded
    in the working copy through :mod:`pmdesk.store.schema`'s ladder, after a backup copy of
    the original is written beside it (``roadmap (format 1.0 backup).pmdesk``).
"""

from __future__ import annotations

import contextlib
import getpass
import json
import os
import secrets
import shutil
import socket
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import Any, Self

from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session
from sqlalchemy.pool import StaticPool
from sqlalchemy.util import LRUCache

from pmdesk.core.model import Plan

from . import repository
from .paths import recovery_dir
from .schema import (
    APPLICATION_ID,
    CORE_TABLES,
    FORMAT_VERSION,
    SchemaError,
    Version,
    create_schema,
    format_version,
    migrations_from,
    pack_version,
    unpack_version,
    upgrade,
)

__all__ = [
    "DocumentError",
    "LockInfo",
    "ProjectDocument",
    "RecoveryInfo",
    "discard_recovery",
    "lock_path",
    "open_plan",
    "recoverable_copies",
    "save_plan",
]

SUFFIX = ".pmdesk"
_SQLITE_MAGIC = b"SQLite format 3\x00"


class DocumentError(Exception):
    """A project file cannot be opened or written; the message names the file and why."""


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
    """Whether process ``pid`` exists on this host."""
    if pid <= 0:
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
    except OSError:
        return False
    return True


@dataclass(frozen=True)
class LockInfo:
    """Who holds a project's lock file."""

    user: str
    name: str
    host: str
    pid: int
    since: datetime
    token: str = ""

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
        """Written on this host by a process that has ended (a crash left it behind)."""
        return self.host == _host() and not _pid_running(self.pid)

    def describe(self) -> str:
        """``Ana Silva (ana@laptop) has this project open since 2026-11-28 09:14``."""
        if not self.user:
            return "Someone has this project open (its lock file cannot be read)"
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
        data = json.loads(text)
        return cls(
            user=str(data["user"]),
            name=str(data.get("name") or data["user"]),
            host=str(data["host"]),
            pid=int(data["pid"]),
            since=datetime.fromisoformat(str(data["since"])),
            token=str(data.get("token", "")),
        )


# The holder of a lock file that cannot be read: not stale, so only taking over replaces it.
_UNKNOWN_HOLDER = LockInfo(user="", name="", host="", pid=0, since=datetime.min)


def _read_lock(path: Path) -> LockInfo | None:
    """The holder of ``path``'s lock; None when there is no lock file."""
    try:
        text = lock_path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except OSError:
        return _UNKNOWN_HOLDER
    try:
        return LockInfo.from_json(text)
    except (ValueError, KeyError, TypeError):
        # Locks are written whole before anyone can read them, so an unreadable one is
        # not pmdesk's; it is treated as held, and the user may take it over.
        return _UNKNOWN_HOLDER


def _create_lock(path: Path, me: LockInfo) -> bool:
    """Create the lock file if nobody has; False when one exists."""
    target = lock_path(path)
    try:
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    except FileExistsError:
        return False
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(me.to_json())
        f.flush()
        os.fsync(f.fileno())
    return True


def _replace_lock(path: Path, me: LockInfo) -> None:
    target = lock_path(path)
    fd, tmp = tempfile.mkstemp(prefix=".~lock.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(me.to_json())
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _acquire_lock(path: Path, me: LockInfo, *, take_over: bool) -> LockInfo | None:
    """Lock ``path`` for ``me``; return the holder instead when someone else has it.

    Raises OSError when the folder does not allow a lock file.
    """
    for _attempt in range(3):
        if _create_lock(path, me):
            return None
        holder = _read_lock(path)
        if holder is None:
            continue  # released between our two looks; try again
        if take_over or holder.stale:
            _replace_lock(path, me)
            return None
        return holder
    return _read_lock(path) or _UNKNOWN_HOLDER


def _release_lock(path: Path, me: LockInfo) -> None:
    """Remove the lock file if it is still ours (nobody took it over)."""
    holder = _read_lock(path)
    if holder is not None and holder.token == me.token and holder.host == me.host:
        with contextlib.suppress(OSError):
            lock_path(path).unlink()


# --------------------------------------------------------------------------- file checks


def _reason(exc: OSError) -> str:
    return (exc.strerror or str(exc)).lower()


def _check_header(path: Path) -> Version:
    """Refuse what is clearly not a readable pmdesk project, reading only the header;
    return the file format version the header names."""
    if not path.exists():
        raise DocumentError(f"{path}: no such file")
    if path.is_dir():
        raise DocumentError(f"{path}: is a directory, not a project file")
    try:
        size = path.stat().st_size
        with path.open("rb") as f:
            header = f.read(100)
    except OSError as exc:
        raise DocumentError(f"{path}: cannot be read ({_reason(exc)})") from None
    if size == 0:
        raise DocumentError(f"{path}: is empty, not a pmdesk project")
    if not header.startswith(_SQLITE_MAGIC):
        raise DocumentError(f"{path}: is not a pmdesk project or is damaged")
    if len(header) < 100:
        raise DocumentError(f"{path}: is damaged: the file is cut short (only {size} bytes)")
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        raise DocumentError(f"{path}: is damaged: its header cannot be read")
    page_count = int.from_bytes(header[28:32], "big")
    count_valid = header[24:28] == header[92:96] and page_count > 0
    if count_valid and size < page_size * page_count:
        raise DocumentError(
            f"{path}: is damaged: the file is cut short ({size:,} of {page_size * page_count:,}"
            " bytes; it may have been cut off while copying)"
        )
    if size % page_size:
        raise DocumentError(f"{path}: is damaged: the file is cut short")
    if int.from_bytes(header[68:72], "big") != APPLICATION_ID:
        raise DocumentError(f"{path}: is a database of another program, not a pmdesk project")
    version = unpack_version(int.from_bytes(header[60:64], "big", signed=True))
    _check_version(path, version)
    return version


def _check_version(path: Path, version: Version) -> None:
    try:
        migrations_from(version)
    except SchemaError:
        if version[0] > FORMAT_VERSION[0]:
            raise DocumentError(
                f"{path}: was saved by a newer pmdesk (file format {format_version(version)}; "
                f"this pmdesk reads format {format_version(FORMAT_VERSION)} and older)"
            ) from None
        raise DocumentError(
            f"{path}: has an unknown file format {format_version(version)}"
        ) from None


def _check_database(raw: sqlite3.Connection, path: Path) -> Version:
    """Check the content of an opened copy of ``path``; return its format version."""
    try:
        result = raw.execute("PRAGMA quick_check").fetchall()
        if [r[0] for r in result] != ["ok"]:
            raise DocumentError(f"{path}: is damaged and cannot be read")
        app_id = raw.execute("PRAGMA application_id").fetchone()[0]
        version = unpack_version(raw.execute("PRAGMA user_version").fetchone()[0])
        tables = {r[0] for r in raw.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    except sqlite3.DatabaseError:
        raise DocumentError(f"{path}: is damaged and cannot be read") from None
    if app_id != APPLICATION_ID:
        raise DocumentError(f"{path}: is a database of another program, not a pmdesk project")
    _check_version(path, version)
    lacking = sorted(CORE_TABLES - tables)
    if lacking:
        raise DocumentError(
            f"{path}: is not a pmdesk project or is damaged (parts of a project are missing:"
            f" {', '.join(lacking)})"
        )
    return version


# --------------------------------------------------------------------------- engines


def _configure(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.close()


# Statements compiled to SQL, shared by the engines of every file opened in this process:
# each file gets its own engine, and compiling pmdesk's few dozen statements again for each
# (the project's big SELECTs most of all) would cost a tenth of opening a large project.
_COMPILED = LRUCache(500)


def _file_engine(path: Path) -> Engine:
    engine = create_engine(URL.create("sqlite", database=str(path)))
    event.listen(engine, "connect", _configure)
    return engine.execution_options(compiled_cache=_COMPILED)


def _memory_engine(raw: sqlite3.Connection) -> Engine:
    engine = create_engine("sqlite://", creator=lambda: raw, poolclass=StaticPool)
    event.listen(engine, "connect", _configure)
    return engine.execution_options(compiled_cache=_COMPILED)


def _upgrade(engine: Engine, raw_version: Version, path: Path) -> Version:
    """Run the migration ladder in ``engine`` and record the new version."""
    try:
        with engine.begin() as connection:
            version = upgrade(connection, raw_version)
            connection.exec_driver_sql(f"PRAGMA user_version = {pack_version(version)}")
    except (SQLAlchemyError, SchemaError) as exc:
        raise DocumentError(
            f"{path}: cannot be upgraded from file format {format_version(raw_version)} ({exc})"
        ) from None
    return version


def _load(engine: Engine, path: Path | str) -> Plan:
    try:
        with Session(engine) as session:
            return repository.load_plan(session)
    except repository.DataError as exc:
        raise DocumentError(f"{path}: is damaged ({exc})") from None
    except SQLAlchemyError:
        raise DocumentError(f"{path}: is damaged and cannot be read") from None


def _build(path: Path, plan: Plan) -> None:
    """Write ``plan`` as a new project database at ``path`` (an empty or missing file)."""
    engine = _file_engine(path)
    try:
        with engine.begin() as connection:
            connection.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
            connection.exec_driver_sql(f"PRAGMA user_version = {pack_version(FORMAT_VERSION)}")
            create_schema(connection)
        with Session(engine) as session, session.begin():
            repository.write_plan(session, plan)
    finally:
        engine.dispose()


# --------------------------------------------------------------------------- atomic writes


def _fsync_file(path: Path) -> None:
    with path.open("rb+") as f:
        os.fsync(f.fileno())


def _fsync_dir(directory: Path) -> None:
    """Make a rename in ``directory`` durable (POSIX; Windows cannot open a folder)."""
    if os.name == "nt":
        return
    with contextlib.suppress(OSError):
        fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _temporary_beside(target: Path) -> Path:
    """Create an empty, hidden temporary file in ``target``'s folder.

    Created with the usual permissions (0666 less the umask), unlike :func:`tempfile.mkstemp`
    (0600), so a project saved for the first time is readable by colleagues on a share.
    """
    for _attempt in range(100):
        candidate = target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")
        try:
            fd = os.open(candidate, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        except FileExistsError:
            continue
        os.close(fd)
        return candidate
    raise FileExistsError(f"no free temporary name beside {target.name}")


def _write_atomically(target: Path, fill: Callable[[Path], None], shown: Path | str) -> None:
    """Have ``fill`` write a temporary file beside ``target``, then rename it over ``target``.

    On any failure the temporary file is removed and ``target`` is as it was.
    """
    try:
        tmp = _temporary_beside(target)
    except OSError as exc:
        raise DocumentError(f"{shown}: cannot be written ({_reason(exc)})") from None
    try:
        fill(tmp)
        with contextlib.suppress(OSError):
            # An existing project keeps its permissions (a shared file stays shared).
            os.chmod(tmp, target.stat().st_mode & 0o7777)
        _fsync_file(tmp)
        os.replace(tmp, target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        for leftover in (tmp.with_name(tmp.name + "-journal"),):
            with contextlib.suppress(OSError):
                leftover.unlink()
        if isinstance(exc, OSError):
            raise DocumentError(f"{shown}: cannot be written ({_reason(exc)})") from None
        if isinstance(exc, (sqlite3.Error, SQLAlchemyError)):
            raise DocumentError(f"{shown}: cannot be written ({exc})") from None
        raise
    _fsync_dir(target.parent)


def _backup_name(path: Path, version: Version) -> Path:
    stem = path.name[: -len(path.suffix)] if path.suffix else path.name
    base = f"{stem} (format {format_version(version)} backup)"
    candidate = path.with_name(base + path.suffix)
    n = 2
    while candidate.exists():
        candidate = path.with_name(f"{base} {n}{path.suffix}")
        n += 1
    return candidate


# --------------------------------------------------------------------------- recovery


@dataclass(frozen=True)
class RecoveryInfo:
    """A working copy with unsaved edits left behind by a pmdesk that did not close."""

    working_copy: Path
    original_path: Path | None  # None: the project was never saved
    modified: datetime  # when its last edit was written
    project_name: str


def _sidecar(working_copy: Path) -> Path:
    return working_copy.with_suffix(".json")


def _write_sidecar(working_copy: Path, original: Path | None, dirty: bool) -> None:
    data = {
        "original": None if original is None else str(original),
        "host": _host(),
        "pid": os.getpid(),
        "dirty": dirty,
    }
    target = _sidecar(working_copy)
    tmp = target.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(data), encoding="utf-8")
    os.replace(tmp, target)


def _remove_working_copy(working_copy: Path) -> None:
    for p in (
        working_copy,
        working_copy.with_name(working_copy.name + "-journal"),
        _sidecar(working_copy),
    ):
        with contextlib.suppress(OSError):
            p.unlink()


def _project_name(working_copy: Path) -> str:
    try:
        raw = sqlite3.connect(f"{working_copy.as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return ""
    try:
        row = raw.execute("SELECT name FROM project LIMIT 1").fetchone()
        return str(row[0]) if row else ""
    except sqlite3.Error:
        return ""
    finally:
        raw.close()


def recoverable_copies() -> list[RecoveryInfo]:
    """Working copies with unsaved edits whose pmdesk ended without closing them, newest first.

    Copies left without unsaved edits are deleted on the way: nothing in them is lost.
    """
    found: list[RecoveryInfo] = []
    host = _host()
    for sidecar in sorted(recovery_dir().glob("*.json")):
        try:
            data = json.loads(sidecar.read_text(encoding="utf-8"))
            owner_host, pid = str(data["host"]), int(data["pid"])
            dirty = bool(data["dirty"])
            original = Path(data["original"]) if data.get("original") else None
        except (OSError, ValueError, KeyError, TypeError):
            continue
        if owner_host != host or _pid_running(pid):
            continue  # still in use, or on another machine we cannot ask
        working_copy = sidecar.with_suffix(SUFFIX)
        if not working_copy.exists():
            with contextlib.suppress(OSError):
                sidecar.unlink()
            continue
        if not dirty:
            _remove_working_copy(working_copy)
            continue
        found.append(
            RecoveryInfo(
                working_copy=working_copy,
                original_path=original,
                modified=datetime.fromtimestamp(working_copy.stat().st_mtime),
                project_name=_project_name(working_copy),
            )
        )
    found.sort(key=lambda info: info.modified, reverse=True)
    return found


def discard_recovery(info: RecoveryInfo) -> None:
    """Delete a crash-recovery copy for good."""
    _remove_working_copy(info.working_copy)


# --------------------------------------------------------------------------- the document


def _try_lock(target: Path, *, take_over: bool) -> tuple[LockInfo | None, str]:
    """Our lock on ``target``, or None and the message saying why the project is read-only."""
    me = LockInfo.mine()
    try:
        holder = _acquire_lock(target, me, take_over=take_over)
    except OSError as exc:
        return None, f"{target.name} cannot be locked ({_reason(exc)}); opened read-only"
    if holder is None:
        return me, ""
    return None, f"{holder.describe()}; opened read-only"


def _upgrade_file(working_copy: Path, version: Version, shown: Path) -> None:
    engine = _file_engine(working_copy)
    try:
        _upgrade(engine, version, shown)
    finally:
        engine.dispose()


def _new_working_copy() -> Path:
    return recovery_dir() / f"{secrets.token_hex(8)}{SUFFIX}"


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
    ) -> None:
        """Adopt an already prepared working copy; use the classmethods instead."""
        self._working_copy = working_copy
        self._path = path
        self._read_only = read_only
        self._lock_message = lock_message
        self._lock = lock
        self._dirty = dirty
        self._upgraded_from = upgraded_from
        self._backup_path = backup_path
        self._engine: Engine | None = _file_engine(working_copy)
        _write_sidecar(working_copy, path, dirty)

    # -- creating ------------------------------------------------------------------------

    @classmethod
    def new(cls, plan: Plan) -> ProjectDocument:
        """An untitled project holding ``plan``; Save As gives it a file."""
        working_copy = _new_working_copy()
        try:
            _build(working_copy, plan)
        except (SQLAlchemyError, OSError) as exc:
            _remove_working_copy(working_copy)
            raise DocumentError(f"{working_copy}: cannot create a working copy ({exc})") from None
        return cls(working_copy, None)

    @classmethod
    def open(
        cls, path: str | os.PathLike[str], *, read_only: bool = False, take_over: bool = False
    ) -> ProjectDocument:
        """Open the project at ``path``.

        When someone else has it open, the document is read-only and :attr:`lock_message`
        says who; ``take_over=True`` takes their lock instead. Raises :class:`DocumentError`
        for anything that is not a readable pmdesk project; the file is never modified.
        """
        shown = Path(path)
        target = shown.resolve()
        expected = _check_header(shown)
        if read_only:
            holder = _read_lock(target)
            lock = None
            busy = f"{holder.describe()}; opened read-only" if holder and not holder.stale else ""
        else:
            lock, busy = _try_lock(target, take_over=take_over)
            read_only = lock is None
        try:
            working_copy, version = _prepare_working_copy(shown, target, expected)
        except BaseException:
            if lock is not None:
                _release_lock(target, lock)
            raise
        backup = None
        try:
            if version < FORMAT_VERSION:
                if not read_only:
                    backup = _backup_name(target, version)
                    _write_atomically(backup, lambda tmp: shutil.copyfile(target, tmp), backup)
                _upgrade_file(working_copy, version, shown)
        except BaseException:
            if lock is not None:
                _release_lock(target, lock)
            _remove_working_copy(working_copy)
            raise
        return cls(
            working_copy,
            target,
            read_only=read_only,
            lock_message=busy,
            lock=lock,
            upgraded_from=version if version < FORMAT_VERSION else None,
            backup_path=backup,
        )

    @classmethod
    def recover(cls, info: RecoveryInfo) -> ProjectDocument:
        """Take back a working copy a crash left behind, with its unsaved edits."""
        shown = info.original_path or info.working_copy
        try:
            raw = sqlite3.connect(info.working_copy)
        except sqlite3.Error as exc:
            raise DocumentError(f"{shown}: the recovered copy cannot be read ({exc})") from None
        try:
            version = _check_database(raw, shown)
        finally:
            raw.close()
        if version < FORMAT_VERSION:
            _upgrade_file(info.working_copy, version, shown)
        lock, busy = None, ""
        if info.original_path is not None:
            lock, busy = _try_lock(info.original_path, take_over=False)
        return cls(
            info.working_copy,
            info.original_path,
            read_only=info.original_path is not None and lock is None,
            lock_message=busy,
            lock=lock,
            dirty=True,
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
    def _shown(self) -> Path | str:
        return self._path if self._path is not None else "untitled project"

    def _mark(self, dirty: bool) -> None:
        if dirty != self._dirty:
            self._dirty = dirty
            with contextlib.suppress(OSError):
                _write_sidecar(self._working_copy, self._path, dirty)

    # -- reading and editing ---------------------------------------------------------------

    def load_plan(self) -> Plan:
        """The whole project as it is in the working copy."""
        return _load(self._live_engine(), self._shown)

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        """A Session on the working copy for one user action: commits on success, rolls
        back on error. Any row it writes makes the document dirty."""
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
        if changed:
            self._mark(True)

    # -- saving ----------------------------------------------------------------------------

    def save(self) -> None:
        """Write the working copy over the project file, atomically."""
        if self._path is None:
            raise DocumentError("untitled project: choose a file name with Save As")
        if self._read_only:
            raise DocumentError(
                f"{self._path}: opened read-only ({self._lock_message}); use Save As"
            )
        if self._lock is not None:
            holder = _read_lock(self._path)
            if holder is None:
                # Someone deleted the lock file; put it back before writing.
                with contextlib.suppress(OSError):
                    _create_lock(self._path, self._lock)
            elif holder.token != self._lock.token:
                raise DocumentError(
                    f"{self._path}: {holder.describe()} (took it over); use Save As"
                )
        self._write_to(self._path, self._path)
        self._mark(False)

    def save_as(self, path: str | os.PathLike[str]) -> None:
        """Write the project to ``path`` and continue working on that file."""
        shown = Path(path)
        target = shown.resolve()
        if target == self._path and not self._read_only:
            self.save()
            return
        if target.is_dir():
            raise DocumentError(f"{shown}: is a directory, not a project file")
        me = LockInfo.mine()
        try:
            holder = _acquire_lock(target, me, take_over=False)
        except OSError as exc:
            raise DocumentError(f"{shown}: cannot be written ({_reason(exc)})") from None
        if holder is not None:
            raise DocumentError(f"{shown}: {holder.describe()}; choose another name")
        try:
            self._write_to(target, shown)
        except BaseException:
            _release_lock(target, me)
            raise
        if self._path is not None and self._lock is not None:
            _release_lock(self._path, self._lock)
        self._path = target
        self._lock = me
        self._read_only = False
        self._lock_message = ""
        self._dirty = True  # forces the sidecar to name the new file
        self._mark(False)

    def _write_to(self, target: Path, shown: Path | str) -> None:
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

        _write_atomically(target, fill, shown)

    def revert(self) -> Plan:
        """Throw away unsaved edits: the working copy becomes the saved file again."""
        if self._path is None:
            raise DocumentError("untitled project: there is no saved file to revert to")
        expected = _check_header(self._path)
        fresh, version = _prepare_working_copy(self._path, self._path, expected)
        try:
            if version < FORMAT_VERSION:
                _upgrade_file(fresh, version, self._path)
            self._live_engine().dispose()
            os.replace(fresh, self._working_copy)
        except BaseException:
            _remove_working_copy(fresh)
            raise
        _remove_working_copy(fresh)
        self._engine = _file_engine(self._working_copy)
        self._mark(False)
        return self.load_plan()

    def close(self) -> None:
        """Release the lock and delete the working copy; unsaved edits are discarded."""
        if self._engine is None:
            return
        self._engine.dispose()
        self._engine = None
        if self._path is not None and self._lock is not None:
            _release_lock(self._path, self._lock)
            self._lock = None
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


def _prepare_working_copy(shown: Path, source: Path, expected: Version) -> tuple[Path, Version]:
    """Copy ``source`` into a new working copy and check it; return it and its version."""
    working_copy = _new_working_copy()
    try:
        shutil.copyfile(source, working_copy)
        raw = sqlite3.connect(working_copy)
        try:
            version = _check_database(raw, shown)
        finally:
            raw.close()
    except OSError as exc:
        _remove_working_copy(working_copy)
        raise DocumentError(f"{shown}: cannot be read ({_reason(exc)})") from None
    except BaseException:
        _remove_working_copy(working_copy)
        raise
    if version != expected:
        _remove_working_copy(working_copy)
        raise DocumentError(f"{shown}: is damaged (its header and content disagree)")
    return working_copy, version


# --------------------------------------------------------------------------- command line


def open_plan(path: str | os.PathLike[str]) -> Plan:
    """Read the project at ``path`` without locking it or writing anything to disk.

    Checks the file like :meth:`ProjectDocument.open` and upgrades an older format in
    memory only.
    """
    shown = Path(path)
    expected = _check_header(shown)
    try:
        data = shown.read_bytes()
    except OSError as exc:
        raise DocumentError(f"{shown}: cannot be read ({_reason(exc)})") from None
    raw = sqlite3.connect(":memory:")
    try:
        try:
            raw.deserialize(data)
        except sqlite3.Error as exc:
            raise DocumentError(f"{shown}: is damaged ({exc})") from None
        version = _check_database(raw, shown)
        if version != expected:
            raise DocumentError(f"{shown}: is damaged (its header and content disagree)")
        engine = _memory_engine(raw)
        try:
            if version < FORMAT_VERSION:
                _upgrade(engine, version, shown)
            return _load(engine, shown)
        finally:
            engine.dispose()
    finally:
        raw.close()


def save_plan(plan: Plan, path: str | os.PathLike[str]) -> None:
    """Write ``plan`` as a new project file at ``path``, atomically (replacing any file)."""
    shown = Path(path)
    target = shown.resolve()
    if target.is_dir():
        raise DocumentError(f"{shown}: is a directory, not a project file")
    _write_atomically(target, lambda tmp: _build(tmp, plan), shown)
