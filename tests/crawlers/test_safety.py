"""Tests for the SSRF guard on source URLs (crawlers.safety.check_public_url); no DNS needed."""

from __future__ import annotations

import pytest

from crawlers.safety import check_public_url

NON_PUBLIC = [
    "http://127.0.0.1/",
    "http://127.8.9.10:8080/rss",
    "http://localhost:8000/",
    "http://10.0.0.5/",
    "http://172.16.3.4/",
    "http://192.168.1.1/admin",
    "http://169.254.169.254/latest/meta-data/",  # cloud metadata (link-local)
    "http://224.0.0.1/",  # multicast
    "http://0.0.0.0/",
    "http://240.0.0.1/",  # reserved
    "http://100.64.0.1/",  # carrier-grade NAT (shared, not global)
    "http://[::1]/",
    "http://[fe80::1]/",
    "http://[fc00::1]/",
    "http://[ff02::1]/",
    "http://[::ffff:127.0.0.1]/",  # IPv4-mapped loopback
    "http://[::ffff:10.1.2.3]/",
    "http://[::]/",
]


@pytest.mark.parametrize("url", NON_PUBLIC)
def test_non_public_addresses_are_refused_by_default(url: str) -> None:
    with pytest.raises(ValueError, match="non-public address") as info:
        check_public_url(url, allow_private=False)
    assert "không công khai" in str(info.value)


@pytest.mark.parametrize(
    "url", ["http://127.0.0.1:8123/", "http://localhost/", "http://[::1]:9/", "http://10.0.0.1/"]
)
def test_non_public_addresses_are_accepted_when_explicitly_allowed(url: str) -> None:
    check_public_url(url, allow_private=True)


@pytest.mark.parametrize(
    "url",
    [
        "http://203.162.4.190/",
        "https://8.8.8.8/tin-tuc",
        "HTTPS://1.1.1.1:8443/x",
        "http://[2001:4860:4860::8888]/",
    ],
)
def test_public_literal_addresses_are_accepted(url: str) -> None:
    check_public_url(url, allow_private=False)


@pytest.mark.parametrize(
    "url",
    [
        "ftp://8.8.8.8/x",
        "file:///etc/passwd",
        "javascript:alert(1)",
        "gopher://8.8.8.8/",
        "data:text/html,hi",
        "8.8.8.8",
    ],
)
def test_non_http_schemes_are_refused_even_when_private_allowed(url: str) -> None:
    for allow in (False, True):
        with pytest.raises(ValueError, match="only http\\(s\\) URLs are allowed"):
            check_public_url(url, allow_private=allow)


@pytest.mark.parametrize("url", ["http://", "http:///path", "http://[::1/", "http://8.8.8.8:99999/"])
def test_malformed_urls_get_a_clear_error(url: str) -> None:
    with pytest.raises(ValueError, match="URL"):
        check_public_url(url, allow_private=False)


def test_unresolvable_name_is_refused_with_a_clear_error() -> None:
    # ".invalid" is reserved (RFC 2606) and never resolves; the resolver answers locally.
    with pytest.raises(ValueError, match="cannot resolve host"):
        check_public_url("http://khong-ton-tai.invalid/", allow_private=False)
