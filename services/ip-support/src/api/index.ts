// @sti/ip-support/api — the request/response schemas and types the portal imports.
// Portal-safe: only zod schemas and plain TypeScript (no Node, Nest or Prisma).
// Each capability adds one `export *` line for its schema file.
export * from '../reference/reference.schema.js';
