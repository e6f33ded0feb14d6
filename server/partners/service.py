"""Partner API keys: issue, verify, revoke, rate limit (business rules)."""
