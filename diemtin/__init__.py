"""Điểm tin THADS command line and settings."""
