"""The Streamlit dashboard over the extracted CSVs: pure functions here, page scripts in ``app/pages``."""
