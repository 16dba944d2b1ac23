from django.core.management.base import BaseCommand

from acoge.core.search import reindex_all


class Command(BaseCommand):
    help = "Rebuild the site search from every registered source (also done each night)."

    def handle(self, *args, **options) -> None:
        self.stdout.write(f"Site search: {reindex_all()} entries indexed.")
