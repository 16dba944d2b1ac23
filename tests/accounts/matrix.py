from tests.factories import StaffRoleFactory, UserFactory
from tests.matrix import EVERYONE, UrlSpec

ADMINS = frozenset({"national_admin"})


def a_staff_member() -> dict:
    return {"pk": UserFactory().pk}


def a_staff_role() -> dict:
    role = StaffRoleFactory(all_regions=True, role="engagement")
    return {"pk": role.user_id, "role_pk": role.pk}


MATRIX = [
    # Signing in is open to everyone; the code pages send back to the start without a pending login.
    UrlSpec("accounts:login", allowed=EVERYONE, public=True),
    UrlSpec("accounts:login-code", allowed=EVERYONE, ok=302, public=True),
    UrlSpec("accounts:login-setup", allowed=EVERYONE, ok=302, public=True),
    UrlSpec("accounts:logout", allowed=EVERYONE, method="post", ok=302, public=True),
    UrlSpec("accounts:staff-list", allowed=ADMINS),
    UrlSpec("accounts:staff-create", allowed=ADMINS),
    UrlSpec("accounts:staff-detail", allowed=ADMINS, kwargs=a_staff_member),
    UrlSpec("accounts:staff-edit", allowed=ADMINS, kwargs=a_staff_member),
    UrlSpec("accounts:staff-password", allowed=ADMINS, kwargs=a_staff_member),
    UrlSpec(
        "accounts:staff-role-remove", allowed=ADMINS, kwargs=a_staff_role, method="post", ok=302
    ),
    UrlSpec(
        "accounts:staff-reset-2fa", allowed=ADMINS, kwargs=a_staff_member, method="post", ok=302
    ),
]
