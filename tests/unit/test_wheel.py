"""The bundled timeline, schema and icons reach users through an installed wheel, not only a checkout."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from timeline_app.ts_compiler import compile_qm, read_ts

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(out), str(REPO)],
        check=True,
        capture_output=True,
    )
    (built,) = out.glob("timeline_viewer-*.whl")
    return built


def test_wheel_carries_the_data_files(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "timeline_app/resources/timelines/azerbaijan-nato-1992-2021.timeline.json" in names
    assert "timeline_app/resources/schema/timeline.schema.json" in names
    assert any(n.startswith("timeline_app/resources/icons/") and n.endswith(".png") for n in names)
    assert not any(n.startswith("timeline_app/resources/packaging/") for n in names)


def test_wheel_carries_the_compiled_translations(wheel: Path) -> None:
    """The .qm files are built with the wheel (setup.py); the repository holds only the .ts sources."""
    archive = zipfile.ZipFile(wheel)
    for code in ("en", "az", "ru"):
        compiled = archive.read(f"timeline_app/resources/translations/timeline_app_{code}.qm")
        assert compiled == compile_qm(read_ts(REPO / "resources" / "translations" / f"timeline_app_{code}.ts"))
    assert not any(n.endswith(".ts") for n in archive.namelist())


def test_installed_wheel_speaks_russian(wheel: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(site), str(wheel)],
        check=True,
        capture_output=True,
    )
    code = (
        "from PySide6.QtCore import QTranslator;"
        "from timeline_app.domain.bundled import resource;"
        "from timeline_app.domain.language import Language;"
        "from timeline_app.ui.translations import translation_data;"
        "assert not resource('translations', 'timeline_app_ru.ts').is_file();"
        "data = translation_data(Language.RU);"
        "assert data == resource('translations', 'timeline_app_ru.qm').read_bytes();"
        "t = QTranslator(); assert t.load(data);"
        "print(t.translate('MainWindow', '&File'), t.translate('ExportDialog', '%Ln event(s)', None, 5))"
    )
    env = {**os.environ, "PYTHONPATH": str(site)}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path, env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.split() == ["&Файл", "%Ln", "событий"]


def test_installed_wheel_validates_its_bundled_timeline(wheel: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(site), str(wheel)],
        check=True,
        capture_output=True,
    )
    code = (
        "import timeline_app, sys;"
        "from timeline_app.domain.bundled import bundled_timeline_path, schema_text;"
        f"assert timeline_app.__file__.startswith({str(site)!r}), timeline_app.__file__;"
        "assert 'Timeline Viewer timeline file' in schema_text();"
        "from timeline_app.cli import main;"
        "sys.exit(main(['validate', str(bundled_timeline_path())]))"
    )
    env = {**os.environ, "PYTHONPATH": str(site)}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path, env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 valid, 0 invalid" in result.stdout
    assert str(site) in result.stdout
