"""The .desktop entries, the AppStream metainfo and the MIME definition: valid, and naming the same app."""

from __future__ import annotations

import configparser
import fnmatch
import shutil
import struct
import subprocess
import tomllib
import xml.etree.ElementTree as ET
import xml.parsers.expat
from pathlib import Path

import pytest
from packaging_support import require_tool

from timeline_app.desktop import (
    APP_NAME,
    DEFINED_MIME_TYPES,
    DESKTOP_ID,
    EXECUTABLE,
    LINK_DESKTOP_ID,
    MIME_TYPES,
    OPEN_WITH_MIME_TYPES,
    THETIMELINEPROJ_GLOB,
    THETIMELINEPROJ_MIME_TYPE,
    TIMELINE_GLOB,
    TIMELINE_MIME_TYPE,
    URL_SCHEME,
)
from timeline_app.domain.bundled import BUNDLED_TIMELINE_NAME

REPO = Path(__file__).resolve().parents[2]
DESKTOP = REPO / "resources" / "desktop"
MAIN_ENTRY = DESKTOP / f"{DESKTOP_ID}.desktop"
LINK_ENTRY = DESKTOP / f"{LINK_DESKTOP_ID}.desktop"
METAINFO = DESKTOP / f"{DESKTOP_ID}.metainfo.xml"
MIME_XML = DESKTOP / f"{DESKTOP_ID}.mime.xml"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"
TIMELINE_FORMAT_FIXTURES = sorted((REPO / "tests" / "data" / "formats" / "timeline").glob("*.timeline"))
"""Files of the desktop program Timeline: every one must get its type by its name."""


def xml_root(path: Path) -> str | None:
    """The root element's name, or ``None`` for a file that is no XML (Timeline 0.3.0's text format).

    Read a little at a time up to the root's start tag, so a fixture broken further down still counts.
    """
    names: list[str] = []
    parser = xml.parsers.expat.ParserCreate()
    parser.StartElementHandler = lambda name, attributes: names.append(name)
    data = path.read_bytes()
    try:
        for start in range(0, len(data), 64):
            parser.Parse(data[start : start + 64], False)
            if names:
                break
    except xml.parsers.expat.ExpatError:
        pass
    return names[0] if names else None


TIMELINE_XML_FIXTURES = [path for path in TIMELINE_FORMAT_FIXTURES if xml_root(path) == "timeline"]
"""Those that are XML with the root ``<timeline>``: these get the type by their content too."""


def entry(path: Path) -> dict[str, str]:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    return dict(parser["Desktop Entry"])


