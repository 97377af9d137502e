"""Read Microsoft Project ``.mpp`` files through MPXJ, by way of MS Project XML.

Colleagues send ``.mpp`` files more often than XML. pmdesk reads them with MPXJ, the Java
library that knows every ``.mpp`` variant (Project 98 to today), shipped on PyPI as the
``mpxj`` package and reached from Python through JPype: the optional extra
``pip install "pmdesk[mpp]"`` plus a Java runtime. MPXJ reads the ``.mpp`` and writes it as
MS Project XML with its own MSPDI writer; :func:`~pmdesk.interchange.mspdi.read_mspdi`
reads that XML. So an ``.mpp`` imports exactly as the same plan converted to XML by MPXJ
does, and whatever the XML reader learns, ``.mpp`` import learns too.

The Java side runs in a child Python process, started only when an ``.mpp`` is imported:

- the Java virtual machine never lives in the window's process (JPype cannot unload it, it
  would keep hundreds of megabytes, and a crash in native code would take unsaved work
  with it);
- a file that makes MPXJ spin or exhaust memory is stopped: the user cancels, or the
  reading times out, and the child is killed;
- starting Java costs about a second per import, whatever the design (see README).

Files from colleagues are untrusted: anything that is not an OLE2 compound document (the
container every ``.mpp`` is) is refused before Java starts, and MPXJ's own failures
(password-protected, encrypted, damaged) become one clear line naming the file.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from pmdesk.core.model import Plan

from .mspdi import MspdiError, read_mspdi
from .untrusted import ImportCancelled

__all__ = [
    "INSTALL_EXTRA",
    "INSTALL_JAVA",
    "MppCancelled",
    "MppError",
    "MppUnavailable",
    "find_jvm",
    "mpp_to_mspdi",
    "read_mpp",
    "require_extra",
]

# Every .mpp (and .mpt) is an OLE2 compound document: it starts with these eight bytes.
OLE2_SIGNATURE = bytes.fromhex("D0CF11E0A1B11AE1")
# A plan of tens of thousands of tasks reads in well under a minute; past this, MPXJ is
# taken to be stuck on a hostile file.
READ_TIMEOUT = 600.0
INSTALL_EXTRA = 'pip install "pmdesk[mpp]"'
INSTALL_JAVA = "sudo apt-get install default-jre-headless"
_SAVE_AS_XML = (
    "or save the plan from MS Project as XML (File > Save As > XML Format) and import that"
)
# The child reports a refusal as one line starting with this, and exits with _REFUSED
# (the file) or _UNAVAILABLE (Java cannot run MPXJ).
_MARK = "pmdesk-mpp: "
_REFUSED = 2
_UNAVAILABLE = 3
_JVM_OPTIONS = (
    "-Djava.awt.headless=true",
    # MPXJ ships Log4j's API without a backend; without this it prints an error line.
    "-Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory",
    # A JVM that lives for one file: the quick compiler alone and the serial collector
    # start fastest (about a third less time per import on the oracle's files).
    "-XX:TieredStopAtLevel=1",
    "-XX:+UseSerialGC",
)


class MppError(ValueError):
    """An ``.mpp`` file pmdesk cannot import; the message names the file and the reason."""


class MppUnavailable(MppError):
    """The ``mpp`` extra or a Java runtime is missing; the message says what to install."""


class MppCancelled(MppError, ImportCancelled):
    """The user stopped the import."""


# --------------------------------------------------------------------------- the parent


def read_mpp(
    path: str | os.PathLike[str],
    cancelled: Callable[[], bool] | None = None,
    timeout: float = READ_TIMEOUT,
) -> Plan:
    """The plan in a Microsoft Project ``.mpp`` file.

    ``cancelled`` is asked a few times a second while MPXJ reads; when it answers true the
    reading stops and :class:`MppCancelled` is raised. Raises :class:`MppUnavailable` when
    the extra or Java is missing, :class:`MppError` for a file that cannot be read.
    """
    source = Path(path)
    xml = mpp_to_mspdi(source, cancelled=cancelled, timeout=timeout)
    try:
        return read_mspdi(xml)
    except MspdiError as exc:
        detail = str(exc).removeprefix("MS Project XML: ")
        raise MppError(
            f"{source}: MPXJ read the file, but its content is not usable: {detail}"
        ) from exc


def mpp_to_mspdi(
    path: Path,
    cancelled: Callable[[], bool] | None = None,
    timeout: float = READ_TIMEOUT,
) -> bytes:
    """The ``.mpp`` file converted to MS Project XML by MPXJ's MSPDI writer."""
    _check_container(path)
    try:
        require_extra()
        jvm = find_jvm()
    except MppUnavailable as exc:
        raise MppUnavailable(f"{path}: {exc}") from None
    # -P and the explicit path: the child imports this pmdesk, never a module that happens
    # to sit in the current folder.
    child = (
        "import sys; sys.path.insert(0, sys.argv[1]); "
        "from pmdesk.interchange.mpp import convert_in_child; "
        "sys.exit(convert_in_child(sys.argv[2], sys.argv[3]))"
    )
    command = [
        sys.executable, "-P", "-c", child,
        str(Path(__file__).resolve().parents[2]), str(jvm), str(path),
    ]
    proc = subprocess.Popen(
        command, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),
    )
    try:
        out, err = _wait(proc, path, cancelled, timeout)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    if proc.returncode == 0 and out:
        return out
    lines = err.decode("utf-8", "replace").splitlines()
    reasons = [line[len(_MARK):] for line in lines if line.startswith(_MARK)]
    if reasons:
        cls = MppUnavailable if proc.returncode == _UNAVAILABLE else MppError
        raise cls(f"{path}: {reasons[-1]}")
    tail = next((line.strip() for line in reversed(lines) if line.strip()), "no message")
    raise MppError(
        f"{path}: MPXJ stopped without reading the file (exit status {proc.returncode}): {tail}"
    )


