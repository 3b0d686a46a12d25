"""What a TimelineJS slide's media is, decided the way TimelineJS decides it, and what that means for us.

TimelineJS picks a media type by testing the ``url`` against a list of patterns in order,
the first match winning (``src/js/media/MediaType.js``, ``lookupMediaType``, 3.9.11); the
patterns below are its, in its order. We show no media, so what matters here is what the
type tells us: whether the URL is a page a reader can visit (a video page, an article, a
document: worth citing), a file (a picture, sound or film: not a page), or markup (a
quotation, an embed).

A large file asks these questions of the same addresses again and again (a slide asks up to
five of them of its media, and files reuse pictures and pages): the answers are remembered,
a few thousand addresses at most.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Callable
from functools import lru_cache, wraps
from typing import TypeVar
from urllib.parse import SplitResult, unquote, urlsplit

from timeline_app.domain.formats.base import is_web_url, link_title
from timeline_app.domain.model import SourceKind

_REMEMBERED = 4096
"""Addresses whose answers are kept: enough for a slide's repeated questions and a file's shared media."""
_LONGEST_REMEMBERED = 2048
"""Longer texts (a picture written into a ``data:`` address, an embed's code) are asked anew: kept, they
would hold megabytes after the file is read."""

_T = TypeVar("_T")


def _remembered(function: Callable[[str], _T]) -> Callable[[str], _T]:
    """``function`` with its answers for the last few thousand short texts kept."""
    cached = lru_cache(maxsize=_REMEMBERED)(function)

    @wraps(function)
    def answer(text: str) -> _T:
        return cached(text) if len(text) <= _LONGEST_REMEMBERED else function(text)

    return answer


_is_web_url = _remembered(is_web_url)


def web_url(text: str | None) -> bool:
    """:func:`~timeline_app.domain.formats.base.is_web_url`, remembered."""
    return bool(text) and _is_web_url(text or "")


_TYPES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern, flags))
    for name, pattern, flags in (
        ("youtube", r"^(https?:)?/*(www.|m.)?youtube|youtu\.be", 0),
        ("vimeo", r"^(https?:)?/*(player.)?vimeo\.com", 0),
        ("dailymotion", r"^(https?:)?/*(www.)?(dailymotion\.com|dai.ly)", 0),
        ("vine", r"^(https?:)?/*(www.)?vine\.co", 0),
        ("tiktok", r"^(https?:)?/*(www.)?tiktok\.com/@[^/]+/video/\d+", 0),
        ("bluesky", r"^(https?:)?/*(www.)?bsky\.app/profile/[^/]+/post/[^/?]+", 0),
        ("soundcloud", r"^(https?:)?/*(player.)?soundcloud\.com", 0),
        ("twitter", r"^(https?:)?/*(www.)?(twitter|x)\.com", 0),
        ("twitterembed", r"<blockquote class=['\"]twitter-tweet['\"]", 0),
        # TimelineJS's four map patterns all need the "@latitude,longitude,zoom" part of the address.
        ("googlemaps", r"google.+?/maps/(?:.*/)?@-?[0-9.]+,-?[0-9.]+,[0-9.]+", 0),
        ("flickr", r"^(https?:)?/*(www.)?flickr.com/photos|^(https?://)?flic.kr/.*", 0),
        ("instagram", r"^(https?:)?/*(www.)?(instagr.am|^(https?:)?/*(www.)?instagram.com)/p/", 0),
        (
            "profile",
            r"^(https?:)?/*(www.)?instagr.am/[a-zA-Z0-9]{2,}|^(https?:)?/*(www.)?instagram.com/[a-zA-Z0-9]{2,}",
            0,
        ),
        ("documentcloud", r"documentcloud.org/", 0),
        (
            "wikipedia-image",
            r"^https://.+\.wiki[mp]edia\.org.+#/media/.+\.(jpg|jpeg|png|gif|svg|webp)"
            r"|^https://commons.wikimedia.org/wiki/File:.+\.(jpg|jpeg|png|gif|svg|webp)",
            0,
        ),
        ("wikipedia", r"^(https?:)?/.+.wikipedia\.org", 0),
        ("image", r"(jpg|jpeg|png|gif|svg|webp)(\?.*)?$", re.IGNORECASE),
        ("imgur", r"^.*imgur.com/.+$|<blockquote class=['\"]imgur-embed-pub['\"]", re.IGNORECASE),
        (
            "googledocs",
            r"^(https?:)?/*[^.]*.google.com/[^/]*/d/[^/]*/[^/]*\?usp=shar"
            r"|^(https?:)?/*drive.google.com/open\?id=[^&]*"
            r"|^(https?:)?/*[^.]*.googledrive.com/host/[^/]*/",
            0,
        ),
        ("pdf", r"^.*\.pdf(\?.*)?(#.*)?", 0),
        ("spotify", r"spotify", 0),
        ("iframe", r"iframe", 0),
        ("blockquote", r"blockquote", 0),
        ("video", r"(mp4|webm)(\?.*)?$", re.IGNORECASE),
        ("wistia", r"https?://(.+)?(wistia\.com|wi\.st)/.*", re.IGNORECASE),
        ("audio", r"(mp3|wav|m4a)(\?.*)?$", re.IGNORECASE),
    )
)

_VIDEO_PAGES = frozenset({"youtube", "vimeo", "dailymotion", "vine", "tiktok", "wistia"})
_VIDEO_MARKS = ("youtu", "vimeo", "dai", "vine", "tiktok", "wistia", "wi.st")
"""What an address of a video page holds, in lower case, by the patterns of :data:`_VIDEO_PAGES`: without one,
no need to try them all (most cited pages are neither videos nor wiki pages)."""
_FILES = frozenset({"image", "video", "audio"})
"""Types whose URL is a file (a picture, a film, a sound), not a page a reader would visit."""
_DOCUMENTS = frozenset(
    {*_VIDEO_PAGES, "bluesky", "soundcloud", "twitter", "documentcloud", "wikipedia", "googledocs", "pdf", "spotify"}
)
"""Types that show a page's content (a video, an article, a document, a post): the page is what the slide cites."""
_EMBEDS = frozenset({"twitterembed", "iframe"})
_WIKIS = ("wikipedia.org", "wikimedia.org")

_IFRAME_SOURCE = re.compile(r"<iframe[^>]*?\bsrc\s*=\s*[\"']([^\"']+)", re.IGNORECASE)
_HREF = re.compile(r"\bhref\s*=\s*[\"']([^\"']+)", re.IGNORECASE)


@_remembered
def _split(url: str) -> SplitResult | None:
    try:
        return urlsplit(url)
    except ValueError:  # e.g. "http://[::1": a bracket never closed
        return None


class MediaRole(enum.Enum):
    """What a slide's media is to us."""

    DOCUMENT = "document"
    """A page worth citing on its own (a video page, an article, a document, a post)."""
    PICTURE = "picture"
    """Something to look at or listen to (a picture, a map, a sound or film, an embed): a source only if credited."""
    QUOTE = "quote"
    """A ``<blockquote>``: words someone said."""


@_remembered
def media_type(url: str) -> str:
    """The name TimelineJS gives the media at ``url`` (``imageblank`` when no pattern matches)."""
    return next((name for name, pattern in _TYPES if pattern.search(url)), "imageblank")


def media_role(url: str) -> MediaRole:
    kind = media_type(url)
    if kind == "blockquote":
        return MediaRole.QUOTE
    if kind in _DOCUMENTS or (kind == "imageblank" and web_url(url)):
        # TimelineJS shows an address it recognises as nothing else as a (broken) image; it is a page.
        return MediaRole.DOCUMENT
    return MediaRole.PICTURE


def page_address(url: str) -> str | None:
    """The web page behind a media ``url``, if there is one: the URL itself unless it is a file; an embed's source."""
    kind = media_type(url)
    if kind in _EMBEDS:
        # An iframe shows its src; Twitter's embed code ends with a link to the post itself.
        found = _IFRAME_SOURCE.search(url) if kind == "iframe" else None
        hrefs = _HREF.findall(url)
        address = found.group(1) if found else (hrefs[-1] if hrefs else None)
        return address if address is not None and web_url(address) else None
    if kind in _FILES or not web_url(url):
        return None
    return url


def source_kind(url: str) -> SourceKind:
    """Video pages are videos and Wikipedia is an encyclopedia; we cannot tell more from an address."""
    lowered = url.lower()
    if any(mark in lowered for mark in _VIDEO_MARKS) and media_type(url) in _VIDEO_PAGES:
        return SourceKind.VIDEO
    if "wikipedia.org" not in lowered:  # a host name is read in lower case: Wikipedia's must be in the address
        return SourceKind.OTHER
    parts = _split(url)
    if parts is not None and (parts.hostname or "").endswith("wikipedia.org"):
        return SourceKind.ENCYCLOPEDIA
    return SourceKind.OTHER


def is_wiki_page(url: str) -> bool:
    """Whether ``url`` is a page of Wikipedia or Wikimedia Commons, whose address holds its title."""
    parts = _split(url)
    if parts is None:
        return False
    host = parts.hostname or ""
    return host.endswith(_WIKIS) and parts.path.startswith("/wiki/") and len(parts.path) > len("/wiki/")


def page_title(url: str) -> str:
    """A name for a page the file names by its address only: a wiki page's title, else its address; never empty."""
    parts = _split(url)
    if parts is not None and is_wiki_page(url):
        title = unquote(parts.path.removeprefix("/wiki/")).replace("_", " ").strip()
        if title:  # "/wiki/_" names no page
            return title
    return link_title(url)
