"""Reading files from other people: size limits, safe XML, safe ZIP, checked numbers.

A plan a colleague sends is untrusted input. Every reader in this package goes through
these helpers, so a hostile or broken file is refused early, in bounded time and memory,
with one line naming the file and what is wrong:

- a file larger than a plan can plausibly be is refused before it is read
  (:func:`read_bytes`);
- XML is parsed by defusedxml with document type declarations forbidden: no entity
  expansion (billion laughs), no external entities (XXE); none of the tools pmdesk reads
  writes a DTD (:func:`parse_xml`);
- a ZIP container (an .xlsx workbook) is measured from its directory before anything is
  unpacked: too many members, too much unpacked data or an absurd compression ratio (a
  zip bomb) are refused, and Python's zipfile never unpacks more than a member declares
  (:func:`check_zip`);
- numbers are finite and in range before they reach the engine (:func:`number`,
  :func:`whole`, :func:`moment`).
"""

from __future__ import annotations

import math
import zipfile
from collections.abc import Callable, Container
from datetime import date, datetime
from pathlib import Path
from xml.etree.ElementTree import Element, ParseError

import defusedxml.ElementTree as DET
from defusedxml import DefusedXmlException

# The dates a plan may hold and the longest duration or lag, as the project file enforces.
from pmdesk.core.limits import EARLIEST, LATEST, MAX_MINUTES

__all__ = [
    "EARLIEST",
    "LATEST",
    "MAX_MINUTES",
    "AttributeReader",
    "ImportCancelled",
    "UntrustedFileError",
    "check_cancel",
    "check_zip",
    "moment",
    "number",
    "parse_xml",
    "parse_xml_data",
    "read_bytes",
    "whole",
]

MB = 1024 * 1024
# A 20,000-task plan is 5-15 MB of XML; a hundred thousand tasks stay well under this.
MAX_XML_BYTES = 96 * MB
# A zip member that unpacks to more than this many times its packed size is not an office
# document's XML (those compress 5 to 30 times) but a bomb.
MAX_ZIP_RATIO = 200
MAX_ZIP_MEMBERS = 5_000


class UntrustedFileError(ValueError):
    """A file refused as unsafe or unreadable; the message names the file."""


class ImportCancelled(ValueError):
    """The user stopped an import; nothing was imported."""


def check_cancel(cancelled: Callable[[], bool] | None, path: Path) -> None:
    """Raise :class:`ImportCancelled` when the user has asked to stop."""
    if cancelled is not None and cancelled():
        raise ImportCancelled(f"{path}: import cancelled")


def _a(what: str) -> str:
    """``what`` with its article: "a GanttProject", "an Excel workbook", "an MS Project XML"."""
    word = what.split(" ", 1)[0]
    # An initialism is said letter by letter: "an MS", "an XML", "a GNOME".
    vowel_sound = "AEFHILMNORSX" if word.isupper() and len(word) > 1 else "aeiouAEIOU"
    return ("an " if word[:1] in vowel_sound else "a ") + what


def _size_text(size: int) -> str:
    return f"{size / MB:.0f} MB" if size >= MB else f"{size / 1024:.0f} KB"


def file_size(path: Path, limit: int, what: str,
              error: type[UntrustedFileError] = UntrustedFileError) -> int:
    """The size of ``path``; refused when over ``limit`` bytes or not a regular file."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise error(f"{path}: cannot read the file: {exc.strerror or exc}") from exc
    if not path.is_file():
        raise error(f"{path}: not a file")
    if size > limit:
        raise error(
            f"{path}: refused: the file is {_size_text(size)}, more than any {what} "
            f"pmdesk reads ({_size_text(limit)} at most)"
        )
    return size


def read_bytes(path: Path, limit: int, what: str,
               error: type[UntrustedFileError] = UntrustedFileError) -> bytes:
    """The file's bytes, refused before reading when it is over ``limit`` bytes."""
    file_size(path, limit, what, error)
    try:
        with path.open("rb") as f:
            data = f.read(limit + 1)
    except OSError as exc:
        raise error(f"{path}: cannot read the file: {exc.strerror or exc}") from exc
    if len(data) > limit:  # grew while being read
        raise error(f"{path}: refused: the file is larger than {_size_text(limit)}")
    return data


def parse_xml(path: Path, root: str | tuple[str, ...], what: str,
              error: type[UntrustedFileError] = UntrustedFileError) -> Element:
    """The root element of an XML file whose root is named ``root``.

    Refuses files over :data:`MAX_XML_BYTES`, any document type declaration (so no entity
    can expand and no external entity is fetched), malformed XML (naming the line) and a
    document of another kind (naming its root element).
    """
    data = read_bytes(path, MAX_XML_BYTES, f"{what} file", error)
    return parse_xml_data(data, str(path), root, what, error)


def parse_xml_data(data: bytes, name: str, root: str | tuple[str, ...], what: str,
                   error: type[UntrustedFileError] = UntrustedFileError,
                   doctype: bool = False) -> Element:
    """:func:`parse_xml` of bytes already read, named ``name`` in messages. ``doctype``
    lets a document type declaration through (MS Project XML may carry one); entities
    stay refused."""
    try:
        element = DET.fromstring(data, forbid_dtd=not doctype, forbid_entities=True,
                                 forbid_external=True)
    except DefusedXmlException as exc:
        declared = "entities or external references" if doctype else \
            "a document type or entities"
        raise error(
            f"{name}: refused: the file declares {declared} ({type(exc).__name__}); "
            f"{what} never writes those, and they can make a reader expand data without end "
            "or fetch other files"
        ) from exc
    except ParseError as exc:
        line, column = getattr(exc, "position", (0, 0))
        raise error(f"{name}: line {line}, column {column}: malformed XML ({exc})") from exc
    names = (root,) if isinstance(root, str) else root
    tag = element.tag.rsplit("}", 1)[-1]
    if tag not in names:
        raise error(
            f"{name}: line 1: not {_a(what)} file (the root element is <{tag}>, "
            f"expected <{names[0]}>)"
        )
    return element


