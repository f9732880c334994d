import { describe, expect, it } from 'vitest';
import { completeness, signatureGate } from './dossier-rules.js';

describe('dossier completeness', () => {
  it('is complete when every mandatory item is accepted, whatever the optional ones say', () => {
    expect(
      completeness([
        { mandatory: true, state: 'accepted' },
        { mandatory: true, state: 'accepted' },
        { mandatory: false, state: 'missing' },
      ]),
    ).toEqual({ mandatoryCount: 2, acceptedCount: 2, complete: true });
  });

  it('is not complete while a mandatory item is only uploaded or was rejected', () => {
    expect(
      completeness([
        { mandatory: true, state: 'accepted' },
        { mandatory: true, state: 'uploaded' },
      ]).complete,
    ).toBe(false);
    expect(completeness([{ mandatory: true, state: 'rejected' }]).complete).toBe(false);
  });
});

describe('signature gate on acceptance', () => {
  it('blocks a broken or altered signature even where none is required', () => {
    expect(signatureGate(false, 'invalid')).toBe('blocked');
    expect(signatureGate(true, 'modified')).toBe('blocked');
  });

  it('flags a required signature that is missing, unverified or by an unknown authority', () => {
    for (const status of ['unsigned', 'unchecked', 'unknown_ca', 'not_pdf', 'error'] as const)
      expect(signatureGate(true, status), status).toBe('flagged');
  });

  it('lets a valid signature, or a document that needs none, through', () => {
    expect(signatureGate(true, 'valid')).toBe('ok');
    expect(signatureGate(false, 'unsigned')).toBe('ok');
    expect(signatureGate(false, 'unchecked')).toBe('ok');
  });
});
