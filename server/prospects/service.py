"""Prospects, their follow-ups, follow-up tasks and revisit rules, dormant customers (business rules)."""
