"""The team workspace in the window: File ▸ Connect to Workspace…, and others' changes
brought in while a workspace project is open."""