def test_desktop_file_validate_accepts_both_entries() -> None:
    validate = require_tool("desktop-file-validate", "desktop-file-utils")
    result = subprocess.run([validate, str(MAIN_ENTRY), str(LINK_ENTRY)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in (result.stdout + result.stderr).lower()


def test_main_entry_names_the_app_its_icon_command_and_file_type() -> None:
    keys = entry(MAIN_ENTRY)
    assert keys["Type"] == "Application"
    assert keys["Name"] == APP_NAME
    assert keys["GenericName"]
    assert keys["Comment"]
    assert keys["Icon"] == DESKTOP_ID
    assert keys["Exec"] == f"{EXECUTABLE} %f"
    assert keys["TryExec"] == EXECUTABLE
    assert keys["StartupWMClass"] == EXECUTABLE  # Qt's WM_CLASS instance: the program's file name
    assert keys["Terminal"] == "false"
    assert {"Education", "History"} <= set(keys["Categories"].rstrip(";").split(";"))
    # Written out: a change to the constants must be a change here too.
    assert keys["MimeType"].rstrip(";").split(";") == [
        "application/x-timeline+json",
        "application/x-thetimelineproj+xml",
    ]
    # Not CSV or JSON: a desktop with no default chosen for them would open every such file here.
    assert not set(OPEN_WITH_MIME_TYPES) & set(keys["MimeType"].split(";"))
    assert keys["MimeType"].rstrip(";").split(";") == list(MIME_TYPES)
    assert keys["MimeType"].endswith(";")


def test_the_types_the_app_opens_are_ours_and_timelines_then_the_open_with_ones() -> None:
    assert DEFINED_MIME_TYPES == (TIMELINE_MIME_TYPE, THETIMELINEPROJ_MIME_TYPE)
    assert OPEN_WITH_MIME_TYPES == ("text/csv", "application/json")
    assert not set(DEFINED_MIME_TYPES) & set(OPEN_WITH_MIME_TYPES)


def test_link_entry_takes_urls_and_stays_out_of_menus() -> None:
    keys = entry(LINK_ENTRY)
    assert keys["Exec"] == f"{EXECUTABLE} %u"  # %f would drop a link that is not a local file
    assert keys["NoDisplay"] == "true"
    assert keys["Icon"] == DESKTOP_ID
    assert keys["StartupWMClass"] == EXECUTABLE
    assert keys["MimeType"].rstrip(";").split(";") == [f"x-scheme-handler/{URL_SCHEME}"]


def test_appstreamcli_validate_accepts_the_metainfo() -> None:
    appstreamcli = require_tool("appstreamcli", "appstream")
    result = subprocess.run([appstreamcli, "validate", "--no-net", str(METAINFO)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_metainfo_describes_this_app_and_this_release() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == DESKTOP_ID
    assert root.findtext("name") == APP_NAME
    assert root.findtext("summary")
    assert root.find("description") is not None
    assert root.findtext("metadata_license") == "CC0-1.0"
    with (REPO / "pyproject.toml").open("rb") as stream:
        project = tomllib.load(stream)["project"]
    assert root.findtext("project_license") == project["license"]
    assert root.findtext("launchable[@type='desktop-id']") == f"{DESKTOP_ID}.desktop"
    assert root.findtext("icon[@type='stock']") == DESKTOP_ID
    assert root.findtext("provides/binary") == EXECUTABLE
    assert [element.text for element in root.findall("provides/mediatype")] == list(MIME_TYPES)
    image = root.find("screenshots/screenshot/image")
    assert image is not None
    assert image.text is not None
    shot = REPO / image.text.split("/main/", 1)[1]  # the file in the repository the URL serves
    assert shot.is_file(), f"{shot} (the metainfo screenshot) does not exist"
    width, height = struct.unpack(">II", shot.read_bytes()[16:24])  # the PNG's IHDR
    assert (image.get("width"), image.get("height")) == (str(width), str(height))
    releases = root.findall("releases/release")
    assert releases, "no <release>"
    assert releases[0].get("version") == project["version"], "newest <release> must be the version in pyproject.toml"


def mime_types() -> dict[str, ET.Element]:
    root = ET.parse(MIME_XML).getroot()
    return {element.get("type", ""): element for element in root.findall(f"{MIME_NS}mime-type")}


def mime_type(name: str = TIMELINE_MIME_TYPE) -> ET.Element:
    return mime_types()[name]


def test_mime_definition_defines_our_types_and_no_generic_one() -> None:
    # text/csv and application/json belong to shared-mime-info: redefining them would change every
    # CSV and JSON file on the machine.
    assert tuple(mime_types()) == DEFINED_MIME_TYPES


def test_mime_definition_claims_timeline_files_over_plain_json() -> None:
    element = mime_type()
    assert element.get("type") == TIMELINE_MIME_TYPE
    assert element.find(f"{MIME_NS}sub-class-of").get("type") == "application/json"  # type: ignore[union-attr]
    (glob,) = element.findall(f"{MIME_NS}glob")
    assert glob.get("pattern") == TIMELINE_GLOB
    assert int(glob.get("weight", "50")) > 50  # the *.json glob weighs 50
    assert fnmatch.fnmatch(BUNDLED_TIMELINE_NAME, TIMELINE_GLOB)
    assert fnmatch.fnmatch("minimal.timeline.json", TIMELINE_GLOB)
    assert not fnmatch.fnmatch("package.json", TIMELINE_GLOB)
    assert element.find(f"{MIME_NS}icon").get("name") == DESKTOP_ID  # type: ignore[union-attr]


def test_mime_magic_recognises_the_bundled_timeline_by_its_content() -> None:
    values = [match.get("value", "") for match in mime_type().iter(f"{MIME_NS}match")]
    offsets = {match.get("offset") for match in mime_type().iter(f"{MIME_NS}match")}
    assert offsets == {"0:256"}
    for path in (REPO / "resources" / "timelines" / BUNDLED_TIMELINE_NAME, REPO / "tests/data/minimal.timeline.json"):
        head = path.read_text(encoding="utf-8")[: 256 + 64]
        assert any(value in head for value in values), f"no magic value in the first bytes of {path.name}"


def test_mime_definition_gives_timeline_files_their_own_xml_type() -> None:
    element = mime_type(THETIMELINEPROJ_MIME_TYPE)
    assert element.find(f"{MIME_NS}sub-class-of").get("type") == "application/xml"  # type: ignore[union-attr]
    (glob,) = element.findall(f"{MIME_NS}glob")
    assert glob.get("pattern") == THETIMELINEPROJ_GLOB
    (root_xml,) = element.findall(f"{MIME_NS}root-XML")
    assert (root_xml.get("namespaceURI"), root_xml.get("localName")) == ("", "timeline")  # Timeline uses no namespace
    # Timeline's format, not ours: it keeps a generic icon, not our app's.
    assert element.find(f"{MIME_NS}icon") is None
    assert element.find(f"{MIME_NS}generic-icon") is not None
    assert TIMELINE_FORMAT_FIXTURES
    for path in TIMELINE_FORMAT_FIXTURES:
        assert fnmatch.fnmatch(path.name, THETIMELINEPROJ_GLOB)
    assert not fnmatch.fnmatch(BUNDLED_TIMELINE_NAME, THETIMELINEPROJ_GLOB)  # ours end in .json


def magic_matches(rule: ET.Element, head: bytes) -> bool:
    """Whether a ``<match type="string">`` (and, nested in it, one of its children) matches ``head``."""
    assert rule.get("type") == "string"
    value = rule.get("value", "").encode()
    start, _, end = rule.get("offset", "0").partition(":")
    found = head.find(value, int(start), int(end or start) + len(value))
    children = rule.findall(f"{MIME_NS}match")
    return found >= 0 and (not children or any(magic_matches(child, head) for child in children))


def test_mime_magic_recognises_timeline_xml_files_without_their_extension() -> None:
    (magic,) = mime_type(THETIMELINEPROJ_MIME_TYPE).findall(f"{MIME_NS}magic")
    assert int(magic.get("priority", "50")) > 40  # application/xml's "<?xml" weighs 40
    rules = magic.findall(f"{MIME_NS}match")
    assert len(TIMELINE_XML_FIXTURES) >= 10
    for path in TIMELINE_XML_FIXTURES:
        assert any(magic_matches(rule, path.read_bytes()[:512]) for rule in rules), path.name
    for other in (
        b'<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"/>',
        b"<timeline> without a declaration",
    ):
        assert not any(magic_matches(rule, other) for rule in rules)


def test_update_mime_database_compiles_the_glob(tmp_path: Path) -> None:
    update = require_tool("update-mime-database", "shared-mime-info")
    packages = tmp_path / "mime" / "packages"
    packages.mkdir(parents=True)
    shutil.copyfile(MIME_XML, packages / f"{DESKTOP_ID}.xml")
    result = subprocess.run([update, str(tmp_path / "mime")], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    globs = (tmp_path / "mime" / "globs2").read_text(encoding="utf-8").splitlines()
    assert f"60:{TIMELINE_MIME_TYPE}:{TIMELINE_GLOB}" in globs
    assert f"50:{THETIMELINEPROJ_MIME_TYPE}:{THETIMELINEPROJ_GLOB}" in globs
    for name in DEFINED_MIME_TYPES:
        assert (tmp_path / "mime" / "application" / f"{name.split('/')[1]}.xml").is_file()
    subclasses = (tmp_path / "mime" / "subclasses").read_text(encoding="utf-8").splitlines()
    assert f"{THETIMELINEPROJ_MIME_TYPE} application/xml" in subclasses
    # XMLnamespaces: "namespace localName type", the namespace empty.
    namespaces = (tmp_path / "mime" / "XMLnamespaces").read_text(encoding="utf-8").splitlines()
    assert f" timeline {THETIMELINEPROJ_MIME_TYPE}" in namespaces
    # The compiled globs, read as GIO reads them (weight:type:pattern, the heaviest match wins),
    # give each Timeline fixture the new type.
    entries = [line.split(":", 2) for line in globs if line and not line.startswith("#")]
    for path in TIMELINE_FORMAT_FIXTURES:
        matches = sorted(
            (int(weight), name) for weight, name, pattern in entries if fnmatch.fnmatch(path.name, pattern)
        )
        assert matches, path.name
        assert matches[-1][1] == THETIMELINEPROJ_MIME_TYPE, path.name


@pytest.fixture(scope="module")
def mime_database(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """A MIME database of shared-mime-info's own types (when installed) and ours; the environment that uses it."""
    update = require_tool("update-mime-database", "shared-mime-info")
    tmp_path = tmp_path_factory.mktemp("mime-database")
    packages = tmp_path / "share" / "mime" / "packages"
    packages.mkdir(parents=True)
    system = Path("/usr/share/mime/packages/freedesktop.org.xml")
    if system.is_file():  # then *.json, *.xml and application/xml's magic compete, as on a desktop
        shutil.copyfile(system, packages / system.name)
    shutil.copyfile(MIME_XML, packages / f"{DESKTOP_ID}.xml")
    subprocess.run([update, str(tmp_path / "share" / "mime")], capture_output=True, check=True)
    return {
        "HOME": str(tmp_path),
        "PATH": "/usr/bin:/bin",
        "XDG_DATA_HOME": str(tmp_path / "home-data"),
        "XDG_DATA_DIRS": str(tmp_path / "share"),
    }


@pytest.mark.parametrize("path", TIMELINE_FORMAT_FIXTURES, ids=lambda p: p.name)
def test_gio_gives_timeline_files_the_new_type_by_name_and_xml_ones_by_content(
    path: Path, mime_database: dict[str, str], tmp_path: Path
) -> None:
    gio = require_tool("gio", "libglib2.0-bin")

    def content_type(file: Path) -> str:
        done = subprocess.run(
            [gio, "info", "-a", "standard::content-type", str(file)],
            capture_output=True,
            text=True,
            env=mime_database,
            check=True,
        )
        return done.stdout.rsplit("standard::content-type:", 1)[1].strip()

    assert content_type(path) == THETIMELINEPROJ_MIME_TYPE
    if path in TIMELINE_XML_FIXTURES:  # the 0.3.0 text format has only its name
        no_extension = tmp_path / "downloaded"
        shutil.copyfile(path, no_extension)
        assert content_type(no_extension) == THETIMELINEPROJ_MIME_TYPE


def test_the_files_on_disk_are_named_by_the_desktop_id() -> None:
    # Listed from the folder, not built from the constant: renaming a file, or changing the id
    # without renaming the files that the .deb installs under it, must fail here.
    assert sorted(path.name for path in DESKTOP.iterdir()) == sorted(
        [
            f"{DESKTOP_ID}.desktop",
            f"{LINK_DESKTOP_ID}.desktop",
            f"{DESKTOP_ID}.metainfo.xml",
            f"{DESKTOP_ID}.mime.xml",
        ]
    )
    # The id itself, written out: the launcher, AppStream, the icon theme and Wayland all know the app by it.
    assert DESKTOP_ID == "io.github.timelineviewer.TimelineViewer"
    assert LINK_DESKTOP_ID == "io.github.timelineviewer.TimelineViewer.Link"
