"""Climate targets tracker: ``streamlit run dashboard.py``.

Thin on purpose: page setup, re-extraction when the seeds changed, and navigation. Pages live in app/pages/,
logic in app/*.py. CLIMATE_DATA_DIR and CLIMATE_SEEDS_DIR choose the folders (default data/ and seeds/).
"""

import streamlit as st

from app import data

st.set_page_config(page_title="Climate targets tracker", page_icon=":material/flag:", layout="wide")
data.ensure_fresh()
page = st.navigation(
    [
        st.Page("app/pages/goals.py", title="Goals", icon=":material/flag:", url_path="goals", default=True),
        st.Page("app/pages/compare.py", title="Compare", icon=":material/public:", url_path="compare"),
        st.Page("app/pages/explorer.py", title="Explorer", icon=":material/show_chart:", url_path="explorer"),
        st.Page("app/pages/data_table.py", title="Data", icon=":material/table:", url_path="data"),
        st.Page("app/pages/sources.py", title="Sources", icon=":material/description:", url_path="sources"),
        st.Page("app/pages/upload.py", title="Upload", icon=":material/upload_file:", url_path="upload"),
    ],
    position="top",  # the pages' tables and charts get the full 1,400 px an analyst's screen has
)
page.run()
