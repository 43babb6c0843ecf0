"""The dixy store plugin."""
