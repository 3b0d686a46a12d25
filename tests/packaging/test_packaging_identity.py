"""timeline_app.desktop: the identity the running app gives itself, and timeline-app: links."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication

from timeline_app import __version__
from timeline_app.desktop import (
    APP_NAME,
    DESKTOP_ID,
    EXECUTABLE,
    ICON_SIZES,
    ORGANIZATION_DOMAIN,
    AppLink,
    app_icon,
    app_link,
    apply_identity,
    expand_link_arguments,
    parse_app_link,
)


def test_desktop_id_is_reverse_dns_of_the_organisation_domain() -> None:
    assert re.fullmatch(r"[a-z]+(\.[a-z0-9]+)+\.[A-Z][A-Za-z0-9]+", DESKTOP_ID)
    assert DESKTOP_ID.rsplit(".", 1)[0] == ".".join(reversed(ORGANIZATION_DOMAIN.split(".")))


def test_importing_the_module_imports_no_qt() -> None:
    code = "import sys, timeline_app.desktop; sys.exit(any(m.startswith('PySide6') for m in sys.modules))"
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


@pytest.fixture
def restored_identity(qapp: QApplication) -> Iterator[QApplication]:
    saved = (
        qapp.applicationName(),
        qapp.applicationDisplayName(),
        qapp.organizationName(),
        qapp.organizationDomain(),
        qapp.applicationVersion(),
        qapp.desktopFileName(),
        qapp.windowIcon(),
    )
    yield qapp
    qapp.setApplicationName(saved[0])
    qapp.setApplicationDisplayName(saved[1])
    qapp.setOrganizationName(saved[2])
    qapp.setOrganizationDomain(saved[3])
    qapp.setApplicationVersion(saved[4])
    qapp.setDesktopFileName(saved[5])
    qapp.setWindowIcon(saved[6])


def test_apply_identity_sets_names_version_desktop_id_and_icon(restored_identity: QApplication) -> None:
    app = restored_identity
    apply_identity(app)
    assert app.applicationName() == APP_NAME
    assert app.applicationDisplayName() == APP_NAME
    assert app.organizationDomain() == ORGANIZATION_DOMAIN
    assert app.organizationName()
    assert app.applicationVersion() == __version__
    assert app.desktopFileName() == DESKTOP_ID
    assert not app.windowIcon().isNull()


def test_app_icon_has_every_png_size(qapp: QApplication) -> None:
    icon = app_icon()
    assert sorted(size.width() for size in icon.availableSizes()) == list(ICON_SIZES)
    assert all(size.width() == size.height() for size in icon.availableSizes())
    assert icon.pixmap(QSize(16, 16)).width() == 16


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("timeline-app://open", AppLink()),
        ("timeline-app://open?event=pfp-sofa", AppLink(event="pfp-sofa")),
        ("timeline-app:?event=pfp-sofa", AppLink(event="pfp-sofa")),
        (
            "timeline-app://open?file=/home/me/My%20history.timeline.json&event=a%26b",
            AppLink(Path("/home/me/My history.timeline.json"), "a&b"),
        ),
        ("timeline-app:///srv/x.timeline.json?event=e1", AppLink(Path("/srv/x.timeline.json"), "e1")),
        ("TIMELINE-APP://open?file=file:///srv/x.timeline.json", AppLink(Path("/srv/x.timeline.json"))),
        ("/home/me/x.timeline.json", None),
        ("https://example.org/x.timeline.json", None),
    ],
)
def test_parse_app_link(text: str, expected: AppLink | None) -> None:
    assert parse_app_link(text) == expected


@pytest.mark.parametrize(
    "text", ["timeline-app://elsewhere/x", "timeline-app://open?file=https://example.org/x.timeline.json"]
)
def test_links_to_other_targets_or_remote_files_are_refused(text: str) -> None:
    with pytest.raises(ValueError, match="timeline-app"):
        parse_app_link(text)


def test_app_link_round_trips() -> None:
    for file, event in [(None, None), (None, "e 1"), (Path("/a b/c&d.timeline.json"), "x/y?z")]:
        assert parse_app_link(app_link(file, event)) == AppLink(file, event)


def test_expand_link_arguments_gives_the_parser_a_path_and_an_event() -> None:
    link = app_link(Path("/srv/x.timeline.json"), "e1")
    assert expand_link_arguments([link]) == ["/srv/x.timeline.json", "--event", "e1"]
    assert expand_link_arguments(["timeline-app:?event=e2"]) == ["--event", "e2"]
    assert expand_link_arguments(["file:///srv/My%20x.timeline.json"]) == ["/srv/My x.timeline.json"]
    assert expand_link_arguments(["--screenshot", "out.png", "plain.json"]) == ["--screenshot", "out.png", "plain.json"]


def test_executable_is_the_console_script() -> None:
    text = (Path(__file__).resolve().parents[2] / "pyproject.toml").read_text(encoding="utf-8")
    assert f'{EXECUTABLE} = "timeline_app.cli:main"' in text
