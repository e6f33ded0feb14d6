// Accounts in the browser: a contact with a birthday in the next days shows in the care calendar;
// a contact's notes are written and changed on the card; a contract is created, activated and listed
// among those expiring soon; a draft's terms are edited, and a save over someone else's change is refused.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { hotelDate, screenshot } from './harness.mjs';

async function newAccount(getStack, name) {
  const { createCustomer, token } = getStack();
  return createCustomer({ kind: 'CORPORATE', name }, await token('manager'));
}

const CONTRACT = 'id number version status kind paymentTerms notes discountPercent rates { roomType rate }';

/** A DRAFT contract made through the API (as the manager). */
async function newDraft(getStack, customerId, number) {
  const { gql, token } = getStack();
  const data = await gql(
    `mutation($input: CreateContractInput!) { createContract(input: $input) { contract { ${CONTRACT} } errors { field code } } }`,
    {
      input: {
        customerId,
        number,
        kind: '公司协议',
        startDate: hotelDate(0),
        endDate: hotelDate(200),
        discountPercent: 10,
        rates: [{ roomType: '大床房', rate: 45000 }],
        paymentTerms: '月结30天',
      },
    },
    await token('manager'),
  );
  assert.deepEqual(data.createContract.errors, []);
  return data.createContract.contract;
}

async function readContract(getStack, id) {
  const { gql, token } = getStack();
  return (await gql(`query($id: ID!) { contract(id: $id) { ${CONTRACT} } }`, { id }, await token('manager'))).contract;
}

