"""Shared fixtures: factories registered once, staff of every role, signed-in clients."""

import pytest
from django.conf import settings
from django.core.management import call_command
from django.utils import translation
from django_otp import DEVICE_ID_SESSION_KEY
from pytest_factoryboy import register

from acoge.accounts.models import Role, StaffTOTPDevice
from acoge.core.models import Region

from .factories import AuditEntryFactory, StaffRoleFactory, UserFactory

register(UserFactory)
register(StaffRoleFactory)
register(AuditEntryFactory)


@pytest.fixture(scope="session", autouse=True)
def _static_manifest():
    """Collect static files once, as production serves them (hashed, compressed)."""
    call_command("collectstatic", "--noinput", verbosity=0)


@pytest.fixture(autouse=True)
def _no_remembered_first_pages():
    """A first question page a process remembers (core/first_page.py), or a questionnaire it
    built (consultations/flow.py), is of one test only: ids repeat from test to test."""
    from acoge.consultations import flow
    from acoge.core import first_page

    first_page.forget_all()
    flow.forget_built()


@pytest.fixture(autouse=True)
def _default_language():
    """Each test starts in the site's default language: a request to /en/ or /ht/ in an earlier
    test leaves its language active in the thread, which made results depend on test order."""
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.deactivate()


@pytest.fixture
def reference_rows(transactional_db) -> None:
    """Regions, institutions and helplines for a test that commits for real (threads, a live
    server): such a test starts from the empty tables the previous one left, so load them."""
    from django.apps import apps

    from acoge.core.reference_data import load

    load(apps)


@pytest.fixture
def region_antofagasta(db) -> Region:
    return Region.objects.get(cut_code="02")


@pytest.fixture
def region_biobio(db) -> Region:
    return Region.objects.get(cut_code="08")


@pytest.fixture
def make_staff(db):
    """make_staff(Role.GENDER_DELEGATE, regions=[...]) -> a user holding that role."""

    def make(role: Role | None, regions: list[Region] | None = None, **user_fields):
        user = UserFactory(**user_fields)
        if role is not None:
            StaffRoleFactory(user=user, role=role, regions=regions or [], all_regions=not regions)
        return user

    return make


def sign_in(client, user) -> None:
    """Sign `user` in with a verified second factor, as after a real TOTP sign-in."""
    device, _ = StaffTOTPDevice.objects.get_or_create(
        user=user, name="test", defaults={"confirmed": True}
    )
    client.force_login(user, backend="acoge.accounts.backends.SignInBackend")
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()


@pytest.fixture
def staff_client(client, make_staff):
    """staff_client(Role.NATIONAL_ADMIN) -> a test client signed in as such a staff member."""

    def make(role: Role | None, regions: list[Region] | None = None):
        user = make_staff(role, regions)
        sign_in(client, user)
        client.user = user
        return client

    return make
