"""``Report`` -> tables: budget measures and flags, quantities, the attainment engine, reviewed
statuses merged as data, and the :class:`~govplans.analyse.assessment.Assessment`. Imports only
:mod:`govplans.model`; writes no sentence and reads no file."""

from govplans.analyse.assessment import Assessment, assess
from govplans.analyse.measures import Thresholds

__all__ = ["Assessment", "Thresholds", "assess"]
