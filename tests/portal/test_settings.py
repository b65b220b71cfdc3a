import json
import os
import subprocess
import sys

from django.conf import settings


def test_production_settings_pass_the_deploy_check():
    env = {
        **{k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"},
        "DJANGO_SETTINGS_MODULE": "participatiepunt.settings.production",
        "SECRET_KEY": "k8#Zp2!vQw9@Lm4$Rt7^Yx1&Bn6*Cj3(Hf5)Gd0-Se2_Ua8+Wo",
        "ALLOWED_HOSTS": "participatie.example.nl",
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_defaults_are_dutch_and_amsterdam():
    assert settings.LANGUAGE_CODE == "nl"
    assert settings.TIME_ZONE == "Europe/Amsterdam"
    assert settings.USE_TZ


def test_persistent_connections_with_health_checks():
    from participatiepunt.settings import base

    assert base.DATABASES["default"]["CONN_MAX_AGE"] > 0
    assert base.DATABASES["default"]["CONN_HEALTH_CHECKS"] is True


def _production_env(**extra) -> dict:
    return {
        **{k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"},
        "DJANGO_SETTINGS_MODULE": "participatiepunt.settings.production",
        "SECRET_KEY": "k8#Zp2!vQw9@Lm4$Rt7^Yx1&Bn6*Cj3(Hf5)Gd0-Se2_Ua8+Wo",
        "ALLOWED_HOSTS": "participatie.example.nl",
        **extra,
    }


def _run_production(code: str, **extra) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", "import django; django.setup(); " + code],
        cwd=settings.BASE_DIR,
        env=_production_env(**extra),
        capture_output=True,
        text=True,
    )


def test_account_mail_links_follow_the_protocol_of_site_url():
    """Production wrote https into every confirmation and reset link, also on plain HTTP."""
    code = "from django.conf import settings; print(settings.ACCOUNT_DEFAULT_HTTP_PROTOCOL)"
    plain = _run_production(code, SITE_URL="http://localhost:8000")
    secure = _run_production(code, SITE_URL="https://participatie.example.nl")
    assert (plain.stdout.strip(), secure.stdout.strip()) == ("http", "https"), plain.stderr


def test_production_refuses_demo_accounts_without_demo_true():
    env = _production_env()
    env.pop("DEMO", None)
    command = [sys.executable, "manage.py", "laad_demo"]
    refused = subprocess.run(
        command, cwd=settings.BASE_DIR, env=env, capture_output=True, text=True
    )
    assert refused.returncode != 0
    assert "DEMO=true" in refused.stderr
    skipped = subprocess.run(
        [*command, "--alleen-als-demo"],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
    )
    assert skipped.returncode == 0 and "Geen demodata" in skipped.stdout


def test_json_logs_in_production_are_one_object_per_line():
    result = _run_production(
        "import logging; logging.getLogger('participatiepunt').warning('hallo')", LOG_FORMAT="json"
    )
    regel = result.stderr.strip().splitlines()[-1]
    assert json.loads(regel)["message"] == "hallo"


def test_sentry_gets_no_personal_data():
    from participatiepunt.settings.sentry import VERWIJDERD, zonder_persoonsgegevens

    event = {
        "user": {"email": "inwoner@voorbeeld.nl", "ip_address": "10.1.2.3"},
        "request": {
            "url": "https://p.example.nl/reflectie/feed/geheim-token.ics?token=abc",
            "query_string": "token=abc",
            "cookies": {"sessionid": "x"},
            "data": {"titel": "Mijn naam is Jan"},
            "headers": {"Cookie": "sessionid=x", "X-Forwarded-For": "10.1.2.3", "Accept": "*/*"},
        },
    }
    scrubbed = zonder_persoonsgegevens(event, {})
    assert "user" not in scrubbed
    request = scrubbed["request"]
    assert request["cookies"] == request["data"] == request["query_string"] == VERWIJDERD
    assert request["headers"] == {"Accept": "*/*"}
    assert "?" not in request["url"]


def test_sentry_starts_only_with_a_dsn_and_without_default_pii():
    code = (
        "import sentry_sdk; o = sentry_sdk.get_client().options; "
        "print(o['send_default_pii'], o['dsn'])"
    )
    without = _run_production(code)
    assert without.stdout.split()[-1] == "None", without.stderr
    with_dsn = _run_production(code, SENTRY_DSN="https://abc@sentry.example.nl/1")
    assert with_dsn.stdout.split() == ["False", "https://abc@sentry.example.nl/1"], with_dsn.stderr


def test_csp_lets_images_come_from_the_tile_host_only():
    from django.conf import settings

    img = settings.CONTENT_SECURITY_POLICY["DIRECTIVES"]["img-src"]
    assert img == ["'self'", "data:", "https://service.pdok.nl"]
    assert "{z}" in settings.KAART_TEGELS_URL and "service.pdok.nl" in settings.KAART_TEGELS_URL


def test_celery_takes_every_celery_setting_from_the_settings():
    """Read once into a plain object (participatiepunt/celeryconfig.py), as the settings say."""
    from participatiepunt.celery import app
    from participatiepunt.celeryconfig import instellingen

    assert app.conf.task_acks_late is settings.CELERY_TASK_ACKS_LATE is True
    assert app.conf.worker_prefetch_multiplier == settings.CELERY_WORKER_PREFETCH_MULTIPLIER == 1
    assert app.conf.task_time_limit == settings.CELERY_TASK_TIME_LIMIT
    names = {name for name in dir(settings) if name.startswith("CELERY_")}
    assert set(vars(instellingen)) == names
