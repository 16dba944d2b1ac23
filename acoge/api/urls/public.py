"""/api/: the ninja API, its 405s as JSON, and a JSON 404 for any other address."""

from functools import wraps

from django.urls import URLPattern, path
from django.views.decorators.csrf import csrf_exempt

from ..errors import method_not_allowed, not_found_view
from ..site import api


def _json_405(view):
    @wraps(view)
    def wrapped(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        if response.status_code == 405 and "Allow" in response:
            return method_not_allowed(response, request)
        return response

    return wrapped


# Not `app_name`: a module-level app_name would namespace this whole module.
_patterns, _ninja_app, _ninja_namespace = api.urls
for _pattern in _patterns:
    if isinstance(_pattern, URLPattern):
        _pattern.callback = _json_405(_pattern.callback)

urlpatterns = [
    path("", (_patterns, _ninja_app, _ninja_namespace)),
    path("<path:rest>", csrf_exempt(not_found_view)),
]
