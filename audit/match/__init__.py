"""Matching machinery the checks share: fuzzy token links, candidate blocking, name windows."""
