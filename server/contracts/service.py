"""Contracts: create, activate, renew, terminate, expire (business rules)."""
