"""Staff page of content reviews: what is past its review date (the public sees "under
review") and what falls due soon, across every app that registers reviewed content
(core/reviews.py). A record links to its admin page for those who may edit it there."""

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.views import View

from acoge.accounts.backends import edits
from acoge.accounts.mixins import StaffViewMixin
from acoge.core import reviews


class ReviewsView(StaffViewMixin, View):
    permission_required = "backoffice.review_content"

    def get(self, request: HttpRequest) -> HttpResponse:
        today = timezone.localdate()
        mine = request.GET.get("ver") == "mias"
        due = reviews.due(today=today, owner=request.user if mine else None)
        editable = {
            source.key: edits(request.user, source.key.partition(".")[0])
            for source in reviews.sources()
        }

        def rows(items: list[reviews.ReviewItem]) -> list[dict]:
            return [
                {"item": item, "edit_url": item.edit_url if editable[item.source.key] else ""}
                for item in items
            ]

        return render(
            request,
            "backoffice/reviews.html",
            {
                "mine": mine,
                "overdue": rows(due.overdue),
                "upcoming": rows(due.upcoming),
                "days": settings.ACOGE_REVIEW_DUE_DAYS,
            },
        )
