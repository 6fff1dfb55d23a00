"""browser tier (see tests/conftest.py)."""
