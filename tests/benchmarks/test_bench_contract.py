"""Contract rendering speed: a 30-year (360-row) contract must render in ≤ 300 ms.

Run: python -m pytest -m benchmark tests/benchmarks/test_bench_contract.py -s

Median over 7 runs after a warm-up (font registration and template loading are cached, as in the
application).  Both wall-clock and process CPU time are printed; the budget is asserted on CPU
time always, and on wall-clock time when the machine is not oversubscribed (on a shared box other
processes' load would otherwise decide the result).
"""

from __future__ import annotations

import os
import statistics
import time
from decimal import Decimal

import pytest

from loandesk.documents.contract import render_contract
from loandesk.documents.samples import sample_contract_data
from loandesk.documents.schedule_sheet import render_schedule_sheet

pytestmark = pytest.mark.benchmark

BUDGET_S = 0.300
RUNS = 7


def _measure(fn) -> tuple[float, float]:
    fn()  # warm-up
    wall: list[float] = []
    cpu: list[float] = []
    for _ in range(RUNS):
        w0, c0 = time.perf_counter(), time.process_time()
        fn()
        wall.append(time.perf_counter() - w0)
        cpu.append(time.process_time() - c0)
    return statistics.median(wall), statistics.median(cpu)


def _oversubscribed() -> bool:
    try:
        return os.getloadavg()[0] > (os.cpu_count() or 1)
    except (AttributeError, OSError):  # no load average on Windows
        return False


def test_bench_contract_360_rows():
    data = sample_contract_data(months=360, amount=Decimal("500000.00"), annual_rate=Decimal("0.039"))
    pdf = render_contract(data)
    wall, cpu = _measure(lambda: render_contract(data))
    busy = _oversubscribed()
    print(
        f"\n[bench] contract 360 rows: median wall {wall * 1000:.0f} ms, median CPU {cpu * 1000:.0f} ms "
        f"over {RUNS} runs; {len(pdf) / 1024:.0f} KiB"
        + ("; machine oversubscribed, wall-clock not asserted" if busy else "")
    )
    assert cpu <= BUDGET_S
    if not busy:
        assert wall <= BUDGET_S


def test_bench_contract_12_rows_and_schedule_sheet():
    short = sample_contract_data()
    long = sample_contract_data(months=360, amount=Decimal("500000.00"), annual_rate=Decimal("0.039"))
    wall_c, cpu_c = _measure(lambda: render_contract(short))
    wall_s, cpu_s = _measure(lambda: render_schedule_sheet(long))
    print(
        f"\n[bench] contract 12 rows: median wall {wall_c * 1000:.0f} ms, CPU {cpu_c * 1000:.0f} ms; "
        f"schedule sheet 360 rows: median wall {wall_s * 1000:.0f} ms, CPU {cpu_s * 1000:.0f} ms"
    )
    assert cpu_c <= BUDGET_S and cpu_s <= BUDGET_S
