"""The pages of the project workspace, one per navigator entry."""
