"""The magnit store plugin."""
