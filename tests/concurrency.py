"""Running the same thing in many threads at once, each with its own database connection."""

import threading
from collections.abc import Callable

from django.db import connections


def at_once[T](attempt: Callable[[int], T], count: int) -> tuple[list[T], list[BaseException]]:
    """Call attempt(0) … attempt(count - 1), each in its own thread, released together by a
    barrier. Returns what they returned (in the order they finished) and what they raised."""
    barrier = threading.Barrier(count)
    lock = threading.Lock()
    results: list[T] = []
    errors: list[BaseException] = []

    def run(n: int) -> None:
        try:
            barrier.wait()
            result = attempt(n)
            with lock:
                results.append(result)
        except BaseException as error:
            with lock:
                errors.append(error)
        finally:
            connections.close_all()  # each thread opened its own

    threads = [threading.Thread(target=run, args=(n,)) for n in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results, errors
