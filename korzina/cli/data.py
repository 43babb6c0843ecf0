"""Data commands: `korzina import`, `korzina sql`."""
