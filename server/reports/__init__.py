"""Reports: segment analysis over stays, and the export of any report as CSV or XLSX."""
