import assert from 'node:assert/strict';
import { it } from 'node:test';
import { screenshot } from './harness.mjs';

const MEMBER_STATUS = '{ memberStatus(cardNumber: "8860000000000018") { tier } }';

export function partnersSuite(getStack) {
  it('an admin creates a partner key, sees it once, revokes it; the key then gets 401', async () => {
    const { signedInPage, url } = getStack();
    const { context, page } = await signedInPage('admin');
    try {
      await page.locator('nav a[href="/admin/partner-keys"]').click();
      await page.getByTestId('partner-key-form').waitFor();
      // The form's own check keeps the page and says why beside the field.
      await page.getByTestId('partner-key-form').locator('button[type="submit"]').click();
      await page.locator('[data-field-error="pk-partner"]').waitFor();
      await page.fill('#pk-partner', '浏览器测试航空 Browser Air');
      await page.fill('#pk-limit', '30');
      await page.getByTestId('partner-key-form').locator('button[type="submit"]').click();
      const shown = page.getByTestId('issued-key-value');
      await shown.waitFor();
      const key = (await shown.innerText()).trim();
      assert.match(key, /^hcp_[0-9a-f]{10}_[A-Za-z0-9_-]{43}$/);
      assert.match(await page.getByTestId('issued-key').innerText(), /只显示这一次/);
      await screenshot(page, 'partner-key-issued');

      // The key works for memberStatus (null: no such card here) and nothing else.
      const ask = (query) =>
        fetch(`${url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-api-key': key },
          body: JSON.stringify({ query }),
        });
      const ok = await ask(MEMBER_STATUS);
      assert.equal(ok.status, 200);
      assert.ok('memberStatus' in (await ok.json()).data);

      // Closed, the key is gone from the page for good; the list shows its prefix only.
      await page.getByTestId('issued-key').getByRole('button', { name: /我已保存/ }).click();
      await page.getByTestId('issued-key').waitFor({ state: 'detached' });
      const prefix = key.split('_').slice(0, 2).join('_');
      const row = page.getByTestId(`partner-key-${prefix}`);
      await row.waitFor();
      assert.ok(!(await page.content()).includes(key));
      assert.match(await row.innerText(), /浏览器测试航空/);
      assert.match(await row.innerText(), /有效/);

      // Revoke asks first.
      await row.getByRole('button', { name: '吊销' }).click();
      await row.getByRole('button', { name: '确定吊销' }).click();
      await page.waitForFunction((p) => document.querySelector(`[data-testid="partner-key-${p}"]`)?.textContent?.includes('已吊销'), prefix);

      const refused = await ask(MEMBER_STATUS);
      assert.equal(refused.status, 401);
      assert.equal((await refused.json()).errors[0].extensions.code, 'API_KEY_REVOKED');
    } finally {
      await context.close();
    }
  });
}
