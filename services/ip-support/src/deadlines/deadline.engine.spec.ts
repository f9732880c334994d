import { describe, expect, it } from 'vitest';
import { WorkingCalendar } from '../holidays/holiday-table.js';
import { seedHolidayYears } from '../holidays/vietnam-holidays.data.js';
import type { DeadlineRule } from './deadline-rule.js';
import { computeDeadlines, type FilingFacts } from './deadline.engine.js';
import { DEADLINE_RULES_2023 } from './deadline-rules.data.js';

const calendar = new WorkingCalendar(seedHolidayYears());

interface Case {
  name: string;
  facts: FilingFacts;
  key: string;
  nominal: string;
  due: string;
  status?: 'open' | 'done' | 'cancelled';
  graceEnds?: string;
  windowOpens?: string;
  rules?: readonly DeadlineRule[];
}

const oa = (kind: 'formality' | 'substantive', issuedOn: string, more: object = {}) => ({
  id: 'oa1',
  kind,
  issuedOn,
  ...more,
});

// prettier-ignore
const CASES: Case[] = [
  // Requests for substantive examination: 42 months (patent), 36 (utility solution).
  {
    name: 'patent, from filing, on a Monday',
    facts: { right: 'patent', filingDate: '2022-03-15' },
    key: 'patent.examination_request:1',
    nominal: '2025-09-15',
    due: '2025-09-15',
  },
  {
    name: 'patent, from priority, Saturday → Monday',
    facts: { right: 'patent', filingDate: '2022-05-20', priorityDates: ['2021-11-10'] },
    key: 'patent.examination_request:1',
    nominal: '2025-05-10',
    due: '2025-05-12',
  },
  {
    name: 'patent, earliest of two priorities',
    facts: { right: 'patent', filingDate: '2021-12-15', priorityDates: ['2021-06-30', '2021-03-31'] },
    key: 'patent.examination_request:1',
    nominal: '2024-09-30',
    due: '2024-09-30',
  },
  {
    name: 'patent, month end 31 Jul + 42 months lands on Tết 2025',
    facts: { right: 'patent', filingDate: '2021-07-31' },
    key: 'patent.examination_request:1',
    nominal: '2025-01-31',
    due: '2025-02-03',
  },
  {
    name: 'utility solution, 36 months, Saturday → Monday',
    facts: { right: 'utility_solution', filingDate: '2023-01-31' },
    key: 'utility_solution.examination_request:1',
    nominal: '2026-01-31',
    due: '2026-02-02',
  },
  {
    name: 'utility solution, priority, Sunday then National Day 2025',
    facts: { right: 'utility_solution', filingDate: '2023-02-28', priorityDates: ['2022-08-31'] },
    key: 'utility_solution.examination_request:1',
    nominal: '2025-08-31',
    due: '2025-09-03',
  },
  {
    name: 'utility solution, inside Tết 2024 (30 Tết) → after the block',
    facts: { right: 'utility_solution', filingDate: '2021-02-09' },
    key: 'utility_solution.examination_request:1',
    nominal: '2024-02-09',
    due: '2024-02-15',
  },
  {
    name: 'utility solution, swapped day before Tết 2024',
    facts: { right: 'utility_solution', filingDate: '2021-02-08' },
    key: 'utility_solution.examination_request:1',
    nominal: '2024-02-08',
    due: '2024-02-15',
  },
  {
    name: 'examination requested: done',
    facts: { right: 'patent', filingDate: '2022-03-15', examinationRequestedOn: '2023-01-05' },
    key: 'patent.examination_request:1',
    nominal: '2025-09-15',
    due: '2025-09-15',
    status: 'done',
  },
  {
    name: 'refused before the deadline: cancelled',
    facts: { right: 'patent', filingDate: '2022-01-10', closedOn: '2023-01-01' },
    key: 'patent.examination_request:1',
    nominal: '2025-07-10',
    due: '2025-07-10',
    status: 'cancelled',
  },
  // Office actions: formality 1 month, substantive 3 months, one extension each.
  {
    name: 'formality notice 31 Jan 2025 + 1 month clamps to 28 Feb',
    facts: { right: 'trademark', filingDate: '2024-10-01', officeActions: [oa('formality', '2025-01-31')] },
    key: 'office_action.formality:oa1',
    nominal: '2025-02-28',
    due: '2025-02-28',
  },
  {
    name: 'formality notice 31 Jan 2024 + 1 month = 29 Feb (leap year)',
    facts: { right: 'patent', filingDate: '2023-10-01', officeActions: [oa('formality', '2024-01-31')] },
    key: 'office_action.formality:oa1',
    nominal: '2024-02-29',
    due: '2024-02-29',
  },
  {
    name: 'formality notice, Saturday → Monday',
    facts: { right: 'industrial_design', filingDate: '2025-11-01', officeActions: [oa('formality', '2026-02-07')] },
    key: 'office_action.formality:oa1',
    nominal: '2026-03-07',
    due: '2026-03-09',
  },
  {
    name: 'formality notice, on Giỗ Tổ 2025',
    facts: { right: 'collective_mark', filingDate: '2024-12-01', officeActions: [oa('formality', '2025-03-07')] },
    key: 'office_action.formality:oa1',
    nominal: '2025-04-07',
    due: '2025-04-08',
  },
  {
    name: 'formality notice, Giỗ Tổ 2026 on a Sunday with a day in lieu',
    facts: {
      right: 'geographical_indication',
      filingDate: '2025-12-01',
      officeActions: [oa('formality', '2026-03-26')],
    },
    key: 'office_action.formality:oa1',
    nominal: '2026-04-26',
    due: '2026-04-28',
  },
  {
    name: 'formality notice, on New Year 2026',
    facts: { right: 'trademark', filingDate: '2025-09-01', officeActions: [oa('formality', '2025-12-01')] },
    key: 'office_action.formality:oa1',
    nominal: '2026-01-01',
    due: '2026-01-02',
  },
  {
    name: 'formality notice, make-up Saturday 8 Feb 2025 is a working day',
    facts: { right: 'trademark', filingDate: '2024-11-01', officeActions: [oa('formality', '2025-01-08')] },
    key: 'office_action.formality:oa1',
    nominal: '2025-02-08',
    due: '2025-02-08',
  },
  {
    name: 'formality notice, swapped day off 2 May 2025',
    facts: { right: 'trademark', filingDate: '2024-11-01', officeActions: [oa('formality', '2025-04-02')] },
    key: 'office_action.formality:oa1',
    nominal: '2025-05-02',
    due: '2025-05-05',
  },
  {
    name: 'formality notice, inside generated Tết 2027',
    facts: { right: 'patent', filingDate: '2026-06-01', officeActions: [oa('formality', '2027-01-08')] },
    key: 'office_action.formality:oa1',
    nominal: '2027-02-08',
    due: '2027-02-12',
  },
  {
    name: 'substantive notice, 30 Nov + 3 months clamps to 28 Feb (Sunday)',
    facts: { right: 'patent', filingDate: '2024-01-10', officeActions: [oa('substantive', '2026-11-30')] },
    key: 'office_action.substantive:oa1',
    nominal: '2027-02-28',
    due: '2027-03-01',
  },
  {
    name: 'substantive notice extended once: 3 + 3 months over 30/4–1/5',
    facts: {
      right: 'trademark',
      filingDate: '2024-01-10',
      officeActions: [oa('substantive', '2025-10-30', { extended: true })],
    },
    key: 'office_action.substantive:oa1',
    nominal: '2026-04-30',
    due: '2026-05-04',
  },
  {
    name: 'substantive notice answered: done',
    facts: {
      right: 'utility_solution',
      filingDate: '2024-01-10',
      officeActions: [oa('substantive', '2025-06-10', { respondedOn: '2025-07-01' })],
    },
    key: 'office_action.substantive:oa1',
    nominal: '2025-09-10',
    due: '2025-09-10',
    status: 'done',
  },
  {
    name: "the office's own date prevails, moved off Giỗ Tổ 2025",
    facts: {
      right: 'trademark',
      filingDate: '2024-01-10',
      officeActions: [oa('substantive', '2025-01-02', { dueOn: '2025-04-07' })],
    },
    key: 'office_action.substantive:oa1',
    nominal: '2025-04-07',
    due: '2025-04-08',
  },
  // Marks: 10-year terms from filing, window 6 months before, grace 6 months after.
  {
    name: 'trademark renewal over 30/4–1/5 2026, window and grace',
    facts: { right: 'trademark', filingDate: '2016-04-30', grantDate: '2017-08-01' },
    key: 'mark.renewal:1',
    nominal: '2026-04-30',
    due: '2026-05-04',
    windowOpens: '2025-10-30',
    graceEnds: '2026-10-30',
  },
  {
    name: 'collective mark renewal on National Day 2025',
    facts: { right: 'collective_mark', filingDate: '2015-09-02', grantDate: '2016-10-01' },
    key: 'mark.renewal:1',
    nominal: '2025-09-02',
    due: '2025-09-03',
  },
  {
    name: 'certification mark renewal on New Year 2026',
    facts: { right: 'certification_mark', filingDate: '2016-01-01', grantDate: '2017-03-01' },
    key: 'mark.renewal:1',
    nominal: '2026-01-01',
    due: '2026-01-02',
  },
  {
    name: 'trademark filed 29 Feb 2024: renewal on 28 Feb 2034',
    facts: { right: 'trademark', filingDate: '2024-02-29', grantDate: '2025-06-01' },
    key: 'mark.renewal:1',
    nominal: '2034-02-28',
    due: '2034-02-28',
  },
  {
    name: 'trademark filed 29 Feb 2024: second renewal back on 29 Feb 2044',
    facts: { right: 'trademark', filingDate: '2024-02-29', grantDate: '2025-06-01' },
    key: 'mark.renewal:2',
    nominal: '2044-02-29',
    due: '2044-02-29',
  },
  {
    name: 'trademark renewal 31 Dec, grace end on a Sunday',
    facts: { right: 'trademark', filingDate: '2019-12-31', grantDate: '2021-01-15' },
    key: 'mark.renewal:1',
    nominal: '2029-12-31',
    due: '2029-12-31',
    graceEnds: '2030-07-01',
  },
  // Industrial designs: 5-year terms, renewable twice.
  {
    name: 'industrial design first renewal on Tết 2026',
    facts: { right: 'industrial_design', filingDate: '2021-02-17', grantDate: '2022-01-20' },
    key: 'industrial_design.renewal:1',
    nominal: '2026-02-17',
    due: '2026-02-23',
  },
  {
    name: 'industrial design second renewal',
    facts: { right: 'industrial_design', filingDate: '2021-02-17', grantDate: '2022-01-20' },
    key: 'industrial_design.renewal:2',
    nominal: '2031-02-17',
    due: '2031-02-17',
  },
  // Annuities from grant: year k starts k-1 years after grant.
  {
    name: 'patent annuity year 2 on the make-up Saturday 4 May 2024',
    facts: { right: 'patent', filingDate: '2020-01-10', grantDate: '2023-05-04' },
    key: 'patent.annuity:2',
    nominal: '2024-05-04',
    due: '2024-05-04',
    windowOpens: '2023-11-04',
    graceEnds: '2024-11-04',
  },
  {
    name: 'patent annuity from a 29 Feb grant, non-leap year',
    facts: { right: 'patent', filingDate: '2021-05-05', grantDate: '2024-02-29' },
    key: 'patent.annuity:2',
    nominal: '2025-02-28',
    due: '2025-02-28',
  },
  {
    name: 'patent annuity from a 29 Feb grant, leap year again',
    facts: { right: 'patent', filingDate: '2021-05-05', grantDate: '2024-02-29' },
    key: 'patent.annuity:5',
    nominal: '2028-02-29',
    due: '2028-02-29',
  },
  {
    name: 'utility solution annuity year 3, Saturday',
    facts: { right: 'utility_solution', filingDate: '2019-03-01', grantDate: '2022-06-01' },
    key: 'utility_solution.annuity:3',
    nominal: '2024-06-01',
    due: '2024-06-03',
  },
];

