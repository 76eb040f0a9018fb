"""The service's settings, read once into a frozen dataclass (from the CLI, or GOVKG_* variables)."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass

from errors import ConfigError

__all__ = ["DEFAULT_BASE", "Settings"]

DEFAULT_BASE = "https://w3id.org/govkg/id/"


def _float(env: Mapping[str, str], name: str, default: float) -> float:
    try:
        return float(env.get(name, default))
    except ValueError:
        raise ConfigError(f"{name} must be a number, not {env[name]!r}") from None


@dataclass(frozen=True)
class Settings:
    """How the service runs. Nothing reads the environment after this is built.

    >>> Settings(store=":memory:").query_timeout
    10.0
    """

    store: str | None = None  # folder, ":memory:" or http(s) URL; None = GOVKG_STORE or ./govkg-data
    base: str = DEFAULT_BASE  # entity IRIs under it are dereferenced by this server
    admin_token: str | None = None  # enables SPARQL Update and POST /api/documents
    query_timeout: float = 10.0  # seconds; the query is stopped after it (503)
    query_memory_mb: int = 1024  # each query worker's ceiling above its open store; past it, 503
    max_rows: int = 10_000  # rows (or triples) per SPARQL answer; more are cut and flagged
    max_body_bytes: int = 1_000_000  # request bodies (413 beyond), except document uploads
    max_upload_bytes: int = 50_000_000  # POST /api/documents
    cors_origins: tuple[str, ...] = ("*",)  # () turns CORS off; never with credentials
    allow_service: bool = False  # SERVICE (federated queries) refused with 403 unless True
    allow_load: bool = False  # SPARQL Update LOAD <url> (admin only) refused with 403 unless True
    query_workers: int = 2  # warm processes that run /sparql queries under the time limit
    max_connections: int = 1000  # open HTTP connections; more are closed at once (file descriptors)
    head_timeout: float = 10.0  # seconds a connection may take to send a request's head (idle, slow)
    build_sample: bool = False  # `serve` builds the bundled sample corpus into an empty store
    update_url: str | None = None  # remote stores with their own layout
    gsp_url: str | None = None
    title: str = "govkg"

    def __post_init__(self) -> None:
        if not self.base.startswith(("http://", "https://")) or not self.base.endswith(("/", "#")):
            raise ConfigError(f"base IRI must be an http(s) IRI ending in / or #, not {self.base!r}")
        if min(self.query_timeout, self.max_rows, self.query_workers, self.query_memory_mb) <= 0:
            raise ConfigError("query_timeout, query_memory_mb, max_rows and query_workers must be positive")
        if self.max_connections <= 0 or self.head_timeout <= 0:
            raise ConfigError("max_connections and head_timeout must be positive")

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None, **overrides: object) -> Settings:
        """Settings from GOVKG_* variables (GOVKG_STORE, GOVKG_BASE, GOVKG_ADMIN_TOKEN, GOVKG_QUERY_TIMEOUT,
        GOVKG_QUERY_MEMORY_MB, GOVKG_MAX_ROWS, GOVKG_CORS_ORIGINS comma-separated, GOVKG_ALLOW_SERVICE=1,
        GOVKG_ALLOW_LOAD=1, GOVKG_MAX_CONNECTIONS), then `overrides`.

        Raises ConfigError for a malformed value.
        """
        env = os.environ if env is None else env
        values: dict[str, object] = {
            "store": env.get("GOVKG_STORE"),
            "base": env.get("GOVKG_BASE", DEFAULT_BASE),
            "admin_token": env.get("GOVKG_ADMIN_TOKEN") or None,
            "query_timeout": _float(env, "GOVKG_QUERY_TIMEOUT", 10.0),
            "max_rows": int(_float(env, "GOVKG_MAX_ROWS", 10_000)),
            "query_memory_mb": int(_float(env, "GOVKG_QUERY_MEMORY_MB", 1024)),
            "allow_service": env.get("GOVKG_ALLOW_SERVICE", "") in ("1", "true", "yes"),
            "allow_load": env.get("GOVKG_ALLOW_LOAD", "") in ("1", "true", "yes"),
            "max_connections": int(_float(env, "GOVKG_MAX_CONNECTIONS", 1000)),
        }
        if "GOVKG_CORS_ORIGINS" in env:
            values["cors_origins"] = tuple(o.strip() for o in env["GOVKG_CORS_ORIGINS"].split(",") if o.strip())
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)  # type: ignore[arg-type]
