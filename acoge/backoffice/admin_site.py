"""Django admin, behind the same second factor as /gestion/: national administrators, and the
roles that edit an app's content (accounts/backends.py), each seeing only those apps."""

from django.conf import settings
from django.contrib import admin
from django.contrib.auth.views import redirect_to_login
from django.http import HttpRequest

from acoge.accounts.policy import can


class AcogeAdminSite(admin.AdminSite):
    site_header = "Acoge · SERMIG"
    site_title = "Acoge admin"

    def has_permission(self, request: HttpRequest) -> bool:
        user = request.user
        if not (user.is_active and user.is_authenticated):
            return False
        if settings.ACOGE_REQUIRE_2FA and not user.is_verified():
            return False
        return can(user, "core.use_admin")

    def login(self, request: HttpRequest, extra_context=None):
        return redirect_to_login(request.get_full_path())
