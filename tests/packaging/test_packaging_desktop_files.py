"""The .desktop entries, the AppStream metainfo and the MIME definition: valid, and naming the same app."""

from __future__ import annotations

import configparser
import fnmatch
import shutil
import struct
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from packaging_support import require_tool

from timeline_app.desktop import (
    APP_NAME,
    DESKTOP_ID,
    EXECUTABLE,
    LINK_DESKTOP_ID,
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
    assert keys["MimeType"].rstrip(";").split(";") == [TIMELINE_MIME_TYPE]


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
    assert root.findtext("provides/mediatype") == TIMELINE_MIME_TYPE
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


def mime_type() -> ET.Element:
    root = ET.parse(MIME_XML).getroot()
    (element,) = root.findall(f"{MIME_NS}mime-type")
    return element


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


def test_update_mime_database_compiles_the_glob(tmp_path: Path) -> None:
    update = require_tool("update-mime-database", "shared-mime-info")
    packages = tmp_path / "mime" / "packages"
    packages.mkdir(parents=True)
    shutil.copyfile(MIME_XML, packages / f"{DESKTOP_ID}.xml")
    result = subprocess.run([update, str(tmp_path / "mime")], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    globs = (tmp_path / "mime" / "globs2").read_text(encoding="utf-8").splitlines()
    assert f"60:{TIMELINE_MIME_TYPE}:{TIMELINE_GLOB}" in globs
    assert (tmp_path / "mime" / "application" / f"{TIMELINE_MIME_TYPE.split('/')[1]}.xml").is_file()


@pytest.mark.parametrize("path", [MAIN_ENTRY, LINK_ENTRY, METAINFO, MIME_XML], ids=lambda p: p.name)
def test_file_names_carry_the_desktop_id(path: Path) -> None:
    assert path.name.startswith(DESKTOP_ID)
