"""The open data API (django-ninja, OpenAPI at /api/docs and /api/openapi.json): its routers,
and every error answered as JSON in the caller's language (errors.py)."""

from ninja import NinjaAPI

from . import errors
from .consultations import router as consultations_router
from .council import router as council_router
from .information import router as information_router
from .parser import JsonParser
from .public_account import router as public_account_router
from .reference import router as reference_router
from .workshops import router as workshops_router

api = NinjaAPI(
    title="Acoge open data",
    version="1",
    description=(
        "Open data of SERMIG's Acoge platform, read-only and without personal data, and one "
        "write for partners: registering a person for a workshop. Writes take JSON only, "
        "refuse requests sent from web pages of other sites, and are limited: 5 an hour per "
        "address without a key, the key's own hourly limit with one (a national administrator "
        'issues keys). Every error is JSON, `{"detail": …, "errors": [{"field", '
        '"message"}]}`, in the language of `Accept-Language` (es, en, ht; English by default).'
    ),
    docs_url="/docs",
    parser=JsonParser(),
)
errors.install(api)
api.add_router("/", workshops_router)
api.add_router("/", reference_router)
api.add_router("/", information_router)
api.add_router("/", consultations_router)
api.add_router("/", council_router)
api.add_router("/", public_account_router)