describe('statutory deadlines (table)', () => {
  it('has at least 30 cases', () => expect(CASES.length).toBeGreaterThanOrEqual(30));

  it.each(CASES)('$name', (c) => {
    const deadlines = computeDeadlines(c.facts, c.rules ?? DEADLINE_RULES_2023, calendar);
    const d = deadlines.find((x) => x.key === c.key);
    expect(d, `no ${c.key} in ${deadlines.map((x) => x.key).join(', ')}`).toBeDefined();
    expect(d?.nominalDueDate).toBe(c.nominal);
    expect(d?.dueDate).toBe(c.due);
    expect(d?.status).toBe(c.status ?? 'open');
    if (c.graceEnds) expect(d?.graceEndsOn).toBe(c.graceEnds);
    if (c.windowOpens) expect(d?.windowOpensOn).toBe(c.windowOpens);
  });
});

describe('statutory deadlines (series and versions)', () => {
  const keys = (facts: FilingFacts, rules: readonly DeadlineRule[] = DEADLINE_RULES_2023) =>
    computeDeadlines(facts, rules, calendar).map((d) => d.key);

  it('runs renewals only once a mark is granted', () => {
    expect(keys({ right: 'trademark', filingDate: '2020-01-10' })).toEqual([]);
    expect(keys({ right: 'trademark', filingDate: '2020-01-10', grantDate: '2021-03-01' })).toEqual([
      'mark.renewal:1',
      'mark.renewal:2',
      'mark.renewal:3',
    ]);
  });

  it('gives an industrial design exactly two renewals and a geographical indication none', () => {
    expect(keys({ right: 'industrial_design', filingDate: '2020-01-10', grantDate: '2021-03-01' })).toHaveLength(2);
    expect(keys({ right: 'geographical_indication', filingDate: '2020-01-10', grantDate: '2021-03-01' })).toEqual([]);
  });

  it('stops annuities at the end of the term counted from filing', () => {
    const patent = keys({ right: 'patent', filingDate: '2010-01-10', grantDate: '2015-06-01' });
    expect(patent.filter((k) => k.startsWith('patent.annuity'))).toHaveLength(14); // years 2–15
    const us = keys({ right: 'utility_solution', filingDate: '2019-03-01', grantDate: '2021-03-01' });
    expect(us.filter((k) => k.startsWith('utility_solution.annuity'))).toHaveLength(7); // years 2–8
  });

  it('applies the rule version in force on the filing date', () => {
    const amended: DeadlineRule = {
      ...(DEADLINE_RULES_2023[0] as DeadlineRule),
      version: 2,
      effectiveFrom: '2027-01-01',
      months: 36,
    };
    const rules = [...DEADLINE_RULES_2023, amended];
    const before = computeDeadlines({ right: 'patent', filingDate: '2026-12-31' }, rules, calendar)[0];
    const after = computeDeadlines({ right: 'patent', filingDate: '2027-01-04' }, rules, calendar)[0];
    expect([before?.ruleVersion, before?.nominalDueDate]).toEqual([1, '2030-06-30']);
    expect([after?.ruleVersion, after?.nominalDueDate]).toEqual([2, '2030-01-04']);
  });
});
