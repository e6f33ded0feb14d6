"""Membership cards, the points and stored-value ledger, tiers (business rules)."""
