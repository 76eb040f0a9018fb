"""Stage 6, relations: who does what (implements / uses), collaboratesWith, recognizedBy, stated componentOf.

`stage` runs the stage; `doers` says who acts at a place in the text: the doer a sentence names,
else the report's subject (with `agents` for the doers a practice's own clause names, `speakers` for
officials who speak for their bodies, and `mentions`, each passage's mentions indexed once per
document); `figures` says who reports a figure; `cooperation` and `partners` read who works with whom;
`recognition` reads awards, designations and reports; `components` the parts a sentence states
(以A为抓手, 围绕A开展B, 核心是B).
"""

from __future__ import annotations

from loaders.relations.stage import REQUIRES, SETS, actor_of, run

__all__ = ["REQUIRES", "SETS", "actor_of", "run"]
