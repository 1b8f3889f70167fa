"""Bundled compact data files (gazetteer)."""
