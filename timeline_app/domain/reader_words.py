"""The names of the format's fixed values as a reader of the UI's language reads them.

``model.py`` keeps the English (``ConfidenceLevel.label``, ``SourceKind.label``): they name values
in files, schemas and machine exports. What a reader sees goes through these, whose literal
messages the ``.ts`` files carry.
"""

from __future__ import annotations

from timeline_app.domain.language import translate
from timeline_app.domain.model import ClaimStatus, ConfidenceLevel, SourceKind


def confidence_label(level: ConfidenceLevel) -> str:
    """``High``, ``Medium``, ``Low``, ``Not assessed``: the list's column."""
    labels = {
        ConfidenceLevel.HIGH: translate("Confidence", "High"),
        ConfidenceLevel.MEDIUM: translate("Confidence", "Medium"),
        ConfidenceLevel.LOW: translate("Confidence", "Low"),
        ConfidenceLevel.NOT_ASSESSED: translate("Confidence", "Not assessed"),
    }
    return labels[level]


def confidence_description(level: ConfidenceLevel) -> str:
    """``High confidence`` … ``Confidence not assessed``: the View → Confidence menu, the pane, the canvas."""
    descriptions = {
        ConfidenceLevel.HIGH: translate("Confidence", "High confidence"),
        ConfidenceLevel.MEDIUM: translate("Confidence", "Medium confidence"),
        ConfidenceLevel.LOW: translate("Confidence", "Low confidence"),
        ConfidenceLevel.NOT_ASSESSED: translate("Confidence", "Confidence not assessed"),
    }
    return descriptions[level]


def status_label(status: ClaimStatus) -> str:
    """``corroborated``, ``single-source``, ``unverified``, ``contradicted``."""
    labels = {
        ClaimStatus.CORROBORATED: translate("Confidence", "corroborated"),
        ClaimStatus.SINGLE_SOURCE: translate("Confidence", "single-source"),
        ClaimStatus.UNVERIFIED: translate("Confidence", "unverified"),
        ClaimStatus.CONTRADICTED: translate("Confidence", "contradicted"),
    }
    return labels[status]


def source_kind_label(kind: SourceKind) -> str:
    """``official page``, ``news report`` …: what kind of document a source is."""
    labels = {
        SourceKind.OFFICIAL_PAGE: translate("SourceKind", "official page"),
        SourceKind.PRESS_RELEASE: translate("SourceKind", "press release"),
        SourceKind.TRANSCRIPT: translate("SourceKind", "transcript"),
        SourceKind.NEWS_REPORT: translate("SourceKind", "news report"),
        SourceKind.INTERVIEW: translate("SourceKind", "interview"),
        SourceKind.ENCYCLOPEDIA: translate("SourceKind", "encyclopedia"),
        SourceKind.BOOK: translate("SourceKind", "book"),
        SourceKind.JOURNAL_ARTICLE: translate("SourceKind", "journal article"),
        SourceKind.ANALYSIS: translate("SourceKind", "analysis"),
        SourceKind.VIDEO: translate("SourceKind", "video"),
        SourceKind.OTHER: translate("SourceKind", "other"),
    }
    return labels[kind]
