"""The quick exit: clears her session (her answers) and what this site stored in the browser,
then leaves for a neutral site. The button's form posts here; with JavaScript, a beacon does."""

from django.conf import settings
from django.http import HttpRequest, HttpResponseRedirect
from django.views.decorators.cache import never_cache


@never_cache
def quick_exit(request: HttpRequest) -> HttpResponseRedirect:
    if not request.user.is_authenticated:
        request.session.flush()
    response = HttpResponseRedirect(settings.ACOGE_QUICK_EXIT_URL)
    if request.method == "POST":
        response.status_code = 303  # the neutral site is fetched with GET
    # Cached copies of our pages would otherwise stay viewable offline.
    response.headers["Clear-Site-Data"] = '"cache", "storage"'
    return response
