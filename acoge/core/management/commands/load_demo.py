from django.core.management.base import BaseCommand
from django.db import transaction

from acoge.core import demo


class Command(BaseCommand):
    help = "Load demo data (idempotent: running it again changes nothing) and print demo logins."

    def handle(self, *args, **options) -> None:
        for loader in demo.loaders():
            with transaction.atomic():
                loader.load(self.stdout.write)
