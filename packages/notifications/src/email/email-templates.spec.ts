import { describe, expect, it } from 'vitest';
import { renderEmail } from './email-templates.js';

const input = {
  title: { vi: 'Tin bị trả lại', en: 'Listing returned' },
  body: { vi: 'Tin “Lò <sấy> & máy” bị trả lại.', en: '“Lò <sấy> & máy” was returned.' },
  link: 'https://example.vn/tin?id=1&x="2"',
};

describe('renderEmail', () => {
  it('escapes the notification text in the HTML part, never in the plain text', () => {
    const mail = renderEmail({ ...input, language: 'vi' });
    expect(mail.text).toContain('Tin “Lò <sấy> & máy” bị trả lại.');
    expect(mail.html).toContain('Tin “Lò &lt;sấy&gt; &amp; máy” bị trả lại.');
    expect(mail.html).not.toContain('<sấy>');
    expect(mail.html).toContain('href="https://example.vn/tin?id=1&amp;x=&quot;2&quot;"');
    expect(mail.html).toContain('<html lang="vi">');
  });

  it('leaves the link line out when there is no link', () => {
    expect(renderEmail({ ...input, link: null, language: 'en' }).text).not.toContain('Open:');
  });
});
