"""Pure domain rules: no Qt, no I/O; Decimal with ROUND_HALF_UP throughout."""
