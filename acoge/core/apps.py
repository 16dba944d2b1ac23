from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "acoge.core"
    label = "core"
    verbose_name = _("Core")

    def ready(self) -> None:
        from django.conf.locale import LANG_INFO

        # Django ships no entry for Haitian Creole; the language switcher needs its names.
        LANG_INFO.setdefault(
            "ht",
            {"bidi": False, "code": "ht", "name": "Haitian Creole", "name_local": "Kreyòl ayisyen"},
        )
        from django import forms

        from .text import no_control_characters

        # Every text field of every form refuses control characters (core/text.py).
        forms.CharField.default_validators = [no_control_characters]
        from . import checks, retention, scheduler  # noqa: F401  (registrations)

        retention.register_core_rules()
        from .audit import register_action

        register_action("core.retention.ran", _("ran the scheduled deletion of old records"))
        scheduler.register_core_schedules()
