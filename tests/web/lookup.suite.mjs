import assert from 'node:assert/strict';
import { it } from 'node:test';
import { screenshot } from './harness.mjs';

/** +8613800138000 → "+86 138-0013-8000": the same number as a caller might dictate it. */
function otherFormat(e164) {
  const national = e164.replace(/^\+86/, '');
  assert.equal(national.length, 11, `expected a Chinese mobile, got ${e164}`);
  return `+86 ${national.slice(0, 3)}-${national.slice(3, 7)}-${national.slice(7)}`;
}

async function seededCustomer(getStack) {
  const nodes = await getStack().customers(20, 'id name kind status phones { number } performance { valueClass }');
  const withMobile = nodes.find(
    (n) => n.kind === 'INDIVIDUAL' && n.status !== 'MERGED' && n.phones.some((p) => /^\+861\d{10}$/.test(p.number)),
  );
  assert.ok(withMobile, 'the demo data has an individual with a mobile number');
  return withMobile;
}

export function lookupSuite(getStack) {
  it('finds the caller by a phone number typed in another format and opens the card', async () => {
    const customer = await seededCustomer(getStack);
    const e164 = customer.phones.find((p) => /^\+861\d{10}$/.test(p.number)).number;
    const { context, page } = await getStack().signedInPage('agent');
    try {
      await page.fill('#lookup-search', otherFormat(e164));
      await page.getByTestId('normalized-phone').filter({ hasText: e164 }).waitFor();
      const row = page.locator(`[data-customer-id="${customer.id}"]`);
      await row.waitFor();
      await screenshot(page, 'lookup-phone');
      await page.press('#lookup-search', 'Enter');
      await page.waitForURL(new RegExp(`/customers/${customer.id}$`));
      assert.equal(await page.getByTestId('customer-name').innerText(), customer.name);
      await page.locator('#stays-title').waitFor();
      // The value class the server derives from the all-time figures, in words.
      const valueClass = page.locator('#perf-title + * [data-value-class]');
      assert.equal(await valueClass.getAttribute('data-value-class'), customer.performance.valueClass);
      assert.match(await valueClass.innerText(), /^(重要客户|常客|偶尔入住)$/);
      await screenshot(page, 'customer-card');
    } finally {
      await context.close();
    }
  });

  it('searches by name and opens a result with arrow down and Enter', async () => {
    const customer = await seededCustomer(getStack);
    const { context, page } = await getStack().signedInPage('agent');
    try {
      // "/" focuses the search box from anywhere on the page.
      await page.mouse.click(5, 400);
      assert.ok(await page.locator('#lookup-search').evaluate((el) => el !== document.activeElement));
      await page.keyboard.press('/');
      assert.ok(await page.locator('#lookup-search').evaluate((el) => el === document.activeElement));
      await page.keyboard.type(customer.name);
      await page.locator(`[data-testid="lookup-results"][data-query="${customer.name}"]`).waitFor();
      await page.locator(`[data-customer-id="${customer.id}"]`).waitFor();
      await screenshot(page, 'lookup-name');

      // The surname alone finds several: arrow down to the last one and open it.
      const surname = customer.name.slice(0, 1);
      await page.keyboard.press('Escape');
      assert.equal(await page.inputValue('#lookup-search'), '');
      await page.keyboard.type(surname);
      await page.locator(`[data-testid="lookup-results"][data-query="${surname}"]`).waitFor();
      const options = page.locator('[role="option"]');
      const count = Math.min(await options.count(), 3);
      assert.ok(count >= 1);
      for (let i = 0; i < count; i += 1) await page.keyboard.press('ArrowDown');
      const chosen = options.nth(count - 1);
      assert.equal(await chosen.getAttribute('aria-selected'), 'true');
      assert.equal(await options.first().getAttribute('aria-selected'), count > 1 ? 'false' : 'true');
      const chosenId = await chosen.getAttribute('data-customer-id');
      const chosenName = await chosen.locator('.result-name').innerText();
      await page.keyboard.press('Enter');
      await page.waitForURL(new RegExp(`/customers/${chosenId}$`));
      assert.equal(await page.getByTestId('customer-name').innerText(), chosenName);

      // Back returns to the same results; Alt+K from a card goes back to the box.
      await page.goBack();
      assert.equal(await page.inputValue('#lookup-search'), surname);
      await page.goForward();
      await page.getByTestId('customer-name').waitFor();
      await page.keyboard.press('Alt+K');
      await page.waitForURL((u) => u.pathname === '/');
      await page.waitForFunction(() => document.activeElement?.id === 'lookup-search');
    } finally {
      await context.close();
    }
  });

  it('says clearly when nothing matches, and Esc clears the box', async () => {
    const { context, page } = await getStack().signedInPage('agent');
    try {
      await page.fill('#lookup-search', 'qqxxzzqq');
      const none = page.getByTestId('no-match');
      await none.waitFor();
      assert.match(await none.innerText(), /没有匹配/);
      await page.press('#lookup-search', 'Escape');
      assert.equal(await page.inputValue('#lookup-search'), '');
    } finally {
      await context.close();
    }
  });

  it('shows a manager the masked ID number and reveals it once for a reason', async () => {
    const { customers, signedInPage } = getStack();
    const withId = (await customers(30, 'id idNumberMasked status')).find((n) => n.idNumberMasked && n.status !== 'MERGED');
    assert.ok(withId, 'a seeded customer has an ID number');
    const { context, page } = await signedInPage('manager');
    try {
      await page.goto(`${getStack().url}/customers/${withId.id}`);
      assert.equal(await page.getByTestId('id-masked').innerText(), withId.idNumberMasked);
      await page.getByRole('button', { name: '查看完整证件号' }).click();
      await page.fill('#reveal-reason', '客人入住核验身份');
      await page.press('#reveal-reason', 'Enter');
      const revealed = page.getByTestId('revealed-id');
      await revealed.waitFor();
      const full = await revealed.locator('code').innerText();
      assert.equal(full.length, withId.idNumberMasked.length);
      assert.equal(full.slice(-4), withId.idNumberMasked.slice(-4));
    } finally {
      await context.close();
    }
  });

  it('edits a customer, and on a stale version keeps what was typed and says so', async () => {
    const { gql, token, signedInPage } = getStack();
    const customer = await seededCustomer(getStack);
    const { context, page } = await signedInPage('manager');
    try {
      await page.goto(`${getStack().url}/customers/${customer.id}`);
      await page.getByTestId('edit-button').click();
      await page.fill('#edit-notes', '喜欢安静的房间');
      // Someone else saves meanwhile.
      const manager = await token('manager');
      const current = await gql(`{ customer(id: "${customer.id}") { version } }`, {}, manager);
      const changed = await gql(
        'mutation($input: UpdateCustomerInput!) { updateCustomer(input: $input) { errors { code } } }',
        { input: { id: customer.id, expectedVersion: current.customer.version, nameEn: 'Someone Else' } },
        manager,
      );
      assert.deepEqual(changed.updateCustomer.errors, []);
      await page.press('#edit-name', 'Enter');
      await page.getByTestId('conflict').waitFor();
      assert.equal(await page.inputValue('#edit-notes'), '喜欢安静的房间');
      await screenshot(page, 'customer-edit-conflict');
      await page.getByRole('button', { name: '加载最新版本（保留我的修改）' }).click();
      await page.getByTestId('conflict').waitFor({ state: 'detached' });
      assert.equal(await page.inputValue('#edit-notes'), '喜欢安静的房间');
      // What the user left alone takes the other person's newer value.
      assert.equal(await page.inputValue('#edit-nameEn'), 'Someone Else');
      await page.press('#edit-name', 'Enter');
      await page.getByText('已保存。').waitFor();
      assert.match(await page.locator('.notes').innerText(), /喜欢安静的房间/);
      assert.match(await page.getByTestId('customer-header').innerText(), /Someone Else/);
    } finally {
      await context.close();
    }
  });
}
