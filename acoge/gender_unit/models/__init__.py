from . import karin
from .delegates import Appointment, AppointmentQuerySet, Desk
from .plans import (
    Activity,
    Commitment,
    Evidence,
    Measure,
    MeasureStatus,
    MonitoringStatus,
    WorkPlan,
)
from .roundtable import Agreement, Attendance, Session

__all__ = [
    "Activity",
    "Agreement",
    "Appointment",
    "AppointmentQuerySet",
    "Attendance",
    "Commitment",
    "Desk",
    "Evidence",
    "Measure",
    "MeasureStatus",
    "MonitoringStatus",
    "Session",
    "WorkPlan",
    "karin",
]
