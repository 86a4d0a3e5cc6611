"""Checks that arrive while the engine is busy wait and then run together as one batch.
One client never waits for a batch to fill: a lone request runs at once."""
from __future__ import annotations

import asyncio

from starlette.concurrency import run_in_threadpool

MAX_BATCH = 16


class Batcher:
    def __init__(self, checker, max_batch: int = MAX_BATCH):
        self.checker = checker
        self.max_batch = max_batch
        self._waiting: list[tuple[tuple, asyncio.Future]] = []
        self._running = False

    async def check(self, text: str, kind: str | None, source: str | None, names: tuple = ()) -> list:
        """The draft's reports; `names` (service.given_names pairs) as the page's name boxes give them."""
        future = asyncio.get_running_loop().create_future()
        self._waiting.append(((text, kind, source, tuple(names)) if names else (text, kind, source), future))
        if not self._running:
            self._running = True
            asyncio.get_running_loop().create_task(self._drain())
        return await future

    async def _drain(self) -> None:
        try:
            while self._waiting:
                batch, self._waiting = self._waiting[:self.max_batch], self._waiting[self.max_batch:]
                try:
                    results = await run_in_threadpool(self.checker.check_batch, [item for item, _ in batch])
                except Exception:  # noqa: BLE001 (one bad draft must not fail the others: check each alone)
                    for item, future in batch:
                        await self._one(item, future)
                    continue
                for (_, future), reports in zip(batch, results):
                    if not future.done():
                        future.set_result(reports)
        finally:
            self._running = False

    async def _one(self, item: tuple, future: asyncio.Future) -> None:
        try:
            reports = await run_in_threadpool(self.checker.check, *item)
        except Exception as error:  # noqa: BLE001 (handed to the request that sent this draft)
            if not future.done():
                future.set_exception(error)
        else:
            if not future.done():
                future.set_result(reports)
