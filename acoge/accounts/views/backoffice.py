"""National admins manage staff accounts, roles and second factors here."""

from django.contrib import messages
from django.db.models import Count, Prefetch, Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views import View
from django.views.generic import ListView

from acoge.core.audit import LogReadMixin

from .. import services
from ..forms import StaffPasswordForm, StaffRoleForm, StaffUserForm
from ..mixins import StaffViewMixin
from ..models import StaffRole, User


class StaffAdminMixin(StaffViewMixin):
    permission_required = "accounts.manage_staff"

    def get_user(self) -> User:
        return get_object_or_404(User, pk=self.kwargs["pk"])


class StaffListView(StaffAdminMixin, ListView):
    template_name = "accounts/backoffice/staff_list.html"
    paginate_by = 50

    def get_queryset(self):
        return (
            User.objects.prefetch_related(
                Prefetch("staff_roles", queryset=StaffRole.objects.prefetch_related("regions"))
            )
            .annotate(devices=Count("stafftotpdevice", filter=Q(stafftotpdevice__confirmed=True)))
            .order_by("username")
        )


class StaffCreateView(StaffAdminMixin, View):
    template_name = "accounts/backoffice/staff_form.html"

    def get(self, request: HttpRequest) -> HttpResponse:
        return self.show(StaffUserForm(), StaffPasswordForm(user=User()))

    def show(self, form, password_form) -> HttpResponse:
        return render(
            self.request,
            self.template_name,
            {"form": form, "password_form": password_form, "creating": True},
        )

    def post(self, request: HttpRequest) -> HttpResponse:
        form = StaffUserForm(request.POST)
        password_form = StaffPasswordForm(
            request.POST, user=User(username=request.POST.get("username", ""))
        )
        if form.is_valid() and password_form.is_valid():
            user = services.staff_create(
                username=form.cleaned_data["username"],
                first_name=form.cleaned_data["first_name"],
                last_name=form.cleaned_data["last_name"],
                email=form.cleaned_data["email"],
                password=password_form.cleaned_data["password"],
                actor=request.user,
                request=request,
            )
            messages.success(request, _("Staff account created. Now give it a role."))
            return redirect("accounts:staff-detail", pk=user.pk)
        return self.show(form, password_form)


class StaffDetailView(StaffAdminMixin, LogReadMixin, View):
    template_name = "accounts/backoffice/staff_detail.html"

    def get_audited_object(self) -> User:
        return self.get_user()

    def get(self, request: HttpRequest, pk: int) -> HttpResponse:
        return self.show(StaffRoleForm())

    def show(self, role_form: StaffRoleForm) -> HttpResponse:
        user = self.get_user()
        return render(
            self.request,
            self.template_name,
            {
                "staff": user,
                "roles": user.staff_roles.prefetch_related("regions"),
                "has_device": user.stafftotpdevice_set.filter(confirmed=True).exists(),
                "role_form": role_form,
            },
        )

    def post(self, request: HttpRequest, pk: int) -> HttpResponse:
        """Add a role (the form on the detail page)."""
        form = StaffRoleForm(request.POST)
        if form.is_valid():
            services.staff_role_grant(
                user=self.get_user(),
                role=form.cleaned_data["role"],
                regions=list(form.cleaned_data["regions"]),
                all_regions=form.cleaned_data["all_regions"],
                actor=request.user,
                request=request,
            )
            messages.success(request, _("Role saved."))
            return redirect("accounts:staff-detail", pk=pk)
        return self.show(form)


class StaffEditView(StaffAdminMixin, View):
    template_name = "accounts/backoffice/staff_form.html"

    def get(self, request: HttpRequest, pk: int) -> HttpResponse:
        return render(
            request,
            self.template_name,
            {"form": StaffUserForm(instance=self.get_user()), "staff": self.get_user()},
        )

    def post(self, request: HttpRequest, pk: int) -> HttpResponse:
        user = self.get_user()
        form = StaffUserForm(request.POST, instance=User.objects.get(pk=pk))
        if form.is_valid():
            services.staff_update(
                user=user,
                actor=request.user,
                request=request,
                **{name: form.cleaned_data[name] for name in form.changed_data},
            )
            messages.success(request, _("Staff account saved."))
            return redirect("accounts:staff-detail", pk=pk)
        return render(request, self.template_name, {"form": form, "staff": user})


class StaffPasswordView(StaffAdminMixin, View):
    template_name = "accounts/backoffice/staff_password.html"

    def get(self, request: HttpRequest, pk: int) -> HttpResponse:
        user = self.get_user()
        return render(
            request, self.template_name, {"form": StaffPasswordForm(user=user), "staff": user}
        )

    def post(self, request: HttpRequest, pk: int) -> HttpResponse:
        user = self.get_user()
        form = StaffPasswordForm(request.POST, user=user)
        if form.is_valid():
            services.staff_set_password(
                user=user,
                password=form.cleaned_data["password"],
                actor=request.user,
                request=request,
            )
            messages.success(request, _("New password saved."))
            return redirect("accounts:staff-detail", pk=pk)
        return render(request, self.template_name, {"form": form, "staff": user})


class StaffRoleRemoveView(StaffAdminMixin, View):
    http_method_names = ["post"]

    def post(self, request: HttpRequest, pk: int, role_pk: int) -> HttpResponse:
        staff_role = get_object_or_404(StaffRole, pk=role_pk, user_id=pk)
        services.staff_role_revoke(staff_role=staff_role, actor=request.user, request=request)
        messages.success(request, _("Role removed."))
        return redirect("accounts:staff-detail", pk=pk)


class StaffResetSecondFactorView(StaffAdminMixin, View):
    http_method_names = ["post"]

    def post(self, request: HttpRequest, pk: int) -> HttpResponse:
        services.staff_reset_second_factor(
            user=self.get_user(), actor=request.user, request=request
        )
        messages.success(
            request, _("Second factor reset: they will set up a new one at next sign-in.")
        )
        return redirect("accounts:staff-detail", pk=pk)
