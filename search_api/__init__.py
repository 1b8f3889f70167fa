"""search_api package: the FastAPI search API and server-rendered web UI."""

__version__ = "0.1.0"
