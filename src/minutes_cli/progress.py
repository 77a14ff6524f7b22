"""A progress bar on the terminal for long conversions."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

T = TypeVar("T")


def with_progress(work: Callable[[Callable[[int], None]], T]) -> T:
    """Run `work`, giving it a function that advances the bar by a number of inputs."""
    columns = (
        TextColumn("converting"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[rate]}"),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=Console(stderr=True), transient=True) as progress:
        task = progress.add_task("convert", total=None, rate="")

        def tick(n: int) -> None:
            progress.advance(task, n)
            current = progress.tasks[0]
            if current.elapsed:
                progress.update(task, rate=f"{current.completed / current.elapsed:.0f} files/s")

        return work(tick)
