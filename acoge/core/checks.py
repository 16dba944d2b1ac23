"""System checks for Acoge's own settings."""

from django.conf import settings
from django.core.checks import Error, Warning, register


@register()
def keys_configured(app_configs, **kwargs):
    problems = []
    if not settings.ACOGE_FIELD_KEYS:
        problems.append(
            Error("ACOGE_FIELD_KEYS is empty: encrypted fields cannot be saved.", id="acoge.E001")
        )
    if not settings.ACOGE_BLIND_INDEX_KEY:
        problems.append(Error("ACOGE_BLIND_INDEX_KEY is empty.", id="acoge.E002"))
    if not settings.ACOGE_AUDIT_IP_KEY:
        problems.append(
            Warning(
                "ACOGE_AUDIT_IP_KEY is empty: audit entries keep no address hash.", id="acoge.W001"
            )
        )
    return problems
