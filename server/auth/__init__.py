"""Users, roles, passwords, tokens, the audit log and idempotency records."""
