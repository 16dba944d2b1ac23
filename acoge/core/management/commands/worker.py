import logging
import threading
import time

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import close_old_connections

from acoge.core import scheduler

logger = logging.getLogger("acoge.scheduler")


class Command(BaseCommand):
    help = "Run the task worker, and enqueue periodic tasks (retention, digests) when they are due."

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--tick", type=float, default=60.0, help="Seconds between schedule checks."
        )

    def handle(self, *args, **options) -> None:
        def keep_ticking() -> None:
            while True:
                close_old_connections()
                try:
                    names = scheduler.tick()
                    if names:
                        self.stdout.write(f"Enqueued: {', '.join(names)}")
                except Exception:  # a passing database error must not stop the schedule
                    logger.exception("Scheduler tick failed; trying again next tick.")
                finally:
                    close_old_connections()
                time.sleep(options["tick"])

        threading.Thread(target=keep_ticking, name="acoge-scheduler", daemon=True).start()
        call_command("db_worker", reload=False)
