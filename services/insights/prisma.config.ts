// Prisma CLI configuration. The schema documents the tables the SQL migrations create; the service
// itself reads and writes them with SQL (aggregations Prisma cannot express), like search.
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://localhost:5432/insights' },
});
