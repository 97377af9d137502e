"""Opening a colleague's MS Project XML file is opening untrusted input.

A crafted file must not exhaust memory (entity expansion, "billion laughs") nor make pmdesk
read a local file or a URL into the plan (external entities). Broken or foreign files get a
message that says what is wrong and where, instead of a traceback.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from pmdesk.interchange.mspdi import MspdiError, read_mspdi, read_reference_schedule

ORACLE = Path(__file__).resolve().parents[2].parent / "shared" / "oracle"

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE Project [
  <!ENTITY lol "lol">
  <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
  <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
  <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
  <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
  <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
  <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
  <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<Project xmlns="http://schemas.microsoft.com/project"><Name>&lol9;</Name></Project>
"""


def quadratic_blowup() -> bytes:
    """One large entity used many times: no nesting, still gigabytes once expanded."""
    entity = "x" * 50_000
    uses = "&big;" * 50_000
    return (
        f'<?xml version="1.0"?>\n<!DOCTYPE Project [<!ENTITY big "{entity}">]>\n'
        f'<Project xmlns="http://schemas.microsoft.com/project"><Name>{uses}</Name></Project>\n'
    ).encode()


def external_entity(target: Path) -> bytes:
    return (
        '<?xml version="1.0"?>\n'
        f'<!DOCTYPE Project [<!ENTITY secret SYSTEM "{target.as_uri()}">]>\n'
        '<Project xmlns="http://schemas.microsoft.com/project"><Name>&secret;</Name></Project>\n'
    ).encode()


def external_parameter_entity(target: Path) -> bytes:
    return (
        '<?xml version="1.0"?>\n'
        f'<!DOCTYPE Project [<!ENTITY % remote SYSTEM "{target.as_uri()}"> %remote;]>\n'
        '<Project xmlns="http://schemas.microsoft.com/project"><Name>Plan</Name></Project>\n'
    ).encode()


@pytest.fixture
def secret(tmp_path: Path) -> Path:
    path = tmp_path / "secret.txt"
    path.write_text("TOP-SECRET-SALARY-LIST", encoding="utf-8")
    return path


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_entity_expansion_is_refused_quickly_with_a_clear_message(tmp_path: Path) -> None:
    path = write(tmp_path, "laughs.xml", BILLION_LAUGHS)
    began = time.perf_counter()
    with pytest.raises(MspdiError) as caught:
        read_mspdi(path)
    assert time.perf_counter() - began < 5, "refused before expanding anything"
    message = str(caught.value)
    assert "laughs.xml" in message
    assert "entit" in message.lower()
    assert isinstance(caught.value, ValueError)


def test_a_quadratic_entity_blowup_is_refused(tmp_path: Path) -> None:
    with pytest.raises(MspdiError, match="(?i)entit"):
        read_mspdi(write(tmp_path, "blowup.xml", quadratic_blowup()))


def test_an_external_entity_is_refused_and_the_file_it_names_is_not_read(
    tmp_path: Path, secret: Path
) -> None:
    with pytest.raises(MspdiError) as caught:
        read_mspdi(write(tmp_path, "xxe.xml", external_entity(secret)))
    message = str(caught.value)
    assert "xxe.xml" in message
    assert "entit" in message.lower() or "external" in message.lower()
    assert "TOP-SECRET" not in message


def test_an_external_parameter_entity_is_refused(tmp_path: Path, secret: Path) -> None:
    with pytest.raises(MspdiError, match="(?i)entit|external") as caught:
        read_mspdi(write(tmp_path, "xxe-param.xml", external_parameter_entity(secret)))
    assert "TOP-SECRET" not in str(caught.value)


def test_the_reference_schedule_reader_refuses_entities_too(tmp_path: Path) -> None:
    with pytest.raises(MspdiError, match="(?i)entit"):
        read_reference_schedule(write(tmp_path, "laughs.xml", BILLION_LAUGHS))


def test_entities_are_refused_in_bytes_given_directly() -> None:
    with pytest.raises(MspdiError, match="(?i)entit"):
        read_mspdi(BILLION_LAUGHS)


def test_malformed_xml_names_the_line(tmp_path: Path) -> None:
    data = b"""<?xml version="1.0" encoding="UTF-8"?>
<Project xmlns="http://schemas.microsoft.com/project">
  <Name>Launch</Name>
  <Tasks>
    <Task><UID>1</UID><Name>Design</Task>
  </Tasks>
</Project>
"""
    with pytest.raises(MspdiError) as caught:
        read_mspdi(write(tmp_path, "broken.xml", data))
    message = str(caught.value)
    assert "broken.xml" in message
    assert "line 5" in message


def test_a_file_cut_short_names_the_line_where_it_ends(tmp_path: Path) -> None:
    data = (b'<?xml version="1.0"?>\n'
            b'<Project xmlns="http://schemas.microsoft.com/project">\n  <Name>Launch')
    with pytest.raises(MspdiError, match="line 3"):
        read_mspdi(write(tmp_path, "cut.xml", data))


def test_xml_that_is_not_ms_project_gets_a_clear_message(tmp_path: Path) -> None:
    data = b'<?xml version="1.0"?>\n<html><body><p>Quarterly plan</p></body></html>\n'
    with pytest.raises(MspdiError) as caught:
        read_mspdi(write(tmp_path, "page.xml", data))
    message = str(caught.value)
    assert "page.xml" in message
    assert "not an MS Project XML file" in message
    assert "<html>" in message


@pytest.mark.parametrize(
    "name",
    ["other-formats/ganttproject_HouseBuildingSample.gan", "other-formats/mpxj_project1.planner"],
)
def test_another_planning_tools_file_is_recognised_as_not_ms_project(name: str) -> None:
    source = ORACLE / name
    if not source.is_file():
        pytest.skip(f"reference file {source} not found (the shared oracle folder is absent)")
    with pytest.raises(MspdiError, match="not an MS Project XML file"):
        read_mspdi(source)


def test_a_missing_file_is_reported_not_raised_as_a_traceback(tmp_path: Path) -> None:
    with pytest.raises(MspdiError, match="absent.xml"):
        read_mspdi(tmp_path / "absent.xml")
