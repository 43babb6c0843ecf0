"""The perekrestok store plugin."""
