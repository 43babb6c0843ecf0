"""Answers kept by id for the bot's buttons: saved in group commits, pruned by the hour,
each with the chat it belongs to.

A new answer is saved off the event loop in one DuckDB transaction with the answers
finished meanwhile (each commit costs milliseconds, so a burst of lists shares a few),
with its hour bucket; an hour's bucket lists its answers, so pruning reads only the
buckets that have just expired. An answer saved with an ``owner`` (the bot's chat id)
is loaded only for that owner: an id in a button is no key to another chat's basket.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from korzina.core.baskets.models import Answer
from korzina.core.baskets.saved import dump_answer, load_answer, saved_at
from korzina.core.errors import StorageError
from korzina.core.storage.base import Storage

ANSWERS_NAMESPACE = "basket_answers"
# Hour («2026-09-28T12») → ids of the answers first saved in it.
ANSWER_LOG_NAMESPACE = "basket_answer_log"
_PRUNED_KEY = "pruned_before"  # the first hour bucket not yet pruned
_OWNER = "owner"  # key of a saved answer's owner (a chat id) in its kv document

log = logging.getLogger(__name__)


def _hour(moment: datetime) -> str:
    """An hour bucket key; ISO text, so buckets sort as they follow each other."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H")


def _owned(doc: dict[str, Any], owner: int | None) -> dict[str, Any]:
    return doc if owner is None else {**doc, _OWNER: owner}


class KeptAnswers:
    """Saved answers in the kv store (see the module doc)."""

    def __init__(
        self, storage: Storage, *, clock: Callable[[], datetime], keep_days: float = 7.0
    ) -> None:
        self.storage = storage
        self.clock = clock
        self.keep = timedelta(days=keep_days)
        self._pruned_before: str | None = None  # cached ``_PRUNED_KEY``
        # New answers waiting for the group commit.
        self._pending: list[tuple[Answer, int | None, asyncio.Future[None]]] = []
        self._flusher: asyncio.Task[None] | None = None
        self.commits = 0  # group commits of new answers
        self.committed = 0  # answers saved by them

    async def add(self, answer: Answer, owner: int | None = None) -> None:
        """Save a new answer in a group commit with the answers finished meanwhile.
        Returns once it is saved, so its buttons work at once. A failed write only costs
        its buttons (a stale button answers politely): logged, not raised."""
        done: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._pending.append((answer, owner, done))
        if self._flusher is None or self._flusher.done():
            self._flusher = asyncio.create_task(self._flush())
        try:
            await done
        except StorageError as exc:
            log.warning("answer %s not saved: %s", answer.id, exc)

    async def _flush(self) -> None:
        while self._pending:
            batch, self._pending = self._pending, []
            try:
                await asyncio.to_thread(self._save_new, [(a, o) for a, o, _ in batch])
            except Exception as exc:
                for *_, done in batch:
                    done.set_exception(exc)
            else:
                self.commits += 1
                self.committed += len(batch)
                for *_, done in batch:
                    done.set_result(None)

    def _save_new(self, answers: Sequence[tuple[Answer, int | None]]) -> None:
        """Answers (with their owners), their hour bucket and any pruning, in one
        transaction: one commit instead of one per write."""
        now = self.clock()
        kv = self.storage.kv
        with self.storage.transaction():
            hour = _hour(now)
            ids = kv.get(ANSWER_LOG_NAMESPACE, hour) or []
            # One statement for the answers and their bucket (``put_many``).
            kv.put_many(
                [
                    *(
                        (ANSWERS_NAMESPACE, answer.id, _owned(dump_answer(answer, now), owner))
                        for answer, owner in answers
                    ),
                    (ANSWER_LOG_NAMESPACE, hour, [*ids, *(a.id for a, _ in answers)]),
                ]
            )
            self._prune(now)

    def _prune(self, now: datetime) -> None:
        """Delete answers saved more than ``keep`` ago: the expired hour buckets only, so
        at most once an hour there is work, and it is the expired answers'."""
        kv = self.storage.kv
        cutoff = _hour(now - self.keep)
        if self._pruned_before is None:
            self._pruned_before = kv.get(ANSWER_LOG_NAMESPACE, _PRUNED_KEY) or cutoff
        if self._pruned_before >= cutoff:
            return
        hour = datetime.fromisoformat(self._pruned_before).replace(tzinfo=UTC)
        while (bucket := _hour(hour)) < cutoff:
            for answer_id in kv.get(ANSWER_LOG_NAMESPACE, bucket) or ():
                kv.delete(ANSWERS_NAMESPACE, answer_id)
            kv.delete(ANSWER_LOG_NAMESPACE, bucket)
            hour += timedelta(hours=1)
        kv.put(ANSWER_LOG_NAMESPACE, _PRUNED_KEY, cutoff)
        self._pruned_before = cutoff

    def _loaded(self, raw: dict[str, Any] | None, owner: int | None) -> Answer | None:
        if raw is None or (owner is not None and raw.get(_OWNER) != owner):
            return None
        when = saved_at(raw)
        if when is not None and when < self.clock() - self.keep:
            return None  # not pruned yet, but as gone as if it were
        return load_answer(raw)

    def load(self, answer_id: str, *, owner: int | None = None) -> Answer | None:
        """A saved answer, or None when the id is unknown, the answer has expired, or
        (given an ``owner``) it was saved for someone else."""
        return self._loaded(self.storage.kv.get(ANSWERS_NAMESPACE, answer_id), owner)

    def update(
        self, answer_id: str, change: Callable[[Answer], Answer], *, owner: int | None = None
    ) -> Answer | None:
        """Load an answer, change it, save it again under its id (its hour bucket and its
        owner stay); None when ``load`` would give None."""
        raw = self.storage.kv.get(ANSWERS_NAMESPACE, answer_id)
        answer = self._loaded(raw, owner)
        if raw is None or answer is None:
            return None
        updated = change(answer)
        doc = _owned(dump_answer(updated, self.clock()), raw.get(_OWNER))
        self.storage.kv.put(ANSWERS_NAMESPACE, updated.id, doc)
        return updated
