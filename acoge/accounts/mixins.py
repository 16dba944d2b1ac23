"""The one check every staff view makes: signed in, second factor, permission, region scope."""

from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse

from acoge.core.scoping import region_scope

from .policy import can


def second_factor_missing(request: HttpRequest) -> bool:
    return settings.ACOGE_REQUIRE_2FA and not request.user.is_verified()


class StaffViewMixin:
    """Staff views name a `permission_required` (a `rules` permission); object views override
    `get_permission_object`. The view runs, and its template renders, inside the user's region
    scope, so region-scoped querysets raise or come back empty instead of leaking."""

    permission_required: str = "backoffice.enter"

    def get_permission_object(self):
        return None

    def dispatch(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        user = request.user
        if not user.is_authenticated or second_factor_missing(request):
            return redirect_to_login(request.get_full_path())
        with region_scope(user):
            if not can(user, "backoffice.enter"):
                raise PermissionDenied
            if not can(user, self.permission_required, self.get_permission_object()):
                raise PermissionDenied
            response = super().dispatch(request, *args, **kwargs)
            if hasattr(response, "render") and not response.is_rendered:
                response.render()
            return response
