"""Feedback: record, follow up, analyse (business rules)."""
