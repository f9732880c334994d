import jsQRModule from 'jsqr';
import { extractImages, extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { type CertificateContent, renderCertificatePdf, vietnameseLongDate } from './certificate-pdf.js';

const CONTENT: CertificateContent = {
  code: 'K7M2Q-9XD4F-8HJ3N',
  organisationName: 'Sở Khoa học và Công nghệ tỉnh Đồng Tháp',
  title: 'Ứng dụng phần mềm quản lý hồ sơ bệnh án điện tử tại Bệnh viện Đa khoa Sa Đéc',
  authors: [
    { name: 'Nguyễn Thị Hồng Nhung', sharePercent: 60 },
    { name: 'Trần Văn Đức', sharePercent: 40 },
  ],
  unitName: 'Bệnh viện Đa khoa Sa Đéc',
  decisionNumber: '125/QĐ-SKHCN',
  decisionDate: '2026-11-20',
  verificationUrl: 'https://sti.dongthap.gov.vn/xac-minh/K7M2Q-9XD4F-8HJ3N',
};

async function pdfText(pdf: Buffer): Promise<string> {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
  return text.normalize('NFC');
}

// pdf.js decodes images with ArrayBuffer.prototype.transferToFixedLength (ES2024, Node ≥ 21); on Node 20 a
// copying stand-in does the same for reading.
const arrayBufferProto = ArrayBuffer.prototype as ArrayBuffer & { transferToFixedLength?: (n?: number) => ArrayBuffer };
if (!arrayBufferProto.transferToFixedLength) {
  arrayBufferProto.transferToFixedLength = function (this: ArrayBuffer, length = this.byteLength) {
    const copy = new ArrayBuffer(length);
    new Uint8Array(copy).set(new Uint8Array(this, 0, Math.min(length, this.byteLength)));
    return copy;
  };
}

/** Every image on page 1, as RGBA for the QR decoder. */
async function decodeQrCodes(pdf: Buffer): Promise<string[]> {
  const images = await extractImages(await getDocumentProxy(new Uint8Array(pdf)), 1);
  return images.flatMap((image) => {
    const rgba = new Uint8ClampedArray(image.width * image.height * 4);
    for (let p = 0; p < image.width * image.height; p++) {
      for (let c = 0; c < 3; c++)
        rgba[p * 4 + c] = image.data[p * image.channels + (image.channels === 1 ? 0 : c)] ?? 0;
      rgba[p * 4 + 3] = 255;
    }
    const found = jsQR(rgba, image.width, image.height);
    return found ? [found.data] : [];
  });
}

// jsqr is CommonJS with an ES-style default in its types
const jsQR = ((jsQRModule as unknown as { default?: typeof jsQRModule }).default ?? jsQRModule) as unknown as (
  data: Uint8ClampedArray,
  width: number,
  height: number,
) => { data: string } | null;

describe('certificate PDF', () => {
  it('is a PDF whose extracted text holds the Vietnamese title, authors and decision with their diacritics', async () => {
    const pdf = await renderCertificatePdf(CONTENT);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = await pdfText(pdf);
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain('GIẤY CHỨNG NHẬN SÁNG KIẾN');
    expect(flat).toContain(CONTENT.title);
    expect(flat).toContain('Nguyễn Thị Hồng Nhung (60%)');
    expect(flat).toContain('Trần Văn Đức (40%)');
    expect(flat).toContain('SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH ĐỒNG THÁP');
    expect(flat).toContain('Quyết định số 125/QĐ-SKHCN ngày 20 tháng 11 năm 2026');
    expect(flat).toContain(CONTENT.code);
  });

  it('embeds its font (no reliance on the reader having one)', async () => {
    const pdf = await renderCertificatePdf(CONTENT);
    const raw = pdf.toString('latin1');
    expect(raw).toMatch(/\/FontFile2 \d+ 0 R/);
    expect(raw).toMatch(/BeVietnamPro-Bold/);
    expect(raw).not.toMatch(/\/BaseFont \/Helvetica/);
  });

  it('carries a QR code that decodes to the public verification URL', async () => {
    const pdf = await renderCertificatePdf(CONTENT);
    expect(await decodeQrCodes(pdf)).toEqual([CONTENT.verificationUrl]);
  });

  it('writes dates the Vietnamese way', () => {
    expect(vietnameseLongDate('2026-01-05')).toBe('ngày 05 tháng 01 năm 2026');
  });
});
