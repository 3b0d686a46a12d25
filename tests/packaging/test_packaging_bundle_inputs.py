"""What the frozen app is built from: one list for all three platforms, and the Qt parts it keeps."""

from __future__ import annotations

import fnmatch
import tomllib
from pathlib import Path

import pytest
from packaging_support import packaging_module

from timeline_app.desktop import DESKTOP_ID, ICON_SIZES, icon_file_name
from timeline_app.domain.bundled import BUNDLED_TIMELINE_NAME, SCHEMA_NAME

bundle_inputs = packaging_module("bundle_inputs")

REPO = Path(__file__).resolve().parents[2]
PACKAGING = REPO / "resources" / "packaging"
SPECS = ["timeline-app-linux.spec", "timeline-app-windows.spec", "timeline-app-macos.spec"]


def test_inputs_include_the_bundled_timeline_schema_and_icons() -> None:
    required = set(bundle_inputs.REQUIRED_RESOURCES)
    assert f"timelines/{BUNDLED_TIMELINE_NAME}" in required
    assert f"schema/{SCHEMA_NAME}" in required
    assert f"icons/{icon_file_name()}" in required
    assert {f"icons/{icon_file_name(size)}" for size in ICON_SIZES} <= required
    assert "translations/*.qm" in bundle_inputs.OPTIONAL_RESOURCE_GLOBS


def test_every_input_exists_in_the_source_tree() -> None:
    names = [name for _, name in bundle_inputs.resource_files(REPO / "resources")]
    assert set(bundle_inputs.REQUIRED_RESOURCES) <= set(names)


def test_a_missing_input_stops_the_build(tmp_path: Path) -> None:
    with pytest.raises(SystemExit, match=BUNDLED_TIMELINE_NAME):
        bundle_inputs.resource_files(tmp_path)


def test_the_wheel_ships_every_input() -> None:
    """The build freezes the installed wheel, so pyproject's package-data must match every input."""
    with (REPO / "pyproject.toml").open("rb") as stream:
        globs = tomllib.load(stream)["tool"]["setuptools"]["package-data"]["timeline_app.resources"]
    for name in bundle_inputs.REQUIRED_RESOURCES:
        assert any(fnmatch.fnmatch(name, pattern) for pattern in globs), f"{name} is not in package-data"


def test_late_imports_are_hidden_imports() -> None:
    assert "timeline_app.app" in bundle_inputs.HIDDEN_IMPORTS  # cli.main imports it after parsing
    assert "timeline_app.resources" in bundle_inputs.HIDDEN_IMPORTS
    assert "PySide6.QtWidgets" not in bundle_inputs.EXCLUDED_MODULES


@pytest.mark.parametrize("spec", SPECS)
def test_every_platform_spec_uses_the_shared_inputs(spec: str) -> None:
    text = (PACKAGING / spec).read_text(encoding="utf-8")
    for needle in (
        "import bundle_inputs as inputs",
        "inputs.ENTRY_SCRIPT",
        "datas=inputs.datas()",
        "hiddenimports=list(inputs.HIDDEN_IMPORTS)",
        "excludes=list(inputs.EXCLUDED_MODULES)",
        "inputs.slim(a.binaries, PLATFORM)",
        "inputs.slim(a.datas, PLATFORM)",
    ):
        assert needle in text, f"{spec} lacks {needle!r}"


def test_windows_and_macos_specs_use_the_generated_icons() -> None:
    assert Path(bundle_inputs.WINDOWS_ICON) == REPO / "resources" / "icons" / f"{DESKTOP_ID}.ico"
    assert Path(bundle_inputs.MACOS_ICON) == REPO / "resources" / "icons" / f"{DESKTOP_ID}.icns"
    assert Path(bundle_inputs.WINDOWS_ICON).is_file()
    assert Path(bundle_inputs.MACOS_ICON).is_file()
    assert "icon=inputs.WINDOWS_ICON" in (PACKAGING / "timeline-app-windows.spec").read_text(encoding="utf-8")
    assert "icon=inputs.MACOS_ICON" in (PACKAGING / "timeline-app-macos.spec").read_text(encoding="utf-8")


def toc(*names: str) -> list[tuple[str, str, str]]:
    return [(name, "/src/" + name, "BINARY") for name in names]