export function accountsContractsSuite(getStack) {
  it('adds a contact with a birthday in 3 days on the card and finds it in the care calendar', async () => {
    const id = await newAccount(getStack, '浏览器测试科技有限公司');
    const birthday = `1986-${hotelDate(3).slice(5)}`;
    const { context, page } = await getStack().signedInPage('sales');
    try {
      await page.goto(`${getStack().url}/customers/${id}`);
      const panel = page.getByTestId('contacts-panel');
      await panel.waitFor();
      await page.fill('#contact-phone', '12');
      await page.locator('#contact-name').fill('');
      await panel.locator('button[type="submit"]').click();
      await page.locator('[data-field-error="contact-name"]').waitFor();
      await page.fill('#contact-name', '欧阳娜娜');
      await page.fill('#contact-title', '行政总监');
      await panel.locator('button[type="submit"]').click();
      await page.locator('[data-field-error="contact-phone"]').waitFor();
      assert.equal(await page.inputValue('#contact-name'), '欧阳娜娜', 'what was typed stays');
      await page.fill('#contact-phone', '139 0139 0139');
      await page.fill('#contact-birthday', birthday);
      await panel.locator('button[type="submit"]').click();
      await panel.locator('[data-testid="contact"][data-name="欧阳娜娜"]').waitFor();
      assert.match(await panel.locator('[data-testid="contact"]').first().innerText(), /主要联系人/);

      await page.goto(`${getStack().url}/care`);
      await page.selectOption('#care-days', '7');
      const row = page.locator('[data-testid="care-event"]', { hasText: '欧阳娜娜' });
      await row.waitFor();
      await screenshot(page, 'care-calendar');
      await row.locator('button').click();
      await row.getByText('今年已问候').waitFor();
    } finally {
      await context.close();
    }
  });

  it('creates a contract with an error beside the field, activates it and sees it expiring soon', async () => {
    const id = await newAccount(getStack, '浏览器合同测试有限公司');
    const number = `WEB-${Date.now()}`;
    const { context, page } = await getStack().signedInPage('sales');
    try {
      await page.goto(`${getStack().url}/contracts?customerId=${id}`);
      const form = page.getByTestId('contract-form');
      await form.waitFor();
      await page.fill('#contract-number', number);
      await page.fill('#contract-startDate', hotelDate(0));
      await page.fill('#contract-endDate', hotelDate(-1));
      await page.fill('#contract-roomType', '大床房');
      await page.fill('#contract-rate', '488');
      await form.locator('button[type="submit"]').click();
      await page.locator('[data-field-error="contract-endDate"]').waitFor();
      await page.fill('#contract-endDate', hotelDate(10));
      await form.locator('button[type="submit"]').click();
      const row = page.locator(`[data-testid="contract-row"][data-number="${number}"]`);
      await row.waitFor();
      assert.equal(await row.getAttribute('data-status'), 'DRAFT');
      await row.getByRole('button', { name: '生效' }).click();
      await page.locator(`[data-testid="contract-row"][data-number="${number}"][data-status="ACTIVE"]`).waitFor();
      await page.locator(`[data-testid="expiring-contract"][data-number="${number}"]`).waitFor();
      await screenshot(page, 'contracts');

      await page.goto(`${getStack().url}/customers/${id}`);
      await page.getByTestId('contracts-panel').locator('li.expiring', { hasText: number }).waitFor();
    } finally {
      await context.close();
    }
  });

  it('writes and changes a contact\'s notes on the card', async () => {
    const id = await newAccount(getStack, '浏览器备注测试有限公司');
    const { context, page } = await getStack().signedInPage('sales');
    try {
      await page.goto(`${getStack().url}/customers/${id}`);
      const panel = page.getByTestId('contacts-panel');
      await panel.waitFor();
      await page.fill('#contact-name', '司马光');
      await page.fill('#contact-notes', '只在上午联系\n对海鲜过敏');
      await page.press('#contact-notes', 'Control+Enter');
      const contact = panel.locator('[data-testid="contact"][data-name="司马光"]');
      await contact.waitFor();
      assert.match(await contact.getByTestId('contact-notes').innerText(), /只在上午联系\n对海鲜过敏/, 'notes keep their lines');

      await contact.getByRole('button', { name: '修改' }).click();
      assert.equal(await page.inputValue('#contact-notes'), '只在上午联系\n对海鲜过敏', 'the form opens with the notes');
      await page.fill('#contact-notes', 'x'.repeat(2001));
      assert.equal((await page.inputValue('#contact-notes')).length, 2000, 'no more than the server keeps');
      await page.fill('#contact-notes', '下午也可以联系');
      await panel.locator('button[type="submit"]').click();
      await contact.getByTestId('contact-notes').getByText('下午也可以联系').waitFor();
      await screenshot(page, 'contact-notes');

      await page.reload();
      await panel.locator('[data-testid="contact"][data-name="司马光"]').getByText('下午也可以联系').waitFor();
    } finally {
      await context.close();
    }
  });

  it('edits a draft contract with errors beside the fields and refuses a save over someone else\'s change', async () => {
    const id = await newAccount(getStack, '浏览器合同修改有限公司');
    const stamp = Date.now();
    const draft = await newDraft(getStack, id, `EDIT-${stamp}`);
    const { context, page } = await getStack().signedInPage('sales');
    try {
      await page.goto(`${getStack().url}/contracts?customerId=${id}`);
      const row = page.locator(`[data-testid="contract-row"][data-number="EDIT-${stamp}"]`);
      await row.getByRole('button', { name: '修改' }).click();
      const form = page.getByTestId('contract-edit-form');
      await form.waitFor();
      const p = `#contract-${draft.id}`;
      assert.equal(await page.evaluate(() => document.activeElement?.id), `contract-${draft.id}-number`, 'the number has the focus');
      assert.equal(await page.inputValue(`${p}-rate`), '450');
      assert.equal(await page.inputValue(`${p}-paymentTerms`), '月结30天');

      // The server's errors land beside their fields: discount over 100 %, a room type twice.
      await page.fill(`${p}-discountPercent`, '120');
      await form.getByRole('button', { name: '再加一种房型' }).click();
      await page.fill(`${p}-roomType-1`, '大床房');
      await page.fill(`${p}-rate-1`, '500');
      await form.getByRole('button', { name: '保存修改' }).click();
      await page.locator(`[data-field-error="contract-${draft.id}-discountPercent"]`).waitFor();
      await page.locator(`[data-field-error="contract-${draft.id}-roomType-1"]`).waitFor();
      assert.equal((await readContract(getStack, draft.id)).version, draft.version, 'nothing was saved');

      await page.fill(`${p}-discountPercent`, '12.5');
      await page.fill(`${p}-roomType-1`, '行政套房');
      await page.fill(`${p}-rate-1`, '880');
      await page.fill(`${p}-notes`, '含双早');
      await form.getByRole('button', { name: '保存修改' }).click();
      await page.getByTestId('contracts-status').getByText(`已保存合同 EDIT-${stamp}`).waitFor();
      const saved = await readContract(getStack, draft.id);
      assert.equal(saved.discountPercent, 12.5);
      assert.equal(saved.notes, '含双早');
      assert.deepEqual(saved.rates, [
        { roomType: '大床房', rate: 45000 },
        { roomType: '行政套房', rate: 88000 },
      ]);
      await row.getByText('行政套房').waitFor();

      // Someone else saves the same draft while this form is open: the save is refused, nothing is lost.
      await row.getByRole('button', { name: '修改' }).click();
      await form.waitFor();
      const { gql, token } = getStack();
      const other = await gql(
        'mutation($input: UpdateContractInput!) { updateContract(input: $input) { errors { code } } }',
        { input: { id: draft.id, expectedVersion: saved.version, paymentTerms: '预付' } },
        await token('manager'),
      );
      assert.deepEqual(other.updateContract.errors, []);
      await page.fill(`${p}-kind`, '会议协议');
      await form.getByRole('button', { name: '保存修改' }).click();
      const conflict = form.getByTestId('contract-conflict');
      await conflict.waitFor();
      assert.match(await conflict.innerText(), /已被他人修改/);
      assert.equal(await page.inputValue(`${p}-kind`), '会议协议', 'what was typed stays');
      const untouched = await readContract(getStack, draft.id);
      assert.equal(untouched.kind, '公司协议', 'the refused save wrote nothing');
      assert.equal(untouched.paymentTerms, '预付');
      await screenshot(page, 'contract-conflict');

      // Loading the latest keeps my change and takes theirs; then the save goes through.
      await conflict.getByRole('button').click();
      await conflict.waitFor({ state: 'detached' });
      assert.equal(await page.inputValue(`${p}-paymentTerms`), '预付');
      assert.equal(await page.inputValue(`${p}-kind`), '会议协议');
      await form.getByRole('button', { name: '保存修改' }).click();
      await form.waitFor({ state: 'detached' });
      const merged = await readContract(getStack, draft.id);
      assert.equal(merged.kind, '会议协议');
      assert.equal(merged.paymentTerms, '预付');

      // The card's contracts panel edits a draft with the same form; Escape closes it.
      await page.goto(`${getStack().url}/customers/${id}`);
      const item = page.getByTestId('contracts-panel').locator(`[data-testid="customer-contract"][data-number="EDIT-${stamp}"]`);
      await item.getByRole('button', { name: '修改' }).click();
      await page.keyboard.press('Escape');
      await item.getByTestId('contract-edit-form').waitFor({ state: 'detached' });
      await item.getByRole('button', { name: '修改' }).click();
      await page.fill(`#card-contract-${draft.id}-endDate`, hotelDate(300));
      await page.press(`#card-contract-${draft.id}-paymentTerms`, 'Enter');
      await page.getByTestId('contracts-panel').getByText(`已保存合同 EDIT-${stamp}`).waitFor();
      assert.equal((await readContract(getStack, draft.id)).status, 'DRAFT');
      await item.getByText(hotelDate(300)).waitFor();
    } finally {
      await context.close();
    }
  });
}
