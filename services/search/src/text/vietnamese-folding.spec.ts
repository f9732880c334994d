import { describe, expect, it } from 'vitest';
import { foldVietnamese, hasDiacritics } from './vietnamese-folding.js';

describe('foldVietnamese', () => {
  it('strips tones and vowel marks', () => {
    expect(foldVietnamese('Máy sấy nông sản')).toBe('may say nong san');
    expect(foldVietnamese('Ứng dụng ươm tạo ỹ ỵ ẳ ẫ ờ')).toBe('ung dung uom tao y y a a o');
  });

  it('maps đ and Đ (and the look-alike Ð) to d', () => {
    expect(foldVietnamese('Đồng Tháp đổi mới')).toBe('dong thap doi moi');
    expect(foldVietnamese('Ðà Lạt')).toBe('da lat');
  });

  it('gives the same result for NFC and NFD input', () => {
    const text = 'Nuôi trồng thủy sản – Khoa học và Công nghệ';
    expect(foldVietnamese(text.normalize('NFD'))).toBe(foldVietnamese(text.normalize('NFC')));
    expect(foldVietnamese(text.normalize('NFD'))).toBe('nuoi trong thuy san – khoa hoc va cong nghe');
  });

  it('folds thủy and thuỷ (old and new tone placement) alike', () => {
    expect(foldVietnamese('thủy lợi')).toBe(foldVietnamese('thuỷ lợi'));
  });

  it('lower-cases', () => {
    expect(foldVietnamese('OCOP IoT')).toBe('ocop iot');
  });

  it('tells whether text carries diacritics', () => {
    expect(hasDiacritics('máy')).toBe(true);
    expect(hasDiacritics('đo')).toBe(true);
    expect(hasDiacritics('May')).toBe(false);
  });
});
