import { describe, expect, it } from 'vitest';
import { applyMilestone, nextMilestones } from './filing-procedure.js';

describe('filing procedure', () => {
  it('walks a trademark from filing to grant', () => {
    const recorded: { id: string; kind: string }[] = [{ id: 'm0', kind: 'filed' }];
    let stage = 'filed' as const as Parameters<typeof applyMilestone>[1];
    for (const kind of [
      'formality_examination',
      'formality_accepted',
      'publication',
      'substantive_examination',
      'granted',
    ] as const) {
      const step = applyMilestone('trademark', stage, kind, recorded);
      expect(step.ok, kind).toBe(true);
      if (step.ok) stage = step.stage;
      recorded.push({ id: `m${recorded.length}`, kind });
    }
    expect(stage).toBe('granted');
  });

  it('publishes only after the formality decision', () => {
    expect(applyMilestone('trademark', 'formality_examination', 'publication', [])).toEqual({
      ok: false,
      reason: 'out_of_order',
    });
  });

  it('examines a patent on substance only after the request for examination', () => {
    expect(applyMilestone('patent', 'publication', 'substantive_examination', [])).toEqual({
      ok: false,
      reason: 'needs_examination_request',
    });
    expect(
      applyMilestone('patent', 'publication', 'substantive_examination', [
        { id: 'r', kind: 'substantive_examination_requested' },
      ]),
    ).toEqual({ ok: true, stage: 'substantive_examination' });
    expect(applyMilestone('trademark', 'publication', 'substantive_examination_requested', [])).toMatchObject({
      ok: false,
    });
  });

  it('ties responses and extensions to an office action', () => {
    expect(applyMilestone('industrial_design', 'formality_examination', 'office_action', [])).toEqual({
      ok: true,
      stage: 'formality_examination',
    });
    expect(applyMilestone('industrial_design', 'formality_examination', 'extension', [], 'nope')).toEqual({
      ok: false,
      reason: 'needs_office_action',
    });
    expect(
      applyMilestone(
        'industrial_design',
        'formality_examination',
        'office_action_response',
        [{ id: 'oa', kind: 'office_action' }],
        'oa',
      ),
    ).toMatchObject({ ok: true });
  });

  it('grants only from substantive examination and closes the filing after grant or refusal', () => {
    expect(applyMilestone('patent', 'publication', 'granted', [])).toMatchObject({ ok: false });
    expect(applyMilestone('patent', 'granted', 'office_action', [])).toEqual({ ok: false, reason: 'closed' });
    expect(applyMilestone('trademark', 'publication', 'refused', [])).toEqual({ ok: true, stage: 'refused' });
    expect(nextMilestones('trademark', 'refused', [])).toEqual([]);
  });

  it('offers the next steps of a freshly filed utility solution', () => {
    expect(nextMilestones('utility_solution', 'filed', [{ id: 'f', kind: 'filed' }])).toEqual([
      'formality_examination',
      'substantive_examination_requested',
      'office_action',
      'refused',
    ]);
  });
});
