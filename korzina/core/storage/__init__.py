"""korzina.core.storage."""