def _wait(
    proc: subprocess.Popen[bytes], path: Path, cancelled: Callable[[], bool] | None, timeout: float
) -> tuple[bytes, bytes]:
    deadline = time.monotonic() + timeout
    while True:
        try:
            return proc.communicate(timeout=0.1)
        except subprocess.TimeoutExpired:
            if cancelled is not None and cancelled():
                raise MppCancelled(f"{path}: import cancelled") from None
            if time.monotonic() > deadline:
                raise MppError(
                    f"{path}: MPXJ did not finish reading the file in {timeout:.0f} s; "
                    "the file may be damaged"
                ) from None


def _check_container(path: Path) -> None:
    """Refuse, before Java starts, what cannot be an .mpp file at all."""
    try:
        with path.open("rb") as f:
            head = f.read(len(OLE2_SIGNATURE))
    except OSError as exc:
        raise MppError(f"{path}: cannot read the file: {exc.strerror or exc}") from exc
    if not head:
        raise MppError(f"{path}: the file is empty, not a Microsoft Project plan")
    if head != OLE2_SIGNATURE:
        raise MppError(
            f"{path}: not a Microsoft Project .mpp file ({_looks_like(head)}; an .mpp file "
            "is an OLE2 compound document)"
        )


_XML_TEXT = "it is an XML or HTML text: if it is MS Project XML, import it as .xml"


def _looks_like(head: bytes) -> str:
    for signature, what in (
        (b"PK", "it is a ZIP archive, such as a .docx or .xlsx"),
        (b"%PDF", "it is a PDF document"),
        (b"<", _XML_TEXT),
        (b"\xef\xbb\xbf<", _XML_TEXT),
    ):
        if head.startswith(signature):
            return what
    return "its first bytes are not those of an .mpp file"


def require_extra() -> None:
    """:class:`MppUnavailable`, saying what to install, unless MPXJ and JPype are there."""
    missing = [name for name in ("jpype", "mpxj") if importlib.util.find_spec(name) is None]
    if missing:
        raise MppUnavailable(
            "importing .mpp files needs MPXJ, an optional part of pmdesk that is not "
            f"installed (missing Python package: {', '.join(missing)}): install it with "
            f"{INSTALL_EXTRA}, and a Java runtime, e.g. {INSTALL_JAVA}; "
            f"{_SAVE_AS_XML}"
        )


def find_jvm() -> Path:
    """The Java virtual machine library to start: from ``JAVA_HOME``, else from the
    ``java`` command on ``PATH``. :class:`MppUnavailable` says what to install when
    neither leads to one."""
    looked: list[str] = []
    java_home = os.environ.get("JAVA_HOME")
    if java_home:
        found = _jvm_library(Path(java_home))
        if found is not None:
            return found
        looked.append(f"JAVA_HOME is {java_home}, which holds no Java runtime")
    else:
        looked.append("JAVA_HOME is not set")
    java = shutil.which("java")
    if java:
        found = _jvm_library(Path(java).resolve().parent.parent)
        if found is not None:
            return found
        looked.append(f"{java} on PATH belongs to no usable Java runtime")
    else:
        looked.append("no java command on PATH")
    raise MppUnavailable(
        f"importing .mpp files needs a Java runtime for MPXJ, and none was "
        f"found ({'; '.join(looked)}): install one, e.g. {INSTALL_JAVA}, or set JAVA_HOME to "
        f"a Java installation; {_SAVE_AS_XML}"
    )


