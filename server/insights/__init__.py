"""Customer value and staff performance for managers: rankings, RFM, churn warning, staff KPIs."""
