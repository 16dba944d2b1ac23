"""Work every app server process does once, when it starts, instead of on a visitor's request.

Without it, a process's first request imports every view (the URLconf, about half a second) and
each template is compiled the first time a page uses it. A process that answers only from the
page cache meets that cost on its first miss, when the crowd is waiting behind it. `config/wsgi.py`
calls `warm_up()`; it also proves that every template of the project compiles
(`tests/core/test_warm.py`).
"""

from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.template import engines
from django.urls import get_resolver


def project_templates() -> list[str]:
    """The names of the project's own templates (those under acoge/)."""
    root = Path(settings.BASE_DIR) / "acoge"
    names = []
    for config in apps.get_app_configs():
        folder = Path(config.path) / "templates"
        if folder.is_relative_to(root) and folder.is_dir():
            names += sorted(
                path.relative_to(folder).as_posix()
                for path in folder.rglob("*")
                if path.suffix in {".html", ".txt", ".xml", ".ics"} and path.is_file()
            )
    return names


def warm_up() -> int:
    """Import every view and compile every project template; the number of templates."""
    get_resolver().url_patterns  # noqa: B018 (the property imports the URLconf)
    engine = engines["django"]
    names = project_templates()
    for name in names:
        engine.get_template(name)
    return len(names)
