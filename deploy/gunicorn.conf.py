"""Gunicorn settings for Acoge behind nginx: `gunicorn -c deploy/gunicorn.conf.py config.wsgi`.

The access log leaves out client addresses and query strings (a query string can carry a
person's phone number or e-mail address) and the tokens of private links. See
docs/operations.md.
"""

import os

# nginx (deploy/nginx.conf) proxies to this address; nothing else should reach it.
bind = "127.0.0.1:8000"


def _default_workers() -> int:
    """2 × CPUs + 1, counting only the CPUs this process may use, and at most 8."""
    try:
        cpus = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cpus = os.cpu_count() or 1
    return min(2 * cpus + 1, 8)


workers = int(os.environ.get("WEB_CONCURRENCY") or _default_workers())
timeout = 30
graceful_timeout = 30

# Only nginx on this machine may say a request came over HTTPS (X-Forwarded-Proto).
forwarded_allow_ips = "127.0.0.1"

# Time, method, path without query string, status, bytes sent, duration in milliseconds.
# Private links in the path (a registration's or a request's token) are logged as [private].
logger_class = "acoge.core.logs.AccessLogger"
accesslog = "-"
access_log_format = '%(t)s "%(m)s %(U)s" %(s)s %(B)s %(M)sms'
errorlog = "-"

# No runtime control socket (gunicornc): it would be created in $HOME, which the systemd unit
# keeps read-only, and nothing here uses it. Reload with `systemctl reload acoge-web` (HUP).
control_socket_disable = True
