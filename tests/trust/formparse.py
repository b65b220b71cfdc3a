"""The POST forms of a page as data: where they post to, their fields and submit button."""

from dataclasses import dataclass, field
from html.parser import HTMLParser


@dataclass
class Field:
    name: str
    kind: str  # text, textarea, select, checkbox, radio, hidden, number, date, ...
    value: str = ""
    options: list[str] = field(default_factory=list)


@dataclass
class Form:
    action: str
    fields: dict[str, Field] = field(default_factory=dict)
    submits: list[tuple[str, str]] = field(default_factory=list)

    @property
    def fillable(self):
        return [f for f in self.fields.values() if f.kind not in ("hidden", "file")]


class _Parser(HTMLParser):
    def __init__(self, page_url):
        super().__init__()
        self.page_url, self.forms, self.form, self.select, self.in_main = (
            page_url,
            [],
            None,
            None,
            0,
        )

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "main":
            self.in_main += 1
        elif tag == "form" and self.in_main and a.get("method", "").lower() == "post":
            self.form = Form(action=a.get("action") or self.page_url)
        elif self.form is not None:
            self._field(tag, a)

    def _field(self, tag, a):
        name = a.get("name")
        is_button = tag == "button" and a.get("type", "submit") == "submit"
        if is_button or (tag == "input" and a.get("type") == "submit"):
            self.form.submits.append((name, a.get("value", "")) if name else ("", ""))
        elif tag in ("input", "textarea") and name:
            kind = a.get("type", "text") if tag == "input" else "textarea"
            existing = self.form.fields.get(name)
            if existing and kind in ("radio", "checkbox"):
                existing.options.append(a.get("value", "on"))
            else:
                self.form.fields[name] = Field(
                    name, kind, a.get("value", ""), [a.get("value", "on")]
                )
        elif tag == "select" and name:
            self.select = self.form.fields[name] = Field(name, "select")
        elif tag == "option" and self.select is not None:
            self.select.options.append(a.get("value", ""))

    def handle_endtag(self, tag):
        if tag == "main":
            self.in_main -= 1
        elif tag == "select":
            self.select = None
        elif tag == "form" and self.form is not None:
            self.forms.append(self.form)
            self.form = None


def post_forms(html: str, page_url: str) -> list[Form]:
    parser = _Parser(page_url)
    parser.feed(html)
    return [form for form in parser.forms if form.fillable]
