"""Which addresses a download may reach.

Two layers: ``check_url`` refuses a URL before anything is fetched (scheme, credentials, every
spelling of an address, names that resolve to one), and ``install_guard`` runs inside the yt-dlp
process so that *every* connection — redirects hop by hop, embedded media, thumbnails, a DNS answer
that changed — is checked when it is made. A refused connection is never opened."""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from collections.abc import Callable, Iterable
from typing import Any
from urllib.parse import urlsplit

ALLOWED_SCHEMES = ("http", "https")
MAX_URL_LENGTH = 2000
IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

# Networks that are never a public web site (besides what ipaddress flags as private etc.).
_EXTRA_BLOCKED = tuple(
    ipaddress.ip_network(n)
    for n in (
        "0.0.0.0/8",
        "100.64.0.0/10",  # carrier-grade NAT
        "192.0.0.0/24",
        "198.18.0.0/15",
        "64:ff9b::/96",  # NAT64 can point anywhere in IPv4; checked through its embedded address
        "fc00::/7",
        "fe80::/10",
        "ff00::/8",
    )
)


class BlockedAddress(Exception):
    """The URL or a connection it leads to points somewhere downloads may not go."""


def forbidden_ip(ip: IPAddress) -> bool:
    """True for loopback, private, link-local (incl. cloud metadata), multicast, reserved and
    unspecified addresses, including IPv4 written inside IPv6 (mapped, compatible, 6to4, NAT64)."""
    if isinstance(ip, ipaddress.IPv6Address):
        embedded = ip.ipv4_mapped or ip.sixtofour
        if embedded is None and ip in ipaddress.ip_network("64:ff9b::/96"):
            embedded = ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
        if embedded is None and ip in ipaddress.ip_network("::/96") and int(ip) > 1:
            embedded = ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)  # IPv4-compatible
        if embedded is not None:
            return forbidden_ip(embedded)
    if (
        ip.is_loopback
        or ip.is_private
        or ip.is_link_local
        or ip.is_multicast
        or ip.is_reserved
        or ip.is_unspecified
        or not ip.is_global
    ):
        return True
    return any(ip.version == n.version and ip in n for n in _EXTRA_BLOCKED)


def parse_host_literal(host: str) -> IPAddress | None:
    """An IP address in any spelling browsers and resolvers accept: dotted, decimal
    (2130706433), hex (0x7f.1), octal (0177.0.0.1), short (127.1), bracketed IPv6."""
    host = host.strip("[]").rstrip(".")
    try:
        return ipaddress.ip_address(host.split("%", 1)[0])
    except ValueError:
        pass
    parts = host.split(".")
    if not 1 <= len(parts) <= 4:
        return None
    values: list[int] = []
    for part in parts:
        try:
            if part.lower().startswith("0x"):
                values.append(int(part[2:] or "0", 16))
            elif len(part) > 1 and part.startswith("0"):
                values.append(int(part, 8))
            else:
                values.append(int(part, 10))
        except ValueError:
            return None
    # inet_aton rules: the last part fills the remaining bytes.
    *head, last = values
    if any(v > 255 for v in head) or last >= 256 ** (4 - len(head)):
        return None
    number = 0
    for v in head:
        number = number * 256 + v
    number = number * 256 ** (4 - len(head)) + last
    return ipaddress.IPv4Address(number)


def _allowed(ip: IPAddress, port: int, exceptions: frozenset[tuple[str, int]]) -> bool:
    if not forbidden_ip(ip):
        return True
    return (str(ip), port) in exceptions


def split_url(url: str) -> tuple[str, str, int]:
    """Scheme, host and port of an absolute http(s) URL, or ValueError saying what is wrong."""
    url = url.strip()
    if len(url) > MAX_URL_LENGTH:
        raise ValueError("That URL is too long.")
    if any(ord(c) < 0x21 for c in url):
        raise ValueError("A URL cannot contain spaces or control characters.")
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme not in ALLOWED_SCHEMES:
        raise ValueError("Only http and https links can be downloaded.")
    if parts.username is not None or parts.password is not None:
        raise ValueError("Links with a user name or password are not accepted.")
    try:
        host, port = parts.hostname, parts.port
    except ValueError as exc:
        raise ValueError("That URL's port is not valid.") from exc
    if not host:
        raise ValueError("That URL has no host name.")
    return scheme, host.lower(), port or (443 if scheme == "https" else 80)


async def check_url(url: str, exceptions: frozenset[tuple[str, int]]) -> str:
    """The URL, normalised, if every address it names or resolves to may be fetched.

    Raises ValueError for a malformed URL and BlockedAddress for a forbidden destination."""
    _, host, port = split_url(url)
    name = host.rstrip(".")
    if name == "localhost" or name.endswith((".localhost", ".local", ".internal")):
        raise BlockedAddress("That host name is on a private or local network.")
    literal = parse_host_literal(host)
    if literal is not None:
        if not _allowed(literal, port, exceptions):
            raise BlockedAddress("That address is on a private or local network.")
        return url.strip()
    try:
        infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except OSError as exc:
        raise ValueError(f"The host name {host!r} could not be found.") from exc
    addresses = {ipaddress.ip_address(str(info[4][0]).split("%", 1)[0]) for info in infos}
    if not addresses or not all(_allowed(ip, port, exceptions) for ip in addresses):
        raise BlockedAddress("That host name points to a private or local network.")
    return url.strip()


def install_guard(exceptions: Iterable[tuple[str, int]]) -> None:
    """Make this process unable to connect to a forbidden address: every name resolution that
    sockets use is filtered, so http.client, urllib3, websockets and redirects all see it."""
    allowed = frozenset(exceptions)
    original: Callable[..., list[Any]] = socket.getaddrinfo

    def guarded_getaddrinfo(host: Any, port: Any, *args: Any, **kwargs: Any) -> list[Any]:
        infos = original(host, port, *args, **kwargs)
        kept = []
        for info in infos:
            address = str(info[4][0]).split("%", 1)[0]
            try:
                ip = ipaddress.ip_address(address)
            except ValueError:
                continue
            number = info[4][1] if len(info[4]) > 1 else 0
            if _allowed(ip, int(number or 0), allowed):
                kept.append(info)
        if not kept:
            raise socket.gaierror(
                socket.EAI_FAIL, f"refused: {host} is on a private or local network"
            )
        return kept

    socket.getaddrinfo = guarded_getaddrinfo  # type: ignore[assignment]
