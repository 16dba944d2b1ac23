"""Demo staff: one account per role, with a fixed password and a fixed TOTP secret."""

import hashlib
import os
from collections.abc import Callable

from django_otp.oath import totp

from acoge.core.demo import DemoLoader, register
from acoge.core.models import Region

from . import services
from .models import Role, StaffTOTPDevice, User

DEMO_PASSWORD = "acoge-demo-2026"  # noqa: S105 (demo only, printed on purpose)

DEMO_STAFF = [
    # username, first name, last name, role, region CUT codes (empty: all regions)
    ("admin", "Alejandra", "Rojas", Role.NATIONAL_ADMIN, []),
    ("genero", "Paula", "Muñoz", Role.GENDER_UNIT, []),
    ("delegada.antofagasta", "Daniela", "Castillo", Role.GENDER_DELEGATE, ["02"]),
    ("delegada.valparaiso", "Camila", "Soto", Role.GENDER_DELEGATE, ["05"]),
    ("regional.biobio", "Jorge", "Fuentes", Role.REGIONAL_STAFF, ["08"]),
    ("participacion", "Tomás", "Herrera", Role.ENGAGEMENT, []),
    ("cosoc", "Isabel", "Navarro", Role.COSOC_SECRETARY, []),
    ("facilitadora.rm", "Rosa", "Jiménez", Role.FACILITATOR, ["13"]),
    ("receptora.karin", "Marcela", "Vidal", Role.KARIN_RECEIVER, []),
    ("fiscal.karin", "Andrés", "Paredes", Role.KARIN_INVESTIGATOR, []),
]


def demo_key(username: str) -> str:
    """A fixed 20-byte TOTP key per demo user, so the printed secret never changes."""
    return hashlib.sha1(f"acoge-demo:{username}".encode()).hexdigest()  # noqa: S324


def load(say: Callable[[str], None]) -> None:
    say(f"Demo staff (password for all: {DEMO_PASSWORD}; TOTP secret per user below):")
    for username, first, last, role, cut_codes in DEMO_STAFF:
        user = User.objects.filter(username=username).first()
        if user is None:
            user = services.staff_create(
                username=username,
                password=DEMO_PASSWORD,
                first_name=first,
                last_name=last,
                email=f"{username}@demo.acoge.invalid",
            )
            services.staff_role_grant(
                user=user,
                role=role,
                all_regions=not cut_codes,
                regions=list(Region.objects.filter(cut_code__in=cut_codes)),
            )
        device, _ = StaffTOTPDevice.objects.get_or_create(
            user=user, name="Demo", defaults={"key": demo_key(username), "confirmed": True}
        )
        secret = services.totp_secret(device)
        code = f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):06d}"
        say(f"  {username:<22} {role.label:<28} secret {secret}  (code now: {code})")
        say(f"  {'':<22} {device.config_url}")
    port = os.environ.get("PORT", "8000")
    say(f"Sign in at http://127.0.0.1:{port}/gestion/")
    say("`manage.py totp_code USERNAME` prints a user's current code.")


register(DemoLoader(name="accounts.staff", order=10, load=load))
