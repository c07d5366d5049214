"""The package version (read by the cache keys)."""
__version__ = "0.1.0"
