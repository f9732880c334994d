// My listings shows when each published listing expires and renews it: the owner sees the date and,
// after "Gia hạn", a confirmation with the new date a period later.

import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axe } from './axe.ts';
import { BASE_URL, launch, signIn } from './browser.ts';

let browser: Browser;

describe(`listing renewal on ${BASE_URL}`, () => {
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows the expiry date of published listings and renews one', async () => {
    const ctx = await browser.newContext({
      baseURL: BASE_URL,
      locale: 'vi-VN',
      timezoneId: 'Asia/Ho_Chi_Minh',
      bypassCSP: true,
    });
    ctx.setDefaultTimeout(15_000);
    const b = await ctx.newPage();
    await b.goto('/');
    await signIn(b, 'doanhnghiep');
    await b.goto('/my/listings');
    await b.getByRole('heading', { level: 1, name: 'Tin của tôi' }).waitFor();
    const expiry = b.getByText(/^Hết hạn \d{2}\/\d{2}\/\d{4}$/).first();
    await expiry.waitFor();
    const renew = b.getByRole('button', { name: /^Gia hạn: / }).first();
    await renew.click();
    const done = b.getByText(/Đã gia hạn đến \d{2}\/\d{2}\/\d{4}/);
    await done.waitFor();
    const year = Number(/(\d{4})$/.exec((await done.textContent())?.trim() ?? '')?.[1]);
    expect(year).toBeGreaterThanOrEqual(new Date().getFullYear() + 1);
    expect(await axe(b), 'my listings with expiry and renew').toEqual([]);
    await ctx.close();
  });
});
