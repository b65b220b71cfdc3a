FROM python:3.13-slim
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1
WORKDIR /app
COPY pyproject.toml ./
COPY participatiepunt ./participatiepunt
COPY initiatieven ./initiatieven
COPY wijkafspraken ./wijkafspraken
COPY reflectie ./reflectie
RUN pip install --no-cache-dir .
COPY . .
RUN DJANGO_SETTINGS_MODULE=participatiepunt.settings.base python manage.py collectstatic --noinput
RUN useradd --create-home participatiepunt && mkdir -p /app/var/media && chown -R participatiepunt /app/var
USER participatiepunt
EXPOSE 8000
CMD ["gunicorn", "participatiepunt.wsgi", "--bind", "0.0.0.0:8000", "--workers", "2"]
