// The customer card's preferences, key dates and the full profile edit form,
// driven as the call centre, the front desk and a manager would.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { residentId, screenshot } from './harness.mjs';

const CARD = `
  id kind name version tags address idDocumentType idNumberMasked status
  preferences { id category value note }
  keyDates { id kind date note }
`;

/** Seeded customers by kind (none MERGED), oldest first so other suites' picks stay apart. */
async function seeded(getStack) {
  const { customers, token } = getStack();
  const manager = await token('manager');
  const nodes = (await customers(60, CARD)).filter((n) => n.status !== 'MERGED').reverse();
  return {
    manager,
    individuals: nodes.filter((n) => n.kind === 'INDIVIDUAL'),
    corporates: nodes.filter((n) => n.kind === 'CORPORATE'),
  };
}

async function fetchCard(getStack, id, manager) {
  return (await getStack().gql(`{ customer(id: "${id}") { ${CARD} } }`, {}, manager)).customer;
}

const chip = (page, value) => page.locator(`[data-testid="pref-chip"][data-value="${value}"]`);
const fieldError = (page, id) => page.locator(`[data-field-error="${id}"]`);

export function profileSuite(getStack) {
  it('lets an agent add a preference with Enter and remove it from the keyboard', async () => {
    const { individuals, manager } = await seeded(getStack);
    const customer = individuals[0];
    const { context, page } = await getStack().signedInPage('agent');
    try {
      await page.goto(`${getStack().url}/customers/${customer.id}`);
      await page.getByTestId('pref-form').waitFor();
      // An agent records preferences, but neither edits the profile nor key dates.
      assert.equal(await page.getByTestId('edit-button').count(), 0);
      assert.equal(await page.getByTestId('keydate-form').count(), 0);
      assert.equal(await page.locator('[data-testid="keydates-panel"] button.remove-x').count(), 0);

      // An empty value is refused beside its field, before anything is sent.
      await page.fill('#pref-category', '枕头');
      await page.press('#pref-category', 'Enter');
      const valueError = fieldError(page, 'pref-value');
      await valueError.waitFor();
      assert.equal(await valueError.innerText(), '必填');
      assert.equal(await page.getAttribute('#pref-value', 'aria-invalid'), 'true');
      assert.ok(await page.locator('#pref-value').evaluate((el) => el === document.activeElement));
      await screenshot(page, 'card-preference-error');

      await page.fill('#pref-value', '荞麦枕');
      await page.fill('#pref-note', '要低一点');
      await page.press('#pref-note', 'Enter');
      await chip(page, '荞麦枕').waitFor();
      assert.match(await chip(page, '荞麦枕').textContent(), /^荞麦枕 · 要低一点×$/);
      assert.equal(await fieldError(page, 'pref-value').count(), 0);
      assert.equal(await page.inputValue('#pref-value'), '');
      await page.getByText('已添加偏好：枕头 · 荞麦枕').waitFor();
      // A category not in the usual list is fine too.
      await page.fill('#pref-category', '叫醒服务');
      await page.fill('#pref-value', '早上 6:30');
      await page.press('#pref-value', 'Enter');
      await chip(page, '早上 6:30').waitFor();
      await screenshot(page, 'card-preference-added');

      let stored = await fetchCard(getStack, customer.id, manager);
      const added = stored.preferences.find((p) => p.value === '荞麦枕');
      assert.deepEqual({ ...added, id: undefined }, { id: undefined, category: '枕头', value: '荞麦枕', note: '要低一点' });

      // Remove: Tab to ×, Enter asks "移除…？" with the confirm button focused, Enter again removes.
      await chip(page, '荞麦枕').locator('button.remove-x').focus();
      await page.keyboard.press('Enter');
      const confirm = chip(page, '荞麦枕').locator('button[data-confirm-remove]');
      await confirm.waitFor();
      assert.ok(await confirm.evaluate((el) => el === document.activeElement));
      await screenshot(page, 'card-preference-confirm');
      // Esc backs out and gives focus back to ×.
      await page.keyboard.press('Escape');
      await confirm.waitFor({ state: 'detached' });
      assert.ok(await chip(page, '荞麦枕').locator('button.remove-x').evaluate((el) => el === document.activeElement));
      await page.keyboard.press('Enter');
      await confirm.waitFor();
      await page.keyboard.press('Enter');
      await chip(page, '荞麦枕').waitFor({ state: 'detached' });
      await page.getByText('已移除偏好：枕头 · 荞麦枕').waitFor();
      // Focus stays in the panel, on a remove button or the add form.
      assert.ok(
        await page.evaluate(() => !!document.activeElement?.closest('[data-testid="preferences-panel"]')),
        'focus stays in the preferences panel',
      );

      stored = await fetchCard(getStack, customer.id, manager);
      assert.equal(stored.preferences.some((p) => p.value === '荞麦枕'), false);
      assert.ok(stored.preferences.some((p) => p.value === '早上 6:30'));
    } finally {
      await context.close();
    }
  });

  it('lets the front desk add and remove a key date, with the server refusing an odd date beside its field', async () => {
    const { individuals, manager } = await seeded(getStack);
    const customer = individuals[1];
    const { context, page } = await getStack().signedInPage('frontdesk');
    try {
      await page.goto(`${getStack().url}/customers/${customer.id}`);
      await page.getByTestId('keydate-form').waitFor();

      // Before 1900: the browser sends it, the server says no, the message sits beside the date.
      await page.fill('#keydate-kind', '结婚纪念日');
      await page.fill('#keydate-date', '1850-10-01');
      await page.press('#keydate-kind', 'Enter');
      const dateError = fieldError(page, 'keydate-date');
      await dateError.waitFor();
      assert.match(await dateError.innerText(), /1850-10-01/);

      await page.fill('#keydate-date', '2015-10-01');
      await page.fill('#keydate-note', '送花');
      await page.press('#keydate-note', 'Enter');
      const item = page.locator('[data-testid="key-date"][data-date="2015-10-01"][data-kind="结婚纪念日"]');
      await item.waitFor();
      assert.match(await item.innerText(), /2015-10-01\s+结婚纪念日\s+— 送花/);
      assert.equal(await dateError.count(), 0);
      await screenshot(page, 'card-key-date-added');
      const stored = await fetchCard(getStack, customer.id, manager);
      assert.ok(stored.keyDates.some((k) => k.kind === '结婚纪念日' && k.date === '2015-10-01' && k.note === '送花'));

      await item.locator('button.remove-x').click();
      await item.locator('button[data-confirm-remove]').click();
      await item.waitFor({ state: 'detached' });
      const after = await fetchCard(getStack, customer.id, manager);
      assert.equal(after.keyDates.some((k) => k.kind === '结婚纪念日' && k.date === '2015-10-01'), false);
    } finally {
      await context.close();
    }
  });

  it('lets a manager edit the address and tags and shows them on the card', async () => {
    const { individuals, manager } = await seeded(getStack);
    const customer = individuals[2];
    const { context, page } = await getStack().signedInPage('manager');
    try {
      await page.goto(`${getStack().url}/customers/${customer.id}`);
      await page.getByTestId('edit-button').click();
      // An individual's form: personal fields and the ID section, no company fields.
      await page.locator('#edit-gender').waitFor();
      assert.equal(await page.locator('#edit-personInCharge').count(), 0);
      await page.getByTestId('edit-id-section').waitFor();

      await page.fill('#edit-address', '上海市黄浦区南京东路 100 号');
      // Comma and Enter both make chips; Enter in an empty tag box saves (later).
      await page.fill('#edit-tags', 'VIP，常住');
      await page.press('#edit-tags', 'Enter');
      const tagChips = page.getByTestId('edit-tag');
      const typed = await tagChips.evaluateAll((els) => els.map((el) => el.dataset.tag));
      assert.deepEqual(typed.slice(-2), ['VIP', '常住']);
      assert.equal(await page.inputValue('#edit-tags'), '');
      await screenshot(page, 'customer-edit-individual');
      await page.press('#edit-tags', 'Enter');
      await page.getByText('已保存。').waitFor();

      assert.equal(await page.getByTestId('customer-address').innerText(), '上海市黄浦区南京东路 100 号');
      const tags = await page.getByTestId('customer-tags').innerText();
      assert.match(tags, /VIP/);
      assert.match(tags, /常住/);
      await screenshot(page, 'customer-card-after-edit');
      const stored = await fetchCard(getStack, customer.id, manager);
      assert.equal(stored.address, '上海市黄浦区南京东路 100 号');
      assert.deepEqual(stored.tags.slice(-2), ['VIP', '常住']);
      assert.deepEqual(stored.tags.slice(0, -2), customer.tags.filter((t) => t !== 'VIP' && t !== '常住'));
    } finally {
      await context.close();
    }
  });

  it('keeps typed changes to the new fields through a CONFLICT and takes the others\' tags', async () => {
    const { individuals, manager } = await seeded(getStack);
    const customer = individuals[3];
    const { gql } = getStack();
    const { context, page } = await getStack().signedInPage('manager');
    try {
      await page.goto(`${getStack().url}/customers/${customer.id}`);
      await page.getByTestId('edit-button').click();
      await page.fill('#edit-postcode', '200001');
      const current = await fetchCard(getStack, customer.id, manager);
      const changed = await gql(
        'mutation($input: UpdateCustomerInput!) { updateCustomer(input: $input) { errors { code } } }',
        { input: { id: customer.id, expectedVersion: current.version, tags: ['他人添加'] } },
        manager,
      );
      assert.deepEqual(changed.updateCustomer.errors, []);
      await page.press('#edit-postcode', 'Enter');
      await page.getByTestId('conflict').waitFor();
      await page.getByRole('button', { name: '加载最新版本（保留我的修改）' }).click();
      await page.getByTestId('conflict').waitFor({ state: 'detached' });
      assert.equal(await page.inputValue('#edit-postcode'), '200001');
      assert.deepEqual(await page.getByTestId('edit-tag').evaluateAll((els) => els.map((el) => el.dataset.tag)), ['他人添加']);
      await page.press('#edit-postcode', 'Enter');
      await page.getByText('已保存。').waitFor();
      const stored = await gql(`{ customer(id: "${customer.id}") { postcode tags } }`, {}, manager);
      assert.deepEqual(stored.customer, { postcode: '200001', tags: ['他人添加'] });
    } finally {
      await context.close();
    }
  });

  it('shows the server\'s ID-number errors beside the number, a DUPLICATE too', async () => {
    const { individuals, manager } = await seeded(getStack);
    const { gql } = getStack();
    const withId = individuals.filter((n) => n.idNumberMasked && n.idDocumentType);
    assert.ok(withId.length >= 2, 'two seeded individuals with ID documents');
    const [target, other] = [withId[0], withId[1]];
    const revealed = await gql(
      'mutation($input: RevealIdNumberInput!) { revealIdNumber(input: $input) { idNumber errors { code } } }',
      { input: { customerId: other.id, reason: '测试：重复证件号' } },
      manager,
    );
    const otherNumber = revealed.revealIdNumber.idNumber;
    assert.ok(otherNumber);

    const { context, page } = await getStack().signedInPage('manager');
    try {
      await page.goto(`${getStack().url}/customers/${target.id}`);
      await page.getByTestId('edit-button').click();
      assert.equal(await page.getByTestId('edit-id-current').innerText(), target.idNumberMasked);
      await page.getByTestId('edit-id-change').click();
      // A resident ID with a wrong check character: hinted here, refused by the server.
      await page.selectOption('#edit-idDocumentType', 'RESIDENT_ID');
      const good = residentId('11010519800315201');
      const bad = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
      await page.fill('#edit-idNumber', bad);
      await page.getByText('身份证号校验位可能不正确').waitFor();
      await page.press('#edit-idNumber', 'Enter');
      const idError = fieldError(page, 'edit-idNumber');
      await idError.waitFor();
      assert.ok(await page.locator('#edit-idNumber').evaluate((el) => el === document.activeElement));

      // Someone else's number: DUPLICATE, beside the number.
      await page.selectOption('#edit-idDocumentType', other.idDocumentType);
      await page.fill('#edit-idNumber', otherNumber);
      await page.press('#edit-idNumber', 'Enter');
      await idError.waitFor();
      await page.waitForFunction(() => /已登记/.test(document.querySelector('[data-field-error="edit-idNumber"]')?.textContent ?? ''));
      await screenshot(page, 'customer-edit-id-duplicate');
      const after = await fetchCard(getStack, target.id, manager);
      assert.equal(after.idNumberMasked, target.idNumberMasked);
      assert.equal(after.version, target.version);
    } finally {
      await context.close();
    }
  });

  it('shows a company only the fields that apply to it, and checks them', async () => {
    const { corporates, manager } = await seeded(getStack);
    assert.ok(corporates.length > 0, 'a seeded company');
    const company = corporates[0];
    const { context, page } = await getStack().signedInPage('sales', { lang: 'en' });
    try {
      await page.goto(`${getStack().url}/customers/${company.id}`);
      await page.getByTestId('edit-button').click();
      await page.locator('#edit-personInCharge').waitFor();
      for (const id of ['#edit-gender', '#edit-birthday', '#edit-employer']) assert.equal(await page.locator(id).count(), 0, id);
      assert.equal(await page.getByTestId('edit-id-section').count(), 0);

      await page.fill('#edit-annualRoomVolume', 'many');
      await page.fill('#edit-nationality', 'C1');
      await page.press('#edit-personInCharge', 'Enter');
      await fieldError(page, 'edit-annualRoomVolume').waitFor();
      await page.fill('#edit-annualRoomVolume', '1200');
      await page.fill('#edit-personInCharge', '王经理');
      await page.press('#edit-personInCharge', 'Enter');
      // The server refuses the nationality; English shows the code's text and the server's words.
      const natError = fieldError(page, 'edit-nationality');
      await natError.waitFor();
      assert.match(await natError.innerText(), /^Invalid/);
      await screenshot(page, 'customer-edit-corporate');
      await page.fill('#edit-nationality', 'cn');
      await page.press('#edit-personInCharge', 'Enter');
      await page.getByText('Saved.').waitFor();
      const stored = await getStack().gql(
        `{ customer(id: "${company.id}") { personInCharge annualRoomVolume nationality } }`,
        {},
        manager,
      );
      assert.deepEqual(stored.customer, { personInCharge: '王经理', annualRoomVolume: 1200, nationality: 'CN' });
    } finally {
      await context.close();
    }
  });
}
