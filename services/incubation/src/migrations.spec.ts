// The hand-written migration must be what `prisma migrate diff` would produce for schema.prisma
// (Prisma's schema engine cannot run here). This spec derives each table's column DDL, indexes and
// foreign keys from the schema and compares them with the migration, and checks that the first
// migration carries the platform's event tables verbatim.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EVENTS_TABLES_SQL } from '@sti/platform';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS_DIR } from './start-incubation.js';

const schema = readFileSync(join(MIGRATIONS_DIR, '..', 'schema.prisma'), 'utf8');
const migrationNames = readdirSync(MIGRATIONS_DIR)
  .filter((name) => /^\d{14}_/.test(name))
  .sort();
const migrations = migrationNames
  .map((name) => readFileSync(join(MIGRATIONS_DIR, name, 'migration.sql'), 'utf8'))
  .join('\n');

interface Model {
  name: string;
  table: string;
  columns: { name: string; field: string; ddl: string }[];
  indexes: string[][];
  relations: { fields: string[]; references: string[]; target: string }[];
}

const blocks = (keyword: string) => [...schema.matchAll(new RegExp(`^${keyword} (\\w+) \\{([\\s\\S]*?)^\\}`, 'gm'))];
const enums = new Map(
  blocks('enum').map(([, name, body]) => [
    name as string,
    /@@map\("(\w+)"\)/.exec(body ?? '')?.[1] ?? (name as string),
  ]),
);
const modelNames = new Set(blocks('model').map(([, name]) => name as string));

function sqlType(type: string, attributes: string): string {
  const native = /@db\.(\w+)(\((\d+)\))?/.exec(attributes);
  if (native) {
    const map: Record<string, string> = {
      Uuid: 'UUID',
      SmallInt: 'SMALLINT',
      Date: 'DATE',
      Timestamptz: `TIMESTAMPTZ(${native[3] ?? '6'})`,
    };
    const mapped = map[native[1] ?? ''];
    if (!mapped) throw new Error(`unmapped native type ${native[0]}`);
    return mapped;
  }
  const enumName = enums.get(type);
  if (enumName) return `"${enumName}"`;
  const map: Record<string, string> = {
    String: 'TEXT',
    Int: 'INTEGER',
    BigInt: 'BIGINT',
    Boolean: 'BOOLEAN',
    DateTime: 'TIMESTAMP(3)',
    Json: 'JSONB',
    Float: 'DOUBLE PRECISION',
  };
  const mapped = map[type];
  if (!mapped) throw new Error(`unmapped type ${type}`);
  return mapped;
}

function parseModels(): Model[] {
  return blocks('model').map(([, name, body = '']) => {
    const model: Model = {
      name: name as string,
      table: /@@map\("(\w+)"\)/.exec(body)?.[1] ?? (name as string),
      columns: [],
      indexes: [],
      relations: [],
    };
    for (const raw of body.split('\n')) {
      const line = raw.replace(/\/\/.*$/, '').trim();
      const index = /^@@index\(\[([^\]]+)\]\)/.exec(line);
      if (index) model.indexes.push((index[1] ?? '').split(',').map((f) => f.trim()));
      const field = /^(\w+)\s+(\w+)(\[\]|\?)?\s*(.*)$/.exec(line);
      if (!field || line.startsWith('@@')) continue;
      const [, fieldName = '', type = '', modifier, attributes = ''] = field;
      if (modelNames.has(type)) {
        const relation = /@relation\(fields: \[([^\]]+)\], references: \[([^\]]+)\]\)/.exec(attributes);
        if (relation)
          model.relations.push({
            fields: (relation[1] ?? '').split(','),
            references: (relation[2] ?? '').split(','),
            target: type,
          });
        continue;
      }
      const column = /@map\("(\w+)"\)/.exec(attributes)?.[1] ?? fieldName;
      let ddl = `"${column}" ${sqlType(type, attributes)}${modifier === '[]' ? '[]' : ''}`;
      if (modifier === undefined) ddl += ' NOT NULL';
      const fallback = /@default\(([^)]*\)?)\)/.exec(attributes)?.[1];
      // Prisma quotes enum defaults.
      const literal =
        enums.has(type) && fallback
          ? `'${fallback}'`
          : fallback?.startsWith('"')
            ? `'${fallback.slice(1, -1)}'`
            : fallback;
      if (fallback) ddl += ` DEFAULT ${fallback === 'now()' ? 'CURRENT_TIMESTAMP' : literal}`;
      model.columns.push({ name: column, field: fieldName, ddl });
    }
    return model;
  });
}

