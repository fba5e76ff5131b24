"""Page scripts run by ``st.navigation``; each also exposes ``render()`` for reuse."""
