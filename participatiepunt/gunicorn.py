"""gunicorn's configuration: `gunicorn -c python:participatiepunt.gunicorn participatiepunt.wsgi`
(the Dockerfile, docker-compose.yml and `make smoke`)."""

import os

bind = os.environ.get("GUNICORN_BIND", "0.0.0.0:8000")
workers = int(os.environ.get("GUNICORN_WORKERS", "2"))
timeout = 30
graceful_timeout = 30
# Headers bounded; request bodies are bounded by Django (DATA_UPLOAD_MAX_MEMORY_SIZE,
# UPLOAD_MAX_BYTES) and by the proxy in front.
limit_request_line = 4094
limit_request_fields = 100
limit_request_field_size = 8190
accesslog = "-"
# The path without its query string (tokens), no client details beyond the address.
access_log_format = '%(h)s "%(m)s %(U)s %(H)s" %(s)s %(B)s %(M)sms'
