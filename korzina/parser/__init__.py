"""korzina.parser."""
