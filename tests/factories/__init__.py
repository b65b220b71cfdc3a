"""All test factories live in this package, one module per app."""
