"""Launch KPIs: the status rule with worked numbers, CSV values in (good and bad), the
launch review, and the kinds' rules refusing an unmeasurable KPI."""

from __future__ import annotations

from datetime import date

import pytest

from plan_builders import make_plan
from pmdesk.core.patch import Patch, apply_patch
from pmdesk.core.product.kpi import (
    KpiError,
    KpiStatus,
    expected_value,
    import_values,
    kpi_by_name,
    kpi_summaries,
    launch_review,
    parse_values_csv,
    status_of,
)
from pmdesk.core.product.model import Direction, Feature, FeatureStatus, Kpi, KpiValue
from pmdesk.core.product.rules import check_kpi_values, check_kpis

# Conversion from 2 % on 1 Jan to 6 % on 11 Apr 2027 (100 days), tolerance 10 %:
# the band is 10 % of 4 points = 0.4 points.
CONVERSION = Kpi("c", "Conversion", date(2027, 1, 1), date(2027, 4, 11), "%", 2.0, 6.0,
                 Direction.HIGHER, 10.0)
# Churn from 8 % down to 5 % over the same 100 days: band 0.3 points.
CHURN = Kpi("h", "Churn", date(2027, 1, 1), date(2027, 4, 11), "%", 8.0, 5.0,
            Direction.LOWER, 10.0)
HALFWAY = date(2027, 2, 20)  # day 50 of 100


def test_the_line_runs_from_baseline_to_target_and_stays_at_the_target() -> None:
    assert expected_value(CONVERSION, HALFWAY) == pytest.approx(4.0)
    assert expected_value(CHURN, HALFWAY) == pytest.approx(6.5)
    assert expected_value(CONVERSION, date(2026, 12, 1)) == 2.0
    assert expected_value(CONVERSION, date(2027, 9, 1)) == 6.0


@pytest.mark.parametrize(("kpi", "value", "status"), [
    (CONVERSION, 4.1, KpiStatus.ON_TRACK),  # ahead of the 4.0 the line asks for
    (CONVERSION, 4.0, KpiStatus.ON_TRACK),  # on the line
    (CONVERSION, 3.8, KpiStatus.AT_RISK),  # 0.2 behind, within the 0.4 band
    (CONVERSION, 3.6, KpiStatus.AT_RISK),  # 0.4 behind: the edge of the band
    (CONVERSION, 3.5, KpiStatus.OFF_TRACK),  # 0.5 behind
    (CHURN, 6.4, KpiStatus.ON_TRACK),  # lower is better: below the 6.5 line
    (CHURN, 6.7, KpiStatus.AT_RISK),  # 0.2 above, band 0.3
    (CHURN, 6.9, KpiStatus.OFF_TRACK),  # 0.4 above
])
def test_status_rule_with_worked_numbers(kpi: Kpi, value: float, status: KpiStatus) -> None:
    assert status_of(kpi, HALFWAY, value) is status


def test_latest_value_decides_and_no_value_is_no_data() -> None:
    plan = make_plan([], kpis=[CONVERSION, CHURN], kpi_values=[
        KpiValue("v2", "c", HALFWAY, 3.5), KpiValue("v1", "c", date(2027, 1, 10), 2.5)])
    summary = {s.kpi.uid: s for s in kpi_summaries(plan)}
    assert summary["c"].latest is not None and summary["c"].latest.value == 3.5
    assert summary["c"].status is KpiStatus.OFF_TRACK
    assert summary["h"].status is KpiStatus.NO_DATA
    assert kpi_by_name(plan, " conversion ").uid == "c"
    with pytest.raises(KpiError, match="unknown KPI 'NPS'.*'Conversion', 'Churn'"):
        kpi_by_name(plan, "NPS")


def test_csv_import_reads_date_value_rows_and_replaces_a_day_already_measured() -> None:
    rows = parse_values_csv("Value,Date\n3.1,2027-02-01\n\n3.4,2027-02-08\n", "v.csv")
    assert rows == [(date(2027, 2, 1), 3.1), (date(2027, 2, 8), 3.4)]
    old = KpiValue("v1", "c", date(2027, 2, 1), 2.9)
    plan = make_plan([], kpis=[CONVERSION], kpi_values=[old])
    patch = import_values(plan, CONVERSION, rows)
    apply_patch(plan, patch)
    assert sorted((v.on, v.value) for v in plan.kpi_values) == rows
    assert any(v.uid == "v1" and v.value == 3.1 for v in plan.kpi_values)


