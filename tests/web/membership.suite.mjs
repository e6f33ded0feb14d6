// Membership in the browser: issuing a card from the customer card, a top-up with its
// bonus, a redemption beyond the balance refused beside the field, a lost card blocked;
// the membership page checks the check digit before asking the server.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { screenshot } from './harness.mjs';

/** The newest seeded individual guest without a card (other suites pick the oldest first). */
async function nonMember(getStack) {
  const nodes = await getStack().customers(60, 'id kind status membership { cardNumber }');
  const found = nodes.find((n) => n.kind === 'INDIVIDUAL' && n.status !== 'MERGED' && !n.membership);
  assert.ok(found, 'a seeded guest without a card');
  return found;
}

const panel = (page) => page.getByTestId('membership-panel');

export function membershipSuite(getStack) {
  let cardNumber = null;

  it('issues a card from the customer card, tops up 5,000 yuan and shows 5,500 with the bonus', async () => {
    const customer = await nonMember(getStack);
    const { context, page } = await getStack().signedInPage('frontdesk');
    try {
      await page.goto(`${getStack().url}/customers/${customer.id}`);
      await panel(page).getByTestId('membership-issue').click();
      await page.getByTestId('membership-issue-dialog').waitFor();
      await page.selectOption('#membership-tier', 'SILVER');
      await page.getByTestId('membership-confirm').click();
      await panel(page).getByTestId('membership-number').waitFor();
      cardNumber = (await panel(page).getByTestId('membership-number').innerText()).replace(/\s+/g, '');
      assert.match(cardNumber, /^\d{16}$/);
      assert.match(await panel(page).getByTestId('membership-tier').innerText(), /银卡/);

      await panel(page).locator('button[data-action="topUp"]').click();
      await page.fill('#membership-topUp-value', '5000');
      await page.getByTestId('membership-after').filter({ hasText: '¥5,500.00' }).waitFor();
      await screenshot(page, 'membership-top-up');
      await page.getByTestId('membership-confirm').click();
      await panel(page).getByTestId('membership-stored').filter({ hasText: '¥5,500.00' }).waitFor();
      const kinds = await panel(page).locator('[data-testid="membership-ledger"] tbody tr').evaluateAll((rows) => rows.map((r) => r.dataset.kind));
      assert.deepEqual(kinds, ['BONUS', 'TOP_UP']);
    } finally {
      await context.close();
    }
  });

  it('refuses a redemption beyond the balance beside the field and keeps what was typed', async () => {
    assert.ok(cardNumber, 'the issuing test ran first');
    const { context, page } = await getStack().signedInPage('frontdesk');
    try {
      await page.goto(`${getStack().url}/membership`);
      await page.fill('#membership-lookup-number', cardNumber.slice(0, 15) + String((Number(cardNumber[15]) + 1) % 10));
      await page.getByTestId('membership-lookup').locator('button[type="submit"]').click();
      await page.locator('[data-field-error="membership-lookup-number"]').waitFor();
      await page.fill('#membership-lookup-number', cardNumber.replace(/(\d{4})(?=\d)/g, '$1 '));
      await page.getByTestId('membership-lookup').locator('button[type="submit"]').click();
      await page.getByTestId('membership-found').waitFor();
      await page.getByTestId('membership-found').getByRole('link').click();
      await panel(page).locator('button[data-action="redeem"]').click();
      await page.fill('#membership-redeem-value', '100');
      await page.getByTestId('membership-confirm').click();
      const error = page.locator('[data-field-error="membership-redeem-value"]');
      await error.waitFor();
      assert.match(await error.innerText(), /积分不足/);
      assert.equal(await page.inputValue('#membership-redeem-value'), '100');
      assert.equal(await panel(page).getByTestId('membership-points').innerText(), '0');
    } finally {
      await context.close();
    }
  });

  it('reports the card lost, after which the balance actions are gone and the server refuses them', async () => {
    assert.ok(cardNumber, 'the issuing test ran first');
    const { context, page } = await getStack().signedInPage('frontdesk');
    try {
      const { gql, token } = getStack();
      const desk = await token('frontdesk');
      const card = (await gql(`{ membershipCard(cardNumber: "${cardNumber}") { customer { id } } }`, {}, desk)).membershipCard;
      await page.goto(`${getStack().url}/customers/${card.customer.id}`);
      await panel(page).locator('button[data-action="lost"]').click();
      await page.getByTestId('membership-after').waitFor();
      await page.getByTestId('membership-confirm').click();
      await panel(page).getByTestId('membership-status').filter({ hasText: '已挂失' }).waitFor();
      const actions = await panel(page).locator('button[data-action]').evaluateAll((els) => els.map((e) => e.dataset.action));
      assert.deepEqual(actions.sort(), ['reissue', 'sharing']);
      const refused = await gql(
        `mutation { topUpStoredValue(input: { cardNumber: "${cardNumber}", amount: 10000 }) { card { id } errors { code } } }`,
        {},
        desk,
      );
      assert.deepEqual(refused.topUpStoredValue.errors, [{ code: 'INVALID_STATE' }]);
    } finally {
      await context.close();
    }
  });
}
