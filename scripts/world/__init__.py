"""Build-time helpers of `scripts/build_world.py` (never imported by the package)."""
