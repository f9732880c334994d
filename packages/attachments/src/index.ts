// @sti/attachments: the framework-light pieces of attachment handling every service shares. Each
// service keeps its own controller (routes, permission check) and its own table of attachment rows.
export * from './attachment-store.js';
export * from './download-headers.js';
export * from './media-type.js';
export * from './upload-intake.js';

/** Stored files no row refers to are removed after this long (an upload in flight is younger). */
export const ORPHAN_GRACE_MS = 60 * 60 * 1000;
