"""The .deb builder on a stand-in bundle: layout, control fields, maintainer scripts (fast; no PyInstaller)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from packaging_support import packaging_module, require_tool

from timeline_app.desktop import DESKTOP_ID, EXECUTABLE, ICON_SIZES, LINK_DESKTOP_ID

build_deb = packaging_module("build_deb")


@pytest.fixture
def fake_bundle(tmp_path: Path) -> Path:
    """A folder shaped like the PyInstaller output, with a real ELF program as the executable."""
    bundle = tmp_path / "bundle" / EXECUTABLE
    (bundle / "_internal").mkdir(parents=True)
    true = shutil.which("true")
    assert true is not None
    shutil.copyfile(Path(true).resolve(), bundle / EXECUTABLE)
    (bundle / EXECUTABLE).chmod(0o700)
    (bundle / "_internal" / "data.txt").write_text("data\n", encoding="utf-8")
    return bundle


def test_every_installed_file_comes_from_the_repository() -> None:
    files = build_deb.installed_files()
    for source in files.values():
        assert source.is_file(), source
    assert f"usr/share/applications/{DESKTOP_ID}.desktop" in files
    assert f"usr/share/applications/{LINK_DESKTOP_ID}.desktop" in files
    assert f"usr/share/metainfo/{DESKTOP_ID}.metainfo.xml" in files
    assert f"usr/share/mime/packages/{DESKTOP_ID}.xml" in files
    assert f"usr/share/icons/hicolor/scalable/apps/{DESKTOP_ID}.svg" in files
    for size in ICON_SIZES:
        assert f"usr/share/icons/hicolor/{size}x{size}/apps/{DESKTOP_ID}.png" in files


def test_stage_lays_out_opt_the_command_and_modes(fake_bundle: Path, tmp_path: Path) -> None:
    root = tmp_path / "root"
    build_deb.stage(fake_bundle, root)
    command = root / "usr" / "bin" / EXECUTABLE
    assert command.is_symlink()
    assert str(command.readlink()) == f"/opt/{EXECUTABLE}/{EXECUTABLE}"
    assert (root / "opt" / EXECUTABLE / EXECUTABLE).stat().st_mode & 0o777 == 0o755
    assert (root / "opt" / EXECUTABLE / "_internal" / "data.txt").stat().st_mode & 0o777 == 0o644
    assert (root / f"usr/share/applications/{DESKTOP_ID}.desktop").stat().st_mode & 0o777 == 0o644
    assert (root / f"usr/share/doc/{EXECUTABLE}/copyright").is_file()


def test_stage_refuses_a_folder_without_the_program(tmp_path: Path) -> None:
    with pytest.raises(SystemExit, match="build the bundle first"):
        build_deb.stage(tmp_path, tmp_path / "root")


def test_deb_declares_depends_scripts_and_contents(fake_bundle: Path, tmp_path: Path) -> None:
    dpkg_deb = require_tool("dpkg-deb", "dpkg")
    deb = build_deb.build(fake_bundle, "9.8.7", tmp_path / "out", "gzip", 1)
    assert deb.name.startswith(f"{EXECUTABLE}_9.8.7_")

    def field(name: str) -> str:
        return subprocess.run([dpkg_deb, "-f", str(deb), name], capture_output=True, text=True, check=True).stdout

    assert field("Package").strip() == EXECUTABLE
    depends = field("Depends")
    assert "libc6" in depends  # /bin/true needs the C library, which the bundle never carries
    for data in ("fontconfig-config", "fonts-dejavu-core |", "hicolor-icon-theme"):
        assert data in depends
    assert int(field("Installed-Size")) > 0
    control = subprocess.run([dpkg_deb, "-I", str(deb)], capture_output=True, text=True, check=True).stdout
    assert "postinst" in control
    assert "postrm" not in control  # it would leave the package in dpkg's "rc" state after apt remove
    contents = subprocess.run([dpkg_deb, "-c", str(deb)], capture_output=True, text=True, check=True).stdout
    assert f"./usr/bin/{EXECUTABLE} -> /opt/{EXECUTABLE}/{EXECUTABLE}" in contents
    assert f"./usr/share/mime/packages/{DESKTOP_ID}.xml" in contents
    assert "root/root" in contents
    assert "DEBIAN" not in contents


def test_postinst_refreshes_the_desktop_and_mime_databases() -> None:
    script = (Path(__file__).resolve().parents[2] / "resources/packaging/debian/postinst").read_text(encoding="utf-8")
    assert script.startswith("#!/bin/sh\n")
    assert "update-desktop-database -q /usr/share/applications" in script
    assert "update-mime-database /usr/share/mime" in script
    assert subprocess.run(["sh", "-n", "-c", script], check=False).returncode == 0


def test_deb_sets_no_default_application(fake_bundle: Path, tmp_path: Path) -> None:
    """Nothing in the package may make the app the default for any type beyond what its .desktop entry
    lists: no mimeapps.list or defaults.list among its files, no maintainer script that writes one
    (``xdg-mime default``, ``gio mime TYPE APP``)."""
    dpkg_deb = require_tool("dpkg-deb", "dpkg")
    deb = build_deb.build(fake_bundle, "9.8.7", tmp_path / "out", "gzip", 1)
    contents = subprocess.run([dpkg_deb, "-c", str(deb)], capture_output=True, text=True, check=True).stdout
    names = [line.split()[5].rsplit("/", 1)[-1] for line in contents.splitlines()]
    assert not [name for name in names if name.endswith(("mimeapps.list", "defaults.list"))]
    control = tmp_path / "control"
    subprocess.run([dpkg_deb, "-e", str(deb), str(control)], check=True)
    scripts = [
        path for path in control.iterdir() if path.name in ("preinst", "postinst", "prerm", "postrm", "triggers")
    ]
    assert scripts  # the postinst at least: the test reads what is really there
    for script in scripts:
        text = script.read_text(encoding="utf-8")
        for needle in ("xdg-mime", "mimeapps.list", "defaults.list", "gio mime", "xdg-settings"):
            assert needle not in text, f"{script.name} mentions {needle}"
