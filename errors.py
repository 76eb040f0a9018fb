"""One error hierarchy for govkg, mapped once to HTTP statuses and once to exit codes.

    GovkgError                                          500, exit 1
      ConfigError (MissingDependency, bad settings)     500, exit 2
      InputError                                        400, exit 2
        UnsupportedFormat, UnreadableDocument, QuerySyntaxError
        NotAcceptable (406), UnsupportedMediaType (415), Forbidden (403), PayloadTooLarge (413)
      NotFound (EntityNotFound)                         404, exit 2
      StoreError (StoreUnavailable)                     503, exit 3
        QueryTimeout                                    503, exit 3
        QueryTooLarge                                   503, exit 3

`api/errors.py` turns any of them into a response; `api/cli.py` prints one line and exits with
`exit_code`. Nothing else catches bare `Exception`.
"""

from __future__ import annotations

__all__ = [
    "ConfigError",
    "EntityNotFound",
    "Forbidden",
    "GovkgError",
    "InputError",
    "MissingDependency",
    "NotAcceptable",
    "NotFound",
    "PayloadTooLarge",
    "QuerySyntaxError",
    "QueryTimeout",
    "QueryTooLarge",
    "StoreError",
    "StoreUnavailable",
    "UnreadableDocument",
    "UnsupportedFormat",
    "UnsupportedMediaType",
]


class GovkgError(Exception):
    """Base of every error govkg raises on purpose."""

    status = 500
    exit_code = 1


class ConfigError(GovkgError):
    """A setting is wrong or a needed component is missing."""

    exit_code = 2


class MissingDependency(ConfigError):
    """An optional library is not installed; the message names the pip extra."""


class InputError(GovkgError):
    """The caller gave something govkg cannot take."""

    status = 400
    exit_code = 2


class UnsupportedFormat(InputError):
    """A file's type or a requested output format is not one govkg knows."""


class UnreadableDocument(InputError):
    """A document is empty, binary, encrypted, image-only, corrupt or too large."""


class QuerySyntaxError(InputError):
    """A SPARQL query or update does not parse; the message is the parser's."""


class NotAcceptable(InputError):
    """No representation matches the request's Accept header."""

    status = 406


class UnsupportedMediaType(InputError):
    """A request body comes in a media type the endpoint does not take."""

    status = 415


class Forbidden(InputError):
    """The request needs the admin token (SPARQL Update) or uses a disabled feature (SERVICE)."""

    status = 403


class PayloadTooLarge(InputError):
    """A request body is over the configured size limit."""

    status = 413


class NotFound(GovkgError):
    """A thing asked for by name or IRI does not exist."""

    status = 404
    exit_code = 2


class EntityNotFound(NotFound):
    """No entity, document or graph has that IRI or name."""


class StoreError(GovkgError):
    """The triple store failed."""

    status = 503
    exit_code = 3


class StoreUnavailable(StoreError):
    """The store cannot be opened or reached (locked folder, server down)."""


class QueryTimeout(StoreError):
    """A query ran past its time limit and was stopped."""


class QueryTooLarge(StoreError):
    """A query (or an admin update) went past the memory ceiling of its worker and was stopped."""