@pytest.mark.parametrize(("text", "message"), [
    ("date,value\n2027-02-01,3.1\n2027-02-08,abc\n", r"v\.csv line 3: 'abc' is not a number"),
    ("date,value\n2027-02-01,nan\n", r"v\.csv line 2: 'nan' is outside"),
    ("date,value\n2027-02-01,1e400\n", r"v\.csv line 2: '1e400' is outside"),
    ("date,value\n01/02/2027,3\n", r"v\.csv line 2: '01/02/2027' is not a date; use YYYY-MM-DD"),
    ("date,value\n2400-01-01,3\n", r"v\.csv line 2: 2400-01-01 is outside 1900-01-01 to"),
    ("day,value\n2027-02-01,3\n", r"v\.csv line 1: no 'date' column"),
    ("date\n2027-02-01\n", r"v\.csv line 1: no 'value' column"),
    ("date,value\n2027-02-01\n", r"v\.csv line 2: 1 field\(s\)"),
    ("", r"v\.csv: the file is empty"),
    ("date,value\n", r"v\.csv: no values after the header"),
])
def test_a_bad_csv_names_the_line_and_nothing_is_read(text: str, message: str) -> None:
    with pytest.raises(KpiError, match=message):
        parse_values_csv(text, "v.csv")


@pytest.mark.parametrize(("change", "message"), [
    ({"target": 2.0}, "target 2 equals the baseline"),
    ({"target": 1.0}, "target 1 is below the baseline 2, but higher is better"),
    ({"target_date": date(2026, 12, 1)}, "target date 2026-12-01 is not after the start"),
    ({"name": " "}, "name is empty"),
    ({"tolerance": float("nan")}, "tolerance nan is not a number"),
])
def test_an_unmeasurable_kpi_is_refused(change: dict, message: str) -> None:
    import dataclasses

    plan = make_plan([], kpis=[CONVERSION])
    bad = dataclasses.replace(CONVERSION, **change)
    problem = check_kpis(plan, Patch(kpis=(bad,)))
    assert problem is not None and message in problem


def test_two_kpis_may_not_share_a_name_and_a_value_needs_its_kpi() -> None:
    plan = make_plan([], kpis=[CONVERSION])
    twin = Kpi("c2", "CONVERSION", date(2027, 1, 1), date(2027, 2, 1))
    assert "another KPI has that name" in (check_kpis(plan, Patch(kpis=(twin,))) or "")
    stray = KpiValue("v", "gone", date(2027, 1, 2), 1.0)
    assert "its KPI is not in this project" in (
        check_kpi_values(plan, Patch(kpi_values=(stray,))) or "")
    fine = KpiValue("v1", CONVERSION.uid, date(2027, 1, 2), 1.0)
    nan = KpiValue("v2", CONVERSION.uid, date(2027, 1, 3), float("nan"))
    assert check_kpi_values(plan, Patch(kpi_values=(fine,))) is None
    assert check_kpi_values(plan, Patch(kpi_values=(fine, nan))) == (
        f"KPI {CONVERSION.name!r} on 2027-01-03: value is not a number")


def test_launch_review_looks_at_30_60_and_90_days_after_launch() -> None:
    feature = Feature("f", "Annual plan", status=FeatureStatus.LAUNCHED)
    kpi = Kpi("k", "Annual share", date(2027, 1, 1), date(2027, 4, 11), "%", 2.0, 6.0,
              feature_uid="f")
    values = [KpiValue(f"v{n}", "k", date(2027, 1, 1 + 7 * n), 2.0 + 0.3 * n)
              for n in range(5)]  # 1 Jan to 29 Jan
    plan = make_plan([], features=[feature], kpis=[kpi], kpi_values=values)
    [(title, k, launch, points)] = launch_review(plan, {"f": date(2027, 1, 1)},
                                                 today=date(2027, 3, 5))
    assert (title, k.uid, launch) == ("Annual plan", "k", date(2027, 1, 1))
    day30, day60, day90 = points
    assert (day30.on, day30.measured_on, day30.value) == (
        date(2027, 1, 31), date(2027, 1, 29), pytest.approx(3.2))
    assert day30.expected == pytest.approx(2 + 4 * 30 / 100)
    assert day30.status is KpiStatus.ON_TRACK
    # 60 days: the 29 Jan value (3.2) against 4.4 expected: off track.
    assert day60.value == pytest.approx(3.2) and day60.status is KpiStatus.OFF_TRACK
    assert day90.value is None and day90.status is KpiStatus.NO_DATA  # still to come
