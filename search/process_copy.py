"""A value built from the database and kept in each process's memory until it is declared
stale: a version stored in the shared cache changes (``bump``), ``max_age`` seconds pass, or
the caller finds the copy wanting. The search vocabulary and the facet bitmaps are kept so.
"""

import threading
import time

from django.core.cache import cache
from django.db import transaction


class ProcessCopy:
    def __init__(self, key, build, max_age=300):
        self.key, self.build, self.max_age = key, build, max_age
        self.lock = threading.Lock()
        self.value, self.version, self.loaded = None, None, 0.0

    def bump(self):
        """Every process rebuilds before its next use: now, and again when the writing
        transaction commits, so a process that rebuilt in between sees the commit."""
        cache.set(self.key, time.time(), None)
        transaction.on_commit(lambda: cache.set(self.key, time.time(), None))

    def current_version(self):
        version = cache.get(self.key)
        if version is None:  # the cache was emptied: start a new version
            version = time.time()
            cache.set(self.key, version, None)
        return version

    def get(self, wanting=None):
        """The copy, rebuilt first when stale (``wanting(value)`` true counts as stale)."""
        version = self.current_version()
        stale = (
            self.value is None
            or self.version != version
            or time.monotonic() - self.loaded > self.max_age
            or (wanting is not None and wanting(self.value))
        )
        if stale:
            with self.lock:
                self.value = self.build()
                self.version, self.loaded = version, time.monotonic()
        return self.value
