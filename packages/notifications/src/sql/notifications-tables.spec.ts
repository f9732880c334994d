import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NOTIFICATIONS_TABLES_SQL } from './notifications-tables.sql.js';

describe('notification tables DDL', () => {
  it('exports exactly the .sql file that services copy into their migrations', () => {
    const file = readFileSync(new URL('./notifications-tables.sql', import.meta.url), 'utf8');
    expect(NOTIFICATIONS_TABLES_SQL).toBe(file);
  });
});
