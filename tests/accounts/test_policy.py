import pytest
from django_scopes.exceptions import ScopeError

from acoge.accounts import policy
from acoge.accounts.models import Role, StaffRole
from acoge.accounts.scoping import region_scope
from acoge.accounts.services import staff_role_grant
from acoge.core.scoping import scopes_disabled
from tests.testapp.models import SensitiveNote


@pytest.mark.django_db
def test_a_regional_delegate_sees_only_her_regions_and_national_roles_see_all(
    make_staff, region_antofagasta, region_biobio
):
    delegate = make_staff(Role.GENDER_DELEGATE, [region_antofagasta])
    unit = make_staff(Role.GENDER_UNIT)
    assert policy.visible_region_ids(delegate) == {region_antofagasta.id}
    assert policy.covers_region(delegate, region_antofagasta.id)
    assert not policy.covers_region(delegate, region_biobio.id)
    assert policy.visible_region_ids(unit) is None
    assert policy.covers_region(unit, region_biobio.id)


@pytest.mark.django_db
def test_national_roles_always_cover_every_region(make_staff, region_antofagasta):
    user = make_staff(None)
    role = staff_role_grant(user=user, role=Role.GENDER_UNIT, regions=[region_antofagasta])
    assert role.all_regions and not role.regions.exists()


@pytest.mark.django_db
def test_a_regional_role_cannot_be_given_for_all_regions(make_staff):
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError):
        staff_role_grant(user=make_staff(None), role=Role.GENDER_DELEGATE, all_regions=True)
    assert not StaffRole.objects.filter(role=Role.GENDER_DELEGATE).exists()


@pytest.mark.django_db
def test_region_scoped_queries_fail_without_a_scope_and_filter_within_one(
    make_staff, region_antofagasta, region_biobio
):
    with scopes_disabled():
        north = SensitiveNote.objects.create(region=region_antofagasta, body="a")
        SensitiveNote.objects.create(region=region_biobio, body="b")
    with pytest.raises(ScopeError):
        list(SensitiveNote.objects.all())
    delegate = make_staff(Role.GENDER_DELEGATE, [region_antofagasta])
    with region_scope(delegate):
        assert list(SensitiveNote.objects.all()) == [north]
    with region_scope(make_staff(Role.GENDER_UNIT)):
        assert SensitiveNote.objects.count() == 2
    with region_scope(make_staff(None)):
        assert SensitiveNote.objects.count() == 0
