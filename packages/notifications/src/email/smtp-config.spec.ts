import { ConfigError } from '@sti/platform';
import { describe, expect, it } from 'vitest';
import { loadSmtpConfig } from './smtp-config.js';

describe('loadSmtpConfig', () => {
  it('is off without SMTP_HOST (in-app notifications only)', () => {
    expect(loadSmtpConfig({})).toBeNull();
    expect(loadSmtpConfig({ SMTP_HOST: '' })).toBeNull();
  });

  it('defaults to port 587 with STARTTLS, and to TLS on port 465', () => {
    expect(loadSmtpConfig({ SMTP_HOST: 'mail.example.vn', SMTP_FROM: 'no-reply@example.vn' })).toEqual({
      host: 'mail.example.vn',
      port: 587,
      secure: false,
      auth: null,
      from: 'no-reply@example.vn',
      linkBaseUrl: null,
    });
    expect(
      loadSmtpConfig({ SMTP_HOST: 'mail.example.vn', SMTP_PORT: '465', SMTP_FROM: 'Sở KH&CN <a@example.vn>' }),
    ).toMatchObject({ port: 465, secure: true, from: 'Sở KH&CN <a@example.vn>' });
  });

  it('names every bad variable at once', () => {
    let error: unknown;
    try {
      loadSmtpConfig({
        SMTP_HOST: 'mail.example.vn',
        SMTP_PORT: '99999',
        SMTP_SECURE: 'maybe',
        SMTP_USER: 'only-the-user',
        NOTIFICATION_LINK_BASE_URL: 'not a url',
      });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as ConfigError).message;
    for (const variable of ['SMTP_PORT', 'SMTP_SECURE', 'NOTIFICATION_LINK_BASE_URL'])
      expect(message).toContain(variable);
    expect(() => loadSmtpConfig({ SMTP_HOST: 'h', SMTP_FROM: 'not an address' })).toThrow(/SMTP_FROM/);
  });

  it('wants a sender when SMTP is on, and the user and password together', () => {
    expect(() => loadSmtpConfig({ SMTP_HOST: 'mail.example.vn' })).toThrow(/SMTP_FROM: required/);
    expect(() => loadSmtpConfig({ SMTP_HOST: 'h', SMTP_FROM: 'a@b.vn', SMTP_USER: 'u' })).toThrow(/SMTP_PASSWORD/);
  });
});
