"""The framework's floor: the smallest page with one widget, served with the same
settings as the dashboard (the benchmark runs it from the repository root, so it reads
the same .streamlit/config.toml)."""

import streamlit as st

choice = st.selectbox("Choice", ["a", "b", "c"], key="indicator")
st.write(f"Hello, {choice}")
