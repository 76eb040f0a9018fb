"""Stage 5, metrics: the quantities the reports give, in sentences and in tables.

`stage` runs the stage over sentences, `tables` reads the figures of table rows, and `numbers`
turns Chinese and Arabic numerals into exact decimals.
"""

from __future__ import annotations

from loaders.metrics.stage import REQUIRES, SETS, run

__all__ = ["REQUIRES", "SETS", "run"]
