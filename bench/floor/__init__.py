"""The framework's floor: 50 rows of 10 fields from one indexed table with one select_related."""
