"""Background tasks of the core app."""

from django.tasks import task

from .retention import run_retention


@task
def run_retention_task() -> dict[str, int]:
    """Daily: apply every registered retention rule."""
    return run_retention()


@task
def reindex_search_task() -> int:
    """Nightly: rebuild the site search from every source (repairs a rebuild that failed)."""
    from .search import reindex_all

    return reindex_all()
