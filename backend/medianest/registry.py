"""Imports every domain's actors and job kinds so any process knows all of them."""

from __future__ import annotations

import medianest.downloads.actors
import medianest.downloads.collections
import medianest.downloads.worker
import medianest.housekeeping.service
import medianest.jobs.actors
import medianest.library.service
import medianest.monitoring.actors
import medianest.notifications.delivery
import medianest.requests.actors
import medianest.requests.requesting  # noqa: F401
