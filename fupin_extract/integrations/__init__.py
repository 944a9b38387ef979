"""Integrations with other libraries: spaCy (:mod:`.spacy`)."""
