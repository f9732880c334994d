// SMTP settings from the environment, parsed and validated like every platform config: one error
// naming every bad variable. No SMTP_HOST means e-mail is off (in-app notifications still work).

import { booleanField, type EnvSource, loadConfig, portField, urlField } from '@sti/platform';
import { z } from 'zod';

/** "Name <address>" or a bare address; the address part must look like one. */
const ADDRESS = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;
const mailboxField = () =>
  z.string().refine((value) => {
    const named = /^(.*)<([^<>]+)>\s*$/.exec(value.trim());
    return ADDRESS.test(named ? (named[2] ?? '').trim() : value.trim());
  }, 'expected an e-mail address, optionally as "Name <address>"');

/** Spread into a service's own config schema, or load on their own with `loadSmtpConfig`. */
export const smtpConfigFields = {
  SMTP_HOST: z.string().min(1).optional(),
  SMTP_PORT: portField().optional(),
  /** TLS from the first byte (port 465); otherwise STARTTLS is used when the server offers it */
  SMTP_SECURE: booleanField().optional(),
  SMTP_USER: z.string().optional(),
  SMTP_PASSWORD: z.string().optional(),
  /** the sender, e.g. "Sàn KH&CN tỉnh <no-reply@sokhcn.gov.vn>" */
  SMTP_FROM: mailboxField().optional(),
  /** makes relative notification links absolute in e-mails (the portal's public URL) */
  NOTIFICATION_LINK_BASE_URL: urlField().optional(),
};

export const smtpConfigSchema = z.object(smtpConfigFields).superRefine((config, context) => {
  if (!config.SMTP_HOST) return;
  if (!config.SMTP_FROM) {
    context.addIssue({ code: 'custom', path: ['SMTP_FROM'], message: 'required when SMTP_HOST is set' });
  }
  if ((config.SMTP_USER === undefined) !== (config.SMTP_PASSWORD === undefined)) {
    const missing = config.SMTP_USER === undefined ? 'SMTP_USER' : 'SMTP_PASSWORD';
    context.addIssue({ code: 'custom', path: [missing], message: 'SMTP_USER and SMTP_PASSWORD go together' });
  }
});

export interface SmtpSettings {
  host: string;
  port: number;
  secure: boolean;
  auth: { user: string; pass: string } | null;
  from: string;
  linkBaseUrl: string | null;
}

/** The settings from parsed config values, or null when SMTP is not configured. */
export function smtpSettingsFrom(config: z.output<typeof smtpConfigSchema>): SmtpSettings | null {
  if (!config.SMTP_HOST || !config.SMTP_FROM) return null;
  const port = config.SMTP_PORT ?? 587;
  return {
    host: config.SMTP_HOST,
    port,
    secure: config.SMTP_SECURE ?? port === 465,
    auth:
      config.SMTP_USER !== undefined && config.SMTP_PASSWORD !== undefined
        ? { user: config.SMTP_USER, pass: config.SMTP_PASSWORD }
        : null,
    from: config.SMTP_FROM,
    linkBaseUrl: config.NOTIFICATION_LINK_BASE_URL ?? null,
  };
}

/** Parses the SMTP variables; throws a ConfigError naming every bad one; null when SMTP is off. */
export function loadSmtpConfig(env: EnvSource = process.env): SmtpSettings | null {
  return smtpSettingsFrom(loadConfig(smtpConfigSchema, env));
}
