"""The benchmark's yardstick: the least a Streamlit page with a plotly chart and one choice can do.

Served by bench/dashboard_bench.py next to the dashboard; same chart library, same Streamlit, no data loading.
"""

import plotly.graph_objects as go
import streamlit as st

SERIES = {name: [(2010 + i, (i + 1) * (k + 1)) for i in range(12)] for k, name in enumerate(("alpha", "beta", "gamma"))}

choice = st.selectbox("Series", list(SERIES))
points = SERIES[choice]
fig = go.Figure(go.Scatter(x=[x for x, _ in points], y=[y for _, y in points], mode="lines+markers", name=choice))
fig.update_layout(title=f"Series {choice}")
st.plotly_chart(fig, width="stretch")
