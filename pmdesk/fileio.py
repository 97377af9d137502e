"""Writing a file so that a crash, a full disk or a failed check never leaves half of it.

Every file pmdesk writes (a saved project, an export, a screenshot, a recovery note, a lock)
goes through :func:`write_via` (or :func:`write_new`, for a file that must not exist yet):
the content is written to a hidden temporary file beside the target,
``.<name>.<8 hex digits>.tmp``, flushed to disk, and renamed (or linked) into place only
when it is whole. One set of rules for all: a new file gets the usual permissions (0666
less the umask), a replaced one keeps its own, and the folder is flushed after the rename.
On any failure the temporary file (and a journal SQLite may have put beside it) is removed
and the target is as it was. A process killed half-way can still leave a
temporary file behind; they all follow one pattern, so :func:`leftover_temporaries` finds
them for the next open to clean up.

:func:`describe_path` is how messages name a file: always on one line, however the file
is named.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import secrets
import stat
from collections.abc import Callable
from pathlib import Path

__all__ = [
    "describe_path",
    "leftover_temporaries",
    "os_reason",
    "temporary_beside",
    "write_atomically",
    "write_new",
    "write_via",
]

# What SQLite may create beside a database it writes (the temporary file is one).
_SQLITE_SIDE_FILES = ("-journal", "-wal", "-shm")
_LONGEST_SHOWN = 160
# Errors of a file system without hard links (FAT on a USB stick, some network shares).
_NO_LINKS = {errno.EPERM, errno.EXDEV, errno.EMLINK, errno.ENOSYS, errno.EOPNOTSUPP,
             getattr(errno, "ENOTSUP", errno.EOPNOTSUPP)}


def describe_path(path: str | os.PathLike[str]) -> str:
    """``path`` as a message shows it: control characters (a newline in a file name)
    escaped so the message stays one line, and a very long path shortened in the middle."""
    text = os.fspath(path)
    if isinstance(text, bytes):
        text = text.decode("utf-8", "backslashreplace")
    if any(ord(c) < 32 or ord(c) == 127 or 0xD800 <= ord(c) <= 0xDFFF for c in text):
        text = "".join(
            c if 32 <= ord(c) != 127 and not 0xD800 <= ord(c) <= 0xDFFF else _escaped(c)
            for c in text
        )
    if len(text) > _LONGEST_SHOWN:
        half = _LONGEST_SHOWN // 2 - 1
        text = f"{text[:half]}…{text[-half:]}"
    return text


def _escaped(c: str) -> str:
    return {"\n": "\\n", "\r": "\\r", "\t": "\\t"}.get(c) or f"\\x{ord(c) & 0xFF:02x}"


def os_reason(exc: OSError) -> str:
    """What went wrong, as a short lower-case phrase ("no space left on device")."""
    return (exc.strerror or str(exc)).lower()


def _temporary_name(target: Path) -> Path:
    return target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")


def temporary_beside(target: Path) -> Path:
    """Create an empty, hidden temporary file in ``target``'s folder.

    Created with the usual permissions (0666 less the umask), unlike :func:`tempfile.mkstemp`
    (0600), so a file written for the first time is readable by colleagues on a share.
    """
    for _attempt in range(100):
        candidate = _temporary_name(target)
        try:
            fd = os.open(candidate, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        except FileExistsError:
            continue
        os.close(fd)
        return candidate
    raise FileExistsError(f"no free temporary name beside {target.name}")


def leftover_temporaries(target: Path) -> list[Path]:
    """Temporary files :func:`write_via` made for ``target`` and a killed process left,
    with the journals SQLite kept beside them."""
    pattern = re.compile(
        rf"\.{re.escape(target.name)}\.[0-9a-f]{{8}}\.tmp(?:{'|'.join(_SQLITE_SIDE_FILES)})?"
    )
    try:
        names = os.listdir(target.parent)
    except OSError:
        return []
    return sorted(target.parent / n for n in names if pattern.fullmatch(n))


def _discard(tmp: Path) -> None:
    for leftover in (tmp, *(tmp.with_name(tmp.name + s) for s in _SQLITE_SIDE_FILES)):
        with contextlib.suppress(OSError):
            leftover.unlink()


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


def _sync(path: Path) -> None:
    with path.open("rb+") as f:
        os.fsync(f.fileno())


def _refuse_special(target: Path) -> None:
    try:
        mode = os.stat(target).st_mode
    except (OSError, ValueError):
        return  # not there (or unreachable): creating the temporary file says what is wrong
    if stat.S_ISDIR(mode):
        raise IsADirectoryError(errno.EISDIR, "is a folder, not a file", str(target))
    if not stat.S_ISREG(mode):
        raise OSError(errno.EINVAL, "is not a regular file, so it is not written over",
                      str(target))


def write_via(target: Path, fill: Callable[[Path], None]) -> None:
    """Have ``fill`` write a temporary file beside ``target``, then rename it over ``target``.

    An existing target keeps its permissions (a shared file stays shared). Raises what
    ``fill`` raises, or OSError; either way the temporary file is gone and ``target`` is as
    it was. A target that is there but no regular file (a device, a named pipe, a folder)
    is refused with OSError: renaming over it would put a file in its place.
    """
    _refuse_special(target)
    tmp = temporary_beside(target)
    try:
        fill(tmp)
        with contextlib.suppress(OSError):
            os.chmod(tmp, target.stat().st_mode & 0o7777)
        _sync(tmp)
        os.replace(tmp, target)
    except BaseException:
        _discard(tmp)
        raise
    _fsync_dir(target.parent)


def _fill_with(data: bytes) -> Callable[[Path], None]:
    def fill(tmp: Path) -> None:
        with tmp.open("wb") as out:
            out.write(data)

    return fill


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` whole or not at all (see :func:`write_via`)."""
    write_via(path, _fill_with(data))


def write_new(target: Path, data: bytes) -> bool:
    """Create ``target`` holding ``data`` unless it exists; False when it does.

    The temporary file is filled and flushed as :func:`write_via` does, then hard-linked
    into place, so nobody ever reads the file half written (or empty, on a full disk) and
    two writers racing for it cannot both win. Where the file system has no hard links the
    file is created in place, exclusively, instead.
    """
    tmp = temporary_beside(target)
    try:
        _fill_with(data)(tmp)
        _sync(tmp)
        try:
            os.link(tmp, target)
        except FileExistsError:
            return False
        except OSError as exc:
            if exc.errno not in _NO_LINKS:
                raise
            return _write_new_in_place(target, data)
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()
    _fsync_dir(target.parent)
    return True


def _write_new_in_place(target: Path, data: bytes) -> bool:
    """:func:`write_new` where a file system has no hard links."""
    try:
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    except FileExistsError:
        return False
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
    except BaseException:
        with contextlib.suppress(OSError):
            target.unlink()
        raise
    _fsync_dir(target.parent)
    return True
