import { describe, expect, it } from 'vitest';
import { acceptanceBlockText, type DocumentSignatureState, signatureAcceptanceBlock } from './signature-acceptance.js';

const doc = (verdict: DocumentSignatureState['verdict'], id = 'd1'): DocumentSignatureState => ({
  documentId: id,
  fileName: `${id}.pdf`,
  verdict,
});

describe('signatureAcceptanceBlock', () => {
  it('blocks an item that requires a signature when its PDF is unsigned', () => {
    expect(signatureAcceptanceBlock(true, [doc('unsigned')])?.code).toBe('signature_required');
  });

  it('blocks an item that requires a signature when it has no document at all', () => {
    expect(signatureAcceptanceBlock(true, [])?.code).toBe('signature_required');
  });

  it('blocks an item that requires a signature when the only image cannot carry one', () => {
    expect(signatureAcceptanceBlock(true, [doc(null)])?.code).toBe('signature_required');
  });

  it('lets a validly signed document through', () => {
    expect(signatureAcceptanceBlock(true, [doc('unsigned', 'a'), doc('valid', 'b')])).toBeNull();
  });

  it('names the untrusted document when that is the only signed one', () => {
    expect(signatureAcceptanceBlock(true, [doc('untrusted_issuer', 'x')])).toEqual({
      code: 'signature_untrusted_issuer',
      documentId: 'x',
      fileName: 'x.pdf',
    });
  });

  it('never accepts a broken or later-modified signature, even where none is required', () => {
    expect(signatureAcceptanceBlock(false, [doc('invalid')])?.code).toBe('signature_invalid');
    expect(signatureAcceptanceBlock(false, [doc('modified_after_signing')])?.code).toBe(
      'signature_modified_after_signing',
    );
    expect(signatureAcceptanceBlock(true, [doc('valid', 'a'), doc('invalid', 'b')])?.documentId).toBe('b');
  });

  it('accepts unsigned or untrusted documents where no signature is required', () => {
    expect(signatureAcceptanceBlock(false, [doc('unsigned'), doc('untrusted_issuer', 'b'), doc(null, 'c')])).toBeNull();
  });

  it('explains the block in Vietnamese and English with the file name', () => {
    const text = acceptanceBlockText({ code: 'signature_invalid', documentId: 'd', fileName: 'to-khai.pdf' });
    expect(text.vi).toContain('to-khai.pdf');
    expect(text.vi).toContain('không hợp lệ');
    expect(text.en).toContain('invalid');
  });
});
