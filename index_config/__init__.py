"""index_config package."""
