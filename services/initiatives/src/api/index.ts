// @sti/initiatives/api — the request/response schemas and types the portal imports.
// Portal-safe: only zod schemas and plain TypeScript (no Node, Nest or Prisma).
export * from '../reference/reference.schema.js';
