"""The Windows and macOS installers' file types: "Open with" for what the app reads, default for none of CSV or JSON.

Neither recipe can run here (Inno Setup on Windows, PyInstaller's ``BUNDLE`` on a Mac), so these
tests read them: the ``[Registry]`` section of the ``.iss`` script, and the ``Info.plist`` entries
the macOS spec takes from ``bundle_inputs.macos_info_plist``.
"""

from __future__ import annotations

import plistlib
import re
from pathlib import Path
from typing import Any

from packaging_support import PACKAGING, packaging_module

from timeline_app.desktop import THETIMELINEPROJ_GLOB, THETIMELINEPROJ_MIME_TYPE

bundle_inputs = packaging_module("bundle_inputs")

ISS = PACKAGING / "windows" / "timeline-app.iss"
OPEN_WITH_EXTENSIONS = (".json", ".timeline", ".csv")
"""What the Windows installer offers the app for: ours and TimelineJS's JSON, Timeline's files, CSV."""


def iss_defines() -> dict[str, str]:
    return dict(re.findall(r'^#define (\w+) "([^"]*)"', ISS.read_text(encoding="utf-8"), flags=re.MULTILINE))


def registry_entries() -> list[dict[str, str]]:
    """The ``[Registry]`` lines as ``{parameter: value}``, with the script's ``{#Name}`` defines expanded."""
    defines = iss_defines()
    entries = []
    section = ""
    for raw in ISS.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if line.startswith("["):
            section = line
            continue
        if section != "[Registry]" or not line or line.startswith(";"):
            continue
        entry = {}
        # Parameters are "Name: value" separated by ";"; values in quotes may hold ";" and doubled quotes.
        for name, quoted, bare in re.findall(r'(\w+):\s*(?:"((?:[^"]|"")*)"|([^;]*))', line):
            value = quoted.replace('""', '"') if quoted or not bare else bare.strip()
            entry[name] = re.sub(r"\{#(\w+)\}", lambda match: defines[match.group(1)], value)
        entries.append(entry)
    return entries


def test_registry_entries_are_read() -> None:
    entries = registry_entries()
    assert len(entries) > 10
    assert all(entry["Root"] == "HKA" for entry in entries)  # per user, or all users as administrator


def test_windows_offers_the_app_in_open_with_for_json_timeline_and_csv() -> None:
    entries = registry_entries()
    exe = iss_defines()["ExeName"]
    supported = {
        e["ValueName"] for e in entries if e["Subkey"] == rf"Software\Classes\Applications\{exe}\SupportedTypes"
    }
    assert supported == set(OPEN_WITH_EXTENSIONS)
    commands = {
        e["Subkey"].removeprefix("Software\\Classes\\").removesuffix(r"\shell\open\command"): e["ValueData"]
        for e in entries
        if e["Subkey"].endswith(r"\shell\open\command")
    }
    prog_ids = {}
    for extension in OPEN_WITH_EXTENSIONS:
        (entry,) = [e for e in entries if e["Subkey"] == rf"Software\Classes\{extension}\OpenWithProgids"]
        assert entry["ValueData"] == ""
        assert "uninsdeletevalue" in entry["Flags"]  # the uninstaller takes back only its own value
        prog_ids[extension] = entry["ValueName"]
        # The ProgID opens the file with the app, and goes with the app.
        assert commands[entry["ValueName"]] == f'"{{app}}\\{exe}" "%1"'
        (key,) = [
            e for e in entries if e["Subkey"] == rf"Software\Classes\{entry['ValueName']}" and e["ValueName"] == ""
        ]
        assert key["ValueData"]  # the type's name in Explorer
        assert "uninsdeletekey" in key["Flags"]
    assert len(set(prog_ids.values())) == len(prog_ids)  # one ProgID per type, each named for it


