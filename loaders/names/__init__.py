"""Stage 3, finding names: organization and place mentions, their entities, report subjects, partOf.

`stage` runs the stage. Places come from `places` over the division index of `divisions` (with
`geo` for coordinates) and `localities`; party and government bodies, enterprises and institutions
from `bodies` (with `companies`, `institutions` and `listings`), joined with the places into one
list by `candidates`; generic references from `references`; short names a text defines (以下简称)
from `shortnames`; report subjects and the document's place from `subjects`; the doer of a clause
from `actors`. `registry` creates the entities and partOf edges, `english` their English names, and
`lexicon`, `words` and `found` are the word lists, word boundaries and found names they share.
"""

from __future__ import annotations

from loaders.names.stage import REQUIRES, RULES, SETS, actor_at, run, subject_of

__all__ = ["REQUIRES", "RULES", "SETS", "actor_at", "run", "subject_of"]
