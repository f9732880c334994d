export * from './cms-signature.js';
export * from './pdf-signature.verifier.js';
export * from './pdf-signature-scan.js';
export * from './signature.schema.js';
export * from './trusted-roots.js';
