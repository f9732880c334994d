import { describe, expect, it } from 'vitest';
import { parseChecklistLines } from './checklist-lines.ts';

describe('parseChecklistLines', () => {
  it('reads one item a line, the star marking the mandatory ones', () => {
    expect(
      parseChecklistLines(
        'declaration | Tờ khai | Declaration form | *\n\nspecimen | Mẫu nhãn hiệu |  | *\npoa | Giấy uỷ quyền',
      ),
    ).toEqual([
      { code: 'declaration', titleVi: 'Tờ khai', titleEn: 'Declaration form', mandatory: true },
      { code: 'specimen', titleVi: 'Mẫu nhãn hiệu', titleEn: 'Mẫu nhãn hiệu', mandatory: true },
      { code: 'poa', titleVi: 'Giấy uỷ quyền', titleEn: 'Giấy uỷ quyền', mandatory: false },
    ]);
  });

  it('names the first line it cannot read, and refuses an empty list', () => {
    expect(parseChecklistLines('declaration | Tờ khai\nBad Code | x')).toBe(2);
    expect(parseChecklistLines('   ')).toBe(1);
  });
});
