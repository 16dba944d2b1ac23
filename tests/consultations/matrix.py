from acoge.consultations.models import Consultation
from tests.matrix import UrlSpec

TEAM = frozenset({"national_admin", "engagement"})


def _consultation() -> dict:
    from tests.consultations.test_answering import make

    return {"pk": (Consultation.objects.first() or make()).pk}


MATRIX = [
    UrlSpec("consultations_staff:list", allowed=TEAM),
    UrlSpec("consultations_staff:detail", allowed=TEAM, kwargs=_consultation),
    UrlSpec("consultations_staff:paper", allowed=TEAM, kwargs=_consultation),
    UrlSpec("consultations_staff:codes", allowed=TEAM, kwargs=_consultation),
]
