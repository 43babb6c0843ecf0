"""The pyaterochka store plugin."""
