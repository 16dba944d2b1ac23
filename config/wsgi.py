"""WSGI entry point for gunicorn."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.production")
application = get_wsgi_application()

# Every view imported and every template compiled now, not on a visitor's request.
from acoge.core.warm import warm_up  # noqa: E402 (needs the apps loaded above)

warm_up()
