"""Every staff URL × every kind of staff member (see tests/matrix.py)."""

import pytest
from django.urls import reverse

from acoge.core.models import Region
from tests.conftest import sign_in
from tests.factories import StaffRoleFactory, UserFactory
from tests.matrix import EVERYONE, SUBJECTS, SUPERUSERS, all_specs, staff_url_names

SPECS = all_specs()


def test_every_staff_url_has_a_row_in_the_matrix():
    missing = staff_url_names() - {spec.name for spec in SPECS}
    assert not missing, f"staff URLs without a permission-matrix row: {sorted(missing)}"


@pytest.mark.django_db
@pytest.mark.parametrize("subject", sorted(EVERYONE))
@pytest.mark.parametrize("spec", SPECS, ids=lambda spec: spec.name)
def test_staff_url_answers_each_subject_as_the_matrix_says(client, spec, subject):
    if subject != "anonymous":
        role, cut_codes = SUBJECTS[subject]
        user = UserFactory(is_superuser=subject in SUPERUSERS)
        if role is not None:
            regions = list(Region.objects.filter(cut_code__in=cut_codes))
            StaffRoleFactory(user=user, role=role, regions=regions, all_regions=not regions)
        sign_in(client, user)
    url = reverse(spec.name, kwargs=spec.kwargs())
    response = getattr(client, spec.method)(url, spec.data)
    expected = spec.expected(subject)
    if expected == "login":
        assert response.status_code == 302
        assert response.headers["Location"].startswith(reverse("accounts:login"))
    else:
        assert response.status_code == expected, f"{subject} on {url}"
