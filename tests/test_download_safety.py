"""Where downloads may connect and where their files may land: the SSRF rules address by address,
and hostile titles against the library root."""

from __future__ import annotations

import ipaddress
import os
import socket
from pathlib import Path

import pytest

from medianest.downloads import names
from medianest.downloads.urls import (
    BlockedAddress,
    check_url,
    forbidden_ip,
    install_guard,
    parse_host_literal,
    split_url,
)

NONE: frozenset[tuple[str, int]] = frozenset()


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1/",
        "http://127.1/",
        "http://2130706433/",  # decimal
        "http://0x7f000001/",  # hex
        "http://0x7f.0.0.1/",
        "http://0177.0.0.1/",  # octal
        "http://0/",
        "http://0.0.0.0/",
        "http://[::1]/",
        "http://[::ffff:127.0.0.1]/",  # IPv4-mapped IPv6
        "http://[::ffff:7f00:1]/",
        "http://[::127.0.0.1]/",  # IPv4-compatible
        "http://[64:ff9b::a9fe:a9fe]/",  # NAT64 of the metadata address
        "http://[2002:7f00:1::]/",  # 6to4 of loopback
        "http://169.254.169.254/latest/meta-data/",  # cloud metadata
        "http://[fe80::1]/",
        "http://[fd00::1]/",
        "http://10.0.0.1/",
        "http://172.16.5.4/",
        "http://192.168.1.1:32400/",
        "http://100.64.0.1/",
        "http://224.0.0.1/",
        "http://localhost/",
        "http://localhost./",
        "http://LOCALHOST:8080/",
    ],
)
async def test_forbidden_destinations_are_refused(url: str) -> None:
    with pytest.raises(BlockedAddress):
        await check_url(url, NONE)


@pytest.mark.parametrize(
    ("url", "why"),
    [
        ("file:///etc/passwd", "Only http and https"),
        ("ftp://example.com/a.mp4", "Only http and https"),
        ("javascript:alert(1)", "Only http and https"),
        ("gopher://127.0.0.1:6379/_INFO", "Only http and https"),
        ("https://user:pass@example.com/", "user name or password"),
        ("https:///nohost", "no host"),
        ("https://exa mple.com/", "spaces"),
        ("https://example.com:99999/", "port"),
        ("https://example.com/" + "a" * 2100, "too long"),
    ],
)
def test_malformed_urls_say_what_is_wrong(url: str, why: str) -> None:
    with pytest.raises(ValueError, match=why):
        split_url(url)


async def test_public_literal_addresses_pass() -> None:
    assert await check_url("https://8.8.8.8/watch?v=x", NONE) == "https://8.8.8.8/watch?v=x"
    assert await check_url("http://[2606:4700::1111]/", NONE)


async def test_the_test_only_exception_is_one_host_and_port() -> None:
    allowed = frozenset({("127.0.0.1", 8000)})
    assert await check_url("http://127.0.0.1:8000/watch", allowed)
    with pytest.raises(BlockedAddress):
        await check_url("http://127.0.0.1:8001/watch", allowed)
    with pytest.raises(BlockedAddress):
        await check_url("http://2130706433:8001/", allowed)


def test_literal_spellings() -> None:
    assert parse_host_literal("2130706433") == ipaddress.ip_address("127.0.0.1")
    assert parse_host_literal("0x7f.1") == ipaddress.ip_address("127.0.0.1")
    assert parse_host_literal("10.1") == ipaddress.ip_address("10.0.0.1")
    assert parse_host_literal("example.com") is None
    assert parse_host_literal("1.2.3.4.5") is None
    assert forbidden_ip(ipaddress.ip_address("::ffff:169.254.169.254"))
    assert not forbidden_ip(ipaddress.ip_address("93.184.216.34"))


def test_guard_refuses_connections_made_inside_the_process(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(socket, "getaddrinfo", socket.getaddrinfo)  # restored after the test
    install_guard([("127.0.0.1", 9)])
    with pytest.raises(socket.gaierror, match="private or local network"):
        socket.create_connection(("127.0.0.1", 80), timeout=1)
    with pytest.raises(socket.gaierror):
        socket.getaddrinfo("localhost", 80)
    # The one exception resolves (whether anything listens there is another matter).
    assert socket.getaddrinfo("127.0.0.1", 9)


HOSTILE = [
    "../../../etc/passwd",
    "/absolute/path",
    "a/b\\c",
    "nul\0byte",
    "..",
    ".hidden",
    "CON",
    "aux.txt",
    "é" * 150,  # 300 bytes of UTF-8
    "\u202egnp.exe",  # right-to-left override
    "   ",
    "~user",
]


@pytest.mark.parametrize("title", HOSTILE)
def test_hostile_titles_stay_inside_the_library(title: str, tmp_path: Path) -> None:
    root = tmp_path / "library"
    source = tmp_path / "media.mp4"
    source.write_bytes(b"video")
    channel = names.safe_component(title, "Unknown channel", 120)
    name = names.media_file_name(title, "abc/../123", "mp4")
    assert len(name.encode()) <= names.MAX_NAME_BYTES
    assert "/" not in name
    assert "\0" not in name
    assert not name.startswith(".")
    assert name.split(".", 1)[0].lower() not in names.RESERVED
    with names.open_folder(root, [channel]) as folder:
        placed = names.place(source, folder, name)
    landed = [p for p in root.rglob("*") if p.is_file()]
    assert len(landed) == 1
    assert landed[0].resolve().is_relative_to(root.resolve())
    assert landed[0].name == placed


def test_unsafe_extensions_are_refused() -> None:
    for ext in ("exe", "sh", "html", "php", ""):
        with pytest.raises(names.UnsafePath):
            names.media_file_name("clip", "id", ext)


def test_a_planted_symlink_is_not_followed(tmp_path: Path) -> None:
    root, outside = tmp_path / "library", tmp_path / "outside"
    root.mkdir()
    outside.mkdir()
    os.symlink(outside, root / "Channel")
    source = tmp_path / "media.mp4"
    source.write_bytes(b"video")
    with pytest.raises(names.UnsafePath), names.open_folder(root, ["Channel"]) as folder:
        names.place(source, folder, "clip [1].mp4")
    assert list(outside.iterdir()) == []


def test_a_symlink_at_the_file_name_is_left_alone(tmp_path: Path) -> None:
    root, outside = tmp_path / "library", tmp_path / "outside.txt"
    (root / "Channel").mkdir(parents=True)
    outside.write_text("keep me")
    os.symlink(outside, root / "Channel" / "clip [1].mp4")
    source = tmp_path / "media.mp4"
    source.write_bytes(b"video")
    with names.open_folder(root, ["Channel"]) as folder:
        placed = names.place(source, folder, "clip [1].mp4")
        names.write_text(folder, "clip [1].nfo", "<movie/>")
    assert placed == "clip [1] (2).mp4"
    assert outside.read_text() == "keep me"
    assert (root / "Channel" / placed).read_bytes() == b"video"


def test_placing_twice_reuses_the_identical_file(tmp_path: Path) -> None:
    root = tmp_path / "library"
    for _ in range(2):
        source = tmp_path / "media.mp4"
        source.write_bytes(b"same bytes")
        with names.open_folder(root, ["C"]) as folder:
            assert names.place(source, folder, "clip [1].mp4") == "clip [1].mp4"
    assert sorted(p.name for p in (root / "C").iterdir()) == ["clip [1].mp4"]
