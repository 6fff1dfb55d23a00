"""stack tier (see tests/conftest.py)."""
