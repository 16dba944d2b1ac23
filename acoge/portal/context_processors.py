"""What every page's shell needs: languages, display links, quick exit, sections, helplines."""

from django.conf import settings
from django.http import HttpRequest
from django.urls import reverse, translate_url
from django.utils.translation import get_language

from acoge.core import page_cache
from acoge.core.display import DisplayPreferences
from acoge.core.models import Helpline
from acoge.core.programmes import Programme
from acoge.core.registries import public_sections


def _display_links(request: HttpRequest, prefs: DisplayPreferences) -> dict:
    path = request.path

    def link(candidate: DisplayPreferences) -> str:
        query = candidate.query
        return f"{path}?{query}" if query else path

    return {
        "text_sizes": [
            (step, link(prefs.with_(text_step=step)), step == prefs.text_step) for step in (0, 1, 2)
        ],
        "contrast_toggle": link(prefs.with_(high_contrast=not prefs.high_contrast)),
    }


def _programmes_nav() -> list[dict]:
    """The programmes that have a public section, each linking to its landing page."""
    from .views.pages import LANDINGS

    return [
        {"title": programme.label, "url": reverse(LANDINGS[programme])}
        for programme in Programme
        if programme in LANDINGS and public_sections.has_any(programme)
    ]


def _languages(request: HttpRequest) -> list[dict]:
    current = get_language()
    full_path = request.get_full_path()
    return [
        {
            "code": code,
            "name": name,
            "url": translate_url(full_path, code),
            "current": code == current,
        }
        for code, name in settings.LANGUAGES
    ]


def site(request: HttpRequest) -> dict:
    """The shell's values are callables, worked out only when a template uses them: the header
    and the footer usually come from the shell cache (`portal/base_public.html`), which keys the
    header on the language, the path and the display settings and the footer on the language
    and `shell_version` (the public pages' generation, new whenever staff change a helpline)."""
    prefs = getattr(request, "display", DisplayPreferences())
    return {
        "quick_exit_url": settings.ACOGE_QUICK_EXIT_URL,
        "display": prefs,
        "display_links": lambda: _display_links(request, prefs),
        "site_languages": lambda: _languages(request),
        "public_sections": public_sections.all(),
        "programmes_nav": _programmes_nav,
        "footer_helplines": lambda: list(Helpline.objects.filter(in_footer=True)),
        "shell_version": lambda: page_cache.generation(request),
    }
