"""Building the image (`collectstatic` in the Dockerfile and in `make smoke`): production's
static files storage, which writes the manifest that production reads, with placeholders for
what a build has no values for. Never serves a request."""

import os

os.environ.setdefault("SECRET_KEY", "alleen-voor-het-bouwen-" + "x" * 40)
os.environ.setdefault("ALLOWED_HOSTS", "localhost")
os.environ.setdefault("DATABASE_URL", "postgres://bouw@localhost/bouw")

from .production import *  # noqa: E402, F403
