"""Contacts and the care calendar (business rules)."""