const models = parseModels();
const columnOf = (model: Model, field: string) =>
  model.columns.find((c) => c.field === field.trim())?.name ?? field.trim();

describe('migrations match schema.prisma', () => {
  for (const model of models) {
    it(`creates ${model.table} as the schema declares`, () => {
      const table = new RegExp(`CREATE TABLE "${model.table}" \\(\\n([\\s\\S]*?)\\n\\);`).exec(migrations);
      expect(table, `CREATE TABLE "${model.table}"`).not.toBeNull();
      // Later migrations add columns with ALTER TABLE … ADD COLUMN (applied migrations are never edited).
      const added = [...migrations.matchAll(new RegExp(`ALTER TABLE "${model.table}" ADD COLUMN (.*);`, 'g'))].map(
        (m) => m[1] ?? '',
      );
      const lines = (table?.[1] ?? '')
        .split('\n')
        .map((l) => l.trim().replace(/,$/, ''))
        .filter((l) => l !== '' && !l.startsWith('CONSTRAINT'))
        .concat(added)
        // … and relax columns with ALTER TABLE … ALTER COLUMN … DROP NOT NULL
        .map((l) =>
          new RegExp(`ALTER TABLE "${model.table}" ALTER COLUMN "${/^"(\w+)"/.exec(l)?.[1]}" DROP NOT NULL;`).test(
            migrations,
          )
            ? l.replace(' NOT NULL', '')
            : l,
        );
      expect(lines).toEqual(model.columns.map((c) => c.ddl));
      const id = /(\w+)\s+\w+[^\n]*@id/.exec(schema.slice(schema.indexOf(`model ${model.name} {`)))?.[1] ?? '';
      expect(table?.[1]).toContain(`CONSTRAINT "${model.table}_pkey" PRIMARY KEY ("${columnOf(model, id)}")`);
      for (const index of model.indexes) {
        const columns = index.map((f) => columnOf(model, f));
        expect(migrations).toContain(
          `CREATE INDEX "${model.table}_${columns.join('_')}_idx" ON "${model.table}"(${columns.map((c) => `"${c}"`).join(', ')});`,
        );
      }
      for (const relation of model.relations) {
        const target = models.find((m) => m.name === relation.target);
        const from = relation.fields.map((f) => columnOf(model, f));
        const to = relation.references.map((f) => (target ? columnOf(target, f) : f));
        expect(migrations).toContain(
          `ALTER TABLE "${model.table}" ADD CONSTRAINT "${model.table}_${from.join('_')}_fkey" FOREIGN KEY (${from.map((c) => `"${c}"`).join(', ')}) REFERENCES "${target?.table}"(${to.map((c) => `"${c}"`).join(', ')}) ON DELETE RESTRICT ON UPDATE CASCADE;`,
        );
      }
    });
  }

  it('creates exactly the schema’s enums and tables (plus the platform’s event tables)', () => {
    for (const [, dbName] of enums) expect(migrations).toContain(`CREATE TYPE "${dbName}" AS ENUM`);
    const created = [...migrations.matchAll(/CREATE TABLE (?:IF NOT EXISTS )?"?(\w+)"?/g)].map((m) => m[1]);
    expect(created.sort()).toEqual([...models.map((m) => m.table), 'dead_letter', 'inbox', 'outbox'].sort());
  });

  it('carries the platform’s event tables verbatim in the first migration', () => {
    const first = readFileSync(join(MIGRATIONS_DIR, migrationNames[0] ?? '', 'migration.sql'), 'utf8');
    expect(first).toContain(EVENTS_TABLES_SQL.trim());
  });
});
