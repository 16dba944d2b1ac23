"""Who edits which content in the admin, as a matrix: national administrators edit everything;
the Gender Unit the information pages and the humanitarian guide; the engagement team the
information pages, consultations and the registry's categories; the COSOC secretary the
registry's categories; everyone else nothing, and never the workshops' or the staff records."""

import pytest

from acoge.core.models import Region
from tests.conftest import sign_in
from tests.factories import StaffRoleFactory, UserFactory
from tests.matrix import SUBJECTS, SUPERUSERS

ADMIN_PAGES = {
    "/admin/": {"national_admin", "gender_unit", "engagement", "cosoc_secretary"},
    "/admin/information/page/": {"national_admin", "gender_unit", "engagement"},
    "/admin/information/page/add/": {"national_admin", "gender_unit", "engagement"},
    "/admin/information/document/add/": {"national_admin", "gender_unit", "engagement"},
    "/admin/information/initiative/": {"national_admin", "gender_unit", "engagement"},
    "/admin/information/channel/": {"national_admin", "gender_unit", "engagement"},
    "/admin/permits/case/": {"national_admin", "gender_unit"},
    "/admin/consultations/consultation/": {"national_admin", "engagement"},
    "/admin/consultations/question/": {"national_admin", "engagement"},
    "/admin/permits/checkerquestion/": {"national_admin", "gender_unit"},
    "/admin/council/category/": {"national_admin", "engagement", "cosoc_secretary"},
    "/admin/public_account/cycle/": {"national_admin", "engagement"},
    "/admin/core/helpline/": {"national_admin"},
    "/admin/accounts/user/": {"national_admin"},
    "/admin/core/auditentry/": {"national_admin"},
}


@pytest.mark.django_db
@pytest.mark.parametrize("subject", sorted(["anonymous", *SUBJECTS]))
@pytest.mark.parametrize("path", sorted(ADMIN_PAGES))
def test_admin_page_answers_each_subject_as_the_table_says(client, path, subject):
    if subject != "anonymous":
        role, cut_codes = SUBJECTS[subject]
        user = UserFactory(is_superuser=subject in SUPERUSERS, is_staff=True)
        if role is not None:
            regions = list(Region.objects.filter(cut_code__in=cut_codes))
            StaffRoleFactory(user=user, role=role, regions=regions, all_regions=not regions)
        sign_in(client, user)
    response = client.get(path)
    if subject in ADMIN_PAGES[path]:
        assert response.status_code == 200, f"{subject} on {path}"
    elif subject in ADMIN_PAGES["/admin/"]:
        assert response.status_code == 403, f"{subject} on {path}"  # in the admin, not here
    else:
        assert response.status_code == 302, f"{subject} on {path}"  # sent to sign in


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["gender_unit", "engagement"])
def test_a_superuser_flag_adds_nothing_to_an_editor_role(client, role):
    user = UserFactory(is_superuser=True, is_staff=True)
    StaffRoleFactory(user=user, role=SUBJECTS[role][0], regions=[], all_regions=True)
    sign_in(client, user)
    assert client.get("/admin/information/page/").status_code == 200
    for path in ("/admin/accounts/user/", f"/admin/accounts/user/{user.pk}/change/"):
        assert client.get(path).status_code == 403, path
    assert client.get("/admin/core/helpline/").status_code == 403
    assert "/admin/accounts/" not in client.get("/admin/").content.decode()


@pytest.mark.django_db
def test_the_admin_index_shows_an_editor_only_her_apps(client):
    user = UserFactory(is_staff=True)
    StaffRoleFactory(user=user, role=SUBJECTS["engagement"][0], regions=[], all_regions=True)
    sign_in(client, user)
    body = client.get("/admin/").content.decode()
    assert "/admin/information/page/" in body
    assert "/admin/permits/" not in body and "/admin/core/" not in body