KEPT = {
    "linux": [
        "PySide6/Qt/lib/libQt6Core.so.6",
        "PySide6/Qt/lib/libQt6Gui.so.6",
        "PySide6/Qt/lib/libQt6Widgets.so.6",
        "PySide6/Qt/lib/libQt6DBus.so.6",
        "PySide6/Qt/lib/libQt6XcbQpa.so.6",
        "PySide6/Qt/lib/libQt6WaylandClient.so.6",
        "PySide6/Qt/lib/libQt6Svg.so.6",  # SVG export, and the adwaita Wayland title bar
        "PySide6/Qt/lib/libQt6PrintSupport.so.6",
        "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so",  # File → Print lists the system's printers
        "PySide6/Qt/lib/libicudata.so.73",
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqwayland.so",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so",
        "PySide6/Qt/plugins/wayland-decoration-client/libadwaita.so",
        "PySide6/Qt/plugins/xcbglintegrations/libqxcb-glx-integration.so",
        "PySide6/Qt/plugins/imageformats/libqjpeg.so",
        "PySide6/Qt/plugins/platforminputcontexts/libcomposeplatforminputcontextplugin.so",
        "libxkbcommon-x11.so.0",
        "libfontconfig.so.1",
    ],
    "win32": [
        "PySide6/Qt6Core.dll",
        "PySide6/Qt6Widgets.dll",
        "PySide6/plugins/platforms/qwindows.dll",
        "PySide6/plugins/platforms/qoffscreen.dll",
        "PySide6/plugins/styles/qmodernwindowsstyle.dll",
        "PySide6/Qt6Svg.dll",
        "PySide6/Qt6PrintSupport.dll",
        "PySide6/plugins/printsupport/windowsprintersupport.dll",
    ],
    "darwin": [
        "PySide6/Qt/lib/QtCore.framework/Versions/A/QtCore",
        "PySide6/Qt/lib/QtWidgets.framework/Versions/A/QtWidgets",
        "PySide6/Qt/plugins/platforms/libqcocoa.dylib",
        "PySide6/Qt/plugins/styles/libqmacstyle.dylib",
        "PySide6/Qt/lib/QtSvg.framework/Versions/A/QtSvg",
        "PySide6/Qt/plugins/printsupport/libcocoaprintersupport.dylib",
    ],
}
DROPPED = {
    "linux": [
        "PySide6/Qt/translations/qtbase_de.qm",
        "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
        "PySide6/Qt/plugins/tls/libqopensslbackend.so",
        "PySide6/Qt/plugins/platforms/libqeglfs.so",
        "PySide6/Qt/plugins/imageformats/libqsvg.so",
        "PySide6/Qt/plugins/wayland-graphics-integration-client/libdmabuf-server.so",
        "PySide6/Qt/plugins/wayland-shell-integration/libwl-shell-plugin.so",
        "PySide6/Qt/lib/libQt6Network.so.6",
        "PySide6/Qt/lib/libQt6OpenGL.so.6",
        "libgtk-3.so.0",
        "libssl.so.3",
    ],
    "win32": [
        "PySide6/translations/qtbase_de.qm",
        "PySide6/opengl32sw.dll",
        "PySide6/Qt6Network.dll",
        "PySide6/plugins/tls/qopensslbackend.dll",
        "PySide6/plugins/imageformats/qsvg.dll",
    ],
    "darwin": [
        "PySide6/Qt/translations/qtbase_de.qm",
        "PySide6/Qt/lib/QtNetwork.framework/Versions/A/QtNetwork",
        "PySide6/Qt/plugins/tls/libqopensslbackend.dylib",
    ],
}


@pytest.mark.parametrize("platform", ["linux", "win32", "darwin"])
def test_slim_keeps_what_the_app_needs_and_drops_the_rest(platform: str) -> None:
    kept = [entry[0] for entry in bundle_inputs.slim(toc(*KEPT[platform], *DROPPED[platform]), platform)]
    assert kept == KEPT[platform]
    windows_paths = toc(*(name.replace("/", "\\") for name in DROPPED[platform]))
    assert bundle_inputs.slim(windows_paths, platform) == []
