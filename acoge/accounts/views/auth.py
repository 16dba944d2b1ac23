"""Staff sign-in: username and password, then a code from an authenticator app (TOTP)."""

import time

import segno
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import authenticate, login, logout
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.views import View
from django.views.decorators.cache import never_cache
from django_otp import login as otp_login

from acoge.core.audit import log_action

from .. import services
from ..forms import LoginForm, TokenForm
from ..models import StaffTOTPDevice, User

PENDING_KEY = "acoge.pending_login"
PENDING_SECONDS = 300
MODEL_BACKEND = "acoge.accounts.backends.SignInBackend"


def _safe_next(request: HttpRequest, candidate: str | None) -> str:
    if candidate and url_has_allowed_host_and_scheme(
        candidate, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return candidate
    return reverse(settings.LOGIN_REDIRECT_URL)


def _pending_user(request: HttpRequest) -> tuple[User | None, str]:
    pending = request.session.get(PENDING_KEY)
    if not pending or time.time() - pending["at"] > PENDING_SECONDS:
        return None, ""
    return User.objects.filter(pk=pending["user"], is_active=True).first(), pending["next"]


def _finish_login(request: HttpRequest, user: User, device: StaffTOTPDevice | None, next_url: str):
    request.session.pop(PENDING_KEY, None)
    login(request, user, backend=MODEL_BACKEND)
    if device is not None:
        otp_login(request, device)
    log_action("accounts.login", actor=user, obj=user, request=request)
    return redirect(next_url)


@method_decorator(never_cache, name="dispatch")
class LoginView(View):
    template_name = "accounts/login.html"

    def get(self, request: HttpRequest) -> HttpResponse:
        return render(request, self.template_name, {"form": LoginForm()})

    def post(self, request: HttpRequest) -> HttpResponse:
        form = LoginForm(request.POST)
        if form.is_valid():
            user = authenticate(
                request,
                username=form.cleaned_data["username"],
                password=form.cleaned_data["password"],
            )
            if user is not None:
                next_url = _safe_next(request, request.GET.get("next"))
                device = StaffTOTPDevice.objects.filter(user=user, confirmed=True).first()
                if device is None and not settings.ACOGE_REQUIRE_2FA:
                    return _finish_login(request, user, None, next_url)
                request.session[PENDING_KEY] = {
                    "user": user.pk,
                    "at": time.time(),
                    "next": next_url,
                }
                return redirect("accounts:login-code" if device else "accounts:login-setup")
            form.add_error(None, _("The username or the password is not right."))
        return render(request, self.template_name, {"form": form}, status=200)


@method_decorator(never_cache, name="dispatch")
class LoginCodeView(View):
    template_name = "accounts/login_code.html"

    def dispatch(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        self.user, self.next_url = _pending_user(request)
        if self.user is None:
            messages.info(request, _("Your sign-in expired. Please start again."))
            return redirect("accounts:login")
        self.device = StaffTOTPDevice.objects.filter(user=self.user, confirmed=True).first()
        if self.device is None:
            return redirect("accounts:login-setup")
        return super().dispatch(request, *args, **kwargs)

    def get(self, request: HttpRequest) -> HttpResponse:
        return render(request, self.template_name, {"form": TokenForm()})

    def post(self, request: HttpRequest) -> HttpResponse:
        form = TokenForm(request.POST)
        if form.is_valid():
            allowed, _data = self.device.verify_is_allowed()
            if not allowed:
                form.add_error("token", _("Too many wrong codes. Wait a minute and try again."))
            elif self.device.verify_token(form.cleaned_data["token"]):
                return _finish_login(request, self.user, self.device, self.next_url)
            else:
                form.add_error(
                    "token", _("That code is not right. Enter the code your app shows now.")
                )
        return render(request, self.template_name, {"form": form})


@method_decorator(never_cache, name="dispatch")
class LoginSetupView(View):
    """First sign-in: connect an authenticator app, then confirm it with a code."""

    template_name = "accounts/login_setup.html"

    def dispatch(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        self.user, self.next_url = _pending_user(request)
        if self.user is None:
            messages.info(request, _("Your sign-in expired. Please start again."))
            return redirect("accounts:login")
        if StaffTOTPDevice.objects.filter(user=self.user, confirmed=True).exists():
            return redirect("accounts:login-code")
        self.device = services.totp_device_start(user=self.user)
        return super().dispatch(request, *args, **kwargs)

    def context(self, form: TokenForm) -> dict:
        uri = self.device.config_url
        qr = segno.make(uri, error="m").svg_inline(scale=4, dark="#001C41", light="#ffffff")
        return {
            "form": form,
            "secret": services.totp_secret(self.device),
            "otpauth_uri": uri,
            "qr_svg": mark_safe(qr),
        }

    def get(self, request: HttpRequest) -> HttpResponse:
        return render(request, self.template_name, self.context(TokenForm()))

    def post(self, request: HttpRequest) -> HttpResponse:
        form = TokenForm(request.POST)
        if form.is_valid():
            if self.device.verify_token(form.cleaned_data["token"]):
                services.totp_device_confirm(device=self.device, request=request)
                return _finish_login(request, self.user, self.device, self.next_url)
            form.add_error("token", _("That code is not right. Enter the code your app shows now."))
        return render(request, self.template_name, self.context(form))


class LogoutView(View):
    http_method_names = ["post"]

    def post(self, request: HttpRequest) -> HttpResponse:
        if request.user.is_authenticated:
            log_action("accounts.logout", request=request)
        logout(request)
        messages.info(request, _("You have signed out."))
        return redirect("accounts:login")
