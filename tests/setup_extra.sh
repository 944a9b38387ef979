#!/usr/bin/env bash
# Extra, non-Python test dependencies (kept idempotent and optional-safe).
exit 0
