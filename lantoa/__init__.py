"""Lan Tỏa shared kernel: schema, settings, text normalisation, store, CLI."""
