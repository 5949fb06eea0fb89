"""A 360-row contract through the service path must render in ≤ 300 ms (median).

Run: python -m pytest -m benchmark tests/benchmarks/test_bench_contract_service.py -s

Two paths, each timed as the GUI runs them (one write transaction on the encrypted database):
* ``generate_contract``: number, build the ContractData (full 360-row schedule, 年化利率 from the
  cash flows), render, fingerprint + hash, store the PDF in attachments.db, audit, commit;
  the previous contract is voided between runs (outside the timing), as a clerk would.
* ``issue_print`` of a reprint: rebuild the data from the stored snapshot and render it marked 副本.
Median over 7 runs after a warm-up; wall-clock and process CPU both printed. The 300 ms budget is
for rendering the contract through the service (the 副本 path, and the render step inside
``generate_contract``); the whole generate transaction (numbering, queries, storing the PDF in the
encrypted attachment store, audit) is printed and held to twice that as a regression guard.
Budgets are asserted on CPU always and on wall-clock when the machine is not oversubscribed.
"""

from __future__ import annotations

import os
import statistics
import time
from collections.abc import Callable

import pytest

from loandesk.domain.schedule import add_months
from loandesk.services import approval, contracts
from loandesk.store.attachments import BlobStore
from tests.services.loans_support import approved_case

pytestmark = pytest.mark.benchmark

BUDGET_S = 0.300
RUNS = 7


def _oversubscribed() -> bool:
    try:
        return os.getloadavg()[0] > (os.cpu_count() or 1)
    except (AttributeError, OSError):
        return False


def _timed(fn: Callable[[], object], before: Callable[[], object] | None = None) -> tuple[float, float]:
    wall: list[float] = []
    cpu: list[float] = []
    for i in range(RUNS + 1):
        if before is not None:
            before()
        w0, c0 = time.perf_counter(), time.process_time()
        fn()
        if i:  # the first run is the warm-up
            wall.append(time.perf_counter() - w0)
            cpu.append(time.process_time() - c0)
    return statistics.median(wall), statistics.median(cpu)


def test_bench_contract_service_360_rows(db, actors):
    app_id = approved_case(db, actors, product="ZF-30", amount="500000", term=360)
    blobs = BlobStore.of(db)
    start = add_months(approval.today_china(), 1)
    state: dict[str, str] = {}

    def void_previous() -> None:
        if "id" in state:
            with db.write() as s:
                contracts.void_contract(s, actors["approver"], state.pop("id"), "基准测试：重新生成")

    def generate() -> None:
        with db.write() as s:
            view = contracts.generate_contract(s, actors["approver"], app_id, blobs=blobs, start_date=start)
        assert view.periods == 360
        state["id"] = view.id

    render_cpu: list[float] = []
    real_render = contracts._render

    def timed_render(*a, **k):  # the render step inside the service, measured in place
        c0 = time.process_time()
        try:
            return real_render(*a, **k)
        finally:
            render_cpu.append(time.process_time() - c0)

    contracts._render = timed_render
    try:
        gen_wall, gen_cpu = _timed(generate, void_previous)
    finally:
        contracts._render = real_render
    step_cpu = statistics.median(render_cpu[1:])

    with db.write() as s:
        contracts.issue_print(s, actors["clerk"], state["id"], blobs=blobs)  # the original

    def reprint() -> None:
        with db.write() as s:
            job = contracts.issue_print(s, actors["clerk"], state["id"], blobs=blobs)
        assert job.copy

    copy_wall, copy_cpu = _timed(reprint)
    busy = _oversubscribed()
    print(
        f"\n[bench] contract service, 360 rows: generate_contract median wall {gen_wall * 1000:.0f} ms / "
        f"CPU {gen_cpu * 1000:.0f} ms (render step CPU {step_cpu * 1000:.0f} ms); "
        f"reprint (副本) median wall {copy_wall * 1000:.0f} ms / "
        f"CPU {copy_cpu * 1000:.0f} ms; {RUNS} runs each"
        + ("; machine oversubscribed, wall-clock not asserted" if busy else "")
    )
    assert step_cpu <= BUDGET_S and copy_cpu <= BUDGET_S and gen_cpu <= 2 * BUDGET_S
    if not busy:
        assert copy_wall <= BUDGET_S and gen_wall <= 2 * BUDGET_S
