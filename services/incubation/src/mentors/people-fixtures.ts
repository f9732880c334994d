// Test fixtures for mentors, introductions and readiness: principals and startups inserted directly
// (the startup capability has its own tests; here only the rows matter).
import type { Principal } from '@sti/platform';
import { uuidv7 } from 'uuidv7';
import type { PrismaClient } from '../generated/prisma/client.js';

const person = (
  userId: string,
  displayName: string,
  roles: Principal['roles'],
  organisationId?: string,
): Principal => ({
  userId,
  displayName,
  roles,
  ...(organisationId ? { organisationId, organisationName: displayName } : {}),
});

export const people = {
  officer: person('officer-1', 'Cán bộ Sở', ['officer'], '01920000-0000-7000-8000-000000000104'),
  founderA: person('founder-a', 'Nhóm A', ['business']),
  founderB: person('founder-b', 'Nhóm B', ['business']),
  mentorLan: person('mentor-lan', 'Nguyễn Thị Lan', ['researcher']),
  mentorMinh: person('mentor-minh', 'Trần Văn Minh', ['researcher']),
  investorUser: person('investor-hung', 'Quỹ Mekong', ['business']),
  stranger: person('stranger', 'Người ngoài', ['business']),
};

export async function insertStartup(prisma: PrismaClient, name: string, ownerUserId: string): Promise<string> {
  const id = uuidv7();
  await prisma.startup.create({
    data: {
      id,
      name,
      ownerUserId,
      stage: 'prototype',
      sectorCode: 'agritech',
      trl: 5,
      provinceCode: '87',
      communeCode: '87001',
      summary: `${name}: tóm tắt`,
    },
  });
  return id;
}
