"""Imports of stays (PMS booking exports, our own columns) and customer profiles from CSV/XLSX files."""
