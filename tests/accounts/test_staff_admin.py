"""National admins manage staff accounts, roles and second factors in the back office."""

import pytest
from django.urls import reverse

from acoge.accounts.models import Role, StaffRole, StaffTOTPDevice, User
from acoge.core.models import AuditEntry, Region


@pytest.fixture
def admin(staff_client):
    return staff_client(Role.NATIONAL_ADMIN)


@pytest.mark.django_db
def test_an_admin_creates_a_staff_account_and_gives_it_a_regional_role(admin):
    created = admin.post(
        reverse("accounts:staff-create"),
        {
            "username": "delegada.biobio",
            "first_name": "Ana",
            "last_name": "Pérez",
            "email": "ana@example.invalid",
            "is_active": "on",
            "password": "larga-y-segura-2026",
        },
    )
    user = User.objects.get(username="delegada.biobio")
    assert created.headers["Location"] == reverse("accounts:staff-detail", args=[user.pk])
    assert user.check_password("larga-y-segura-2026")
    biobio = Region.objects.get(cut_code="08")
    admin.post(
        reverse("accounts:staff-detail", args=[user.pk]),
        {"role": Role.GENDER_DELEGATE, "regions": [biobio.pk]},
    )
    role = StaffRole.objects.get(user=user)
    assert role.role == Role.GENDER_DELEGATE and list(role.regions.all()) == [biobio]
    actions = set(AuditEntry.objects.values_list("action", flat=True))
    assert {"accounts.staff.created", "accounts.role.granted"} <= actions


@pytest.mark.django_db
def test_a_weak_password_is_refused_and_the_form_keeps_what_was_typed(admin):
    page = admin.post(
        reverse("accounts:staff-create"),
        {"username": "nueva", "first_name": "Rosa", "password": "123"},
    )
    html = page.content.decode()
    assert page.status_code == 200 and "ac-error-summary" in html
    assert 'value="nueva"' in html and 'value="Rosa"' in html
    assert not User.objects.filter(username="nueva").exists()


@pytest.mark.django_db
def test_a_regional_role_without_regions_is_explained_not_saved(admin, make_staff):
    user = make_staff(None)
    page = admin.post(
        reverse("accounts:staff-detail", args=[user.pk]), {"role": Role.REGIONAL_STAFF}
    )
    assert page.status_code == 200 and "ac-error-summary" in page.content.decode()
    assert not StaffRole.objects.filter(user=user).exists()


@pytest.mark.django_db
def test_opening_a_staff_record_is_written_to_the_audit_log(admin, make_staff):
    user = make_staff(Role.GENDER_UNIT)
    admin.get(reverse("accounts:staff-detail", args=[user.pk]))
    entry = AuditEntry.objects.get(action="accounts.user.read")
    assert entry.actor == admin.user and entry.object_id == str(user.pk)


@pytest.mark.django_db
def test_removing_a_role_and_resetting_the_second_factor(admin, make_staff):
    user = make_staff(Role.ENGAGEMENT)
    StaffTOTPDevice.objects.create(user=user, name="phone", confirmed=True)
    role = StaffRole.objects.get(user=user)
    admin.post(reverse("accounts:staff-role-remove", args=[user.pk, role.pk]))
    admin.post(reverse("accounts:staff-reset-2fa", args=[user.pk]))
    assert not StaffRole.objects.filter(user=user).exists()
    assert not StaffTOTPDevice.objects.filter(user=user).exists()


@pytest.mark.django_db
def test_a_role_of_another_staff_member_cannot_be_removed_through_this_one(admin, make_staff):
    one, other = make_staff(Role.ENGAGEMENT), make_staff(Role.ENGAGEMENT)
    foreign_role = StaffRole.objects.get(user=other)
    response = admin.post(reverse("accounts:staff-role-remove", args=[one.pk, foreign_role.pk]))
    assert response.status_code == 404
    assert StaffRole.objects.filter(pk=foreign_role.pk).exists()
