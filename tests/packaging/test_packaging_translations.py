"""The frozen app speaks Azerbaijani and Russian: it takes the wheel's compiled translations, and keeps
Qt's Russian for the standard dialogs' buttons while the rest of Qt's translations are left out."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from packaging_support import packaging_module

bundle_inputs = packaging_module("bundle_inputs")

REPO = Path(__file__).resolve().parents[2]


def toc(*names: str) -> list[tuple[str, str, str]]:
    return [(name, "/src/" + name, "BINARY") for name in names]


@pytest.mark.parametrize("platform", ["linux", "win32", "darwin"])
def test_qts_russian_stays_and_its_other_translations_go(platform: str) -> None:
    folder = "PySide6/translations" if platform == "win32" else "PySide6/Qt/translations"
    kept = bundle_inputs.slim(
        toc(f"{folder}/qtbase_ru.qm", f"{folder}/qtbase_de.qm", f"{folder}/qtbase_uk.qm"), platform
    )
    assert [entry[0] for entry in kept] == [f"{folder}/qtbase_ru.qm"]


def test_an_installed_package_without_compiled_translations_stops_the_build(tmp_path: Path) -> None:
    """The build freezes the installed wheel: a wheel built without its .qm files must not ship."""
    installed = tmp_path / "resources"
    shutil.copytree(REPO / "resources", installed, ignore=shutil.ignore_patterns("*.qm", "__pycache__"))
    with pytest.raises(SystemExit, match=r"timeline_app_az\.qm"):
        bundle_inputs.resource_files(installed, installed=True)
    for name in bundle_inputs.TRANSLATIONS:
        (installed / name).write_bytes(b"compiled")
    names = [name for _, name in bundle_inputs.resource_files(installed, installed=True)]
    assert set(bundle_inputs.TRANSLATIONS) <= set(names)
