"""The visitor's address, for the form throttle, the login lockout and the logs.

Without TRUSTED_PROXIES the connecting address counts, whatever headers say. With it, and only
when the connecting address is one of those proxies, X-Forwarded-For is read from the right
(the proxies append to it): the first address that is not a trusted proxy is the visitor. A
visitor can put anything at the left of that header, so it is never read from the left, and
a request that reaches us directly cannot name an address at all. The header is parsed by
ipware (ports, brackets, IPv4-mapped IPv6 and RFC 7239 forms)."""

import ipaddress
import logging
from functools import cache

from django.conf import settings
from python_ipware.modern.parsers import parse_ip, split_proxy_chain, unwrap_ipv4_network


@cache
def _networks(proxies: tuple[str, ...]) -> tuple:
    """An address or a network per entry; a wrong entry fails at the first request, loudly."""
    return tuple(unwrap_ipv4_network(ipaddress.ip_network(p, strict=False)) for p in proxies)


def _trusted(address, networks) -> bool:
    return address is not None and any(
        address.version == network.version and address in network for network in networks
    )


def client_address(request) -> str:
    remote = request.META.get("REMOTE_ADDR", "")
    networks = _networks(tuple(settings.TRUSTED_PROXIES))
    address = parse_ip(remote)
    if not networks or not _trusted(address, networks):
        return remote
    chain = split_proxy_chain(request.META.get("HTTP_X_FORWARDED_FOR", "")) or []
    for hop in reversed(chain):
        if not _trusted(hop, networks):
            return str(hop)
        address = hop
    return str(address)


class ClientAddressFilter(logging.Filter):
    """Log records about a request (django.request, django.security) carry the visitor's
    address as `client_address`, not the proxy's."""

    def filter(self, record: logging.LogRecord) -> bool:
        request = getattr(record, "request", None)
        if request is not None and hasattr(request, "META"):
            record.client_address = client_address(request)
        return True
