"""Hypothesis settings for the property tests: no example database on disk, no per-example deadline."""

from __future__ import annotations

from hypothesis import settings

settings.register_profile("lantoa-properties", database=None, deadline=None, print_blob=True)
settings.load_profile("lantoa-properties")
