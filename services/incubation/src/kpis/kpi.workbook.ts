// KPIs as an XLSX workbook (exceljs): one row per startup and month, Vietnamese headings on row 1 and
// English on row 2 (frozen), VND columns as whole numbers with thousands separators.
import ExcelJS from 'exceljs';
import type { KpiReport } from './kpi.schema.js';

const HEADINGS = [
  { vi: 'Nhóm khởi nghiệp', en: 'Startup' },
  { vi: 'Tháng', en: 'Month' },
  { vi: 'Doanh thu (đồng)', en: 'Revenue (VND)' },
  { vi: 'Người dùng', en: 'Users' },
  { vi: 'Việc làm tạo ra', en: 'Jobs created' },
  { vi: 'Vốn huy động (đồng)', en: 'Funding raised (VND)' },
  { vi: 'Đơn sở hữu trí tuệ', en: 'IP filed' },
];

export async function kpiWorkbook(input: {
  title: string;
  rows: readonly (KpiReport & { name: string })[];
}): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'STI — Khởi nghiệp';
  const sheet = workbook.addWorksheet('Chi so KPI', { views: [{ state: 'frozen', ySplit: 2 }] });
  sheet.addRow(HEADINGS.map((h) => h.vi)).font = { bold: true };
  sheet.addRow(HEADINGS.map((h) => h.en)).font = { italic: true, color: { argb: 'FF666666' } };
  for (const r of input.rows) {
    // VND below 2^53 goes in as a number (sums work in Excel); larger amounts stay exact as text
    const vnd = (v: string) => (BigInt(v) <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v);
    sheet.addRow([r.name, r.month, vnd(r.revenueVnd), r.users, r.jobsCreated, vnd(r.fundingRaisedVnd), r.ipFiled]);
  }
  HEADINGS.forEach((h, i) => {
    const column = sheet.getColumn(i + 1);
    column.width = Math.max(12, h.vi.length + 4);
    if (i === 2 || i === 5) column.numFmt = '#,##0';
  });
  sheet.getColumn(1).width = 40;
  workbook.title = input.title;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