def _jvm_library(home: Path) -> Path | None:
    """The JVM shared library inside a Java home (any layout since Java 8), or None."""
    if sys.platform == "win32":
        names = ("jvm.dll",)
    elif sys.platform == "darwin":
        names = ("libjli.dylib", "libjvm.dylib")
    else:
        names = ("libjvm.so",)
    for folder in _folders(home, depth=4):
        for name in names:
            candidate = folder / name
            if candidate.is_file():
                return candidate
    return None


def _folders(top: Path, depth: int) -> Iterator[Path]:
    """``top`` and its subfolders, shallow ones first, at most ``depth`` levels down (a
    JAVA_HOME set to ``/usr`` by mistake must not walk the whole disk)."""
    level = [top] if top.is_dir() else []
    for _ in range(depth + 1):
        following: list[Path] = []
        for folder in level:
            yield folder
            try:
                following.extend(sorted(p for p in folder.iterdir() if p.is_dir()))
            except OSError:
                continue
        level = following


# --------------------------------------------------------------------------- the child


def convert_in_child(jvm: str, source: str) -> int:
    """Run in the child process: write ``source`` as MS Project XML to stdout.

    Exit status 0 with the XML on stdout; otherwise one line ``pmdesk-mpp: REASON`` on
    stderr, status 2 for a file MPXJ refuses and 3 when Java cannot run MPXJ.
    """

    def refuse(reason: str, status: int = _REFUSED) -> int:
        print(_MARK + reason, file=sys.stderr)
        return status

    try:
        import jpype
        import mpxj  # noqa: F401  (puts MPXJ's jars on the class path)
    except ImportError as exc:
        return refuse(f"cannot load MPXJ ({exc}); install it with {INSTALL_EXTRA}", _UNAVAILABLE)
    try:
        jpype.startJVM(jvm, *_JVM_OPTIONS, convertStrings=False)
        from java.io import ByteArrayOutputStream, File
        from java.lang import OutOfMemoryError, Throwable
        from org.apache.poi.poifs.filesystem import POIFSFileSystem
        from org.mpxj import MPXJException
        from org.mpxj.mpp import MPPReader
        from org.mpxj.mspdi import MSPDIWriter
    except Exception as exc:
        return refuse(
            f"cannot run MPXJ on the Java runtime {jvm} ({_reason(exc)}); "
            f"install a current Java runtime, e.g. {INSTALL_JAVA}", _UNAVAILABLE,
        )
    try:
        fs = POIFSFileSystem(File(source), True)
    except Throwable as exc:
        return refuse(f"cannot be read: the file is damaged ({_reason(exc)})")
    try:
        if fs.getRoot().hasEntry("EncryptedPackage"):
            return refuse(_PROTECTED)
        kind = str(MPPReader.getFileFormat(fs) or "")
        if not kind.startswith("MSProject."):
            what = f"a document of type {kind}" if kind else "an Office document of another kind"
            return refuse(f"not a Microsoft Project plan: it is {what}")
        reader = MPPReader()
        reader.setReadPresentationData(False)  # views, tables, filters: nothing pmdesk reads
        project = reader.read(fs)
        out = ByteArrayOutputStream()
        MSPDIWriter().write(project, out)
    except MPXJException as exc:
        if str(exc.getMessage() or "").startswith("File is password protected"):
            return refuse(_PROTECTED)
        return refuse(f"cannot be read: the file is damaged ({_reason(exc)})")
    except OutOfMemoryError:
        return refuse("cannot be read: MPXJ ran out of the memory Java may use while reading it")
    except Throwable as exc:
        return refuse(f"cannot be read: the file is damaged ({_reason(exc)})")
    finally:
        fs.close()
    sys.stdout.buffer.write(bytes(out.toByteArray()))
    sys.stdout.flush()
    return 0


_PROTECTED = (
    "cannot be read: the plan is protected by a password (encrypted); open it in MS Project, "
    "remove the password (File > Save As > Tools > General Options), save it and import it again"
)


def _reason(exc: BaseException) -> str:
    """What went wrong, on one line: a Java exception's message and those of its causes
    (MPXJ wraps POI's precise reason in a general "Error reading file")."""
    messages: list[str] = []
    current: object = exc
    while current is not None and len(messages) < 4:
        get_message = getattr(current, "getMessage", None)
        text = str(get_message() or "") if get_message else str(current)
        text = " ".join(text.split())
        if text and text not in messages:
            messages.append(text)
        get_cause = getattr(current, "getCause", None)
        current = get_cause() if get_cause else None
    return ": ".join(messages)[:400] or type(exc).__name__
