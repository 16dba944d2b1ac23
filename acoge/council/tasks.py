"""Background work of the council app: registrations past their end lapse, once a day."""

from django.tasks import task

from .services import organisations_lapse


@task()
def lapse_task() -> int:
    return organisations_lapse()
