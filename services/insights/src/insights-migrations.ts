// Where the SQL migrations are, found from src/ (tsx, vitest) and dist/ alike. A module of its own so
// tools (the rebuild command, benchmarks) need not load the Nest app.
import { fileURLToPath } from 'node:url';

export const INSIGHTS_MIGRATIONS_DIR = fileURLToPath(new URL('../prisma/migrations', import.meta.url));
