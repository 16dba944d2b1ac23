"""What the guide's pages read."""

from django.db.models import Prefetch

from .models import Case, CaseFact


def published_cases() -> list[Case]:
    """The published cases, in order, each with its facts (the checker's checklist, the flags)."""
    return list(
        Case.objects.filter(published=True).prefetch_related(
            Prefetch("facts", queryset=CaseFact.objects.order_by("topic", "order", "pk"))
        )
    )
