"""korzina.core."""
