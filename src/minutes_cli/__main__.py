"""python -m minutes_cli."""

from .cli import run

run()
