"""Built-in store plugins, registered through the `korzina` entry-point group like any other."""
