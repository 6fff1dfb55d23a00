"""cluster tier (see tests/conftest.py)."""