def test_windows_makes_the_app_the_default_for_no_extension() -> None:
    """An extension's default is the unnamed value of its key, or a verb under it: neither is written."""
    for entry in registry_entries():
        subkey = entry["Subkey"]
        match = re.fullmatch(r"Software\\Classes\\(\.[^\\]+)(\\.*)?", subkey)
        if match is None:
            continue
        extension, rest = match.groups()
        assert rest == r"\OpenWithProgids", f"{subkey}: more than an 'Open with' entry for {extension}"
        assert entry["ValueName"], f"{subkey}: writes the default value"


def plist() -> dict[str, Any]:
    info: dict[str, Any] = bundle_inputs.macos_info_plist("1.2.3")
    # What PyInstaller writes: it must serialise, and read back the same.
    read_back = plistlib.loads(plistlib.dumps(info))
    assert isinstance(read_back, dict)
    assert read_back == info
    return read_back


def test_the_macos_spec_takes_its_info_plist_from_bundle_inputs() -> None:
    text = (PACKAGING / "timeline-app-macos.spec").read_text(encoding="utf-8")
    assert "info_plist=inputs.macos_info_plist(VERSION)" in text
    info = plist()
    assert info["CFBundleShortVersionString"] == "1.2.3"
    assert info["CFBundleURLTypes"][0]["CFBundleURLSchemes"] == [bundle_inputs.URL_SCHEME]


def document_types() -> dict[str, dict[str, Any]]:
    """``CFBundleDocumentTypes`` by content type (UTI); each type in one entry only."""
    by_type: dict[str, dict[str, Any]] = {}
    for entry in plist()["CFBundleDocumentTypes"]:
        assert entry["CFBundleTypeRole"] == "Viewer"  # the app reads these files, it does not edit them
        for uti in entry["LSItemContentTypes"]:
            assert uti not in by_type
            by_type[uti] = entry
    return by_type


def test_macos_offers_the_app_for_json_and_csv_and_never_as_their_default() -> None:
    types = document_types()
    # Alternate: listed in "Open With", never chosen by Finder over an app of higher rank.
    assert types["public.json"]["LSHandlerRank"] == "Alternate"
    assert types["public.comma-separated-values-text"]["LSHandlerRank"] == "Alternate"


def test_macos_opens_timeline_files_by_default_without_claiming_to_own_them() -> None:
    (imported,) = plist()["UTImportedTypeDeclarations"]
    assert imported["UTTypeIdentifier"] == bundle_inputs.MACOS_THETIMELINEPROJ_UTI
    assert imported["UTTypeConformsTo"] == ["public.xml"]
    assert imported["UTTypeTagSpecification"] == {
        "public.filename-extension": [THETIMELINEPROJ_GLOB.removeprefix("*.")],
        "public.mime-type": [THETIMELINEPROJ_MIME_TYPE],
    }
    assert "UTExportedTypeDeclarations" not in plist()  # Timeline's format: imported, not ours to export
    # Default: the app opens them when nothing of higher rank claims them; Owner is Timeline's.
    assert document_types()[imported["UTTypeIdentifier"]]["LSHandlerRank"] == "Default"


def test_macos_document_types_are_system_types_or_declared_here() -> None:
    declared = {entry["UTTypeIdentifier"] for entry in plist()["UTImportedTypeDeclarations"]}
    for uti in document_types():
        assert uti.startswith("public.") or uti in declared, uti
    assert not [entry for entry in plist()["CFBundleDocumentTypes"] if entry["LSHandlerRank"] == "Owner"]


def test_both_installers_offer_the_app_for_the_same_files() -> None:
    macos = {
        "public.json": ".json",
        "public.comma-separated-values-text": ".csv",
        bundle_inputs.MACOS_THETIMELINEPROJ_UTI: ".timeline",
    }
    assert {macos[uti] for uti in document_types()} == set(OPEN_WITH_EXTENSIONS)
    assert Path(THETIMELINEPROJ_GLOB).suffix in OPEN_WITH_EXTENSIONS
