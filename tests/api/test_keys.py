"""Partners' API keys: issued, rotated and revoked by a national administrator; each key has
its own hourly limit and every use is in the audit log."""

import re

import pytest

from acoge.accounts.models import Role
from acoge.api.models import ApiKey
from acoge.core.models import AuditEntry
from acoge.core.scoping import scopes_disabled
from acoge.core.tokens import hash_token
from acoge.workshops.models import Registration
from tests.workshops.test_registration import make_workshop

EN = {"accept-language": "en"}


def issue(client, *, name="Fono Mujer 1455", hourly_limit=100) -> str:
    """Issue a key through the back office as the signed-in admin; the secret it shows once."""
    response = client.post(
        "/gestion/api/claves/nueva/",
        {"name": name, "organisation": "SernamEG", "hourly_limit": hourly_limit},
    )
    assert response.status_code == 200
    assert response["Cache-Control"] == "no-store"
    return re.search(r"acoge_[A-Za-z0-9_-]{43}", response.content.decode()).group()


def register(client, workshop, n: int, **headers):
    return client.post(
        f"/api/talleres/{workshop.pk}/inscripciones",
        {"name": f"Persona {n}", "phone": f"+5699876{n:04d}", "channel": "sms"},
        content_type="application/json",
        headers={**EN, **headers},
    )


@pytest.mark.django_db
def test_a_key_issued_by_a_national_admin_registers_and_each_use_is_audited(staff_client):
    admin = staff_client(Role.NATIONAL_ADMIN)
    secret = issue(admin)
    key = ApiKey.objects.get()
    assert key.secret_hash == hash_token(secret) and secret not in str(vars(key))
    assert key.created_by == admin.user and secret.startswith(key.prefix)
    workshop = make_workshop(capacity=100)
    assert register(admin, workshop, 1, authorization=f"Bearer {secret}").status_code == 201
    assert register(admin, workshop, 2, x_api_key=secret).status_code == 201
    uses = AuditEntry.objects.filter(action="api.key.used", object_id=str(key.pk))
    assert uses.count() == 2
    key.refresh_from_db()
    assert key.last_used_at is not None
    detail = admin.get(f"/gestion/api/claves/{key.pk}/")
    assert detail.status_code == 200 and secret not in detail.content.decode()


@pytest.mark.django_db
def test_a_key_has_its_own_hourly_limit_apart_from_the_anonymous_one(staff_client, settings):
    settings.ACOGE_RATE_LIMITS = {**settings.ACOGE_RATE_LIMITS, "api.write.anonymous": 1}
    secret = issue(staff_client(Role.NATIONAL_ADMIN), hourly_limit=3)
    other = issue(staff_client(Role.NATIONAL_ADMIN), name="Otra", hourly_limit=3)
    workshop = make_workshop(capacity=100)
    from django.test import Client

    client = Client()
    bearer = {"authorization": f"Bearer {secret}"}
    statuses = [register(client, workshop, n, **bearer).status_code for n in range(4)]
    assert statuses == [201, 201, 201, 429]
    limited = register(client, workshop, 9, **bearer)
    assert int(limited["Retry-After"]) > 0 and "API key" in limited.json()["detail"]
    # Another key, and the anonymous limit of the same address, are counted apart.
    assert register(client, workshop, 10, authorization=f"Bearer {other}").status_code == 201
    assert register(client, workshop, 11).status_code == 201
    assert register(client, workshop, 12).status_code == 429


@pytest.mark.django_db
def test_a_revoked_key_stops_working_and_registers_nobody(staff_client):
    admin = staff_client(Role.NATIONAL_ADMIN)
    secret = issue(admin)
    key = ApiKey.objects.get()
    response = admin.post(f"/gestion/api/claves/{key.pk}/revocar/")
    assert response.status_code == 302
    workshop = make_workshop()
    refused = register(admin, workshop, 1, authorization=f"Bearer {secret}")
    assert refused.status_code == 401
    assert refused["Content-Type"] == "application/json"
    assert "revoked" in refused.json()["detail"]
    assert register(admin, workshop, 2, x_api_key=secret).status_code == 401
    with scopes_disabled():
        assert not Registration.objects.exists()
    assert AuditEntry.objects.filter(action="api.key.revoked").count() == 1


@pytest.mark.django_db
@pytest.mark.parametrize(
    "header",
    [
        {"authorization": "Bearer acoge_not-a-key"},
        {"authorization": "Basic YTpi"},
        {"authorization": "Bearer"},
        {"x_api_key": "whatever"},
    ],
)
def test_a_key_that_is_not_one_is_refused_not_treated_as_anonymous(client, header):
    response = register(client, make_workshop(), 1, **header)
    assert response.status_code == 401 and response.json()["detail"]
    assert response["WWW-Authenticate"].startswith("Bearer")


@pytest.mark.django_db
def test_rotating_gives_a_new_secret_under_the_same_name_and_stops_the_old(staff_client):
    admin = staff_client(Role.NATIONAL_ADMIN)
    old_secret = issue(admin, hourly_limit=7)
    old = ApiKey.objects.get()
    response = admin.post(f"/gestion/api/claves/{old.pk}/rotar/")
    assert response.status_code == 200 and response["Cache-Control"] == "no-store"
    new_secret = re.search(r"acoge_[A-Za-z0-9_-]{43}", response.content.decode()).group()
    assert new_secret != old_secret
    new = ApiKey.objects.active().get()
    assert (new.name, new.organisation, new.hourly_limit) == (old.name, old.organisation, 7)
    assert new.replaces == old
    workshop = make_workshop()
    assert register(admin, workshop, 1, authorization=f"Bearer {old_secret}").status_code == 401
    assert register(admin, workshop, 2, authorization=f"Bearer {new_secret}").status_code == 201
    # A revoked key cannot be rotated again.
    again = admin.post(f"/gestion/api/claves/{old.pk}/rotar/", follow=True)
    assert ApiKey.objects.count() == 2
    assert "Esta clave fue revocada: emite una nueva" in again.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize(
    "role", [Role.GENDER_UNIT, Role.GENDER_DELEGATE, Role.REGIONAL_STAFF, Role.FACILITATOR]
)
def test_other_roles_cannot_open_or_use_the_key_pages(staff_client, role):
    key_id = None
    admin = staff_client(Role.NATIONAL_ADMIN)
    issue(admin)
    key_id = ApiKey.objects.get().pk
    other = staff_client(role)
    for url in (
        "/gestion/api/claves/",
        "/gestion/api/claves/nueva/",
        f"/gestion/api/claves/{key_id}/",
    ):
        assert other.get(url).status_code == 403
    assert other.post(f"/gestion/api/claves/{key_id}/rotar/").status_code == 403
    assert other.post(f"/gestion/api/claves/{key_id}/revocar/").status_code == 403
    assert other.post("/gestion/api/claves/nueva/", {"name": "x"}).status_code == 403
    assert ApiKey.objects.count() == 1 and ApiKey.objects.get().is_active


@pytest.mark.django_db
def test_the_menu_shows_api_keys_to_national_admins_only(staff_client):
    assert (
        "/gestion/api/claves/"
        in staff_client(Role.NATIONAL_ADMIN).get("/gestion/").content.decode()
    )
    assert (
        "/gestion/api/claves/"
        not in staff_client(Role.GENDER_UNIT).get("/gestion/").content.decode()
    )
