"""The product layer: strategy and lifecycle, objectives and key results, stage gates,
the prioritised feature backlog and user research, as plain values and rules (no Qt, no
SQLAlchemy), like the rest of :mod:`pmdesk.core`."""
