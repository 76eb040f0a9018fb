"""Stage 4, activities: initiatives, mechanisms and policy documents, their categories and componentOf.

`stage` runs the stage: it settles overlapping candidates from `rules` (general shapes of names:
`terms` for the field's fixed terms, `head_nouns` for unquoted names ending in a head noun, `deeds`
for names read from the deed they carry out; `quotes` for quoted names, with `quote_edges`,
`quote_verbs` and `quote_headlines`; `enumerations` for practices listed under one head,
`introduced` for names a verb introduces and `candidate` for the span they yield) and from `events`
(campaigns, drives, battles, reforms and surveys named without quotes), merges the forms of one
practice into one entity and reads componentOf with `parts`. `lexicon` is the vocabulary that
activity names are read with.
"""

from __future__ import annotations

from loaders.activities.stage import ACTIVITY_CLASSES, REQUIRES, SETS, activity_key, categories_for, norm, run

__all__ = ["ACTIVITY_CLASSES", "REQUIRES", "SETS", "activity_key", "categories_for", "norm", "run"]
