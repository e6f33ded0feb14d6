"""Stays and other revenue (消费记录) that customer performance is computed from."""
