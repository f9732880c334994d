// E-mail to a real SMTP server started here (the maintained `smtp-server` library) with a login:
// the received message is parsed and checked as a recipient would read it.

import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { textParam } from '../in-app/notification-templates.js';
import { EmailNotifier } from './email-notifier.js';
import { loadSmtpConfig } from './smtp-config.js';

interface Received {
  from: string | undefined;
  to: string[];
  user: string | undefined;
  mail: ParsedMail;
}

let server: SMTPServer;
let port: number;
let received: Received[] = [];

beforeAll(async () => {
  server = new SMTPServer({
    // Plain SMTP with a login on localhost: the test's own server has no certificate to offer.
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    authMethods: ['PLAIN', 'LOGIN'],
    onAuth(auth, _session, callback) {
      if (auth.username === 'sokhcn' && auth.password === 'mat-khau-dung') callback(null, { user: auth.username });
      else callback(new Error('Invalid username or password'));
    },
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) => {
          received.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : undefined,
            to: session.envelope.rcptTo.map((r) => r.address),
            user: session.user as string | undefined,
            mail,
          });
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  port = (server.server.address() as AddressInfo).port;
});
afterAll(async () => {
  await new Promise<void>((resolve) => server?.close(() => resolve()));
});
beforeEach(() => {
  received = [];
});

const env = (overrides: Record<string, string> = {}) => ({
  SMTP_HOST: '127.0.0.1',
  SMTP_PORT: String(port),
  SMTP_USER: 'sokhcn',
  SMTP_PASSWORD: 'mat-khau-dung',
  SMTP_FROM: 'Sàn KH&CN tỉnh <no-reply@sokhcn.example.vn>',
  NOTIFICATION_LINK_BASE_URL: 'https://sankhcn.example.vn',
  ...overrides,
});

const reviewDue = {
  'initiatives.review_due': (params: Record<string, string | number | boolean | null>) => ({
    title: { vi: 'Sắp đến hạn chấm điểm sáng kiến', en: 'An initiative review is due soon' },
    body: {
      vi: `Bạn cần chấm sáng kiến “${textParam(params, 'title')}” trước ngày ${textParam(params, 'due')}.`,
      en: `Please score the initiative “${textParam(params, 'title')}” by ${textParam(params, 'due')}.`,
    },
  }),
};

describe('e-mail notifications through SMTP', () => {
  it('delivers a Vietnamese e-mail with diacritics, the subject and an absolute link to the recipient', async () => {
    const settings = loadSmtpConfig(env());
    if (!settings) throw new Error('SMTP should be configured');
    const notifier = new EmailNotifier(settings, reviewDue);
    try {
      const sent = await notifier.send({
        to: 'nguyen.van.an@truong-thpt.example.vn',
        recipientName: 'Nguyễn Văn An',
        content: {
          template: 'initiatives.review_due',
          params: { title: 'Ứng dụng trí tuệ nhân tạo trong chấm bài', due: '15/12/2026' },
        },
        link: '/sang-kien/cham-diem/019',
      });
      expect(sent.accepted).toEqual(['nguyen.van.an@truong-thpt.example.vn']);
    } finally {
      notifier.close();
    }
    expect(received).toHaveLength(1);
    const [message] = received;
    expect(message?.user).toBe('sokhcn');
    expect(message?.to).toEqual(['nguyen.van.an@truong-thpt.example.vn']);
    expect(message?.from).toBe('no-reply@sokhcn.example.vn');
    const mail = message?.mail;
    expect(mail?.subject).toBe('[Sàn KH&CN tỉnh] Sắp đến hạn chấm điểm sáng kiến');
    expect(mail?.from?.value).toEqual([{ name: 'Sàn KH&CN tỉnh', address: 'no-reply@sokhcn.example.vn' }]);
    expect(mail?.text).toContain('Kính gửi Nguyễn Văn An,');
    expect(mail?.text).toContain(
      'Bạn cần chấm sáng kiến “Ứng dụng trí tuệ nhân tạo trong chấm bài” trước ngày 15/12/2026.',
    );
    expect(mail?.text).toContain('Xem chi tiết: https://sankhcn.example.vn/sang-kien/cham-diem/019');
    expect(mail?.html).toContain('<a href="https://sankhcn.example.vn/sang-kien/cham-diem/019">Xem chi tiết</a>');
  });

  it('writes in English when the recipient reads English', async () => {
    const settings = loadSmtpConfig(env());
    if (!settings) throw new Error('SMTP should be configured');
    const notifier = new EmailNotifier(settings);
    try {
      await notifier.send({
        to: 'expert@example.org',
        language: 'en',
        content: {
          title: { vi: 'Có kết nối mới', en: 'A new introduction' },
          body: { vi: 'Cán bộ đã giới thiệu bạn.', en: 'An officer introduced you to Công ty Mía đường Sóc Trăng.' },
        },
      });
    } finally {
      notifier.close();
    }
    expect(received[0]?.mail.subject).toBe('[Provincial S&T platform] A new introduction');
    expect(received[0]?.mail.text).toContain('An officer introduced you to Công ty Mía đường Sóc Trăng.');
    expect(received[0]?.mail.text).not.toContain('Kính gửi');
  });

  it('fails, and delivers nothing, when the SMTP login is wrong', async () => {
    const settings = loadSmtpConfig(env({ SMTP_PASSWORD: 'sai' }));
    if (!settings) throw new Error('SMTP should be configured');
    const notifier = new EmailNotifier(settings);
    try {
      await expect(
        notifier.send({
          to: 'a@example.org',
          content: { title: { vi: 'x', en: 'x' }, body: { vi: 'x', en: 'x' } },
        }),
      ).rejects.toThrow(/Invalid username or password|Invalid login/);
    } finally {
      notifier.close();
    }
    expect(received).toEqual([]);
  });
});
