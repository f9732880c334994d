// Prisma CLI configuration. Only `prisma generate` runs on the build machines (see package.json
// "generate"); `prisma migrate deploy` works where Prisma's schema engine can be downloaded and
// DATABASE_URL points at a PostgreSQL server.
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://localhost:5432/incubation' },
});
