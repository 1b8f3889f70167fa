"""SSRF guard: source URLs must be http(s) on public addresses unless private targets are allowed."""

from __future__ import annotations

import ipaddress
import socket
from urllib.parse import urlsplit

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


def why_not_public(ip: IPAddress) -> str | None:
    """The kind of non-public range ``ip`` is in, or ``None`` for a public address."""
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        return why_not_public(ip.ipv4_mapped)
    checks = (
        ("loopback", ip.is_loopback),
        ("link-local", ip.is_link_local),
        ("multicast", ip.is_multicast),
        ("unspecified", ip.is_unspecified),
        ("reserved", ip.is_reserved),
        ("private", ip.is_private),
        ("not globally routable", not ip.is_global),
    )
    return next((name for name, hit in checks if hit), None)


def _resolve(host: str, port: int | None) -> list[IPAddress]:
    try:
        infos = socket.getaddrinfo(host, port or 80, proto=socket.IPPROTO_TCP)
    except (socket.gaierror, UnicodeError) as exc:
        raise ValueError(
            f"Không phân giải được tên miền {host!r} / cannot resolve host {host!r}: {exc}"
        ) from exc
    return [ipaddress.ip_address(str(info[4][0]).split("%", 1)[0]) for info in infos]


def check_public_url(url: str, *, allow_private: bool) -> None:
    """Raise ``ValueError`` unless ``url`` is http(s) and (unless ``allow_private``) every address it
    resolves to is public: not loopback, private, link-local, multicast, unspecified or reserved."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError as exc:
        raise ValueError(f"URL không hợp lệ / invalid URL {url!r}: {exc}") from exc
    if parts.scheme.lower() not in ("http", "https"):
        raise ValueError(
            f"Chỉ chấp nhận địa chỉ http(s), không nhận {parts.scheme or 'không có giao thức'!r} / "
            f"only http(s) URLs are allowed, got scheme {parts.scheme!r}: {url!r}"
        )
    host = parts.hostname
    if not host:
        raise ValueError(f"URL thiếu tên máy chủ / URL has no host: {url!r}")
    if allow_private:
        return
    try:
        addresses: list[IPAddress] = [ipaddress.ip_address(host.split("%", 1)[0])]
    except ValueError:
        addresses = _resolve(host, port)
    for ip in addresses:
        reason = why_not_public(ip)
        if reason:
            raise ValueError(
                f"Địa chỉ {host!r} trỏ vào vùng mạng không công khai ({ip}, {reason}); chỉ cho phép khi cấu hình "
                f"cho phép rõ ràng / host {host!r} resolves to a non-public address ({ip}, {reason}); "
                "allowed only when private targets are explicitly enabled"
            )
