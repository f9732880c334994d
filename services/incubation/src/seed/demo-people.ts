// The demo accounts the seed and the tests act as: the same ids as the gateway's DEMO_USERS and the
// Keycloak demo import (services do not import the gateway, so the few needed are named here).
import type { Principal } from '@sti/platform';

const DEPARTMENT = { id: '01920000-0000-7000-8000-000000000104', name: 'Sở Khoa học và Công nghệ tỉnh Đồng Tháp' };

export const DEMO_PRINCIPALS = {
  canbo: {
    userId: '01920000-0000-7000-8000-000000000004',
    displayName: 'Phạm Quốc Dũng',
    roles: ['officer'],
    organisationId: DEPARTMENT.id,
    organisationName: DEPARTMENT.name,
    localityCode: '87',
  },
  phanbien: {
    userId: '01920000-0000-7000-8000-000000000006',
    displayName: 'TS. Võ Thanh Giang',
    roles: ['reviewer'],
    organisationId: '01920000-0000-7000-8000-000000000106',
    organisationName: 'Trường Đại học Đồng Tháp',
    localityCode: '87',
  },
  phanbien2: {
    userId: '01920000-0000-7000-8000-000000000011',
    displayName: 'BSCKII. Trần Minh Khoa',
    roles: ['reviewer'],
    organisationId: '01920000-0000-7000-8000-000000000107',
    organisationName: 'Bệnh viện Đa khoa tỉnh Đồng Tháp',
    localityCode: '87',
  },
  phanbien3: {
    userId: '01920000-0000-7000-8000-000000000012',
    displayName: 'ThS. Lê Thị Ngọc Hân',
    roles: ['reviewer'],
    organisationId: '01920000-0000-7000-8000-000000000108',
    organisationName: 'Trường Cao đẳng Cộng đồng Đồng Tháp',
    localityCode: '87',
  },
  khoinghiep: {
    userId: '01920000-0000-7000-8000-000000000031',
    displayName: 'Lê Hoàng Nam',
    roles: ['business'],
    organisationId: '01920000-0000-7000-8000-000000000131',
    organisationName: 'Công ty TNHH Công nghệ Nông nghiệp Sen Hồng',
    localityCode: '87',
  },
  khoinghiep2: {
    userId: '01920000-0000-7000-8000-000000000032',
    displayName: 'Võ Ngọc Trâm',
    roles: ['business'],
    organisationId: '01920000-0000-7000-8000-000000000132',
    organisationName: 'Công ty CP Giáo dục số Mekong',
    localityCode: '87',
  },
} satisfies Record<string, Principal>;

export const MY_HIEP_COMMUNE = '30268';
