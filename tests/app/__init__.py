"""app tier (see tests/conftest.py)."""
