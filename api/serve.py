"""Run the service under uvicorn: `serve(settings, host, port)`, behind `govkg serve`."""

from __future__ import annotations

import dataclasses

from .settings import Settings

__all__ = ["serve"]


def serve(settings: Settings, host: str = "127.0.0.1", port: int = 8000, *, build_sample: bool = True) -> None:
    """Serve until interrupted; an empty store first gets the bundled sample corpus (unless told not to).

    Raises StoreUnavailable when the store cannot be opened (a folder locked by another govkg process).
    """
    import uvicorn

    from .app import create_app

    settings = dataclasses.replace(settings, build_sample=build_sample)
    uvicorn.run(create_app(settings), host=host, port=port, log_level="info", access_log=False)
