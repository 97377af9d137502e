"""The Roadmap view."""

from pmdesk.ui.roadmap.view import RoadmapView

__all__ = ["RoadmapView"]
