import { describe, expect, it } from 'vitest';
import { preview } from './moderation.service.js';

describe('queue summary preview', () => {
  it('keeps short text whole and flattens line breaks', () => {
    expect(preview('Dòng một.\n\nDòng hai.')).toBe('Dòng một. Dòng hai.');
  });

  it('cuts long text at a word boundary with an ellipsis', () => {
    const text = 'sấy '.repeat(100);
    const cut = preview(text, 50);
    expect(cut.length).toBeLessThanOrEqual(50);
    expect(cut.endsWith('sấy…')).toBe(true);
  });
});
