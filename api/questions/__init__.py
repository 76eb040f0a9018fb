"""Questions in English or Chinese, answered from the graph with the SPARQL that answers them.

`patterns` holds each question form's sentences, `forms` fits a question to one, matching its words
(`lexicon`) against what the graph names (`vocabulary`); `queries` holds the SPARQL of each form and
`answering` puts it together. `routes` serves GET /api/ask; `text` prints a reply for `govkg ask`.
"""

from __future__ import annotations

from .answering import MAX_QUESTION, answer, help_forms
from .routes import ask_reply, router

__all__ = ["MAX_QUESTION", "answer", "ask_reply", "help_forms", "router"]
