"""The Product view: strategy and gates, the ranked backlog with its value-versus-effort
chart, and user research."""

from .view import ProductView

__all__ = ["ProductView"]
