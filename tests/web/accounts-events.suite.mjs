// Events, grade changes and tasks made by hand in the browser, from the keyboard where the call
// centre works: an event is created and a guest who did not buy is recorded (picked by
// search-as-you-type), the +3/+15 revisit tasks show at once and in "my follow-ups"; a prospect's
// grade is changed on its page and on the board and the next date moves; a task made by hand
// lands in the due list, and one from the customer card in its panel.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { it } from 'node:test';
import { hotelDate, screenshot } from './harness.mjs';

/** Types into the customer picker and picks the first match with Enter. */
async function pickCustomer(page, inputId, name) {
  await page.focus(`#${inputId}`);
  await page.keyboard.type(name);
  await page.getByRole('option', { name: new RegExp(name) }).first().waitFor();
  await page.keyboard.press('Enter');
  await page.getByTestId(`${inputId}-picked`).getByText(name).waitFor();
}

async function focused(page) {
  return page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.id ?? '');
}

export function accountsEventsSuite(getStack) {
  it('creates an event, records a guest who did not buy and sees the +3/+15 revisit tasks', async () => {
    const stack = getStack();
    const tag = randomUUID().slice(0, 6);
    const guest = `品鉴来宾-${tag}`;
    const buyer = `订房来宾-${tag}`;
    const sales = await stack.token('sales');
    await stack.createCustomer({ kind: 'INDIVIDUAL', name: guest }, sales);
    const buyerId = await stack.createCustomer({ kind: 'INDIVIDUAL', name: buyer }, sales);
    const { context, page } = await stack.signedInPage('sales');
    try {
      await page.locator('nav a[href="/events"]').click();
      const form = page.getByTestId('create-event-form');
      await form.waitFor();
      // Nothing filled: both fields say so and the focus goes to the first.
      await page.focus('#event-name');
      await page.keyboard.press('Enter');
      await page.locator('#event-name[aria-invalid="true"]').waitFor();
      assert.equal(await form.locator('[data-field-error]').count(), 2);
      assert.equal(await focused(page), 'event-name');

      // Held yesterday: the revisit calls fall 2 and 14 days from today.
      await page.keyboard.type(`红酒品鉴会-${tag}`);
      await page.fill('#event-heldOn', hotelDate(-1));
      await page.focus('#event-name');
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/events\/\d+$/);
      assert.match(await page.getByTestId('event-title').innerText(), new RegExp(`红酒品鉴会-${tag}`));

      // The guest by search-as-you-type, "bought" left unticked, sent from the keyboard.
      await pickCustomer(page, 'attendance-customer', guest);
      await page.keyboard.press('Tab'); // from "change customer", which has the focus after picking
      assert.equal(await focused(page), 'attendance-purchased');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      const result = page.getByTestId('attendance-result');
      const tasks = result.getByTestId('revisit-tasks').locator('li');
      await tasks.first().waitFor();
      assert.deepEqual(
        (await tasks.allInnerTexts()).map((s) => s.slice(0, 10)),
        [hotelDate(2), hotelDate(14)],
      );
      assert.match(await result.innerText(), new RegExp(`${guest}.*2 个回访任务`));
      // Ready for the next guest: an empty search box with the focus.
      assert.equal(await focused(page), 'attendance-customer');
      assert.equal(await page.inputValue('#attendance-customer'), '');
      const row = page.getByTestId('event-guests').locator('tr', { hasText: guest });
      await row.waitFor();
      assert.match(await row.innerText(), new RegExp(`否\\s+${hotelDate(2)}\\s+${hotelDate(14)}`));
      await screenshot(page, 'event-attendance');

      // From the buyer's card: the event chosen, "bought" ticked — no calls.
      await page.goto(`${stack.url}/customers/${buyerId}`);
      await page.getByTestId('card-record-attendance').click();
      const cardForm = page.getByTestId('prospect-panel').getByTestId('attendance-form');
      await cardForm.waitFor();
      await page.locator('#attendance-event option', { hasText: `红酒品鉴会-${tag}` }).waitFor({ state: 'attached' });
      await page.selectOption('#attendance-event', { label: `${hotelDate(-1)} 红酒品鉴会-${tag}` });
      await cardForm.getByTestId('attendance-purchased').check();
      await cardForm.locator('button[type="submit"]').click();
      await cardForm.getByTestId('attendance-result').getByText('无需回访').waitFor();
      assert.equal(await cardForm.getByTestId('revisit-tasks').count(), 0);

      // The +3 call is in "my follow-ups" (the next 7 days), for the guest.
      await page.locator('nav a[href="/follow-ups"]').click();
      const upcoming = page.getByTestId('due-upcoming');
      const task = upcoming.locator('.task-row', { hasText: guest });
      await task.waitFor();
      assert.match(await task.innerText(), new RegExp(`${hotelDate(2)}\\s+活动回访\\s+活动回访：红酒品鉴会-${tag}`));
      assert.equal(await page.getByTestId('my-follow-ups').locator('.task-row', { hasText: buyer }).count(), 0);
    } finally {
      await context.close();
    }
  });

  it('changes a grade on the prospect page and on the board, and the next date moves', async () => {
    const stack = getStack();
    const name = `改级客户-${randomUUID().slice(0, 6)}`;
    const sales = await stack.token('sales');
    const customerId = await stack.createCustomer({ kind: 'CORPORATE', name }, sales);
    const created = await stack.gql(
      'mutation($input: CreateProspectInput!) { createProspect(input: $input) { prospect { id nextFollowUpOn } errors { code } } }',
      { input: { customerId, grade: 'C' } },
      sales,
    );
    assert.deepEqual(created.createProspect.errors, []);
    const { id, nextFollowUpOn: sixMonths } = created.createProspect.prospect;
    const { context, page } = await stack.signedInPage('sales');
    try {
      await page.goto(`${stack.url}/prospects/${id}`);
      const next = page.getByTestId('prospect-next');
      await next.getByText(sixMonths).waitFor();
      // C → H with the arrow keys on the radio group, Enter saves.
      await page.locator('[data-testid="prospect-grade-panel"] input[value="C"]').focus();
      for (let i = 0; i < 3; i += 1) await page.keyboard.press('ArrowLeft');
      assert.equal(await page.locator('[data-testid="prospect-grade-panel"] input[value="H"]').isChecked(), true);
      await page.keyboard.press('Enter');
      await page.getByTestId('grade-changed').getByText(`已改为 H 级，下次跟进日期 ${hotelDate(7)}`).waitFor();
      await next.getByText(hotelDate(7)).waitFor();
      assert.match(await page.getByTestId('prospect-grade').innerText(), /^H 级/);

      // On the board: Tab from the card to its "grade" button, H → A, Enter; the card moves to A
      // with a date a calendar month away, and keeps the focus there.
      await page.locator('nav a[href="/follow-ups"]').click();
      const card = page.getByTestId('board-H').getByTestId(`board-card-${id}`);
      await card.focus();
      await page.keyboard.press('Tab');
      assert.equal(await focused(page), `board-grade-${id}`);
      await page.keyboard.press('Enter');
      const changer = page.getByTestId('prospect-board').getByTestId('grade-changer');
      await changer.waitFor();
      assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('value')), 'H');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Enter');
      const moved = page.getByTestId('board-A').getByTestId(`board-card-${id}`);
      await moved.waitFor();
      const status = await page.getByTestId('board-grade-changed').innerText();
      const date = status.match(/\d{4}-\d{2}-\d{2}/)?.[0];
      assert.ok(date && date > hotelDate(27) && date < hotelDate(32), `about a month ahead: ${status}`);
      assert.match(await moved.locator('.board-next').innerText(), new RegExp(date));
      assert.equal(await page.getByTestId('board-H').getByTestId(`board-card-${id}`).count(), 0);
      await page.waitForFunction((cardId) => document.activeElement?.getAttribute('data-testid') === cardId, `board-card-${id}`);
      await screenshot(page, 'board-grade-changed');
    } finally {
      await context.close();
    }
  });

  it('makes a follow-up task by hand on the follow-ups page and on the customer card', async () => {
    const stack = getStack();
    const tag = randomUUID().slice(0, 6);
    const name = `回访客户-${tag}`;
    const customerId = await stack.createCustomer({ kind: 'INDIVIDUAL', name }, await stack.token('sales'));
    const { context, page } = await stack.signedInPage('sales');
    try {
      await page.locator('nav a[href="/follow-ups"]').click();
      await page.getByTestId('due-today').waitFor();
      await page.getByTestId('new-task').focus();
      await page.keyboard.press('Enter');
      const form = page.getByTestId('new-task-form');
      await form.waitFor();
      // The due date starts at the hotel's today; customer and title are required.
      assert.equal(await page.inputValue('#task-dueOn'), hotelDate(0));
      await form.locator('button[type="submit"]').click();
      await page.locator('#task-title[aria-invalid="true"]').waitFor();
      assert.equal(await form.locator('[data-field-error]').count(), 2);

      await pickCustomer(page, 'task-customer', name);
      await page.fill('#task-title', `确认年会报价-${tag}`);
      // A day already past: the server refuses it beside the date.
      await page.fill('#task-dueOn', hotelDate(-1));
      await page.focus('#task-title');
      await page.keyboard.press('Enter');
      assert.equal(await form.locator('[data-field-error="task-dueOn"]').innerText(), '日期不能早于今天');
      await page.fill('#task-dueOn', hotelDate(0));
      await page.fill('#task-note', '客户说下午三点后方便');
      await page.focus('#task-title');
      await page.keyboard.press('Enter');
      await page.getByTestId('new-task-created').getByText(`确认年会报价-${tag}`).waitFor();
      assert.equal(await form.count(), 0);
      assert.equal(await focused(page), 'new-task');
      const row = page.getByTestId('due-today').locator('.task-row', { hasText: `确认年会报价-${tag}` });
      await row.waitFor();
      assert.match(await row.innerText(), new RegExp(`手动任务.*${name}`));
      await screenshot(page, 'manual-task');

      // From the card: the customer is given; due in three days it shows in the card's panel.
      await page.goto(`${stack.url}/customers/${customerId}`);
      const panel = page.getByTestId('prospect-panel');
      await panel.getByTestId('card-new-task').click();
      await page.fill('#task-title', `送生日蛋糕-${tag}`);
      await page.fill('#task-dueOn', hotelDate(3));
      await page.keyboard.press('Enter');
      await panel.getByTestId('card-task-created').getByText(`送生日蛋糕-${tag}`).waitFor();
      await panel.locator('.task-row', { hasText: `送生日蛋糕-${tag}` }).getByText(hotelDate(3)).waitFor();
    } finally {
      await context.close();
    }
  });
}
