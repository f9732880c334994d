// The certificate of recognition as a PDF (A4 landscape, Vietnamese with an English line under each
// heading). Text is set in Be Vietnam Pro (SIL OFL 1.1, from @expo-google-fonts/be-vietnam-pro): a
// typeface drawn for Vietnamese, so every stacked diacritic (ế, ờ, ự, Đ…) has its own glyph; pdfkit
// embeds the subset it uses, so the PDF reads the same on a machine without the font.
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';

const require = createRequire(import.meta.url);
const FONT_PACKAGE = '@expo-google-fonts/be-vietnam-pro';
export const CERTIFICATE_FONTS = {
  regular: require.resolve(`${FONT_PACKAGE}/400Regular/BeVietnamPro_400Regular.ttf`),
  bold: require.resolve(`${FONT_PACKAGE}/700Bold/BeVietnamPro_700Bold.ttf`),
  italic: require.resolve(`${FONT_PACKAGE}/400Regular_Italic/BeVietnamPro_400Regular_Italic.ttf`),
};

export interface CertificateAuthor {
  name: string;
  sharePercent: number;
}

export interface CertificateContent {
  code: string;
  /** the organisation that recognised the initiative (campaign owner) */
  organisationName: string;
  title: string;
  authors: readonly CertificateAuthor[];
  /** the authors' unit, shown under the names */
  unitName?: string;
  decisionNumber: string;
  /** ISO date YYYY-MM-DD */
  decisionDate: string;
  /** `<publicUrl>/xac-minh/<code>` — what the QR code encodes */
  verificationUrl: string;
  /** a revoked certificate still downloads for the record, stamped as revoked */
  revoked?: boolean;
}

const share = (percent: number) => percent.toLocaleString('vi-VN', { maximumFractionDigits: 2 });

/** `2026-12-04` → `ngày 04 tháng 12 năm 2026` */
export function vietnameseLongDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-');
  return `ngày ${day} tháng ${month} năm ${year}`;
}

export async function renderCertificatePdf(content: CertificateContent): Promise<Buffer> {
  // A PNG of the QR code: an image XObject any reader (and the test's decoder) can take back out.
  const qrPng = await QRCode.toBuffer(content.verificationUrl, { errorCorrectionLevel: 'M', margin: 4, scale: 6 });
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: 50,
    lang: 'vi-VN',
    info: {
      Title: `Giấy chứng nhận sáng kiến — ${content.title}`,
      Author: content.organisationName,
      Subject: `Mã xác minh ${content.code}`,
      Keywords: 'sáng kiến; giấy chứng nhận; initiative certificate',
    },
  });
  doc.registerFont('regular', CERTIFICATE_FONTS.regular);
  doc.registerFont('bold', CERTIFICATE_FONTS.bold);
  doc.registerFont('italic', CERTIFICATE_FONTS.italic);

  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const { width, height } = doc.page;
  const inner = { x: 50, width: width - 100 };
  doc
    .lineWidth(2)
    .strokeColor('#8a1c1c')
    .rect(25, 25, width - 50, height - 50)
    .stroke();
  doc
    .lineWidth(0.7)
    .rect(32, 32, width - 64, height - 64)
    .stroke();

  doc.fillColor('#000000');
  doc
    .font('bold')
    .fontSize(12)
    .text('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', inner.x, 50, { width: inner.width, align: 'center' });
  doc.font('bold').fontSize(11).text('Độc lập - Tự do - Hạnh phúc', { width: inner.width, align: 'center' });
  doc.moveDown(0.6);
  doc
    .font('bold')
    .fontSize(13)
    .text(content.organisationName.toLocaleUpperCase('vi-VN'), { width: inner.width, align: 'center' });
  doc.moveDown(0.8);
  doc
    .font('bold')
    .fontSize(26)
    .fillColor('#8a1c1c')
    .text('GIẤY CHỨNG NHẬN SÁNG KIẾN', { width: inner.width, align: 'center' });
  doc
    .font('italic')
    .fontSize(11)
    .fillColor('#444444')
    .text('Certificate of recognition of an initiative', { width: inner.width, align: 'center' });
  doc.moveDown(0.8);

  doc
    .fillColor('#000000')
    .font('regular')
    .fontSize(12)
    .text('Chứng nhận sáng kiến / Initiative:', { width: inner.width, align: 'center' });
  doc.font('bold').fontSize(17).text(content.title, { width: inner.width, align: 'center' });
  doc.moveDown(0.6);

  doc
    .font('regular')
    .fontSize(12)
    .text('Tác giả (tỷ lệ đóng góp) / Authors (contribution):', { width: inner.width, align: 'center' });
  const authorLine = content.authors.map((a) => `${a.name} (${share(a.sharePercent)}%)`).join('; ');
  doc.font('bold').fontSize(13).text(authorLine, { width: inner.width, align: 'center' });
  if (content.unitName)
    doc.font('regular').fontSize(11).text(`Đơn vị: ${content.unitName}`, { width: inner.width, align: 'center' });
  doc.moveDown(0.6);

  doc
    .font('regular')
    .fontSize(12)
    .text(
      `Được công nhận theo Quyết định số ${content.decisionNumber} ${vietnameseLongDate(content.decisionDate)} của ${content.organisationName}.`,
      { width: inner.width, align: 'center' },
    );
  doc
    .font('italic')
    .fontSize(10)
    .fillColor('#444444')
    .text(`Recognised by decision no. ${content.decisionNumber} of ${content.decisionDate}.`, {
      width: inner.width,
      align: 'center',
    });

  // QR code and verification code, bottom left; the URL spelled out for people without a camera
  const qrSize = 110;
  const qrY = height - 50 - qrSize;
  doc.image(qrPng, 55, qrY, { width: qrSize, height: qrSize });
  doc.fillColor('#000000').font('regular').fontSize(10);
  doc.text('Mã xác minh / Verification code:', 55 + qrSize + 12, qrY + 28, { lineBreak: false });
  doc
    .font('bold')
    .fontSize(14)
    .text(content.code, 55 + qrSize + 12, qrY + 44, { lineBreak: false });
  doc
    .font('regular')
    .fontSize(9)
    .text(content.verificationUrl, 55 + qrSize + 12, qrY + 66, { lineBreak: false });

  if (content.revoked) {
    doc
      .font('bold')
      .fontSize(40)
      .fillColor('#cc0000')
      .text('ĐÃ THU HỒI / REVOKED', inner.x, height / 2 - 20, { width: inner.width, align: 'center' });
  }

  doc.end();
  return finished;
}
