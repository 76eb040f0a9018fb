"""The service around the graph: the FastAPI app (`api.app.create_app`) and the `govkg` command line.

Kept import-light: `govkg --help` must not pay for FastAPI.
"""
