from tests.matrix import ALL_STAFF, UrlSpec

MATRIX = [
    UrlSpec("backoffice:dashboard", allowed=ALL_STAFF),
    UrlSpec("backoffice:components", allowed=ALL_STAFF),
    UrlSpec("backoffice:audit-list", allowed=frozenset({"national_admin"})),
    # Content reviews: national administrators and the roles that edit content in the admin.
    UrlSpec(
        "backoffice:content-reviews",
        allowed=frozenset({"national_admin", "gender_unit", "engagement", "cosoc_secretary"}),
    ),
]

# Aggregates of the women's programme: the Gender Unit, its delegates, national administrators.
INDICATOR_READERS = frozenset(
    {"national_admin", "gender_unit", "delegate_antofagasta", "delegate_valparaiso"}
)
# Aggregates of citizen engagement (the registry of organisations): its team, the COSOC
# secretary, national administrators.
ENGAGEMENT_READERS = frozenset({"national_admin", "engagement", "cosoc_secretary"})
MATRIX += [
    UrlSpec("stats:indicators", allowed=INDICATOR_READERS | ENGAGEMENT_READERS),
    UrlSpec(
        "stats:indicator",
        allowed=ENGAGEMENT_READERS,
        kwargs=lambda: {"key": "council.registry"},
    ),
    UrlSpec(
        "stats:indicator",
        allowed=INDICATOR_READERS,
        kwargs=lambda: {"key": "workshops.registrations"},
    ),
    UrlSpec(
        "stats:indicator-csv",
        allowed=INDICATOR_READERS,
        kwargs=lambda: {"key": "contact.first_contact"},
    ),
]
