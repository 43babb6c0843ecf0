"""korzina.bot."""