def check_zip(path: Path, max_packed: int, max_unpacked: int, what: str) -> zipfile.ZipFile:
    """The ZIP archive at ``path``, open, once its directory shows it safe to unpack.

    Refused: a file over ``max_packed`` bytes, not a ZIP archive, with more than
    :data:`MAX_ZIP_MEMBERS` members, unpacking to more than ``max_unpacked`` bytes in all,
    or with a member that unpacks to over :data:`MAX_ZIP_RATIO` times its packed size.
    """
    file_size(path, max_packed, what)
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise UntrustedFileError(
            f"{path}: not {_a(what)}: the file is not a ZIP archive ({exc})"
        ) from exc
    try:
        members = archive.infolist()
        if len(members) > MAX_ZIP_MEMBERS:
            raise UntrustedFileError(
                f"{path}: refused: the archive holds {len(members):,} files, more than "
                f"{_a(what)} has"
            )
        total = 0
        for info in members:
            total += info.file_size
            packed = max(info.compress_size, 1)
            if info.file_size > 1 * MB and info.file_size / packed > MAX_ZIP_RATIO:
                raise UntrustedFileError(
                    f"{path}: refused: {info.filename} would unpack from "
                    f"{_size_text(info.compress_size)} to {_size_text(info.file_size)}; "
                    f"that is a zip bomb, not {_a(what)}"
                )
        if total > max_unpacked:
            raise UntrustedFileError(
                f"{path}: refused: the {what} unpacks to {_size_text(total)}, more than "
                f"pmdesk reads ({_size_text(max_unpacked)} at most)"
            )
    except BaseException:
        archive.close()
        raise
    return archive


# --------------------------------------------------------------------------- numbers


def number(value: str | float, where: str, low: float, high: float,
           what: str = "a number") -> float:
    """``value`` as a finite float within ``low`` .. ``high``; ValueError naming ``where``."""
    try:
        result = float(value)
    except (TypeError, ValueError):
        raise ValueError(f"{where}: {str(value)[:40]!r} is not {what}") from None
    if not math.isfinite(result):
        raise ValueError(f"{where}: {str(value)[:40]!r} is not {what}")
    if not low <= result <= high:
        raise ValueError(f"{where}: {result:g} is out of range ({low:g} to {high:g})")
    return result


def whole(value: str | int, where: str, low: int, high: int) -> int:
    """``value`` as an int within ``low`` .. ``high``; ValueError naming ``where``."""
    text = str(value).strip()
    try:
        result = int(text)
    except ValueError:
        raise ValueError(f"{where}: {text[:40]!r} is not a whole number") from None
    if not low <= result <= high:
        raise ValueError(f"{where}: {result} is out of range ({low} to {high})")
    return result


def moment(value: datetime | date, where: str) -> datetime:
    """``value`` as a datetime within the years a plan may use."""
    result = value if isinstance(value, datetime) else datetime(value.year, value.month,
                                                                 value.day)
    if not EARLIEST <= result <= LATEST:
        raise ValueError(
            f"{where}: {result:%Y-%m-%d} is out of range ({EARLIEST.year} to {LATEST.year})"
        )
    return result


class AttributeReader:
    """Checked values of XML attributes, failing with ``error`` (a subclass of
    :class:`UntrustedFileError`) whose message names the file and the element."""

    error: type[UntrustedFileError] = UntrustedFileError

    def __init__(self, path: Path, cancelled: Callable[[], bool] | None = None) -> None:
        self.path = path
        self.cancelled = cancelled

    def fail(self, where: str, message: str) -> UntrustedFileError:
        return self.error(f"{self.path}: {where}: {message}")

    def whole(self, element: Element, name: str, where: str, low: int, high: int,
              default: int | None = None) -> int:
        """An integer attribute within ``low`` .. ``high`` (``default`` when absent)."""
        raw = element.get(name, "").strip()
        if not raw:
            if default is None:
                raise self.fail(where, f"the {name} attribute is missing")
            return default
        try:
            return whole(raw, f"{where}, {name}", low, high)
        except ValueError as exc:
            raise self.error(f"{self.path}: {exc}") from None

    def new_id(self, element: Element, kind: str, seen: Container[int]) -> tuple[int, str]:
        """The element's ``id`` (a whole number not in ``seen``) and how messages name it
        ("task id 7")."""
        value = self.whole(element, "id", f"a {kind}", 0, 2**31 - 1)
        where = f"{kind} id {value}"
        if value in seen:
            raise self.fail(where, f"the id is used by two {kind}s")
        return value, where

    def number(self, element: Element, name: str, where: str, low: float, high: float,
               default: float, what: str = "a number") -> float:
        """A finite number attribute within ``low`` .. ``high`` (``default`` when absent)."""
        raw = element.get(name, "").strip()
        if not raw:
            return default
        try:
            return number(raw, f"{where}, {name}", low, high, what)
        except ValueError as exc:
            raise self.error(f"{self.path}: {exc}") from None

    def moment(self, value: datetime | date, where: str) -> datetime:
        """``value`` checked to lie within the years a plan may use."""
        try:
            return moment(value, where)
        except ValueError as exc:
            raise self.error(f"{self.path}: {exc}") from None
