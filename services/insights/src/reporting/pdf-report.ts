// The dashboard as a PDF an officer can print or attach to a report upward: the place, the period, and
// every indicator with its figure, the previous period's, the plan to date, the cumulative actual and
// the status, coloured as on screen. Set in Be Vietnam Pro (SIL OFL 1.1): every stacked Vietnamese
// diacritic has its own glyph, and pdfkit embeds the subset it uses.
import { createRequire } from 'node:module';
import type { Overview } from './report.schema.js';
import { statusText } from './report-labels.js';

const require = createRequire(import.meta.url);
const FONT_PACKAGE = '@expo-google-fonts/be-vietnam-pro';
const FONTS = {
  regular: require.resolve(`${FONT_PACKAGE}/400Regular/BeVietnamPro_400Regular.ttf`),
  bold: require.resolve(`${FONT_PACKAGE}/700Bold/BeVietnamPro_700Bold.ttf`),
};
const STATUS_COLOUR = { green: '#1b7f3b', amber: '#9a6700', red: '#b42318' } as const;

/** 1234567.5 → "1.234.567,5" (Vietnamese grouping); null → "—". */
export function vietnameseFigure(value: number | null): string {
  if (value === null) return '—';
  return value.toLocaleString('vi-VN', { maximumFractionDigits: 2 });
}

const COLUMNS = [
  { title: 'STT', width: 28 },
  { title: 'Chỉ tiêu', width: 230 },
  { title: 'Đơn vị tính', width: 62 },
  { title: 'Kỳ báo cáo', width: 80 },
  { title: 'Kỳ trước', width: 80 },
  { title: 'Kế hoạch đến kỳ', width: 80 },
  { title: 'Thực hiện lũy kế', width: 80 },
  { title: 'Trạng thái', width: 110 },
] as const;

export async function buildReportPdf(overview: Overview): Promise<Buffer> {
  // loaded on the first report, not at start: an idle service should not hold it
  const { default: PDFDocument } = await import('pdfkit');
  const place = overview.communeName ?? overview.provinceName;
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: 36,
    lang: 'vi-VN',
    bufferPages: true,
    info: {
      Title: `Báo cáo chỉ tiêu KH&CN và đổi mới sáng tạo — ${place} — ${overview.period.label.vi}`,
      Author: 'Sàn KH&CN tỉnh',
      CreationDate: new Date(`${overview.evaluatedOn}T00:00:00Z`),
    },
  });
  doc.registerFont('regular', FONTS.regular);
  doc.registerFont('bold', FONTS.bold);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));

  const left = doc.page.margins.left;
  doc.font('bold').fontSize(14).text(`BÁO CÁO CHỈ TIÊU KH&CN VÀ ĐỔI MỚI SÁNG TẠO — ${place.toUpperCase()}`);
  doc
    .font('regular')
    .fontSize(10)
    .text(`Kỳ báo cáo: ${overview.period.label.vi} (${overview.period.startDate} – ${overview.period.endDate})`)
    .text(`Số liệu tính đến ngày: ${overview.evaluatedOn}`)
    .moveDown(0.8);

  const header = () => {
    let x = left;
    const y = doc.y;
    doc.font('bold').fontSize(8.5);
    for (const c of COLUMNS) {
      doc.text(c.title, x, y, { width: c.width - 6 });
      x += c.width;
    }
    doc
      .moveTo(left, doc.y + 2)
      .lineTo(x, doc.y + 2)
      .stroke('#888888');
    doc.y += 6;
  };
  header();
  overview.tiles.forEach((tile, i) => {
    const cells = [
      String(i + 1),
      tile.name.vi,
      tile.unit.vi,
      vietnameseFigure(tile.value),
      vietnameseFigure(tile.previousValue),
      vietnameseFigure(tile.expected),
      vietnameseFigure(tile.actual),
      statusText(tile.status, tile.hasDataSource, tile.target !== null),
    ];
    doc.font('regular').fontSize(8.5);
    const height = Math.max(
      ...cells.map((text, c) => doc.heightOfString(text, { width: (COLUMNS[c]?.width ?? 60) - 6 })),
    );
    if (doc.y + height > doc.page.height - doc.page.margins.bottom) {
      doc.addPage();
      header();
    }
    const y = doc.y;
    let x = left;
    cells.forEach((text, c) => {
      const last = c === cells.length - 1;
      doc
        .font(last && tile.status ? 'bold' : 'regular')
        .fillColor(last && tile.status ? STATUS_COLOUR[tile.status] : '#000000')
        .text(text, x, y, { width: (COLUMNS[c]?.width ?? 60) - 6 });
      x += COLUMNS[c]?.width ?? 60;
    });
    doc.fillColor('#000000');
    doc.y = y + height + 4;
  });

  const pages = doc.bufferedPageRange();
  for (let p = 0; p < pages.count; p++) {
    doc.switchToPage(pages.start + p);
    doc
      .font('regular')
      .fontSize(8)
      .text(`Trang ${p + 1}/${pages.count}`, left, doc.page.height - doc.page.margins.bottom + 10, {
        width: doc.page.width - left - doc.page.margins.right,
        align: 'right',
        lineBreak: false,
      });
  }
  doc.end();
  return done;
}
