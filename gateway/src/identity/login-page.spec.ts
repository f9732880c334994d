import { describe, expect, it } from 'vitest';
import { DEMO_USERS } from './demo-users.js';
import { renderLoginPage } from './login-page.js';

describe('renderLoginPage', () => {
  it('escapes what the user typed and labels every field', () => {
    const html = renderLoginPage({
      action: '/realms/sti/login-actions/authenticate',
      requestId: 'r1',
      username: '"><script>alert(1)</script>',
      error: { vi: 'Sai', en: 'Wrong' },
      demoUsers: DEMO_USERS,
      demoPassword: 'demo123',
      stylesheet: '/realms/sti/login-resources/login.css',
    });
    expect(html).not.toContain('<script>');
    expect(html).toContain('&quot;&gt;&lt;script&gt;');
    expect(html).toContain('<label for="username">');
    expect(html).toContain('<label for="password">');
    expect(html).toContain('aria-describedby="login-error"');
    expect(html).toContain('autocomplete="current-password"');
    for (const user of DEMO_USERS) expect(html).toContain(`<code>${user.username}</code>`);
  });
});
