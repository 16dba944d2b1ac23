"""Records the Unidad de Género's tests need: a delegate appointed in a region, a work plan
with activities, a Roundtable session, a Ley Karin report filed by a staff member."""

import datetime

from django.utils import timezone, translation

from acoge.accounts.models import Role
from acoge.core.models import Region
from acoge.core.scoping import scopes_disabled
from acoge.gender_unit.models import Activity, Appointment, Session, WorkPlan
from acoge.gender_unit.services import karin
from tests.factories import StaffRoleFactory, UserFactory

DAY = datetime.timedelta(days=1)


def region(cut: str) -> Region:
    return Region.objects.get(cut_code=cut)


def staff(role: Role, cuts: tuple[str, ...] = (), **fields):
    user = UserFactory(**fields)
    regions = [region(cut) for cut in cuts]
    StaffRoleFactory(user=user, role=role, regions=regions, all_regions=not regions)
    return user


def delegate(cut: str, *, since_days: int = 100, kind: str = "delegate", **fields) -> Appointment:
    person = staff(Role.GENDER_DELEGATE, (cut,), **fields)
    return Appointment.objects.create(
        region=region(cut),
        kind=kind,
        person=person,
        starts_on=timezone.localdate() - since_days * DAY,
    )


def plan(cut: str = "05", year: int | None = None) -> WorkPlan:
    with scopes_disabled():
        return WorkPlan.objects.create(region=region(cut), year=year or timezone.localdate().year)


def activity(of: WorkPlan, **fields) -> Activity:
    values = {
        "title": "Taller",
        "kind": Activity.Kind.TRAINING,
        "audience": Activity.Audience.STAFF,
        "planned_on": datetime.date(of.year, 1, 15),
        **fields,
    }
    with scopes_disabled():
        return Activity.objects.create(plan=of, **values)


def session(number: int = 1, *, days_ago: int = 1, **fields) -> Session:
    return Session.objects.create(
        number=number,
        starts_at=timezone.now() - days_ago * DAY,
        agenda="- Planes regionales",
        **fields,
    )


def report(reporter=None, **fields):
    """A written report filed by `reporter` (a new regional staff member by default)."""
    values = {
        "kind": "workplace",
        "facts": "Gritos y descalificaciones en reuniones.",
        "people": "La jefatura directa.",
        "region": region("08"),
        **fields,
    }
    return karin.report_file(reporter=reporter or staff(Role.REGIONAL_STAFF, ("08",)), **values)


def staff_words(text: str, context: str = "") -> str:
    """`text` as a staff page shows it: staff pages are in Spanish."""
    with translation.override("es"):
        return translation.pgettext(context, text) if context else translation.gettext(text)
