"""Log lines for an operator: time, level and logger always; LOG_FORMAT=json writes one JSON
object per line for a log collector."""

import json
import logging

TEKST = "%(asctime)s %(levelname)s %(name)s: %(message)s"
STANDAARD_VELDEN = set(logging.makeLogRecord({}).__dict__) | {"message", "asctime"}


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        regel = {
            "time": self.formatTime(record, "%Y-%m-%dT%H:%M:%S%z"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        regel.update(_extra_velden(record))
        if record.exc_info:
            regel["exception"] = self.formatException(record.exc_info)
        return json.dumps(regel, ensure_ascii=False, default=str)


def _extra_velden(record: logging.LogRecord) -> dict:
    """Values a caller passed with extra=..., except Django's request object."""
    return {
        key: value
        for key, value in record.__dict__.items()
        if key not in STANDAARD_VELDEN and key != "request" and not key.startswith("_")
    }
