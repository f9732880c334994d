// The service's API contract for the portal: every request and response zod schema, and the types
// inferred from them (one source of truth with validation and the OpenAPI document).
export * from '../reference/reference.data.js';
