"""Modules of resources/data/build_gpkg.py (the built-in dataset build)."""
