// Vietnamese wording of statuses and trends in exports (the portal has its own catalogue).
import type { Tile } from './report.schema.js';

export const STATUS_VI: Record<NonNullable<Tile['status']>, string> = {
  green: 'Đạt tiến độ',
  amber: 'Cần chú ý',
  red: 'Chậm tiến độ',
};

export function statusText(status: Tile['status'], hasDataSource: boolean, hasTarget: boolean): string {
  if (!hasDataSource) return 'Chưa có nguồn dữ liệu';
  if (!hasTarget) return 'Chưa giao chỉ tiêu';
  return status ? STATUS_VI[status] : '';
}
