# The portal's image: exactly uv.lock, static files built under the production settings (with
# their manifest), run as a non-root user. `make smoke` runs the same steps without Docker.
FROM python:3.13-slim
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 \
    UV_PROJECT_ENVIRONMENT=/opt/venv UV_PYTHON_DOWNLOADS=never UV_COMPILE_BYTECODE=1 \
    PATH=/opt/venv/bin:$PATH
WORKDIR /app
RUN pip install --no-cache-dir uv==0.13.9
COPY pyproject.toml uv.lock ./
RUN uv sync --frozen --no-install-project --extra sentry
COPY . .
RUN uv sync --frozen --extra sentry \
    && python manage.py collectstatic --noinput --settings=participatiepunt.settings.build
RUN useradd --create-home --uid 10001 participatiepunt \
    && mkdir -p /app/var/media && chown -R participatiepunt /app/var/media
USER participatiepunt
EXPOSE 8000
CMD ["gunicorn", "-c", "python:participatiepunt.gunicorn", "participatiepunt.wsgi"]
