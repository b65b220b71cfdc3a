import json
import logging

from participatiepunt.portal.logopmaak import JsonFormatter


def _record(**extra):
    record = logging.LogRecord(
        "participatiepunt.test", logging.WARNING, __file__, 1, "a %s", ("b",), None
    )
    record.__dict__.update(extra)
    return record


def test_json_lines_have_time_level_logger_and_message():
    line = JsonFormatter().format(_record())
    body = json.loads(line)
    assert "\n" not in line
    assert body["level"] == "WARNING"
    assert body["logger"] == "participatiepunt.test"
    assert body["message"] == "a b"
    assert body["time"][:4].isdigit()


def test_json_lines_keep_extra_fields_but_not_the_request():
    body = json.loads(JsonFormatter().format(_record(status_code=503, request=object())))
    assert body["status_code"] == 503
    assert "request" not in body


def test_text_lines_have_time_level_and_logger(settings):
    formatter = logging.Formatter(**_text_format(settings))
    line = formatter.format(_record())
    assert " WARNING participatiepunt.test: a b" in line
    assert line[:4].isdigit()


def _text_format(settings) -> dict:
    config = settings.LOGGING["formatters"]["text"]
    return {"fmt": config["format"], "datefmt": config["datefmt"]}
