import assert from 'node:assert/strict';
import { it } from 'node:test';
import { screenshot } from './harness.mjs';

export function signInSuite(getStack) {
  it('shows an error next to the form for a wrong password and stays on sign-in', async () => {
    const { browser, url } = getStack();
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    try {
      const page = await context.newPage();
      await page.goto(`${url}/`);
      await page.waitForURL(/\/signin/);
      await page.fill('#username', 'agent');
      await page.fill('#password', 'not-the-password');
      await page.press('#password', 'Enter');
      const error = page.locator('[data-field-error="password"]');
      await error.waitFor();
      assert.match(await error.innerText(), /密码/);
      assert.equal(await page.getAttribute('#password', 'aria-invalid'), 'true');
      assert.match(new URL(page.url()).pathname, /^\/signin/);
      assert.equal(await page.evaluate(() => sessionStorage.getItem('hotel-crm.token')), null);
      await screenshot(page, 'signin-error');
    } finally {
      await context.close();
    }
  });

  it('signs in with the right password and lands on the lookup page', async () => {
    const { signedInPage } = getStack();
    const { context, page } = await signedInPage('agent');
    try {
      assert.equal(new URL(page.url()).pathname, '/');
      await page.locator('#lookup-search').waitFor();
      assert.ok(await page.locator('#lookup-search').evaluate((el) => el === document.activeElement));
      assert.match(await page.getByTestId('signed-in-user').innerText(), /话务员/);
      // An agent has lookup only: no check-in in the navigation.
      assert.equal(await page.locator('nav a[href="/register"]').count(), 0);
      assert.ok(await page.evaluate(() => sessionStorage.getItem('hotel-crm.token')));
      await screenshot(page, 'lookup-empty');
    } finally {
      await context.close();
    }
  });

  it('switches the language to English and keeps it after a reload', async () => {
    const { browser, url } = getStack();
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    try {
      const page = await context.newPage();
      await page.goto(`${url}/signin`);
      assert.equal(await page.locator('label[for="username"]').innerText(), '用户名');
      await page.getByTestId('language-switch').selectOption('en');
      assert.equal(await page.locator('label[for="username"]').innerText(), 'Username');
      assert.equal(await page.locator('label[for="password"]').innerText(), 'Password');
      assert.equal(await page.locator('button[type="submit"]').innerText(), 'Sign in');
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
      await page.reload();
      assert.equal(await page.locator('label[for="username"]').innerText(), 'Username');
      await screenshot(page, 'signin-english');
    } finally {
      await context.close();
    }
  });

  it('returns to sign-in when the token is no longer accepted', async () => {
    const { signedInPage } = getStack();
    const { context, page } = await signedInPage('agent');
    try {
      await page.evaluate(() => sessionStorage.setItem('hotel-crm.token', 'expired-token'));
      await page.fill('#lookup-search', '张');
      await page.waitForURL(/\/signin/);
      await page.getByText('登录已过期').waitFor();
    } finally {
      await context.close();
    }
  });
}

/** Runs last: once the client address is throttled, no one signs in from it for a while. */
export function throttlingSuite(getStack) {
  it('explains clearly that sign-in is throttled after too many failures', async () => {
    const { browser, url, gql } = getStack();
    for (let i = 0; i < 10; i += 1) {
      const data = await gql('mutation($input: LoginInput!) { login(input: $input) { token errors { code } } }', {
        input: { username: 'sales', password: `wrong-${i}` },
      });
      assert.equal(data.login.token, null);
    }
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    try {
      const page = await context.newPage();
      await page.goto(`${url}/signin`);
      await page.fill('#username', 'sales');
      await page.fill('#password', 'hotel-demo-2026');
      await page.press('#password', 'Enter');
      const banner = page.locator('.banner-error');
      await banner.waitFor();
      assert.match(await banner.innerText(), /登录失败次数过多/);
      assert.match(new URL(page.url()).pathname, /^\/signin/);
      await screenshot(page, 'signin-throttled');
    } finally {
      await context.close();
    }
  });
}
