import assert from 'node:assert/strict';
import { it } from 'node:test';
import { screenshot } from './harness.mjs';

export function knowledgeSuite(getStack) {
  it('finds the projector procedure first for 投影 and opens it with the keyboard', async () => {
    const { signedInPage } = getStack();
    const { context, page } = await signedInPage('agent');
    try {
      await page.locator('nav a[href="/knowledge"]').click();
      await page.locator('#kb-search').waitFor();
      // "/" from elsewhere on the page comes back to the box.
      await page.locator('h1').click();
      await page.keyboard.press('/');
      assert.ok(await page.locator('#kb-search').evaluate((el) => el === document.activeElement));
      await page.keyboard.type('投影');
      const first = page.getByTestId('kb-result').first();
      await page.waitForFunction(() => document.querySelector('[data-testid="kb-result"]')?.textContent?.includes('投影仪'));
      assert.match(await first.innerText(), /投影仪故障应急/);
      await screenshot(page, 'kb-search');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await page.getByTestId('kb-article-title').waitFor();
      assert.match(await page.getByTestId('kb-article-title').innerText(), /投影仪故障应急/);
      assert.match(await page.getByTestId('kb-steps').innerText(), /备用投影仪/);
    } finally {
      await context.close();
    }
  });

  it('a manager writes, edits (version 2 in the history) and publishes; an agent marks it helpful', async () => {
    const { signedInPage } = getStack();
    const manager = await signedInPage('manager');
    let articleUrl;
    try {
      const { page } = manager;
      await page.goto(new URL('/knowledge/new', page.url()).href);
      await page.locator('#kb-title').waitFor();
      // A failed save keeps what was typed and says why beside the field.
      await page.fill('#kb-title', '浏览器测试：浴缸堵塞');
      await page.getByTestId('kb-save').click();
      await page.locator('[data-field-error="kb-steps"]').waitFor();
      assert.equal(await page.inputValue('#kb-title'), '浏览器测试：浴缸堵塞');
      await page.fill('#kb-steps', '1. 通知工程部\n2. 送一次性拖鞋');
      await page.fill('#kb-tags', '浴缸，工程部');
      await page.getByTestId('kb-save').click();
      await page.getByTestId('kb-article-title').waitFor();
      assert.equal(await page.getByTestId('kb-article-status').innerText(), '草稿');
      articleUrl = page.url();
      await page.getByTestId('kb-edit').click();
      await page.locator('#kb-note').waitFor();
      await page.waitForFunction(() => document.querySelector('#kb-steps')?.value.includes('通知工程部'));
      await page.fill('#kb-steps', '1. 通知工程部 10 分钟内到场\n2. 送一次性拖鞋');
      await page.fill('#kb-note', '加上时限');
      await page.getByTestId('kb-save').click();
      await page.getByTestId('kb-article-title').waitFor();
      const versions = page.getByTestId('kb-version');
      await page.waitForFunction(() => document.querySelectorAll('[data-testid="kb-version"]').length === 2);
      assert.match(await versions.first().innerText(), /第 2 版.*加上时限/);
      await versions.nth(1).locator('summary').click();
      assert.match(await versions.nth(1).innerText(), /1\. 通知工程部\n/);
      await page.getByTestId('kb-publish').click();
      await page.waitForFunction(() => document.querySelector('[data-testid="kb-article-status"]')?.textContent === '已发布');
      await screenshot(page, 'kb-article-manager');
    } finally {
      await manager.context.close();
    }
    const agent = await signedInPage('agent');
    try {
      const { page } = agent;
      await page.goto(articleUrl);
      const helpful = page.getByTestId('kb-helpful');
      await helpful.waitFor();
      assert.match(await helpful.innerText(), /有用 \(0\)/);
      await helpful.click();
      await page.waitForFunction(() => document.querySelector('[data-testid="kb-helpful"]')?.textContent?.includes('已标记有用 (1)'));
      assert.equal(await helpful.isDisabled(), true);
      assert.equal(await page.getByTestId('kb-publish').count(), 0);
    } finally {
      await agent.context.close();
    }
  });
}
