// Page sizes of every list endpoint (portal-safe constants).
export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;
