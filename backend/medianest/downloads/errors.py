"""yt-dlp's failures in words a person understands, with what to try."""

from __future__ import annotations

import re
from enum import StrEnum


class ErrorCode(StrEnum):
    UNAVAILABLE = "unavailable"
    RESTRICTED = "restricted"
    BOT_BLOCKED = "bot_blocked"
    NETWORK = "network"
    TOO_LARGE = "too_large"
    TOO_LONG = "too_long"
    SITE_NOT_ALLOWED = "site_not_allowed"
    UNSUPPORTED = "unsupported"
    STALLED = "stalled"
    STORAGE = "storage"
    INTERNAL = "internal"


MESSAGES: dict[ErrorCode, str] = {
    ErrorCode.UNAVAILABLE: "This video is unavailable: it is private, removed, or not public yet.",
    ErrorCode.RESTRICTED: (
        "This video needs a signed-in account (age or membership restricted). An admin can "
        "upload a cookies file in the download settings."
    ),
    ErrorCode.BOT_BLOCKED: (
        "The site asked to prove this is not a bot. An admin can upload a cookies file from a "
        "signed-in browser in the download settings; try again later."
    ),
    ErrorCode.NETWORK: "The site could not be reached or stopped answering. Try again later.",
    ErrorCode.TOO_LARGE: "The file is larger than the allowed maximum size.",
    ErrorCode.TOO_LONG: "The video is longer than the allowed maximum duration.",
    ErrorCode.SITE_NOT_ALLOWED: (
        "Downloads from this site are not allowed. Ask an admin to allow the site."
    ),
    ErrorCode.UNSUPPORTED: "No video was found at this address. Check the link.",
    ErrorCode.STALLED: "The download stopped making progress and was stopped. Retry it later.",
    ErrorCode.STORAGE: "The file could not be saved in the library folder. Tell an admin.",
    ErrorCode.INTERNAL: "Something went wrong while downloading. Retry it, or tell an admin.",
}

# First match wins; patterns are matched against yt-dlp's error text, case-insensitively.
_PATTERNS: list[tuple[ErrorCode, re.Pattern[str]]] = [
    (ErrorCode.SITE_NOT_ALLOWED, re.compile(r"private or local network")),
    (ErrorCode.BOT_BLOCKED, re.compile(r"not a bot|confirm you.re not|captcha|HTTP Error 429")),
    (
        ErrorCode.RESTRICTED,
        re.compile(
            r"sign in to confirm your age|age.restricted|members.only|login required"
            r"|requires? (?:a )?(?:login|sign.in|authentication)|use --cookies"
        ),
    ),
    (
        ErrorCode.UNAVAILABLE,
        re.compile(
            r"video unavailable|private video|is private|has been removed|not available"
            r"|HTTP Error 404|HTTP Error 410|does not exist|premieres in|terminated"
        ),
    ),
    (ErrorCode.SITE_NOT_ALLOWED, re.compile(r"no suitable extractor|private or local network")),
    (ErrorCode.UNSUPPORTED, re.compile(r"unsupported url|is not a valid url|no video formats")),
    (ErrorCode.TOO_LARGE, re.compile(r"larger than max-filesize|file is larger")),
    (
        ErrorCode.NETWORK,
        re.compile(
            r"unable to download|connection|timed out|temporary failure|network"
            r"|refused|reset by peer|HTTP Error 5\d\d|content too short|transport"
        ),
    ),
]


def classify(text: str) -> ErrorCode:
    for code, pattern in _PATTERNS:
        if re.search(pattern.pattern, text, re.IGNORECASE):
            return code
    return ErrorCode.INTERNAL


def message_for(code: ErrorCode) -> str:
    return MESSAGES[code]
