import { describe, expect, it } from 'vitest';
import { SHIPPED_CHECKLISTS } from './checklists.data.js';
import { versionInForce } from './checklist-version.js';

describe('checklist version in force', () => {
  const collective = SHIPPED_CHECKLISTS.filter((c) => c.right === 'collective_mark');

  it('takes the latest version that started on or before the day', () => {
    expect(versionInForce(collective, '2026-06-30')?.effectiveFrom).toBe('2023-08-23');
    expect(versionInForce(collective, '2026-07-01')?.effectiveFrom).toBe('2026-07-01');
    expect(versionInForce(collective, '2030-01-01')?.effectiveFrom).toBe('2026-07-01');
  });

  it('has none before the first version', () => {
    expect(versionInForce(collective, '2020-01-01')).toBeNull();
  });

  it('ships a checklist for every right, each with a mandatory signed declaration and a fee receipt', () => {
    const rights = new Set(SHIPPED_CHECKLISTS.map((c) => c.right));
    expect(rights.size).toBe(7);
    for (const checklist of SHIPPED_CHECKLISTS) {
      const declaration = checklist.items.find((i) => i.code === 'to_khai');
      expect(declaration?.mandatory && declaration.signatureRequired, checklist.right).toBe(true);
      expect(checklist.items.some((i) => i.code === 'chung_tu_phi' && i.mandatory)).toBe(true);
    }
  });
});
