// A checklist version typed as lines, one item a line: `code | tên (vi) | name (en) | *` (the star marks
// a mandatory item). Returns the items, or the number of the first line that cannot be read. Pure.

export interface ChecklistLine {
  code: string;
  titleVi: string;
  titleEn: string;
  mandatory: boolean;
}

export function parseChecklistLines(text: string): ChecklistLine[] | number {
  const out: ChecklistLine[] = [];
  const lines = text.split(/\r?\n/);
  for (const [i, raw] of lines.entries()) {
    if (!raw.trim()) continue;
    const [code, vi, en, flag] = raw.split('|').map((p) => p.normalize('NFC').trim());
    if (!code || !/^[a-z][a-z0-9_]{1,39}$/.test(code) || !vi || vi.length < 3) return i + 1;
    out.push({ code, titleVi: vi, titleEn: en || vi, mandatory: flag === '*' });
  }
  return out.length > 0 ? out : 1;
}
