// Prospects, follow-ups and feedback in the browser: a prospect of grade H opened on the
// customer card shows in the H column due within 7 days (hotel time), a follow-up is recorded,
// the prospect is won; feedback with a rating is recorded and listed.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { it } from 'node:test';
import { hotelDate, screenshot } from './harness.mjs';

function daysBetween(a, b) {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

export function accountsProspectsSuite(getStack) {
  it('opens an H prospect on the card, sees it in the H column within 7 days, follows up and wins it', async () => {
    const stack = getStack();
    const name = `意向客户-${randomUUID().slice(0, 6)}`;
    const customerId = await stack.createCustomer({ kind: 'CORPORATE', name }, await stack.token('sales'));
    const { context, page } = await stack.signedInPage('sales');
    try {
      await page.goto(`${stack.url}/customers/${customerId}`);
      const panel = page.getByTestId('prospect-panel');
      await panel.getByTestId('create-prospect-form').waitFor();
      await page.selectOption('#new-prospect-grade', 'H');
      await page.fill('#new-prospect-interest', '年会场地');
      await panel.getByTestId('create-prospect-form').locator('button[type="submit"]').click();
      await panel.getByTestId('card-prospect').waitFor();

      await page.locator('nav a[href="/follow-ups"]').click();
      const column = page.getByTestId('board-H');
      const card = column.locator('.board-card', { hasText: name });
      await card.waitFor();
      const next = (await card.locator('.board-next').innerText()).match(/\d{4}-\d{2}-\d{2}/)[0];
      const days = daysBetween(hotelDate(), next);
      assert.ok(days >= 0 && days <= 7, `due within 7 days, got ${next}`);
      await card.focus();
      await page.keyboard.press('ArrowRight');
      await screenshot(page, 'follow-ups-board');
      await card.click();

      const form = page.getByTestId('follow-up-form');
      await form.waitFor();
      await form.locator('button[type="submit"]').click();
      await page.locator('#fu-content[aria-invalid="true"]').waitFor();
      await page.fill('#fu-impression', '对方很重视服务');
      await page.fill('#fu-content', '介绍了宴会厅和会议套餐');
      await page.fill('#fu-bottleneck', '预算审批');
      await page.fill('#fu-plan', '下周带报价拜访');
      await form.locator('button[type="submit"]').click();
      await page.getByTestId('follow-up-history').getByText('介绍了宴会厅和会议套餐').waitFor();

      await page.getByTestId('close-form').locator('button[type="submit"]').click();
      await page.getByTestId('prospect-status').getByText('已成交').waitFor();
      await screenshot(page, 'prospect-won');
    } finally {
      await context.close();
    }
  });

  it('records feedback with a rating and finds it in the list', async () => {
    const stack = getStack();
    const text = `早餐种类丰富-${randomUUID().slice(0, 6)}`;
    const { context, page } = await stack.signedInPage('manager');
    try {
      await page.locator('nav a[href="/feedback"]').click();
      const form = page.getByTestId('fb-form');
      await form.waitFor();
      await form.locator('input[name="fb-rating"][value="4"]').check();
      await page.selectOption('#fb-channel', 'SURVEY');
      await page.fill('#fb-category', '餐饮');
      await page.fill('#fb-text', text);
      await form.locator('button[type="submit"]').click();
      await form.getByRole('status').waitFor();
      const row = page.getByTestId('feedback-table').locator('tr', { hasText: text });
      await row.waitFor();
      assert.match(await row.innerText(), /★★★★/);
      // The follow-up is recorded in the row: empty is refused beside the field, then it is kept.
      const followUp = row.getByTestId('feedback-follow-up');
      await followUp.locator('button[type="submit"]').click();
      assert.equal(await followUp.locator('[data-field-error]').innerText(), '必填');
      await followUp.locator('input').fill('已转餐饮部，下周增加粤式点心');
      await followUp.locator('button[type="submit"]').click();
      await row.filter({ hasText: '已转餐饮部，下周增加粤式点心' }).waitFor();
      assert.equal(await row.getByTestId('feedback-follow-up').count(), 0);
      await page.getByTestId('feedback-summary').waitFor();
      await screenshot(page, 'feedback-list');
    } finally {
      await context.close();
    }
  });
}
