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
