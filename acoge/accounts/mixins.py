"""The one check every staff view makes: signed in, second factor, permission, region scope; and
the one way a staff view fetches the record it is about."""

from functools import cached_property

from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.db.models import Model, QuerySet
from django.http import Http404, HttpRequest, HttpResponse

from .policy import can
from .scoping import region_scope

# The largest id a database column holds (a signed 64-bit integer): a bigger one is never found.
MAX_ID = 2**63 - 1


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


def object_or_404(queryset: QuerySet, pk) -> Model:
    """The record with this id among `queryset`, or 404 (also for an id no column can hold)."""
    try:
        pk = int(pk)
    except (TypeError, ValueError) as exc:
        raise Http404 from exc
    if not 0 < pk <= MAX_ID:
        raise Http404
    record = queryset.filter(pk=pk).first()
    if record is None:
        raise Http404
    return record


class ObjectViewMixin(StaffViewMixin):
    """A staff view of one record, fetched among those the user may reach: a record beyond her
    reach (another region's, say) is not found (404), so its existence is not revealed; staff
    without `list_permission` (no part in this kind of record at all) are refused (403)."""

    list_permission: str = ""
    pk_url_kwarg = "pk"

    def reachable(self) -> QuerySet:
        """The records the user may reach (the app's selector)."""
        raise NotImplementedError

    @cached_property
    def record(self) -> Model:
        """The record the URL names, among those the user may reach."""
        if self.list_permission and not can(self.request.user, self.list_permission):
            raise PermissionDenied
        return object_or_404(self.reachable(), self.kwargs[self.pk_url_kwarg])

    def get_permission_object(self) -> Model:
        return self.record

    def get_audited_object(self) -> Model:
        return self.record
