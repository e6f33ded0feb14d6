// Accounts in the browser: a contact with a birthday in the next days shows in the care calendar;
// a contract is created, activated and listed among those expiring soon.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { screenshot } from './harness.mjs';

/** A date at the hotel (Asia/Shanghai), `days` from today, as YYYY-MM-DD. */
function hotelDate(days = 0) {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(Date.now() + days * 86_400_000),
  );
}

async function newAccount(getStack, name) {
  const { gql, token } = getStack();
  const data = await gql(
    'mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { customer { id } errors { message } } }',
    { input: { kind: 'CORPORATE', name } },
    await token('manager'),
  );
  assert.deepEqual(data.createCustomer.errors, []);
  return data.createCustomer.customer.id;
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
}
