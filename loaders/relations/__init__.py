"""Stage 6, relations: who does what (implements / uses), collaboratesWith, recognizedBy.

`stage` runs the stage; `doers` says who acts at a place in the text: the doer a sentence names,
else the report's subject.
"""

from __future__ import annotations

from loaders.relations.stage import REQUIRES, SETS, actor_of, run

__all__ = ["REQUIRES", "SETS", "actor_of", "run"]
