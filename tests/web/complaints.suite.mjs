// Complaints in the browser: filing with live suggestions, the workflow as a manager
// (only allowed moves offered), board filters with overdue rows, the escalation alert.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { screenshot } from './harness.mjs';

const SMALL = { width: 1366, height: 768 };
const noHorizontalScroll = (page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);
const moves = async (page) =>
  page.locator('[data-testid="workflow-actions"] button[data-move]').evaluateAll((els) => els.map((e) => e.dataset.move));

export function complaintsSuite(getStack) {
  let filedId = null;

  it('files a complaint while the matching procedure appears as it is typed', async () => {
    const { context, page } = await getStack().signedInPage('agent');
    try {
      await page.goto(`${getStack().url}/complaints/new`);
      await page.getByTestId('complaint-form').waitFor();
      await page.fill('#c-category', '客房设施');
      await page.selectOption('#c-severity', 'HIGH');
      await page.locator('#c-description').pressSequentially('空调噪音很大，客人整晚无法入睡', { delay: 20 });
      const first = page.getByTestId('suggestion').first();
      await first.waitFor();
      assert.match(await first.innerText(), /空调噪音处理流程/);
      await screenshot(page, 'complaint-form-suggestions');
      await page.getByTestId('complaint-submit').click();
      await page.waitForURL(/\/complaints\/\d+$/);
      filedId = page.url().split('/').pop();
      await page.getByTestId('complaint-detail').waitFor();
      assert.equal(await page.getByTestId('complaint-detail').getAttribute('data-status'), 'OPEN');
      assert.match(await page.getByTestId('linked-articles').innerText(), /空调噪音处理流程/);
      // The agent filed it but is not its assignee: no workflow buttons.
      assert.deepEqual(await moves(page), []);
    } finally {
      await context.close();
    }
  });

  it('moves the complaint through the workflow as a manager, offering only allowed moves', async () => {
    assert.ok(filedId, 'the filing test ran first');
    const { context, page } = await getStack().signedInPage('manager', { viewport: SMALL });
    try {
      await page.goto(`${getStack().url}/complaints/${filedId}`);
      await page.getByTestId('complaint-detail').waitFor();
      assert.deepEqual(await moves(page), ['INVESTIGATING', 'RESOLVED']);
      assert.equal(await page.getByTestId('create-article').count(), 0);
      assert.ok(await noHorizontalScroll(page), 'no horizontal scroll on the detail at 1366×768');

      await page.click('button[data-move="INVESTIGATING"]');
      await page.getByTestId('move-confirm').click();
      await page.locator('[data-testid="complaint-detail"][data-status="INVESTIGATING"]').waitFor();
      assert.deepEqual(await moves(page), ['RESOLVED']);

      await page.click('button[data-move="RESOLVED"]');
      await page.fill('#m-resolution', '');
      await page.getByTestId('move-confirm').click();
      await page.locator('[data-field-error="m-resolution"]').waitFor();
      await page.fill('#m-resolution', '工程部更换风机，为客人换房并赠送早餐');
      await page.fill('#m-rootCause', '风机轴承老化');
      await page.fill('#m-compensation', '128');
      await page.getByTestId('move-confirm').click();
      await page.locator('[data-testid="complaint-detail"][data-status="RESOLVED"]').waitFor();
      assert.deepEqual(await moves(page), ['CLOSED', 'REOPENED']);
      assert.equal(await page.getByTestId('create-article').count(), 1);

      await page.click('button[data-move="CLOSED"]');
      await page.getByTestId('move-confirm').click();
      assert.equal(await page.getByTestId('complaint-detail').getAttribute('data-status'), 'RESOLVED');
      await page.check('input[name="satisfied"][value="yes"]');
      await page.getByTestId('move-confirm').click();
      await page.locator('[data-testid="complaint-detail"][data-status="CLOSED"]').waitFor();
      assert.deepEqual(await moves(page), ['REOPENED']);
      const actions = await page.locator('[data-testid="complaint-timeline"] > li').evaluateAll((els) => els.map((e) => e.dataset.action));
      assert.deepEqual(actions, ['CLOSED', 'RESOLVED', 'INVESTIGATING', 'FILED']);
      await screenshot(page, 'complaint-closed');
    } finally {
      await context.close();
    }
  });

  it('filters the board, highlights overdue rows and alerts managers to escalations', async () => {
    const { context, page } = await getStack().signedInPage('manager', { viewport: SMALL });
    try {
      await page.goto(`${getStack().url}/complaints`);
      await page.getByTestId('complaint-row').first().waitFor();
      // seed-demo leaves some complaints overdue; the server escalates them at start.
      await page.getByTestId('escalation-banner').waitFor();
      assert.ok(await noHorizontalScroll(page), 'no horizontal scroll on the board at 1366×768');

      await page.selectOption('#f-overdue', 'yes');
      await page.waitForURL(/overdue=yes/);
      await page.getByTestId('complaint-row').first().waitFor();
      const overdue = await page.getByTestId('complaint-row').evaluateAll((rows) =>
        rows.map((r) => [r.dataset.overdue, r.classList.contains('overdue'), getComputedStyle(r.cells[1]).backgroundColor]),
      );
      assert.ok(overdue.length > 0);
      for (const [flag, highlighted, background] of overdue) {
        assert.equal(flag, 'true');
        assert.ok(highlighted);
        assert.notEqual(background, 'rgba(0, 0, 0, 0)');
      }
      await screenshot(page, 'complaints-board-overdue');

      await page.selectOption('#f-overdue', '');
      await page.selectOption('#f-status', 'CLOSED');
      await page.waitForURL(/status=CLOSED/);
      await page.getByTestId('complaint-row').first().waitFor();
      const statuses = await page.locator('[data-testid="complaint-row"] [data-status]').evaluateAll((els) => els.map((e) => e.dataset.status));
      assert.ok(statuses.length > 0 && statuses.every((s) => s === 'CLOSED'));

      // Keyboard: the first row's link, ArrowDown to the next, Enter opens it.
      await page.locator('a[data-row-link]').first().focus();
      await page.keyboard.press('ArrowDown');
      const second = await page.locator('a[data-row-link]').nth(1).innerText();
      await page.keyboard.press('Enter');
      await page.waitForURL(new RegExp(`/complaints/${second}$`));
    } finally {
      await context.close();
    }
  });

  it('shows open complaints on the customer card and files one from there', async () => {
    const { gql, token } = getStack();
    const manager = await token('manager');
    const data = await gql('{ complaints(first: 100, status: OPEN) { edges { node { customer { id name } } } } }', {}, manager);
    const withCustomer = data.complaints.edges.map((e) => e.node.customer).find(Boolean);
    assert.ok(withCustomer, 'seed-demo has an open complaint of a known customer');
    const { context, page } = await getStack().signedInPage('frontdesk');
    try {
      await page.goto(`${getStack().url}/customers/${withCustomer.id}`);
      const panel = page.getByTestId('open-complaints');
      await panel.locator('li').first().waitFor();
      await page.click('[data-quick="complaint"]');
      await page.waitForURL(/\/complaints\/new\?customerId=/);
      // "#<id>" until the name has loaded, then the name.
      await page.getByTestId('complaint-customer').filter({ hasText: withCustomer.name }).waitFor();
      assert.equal(await page.getByTestId('complaint-customer').innerText(), withCustomer.name);
    } finally {
      await context.close();
    }
  });
}
