"""A small HTTP client for the smoke run: keeps cookies itself (production marks them Secure,
which a cookie jar would not send back over plain HTTP), follows no redirects."""

import http.client
import re
from dataclasses import dataclass
from http.cookies import SimpleCookie
from urllib.parse import urlencode, urlsplit

CSRF_FIELD = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


@dataclass
class Antwoord:
    status: int
    headers: dict
    body: str

    @property
    def is_html(self) -> bool:
        return "text/html" in self.headers.get("content-type", "")

    def csrf(self) -> str:
        return CSRF_FIELD.search(self.body).group(1)


class Browser:
    def __init__(self, base_url: str):
        parts = urlsplit(base_url)
        self.host, self.port = parts.hostname, parts.port
        self.cookies: dict[str, str] = {}

    def get(self, path: str) -> Antwoord:
        return self._request("GET", path)

    def post(self, path: str, data: dict) -> Antwoord:
        body = urlencode(data)
        headers = {"Content-Type": "application/x-www-form-urlencoded"}
        return self._request("POST", path, body, headers)

    def _request(self, method, path, body=None, headers=None) -> Antwoord:
        headers = {**(headers or {}), "Host": f"{self.host}:{self.port}"}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        connection = http.client.HTTPConnection(self.host, self.port, timeout=30)
        try:
            connection.request(method, path, body, headers)
            response = connection.getresponse()
            content = response.read()
        finally:
            connection.close()
        self._bewaar_cookies(response.headers.get_all("Set-Cookie") or [])
        response_headers = {k.lower(): v for k, v in response.getheaders()}
        return Antwoord(response.status, response_headers, content.decode("utf-8", "replace"))

    def _bewaar_cookies(self, regels: list[str]) -> None:
        for regel in regels:
            for naam, morsel in SimpleCookie(regel).items():
                self.cookies[naam] = morsel.value
