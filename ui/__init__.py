"""Streamlit-side helpers shared by every page: language, URL state, data access and the
few components every page draws (source lines, notices). Plain logic lives in `atlas/`."""
