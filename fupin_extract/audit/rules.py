"""The audit's rule book moved to :mod:`fupin_extract.rules.relations` (typed records); these names stay
importable from here for one release."""
from fupin_extract.rules.relations import Placeholder, RelationRules, cues, load_relation_rules, relation_rules

__all__ = ["Placeholder", "RelationRules", "cues", "load_relation_rules", "relation_rules"]
