import assert from 'node:assert/strict';
import { it } from 'node:test';
import { residentId, screenshot } from './harness.mjs';

async function fillGuest(page, { idNumber, name, phone, nameEn }) {
  await page.fill('#reg-guest-idNumber', idNumber);
  await page.fill('#reg-guest-name', name);
  if (nameEn) await page.fill('#reg-guest-nameEn', nameEn);
  await page.fill('#reg-guest-phone', phone);
  await page.fill('#reg-stay-roomType', '大床房');
  await page.fill('#reg-stay-nightlyRate', '488.50');
}

export function registrationSuite(getStack) {
  it('fills birthday and gender from a resident ID number', async () => {
    const { context, page } = await getStack().signedInPage('frontdesk');
    try {
      await page.goto(`${getStack().url}/register`);
      // The document type comes first and has the focus.
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'reg-guest-idDocumentType');
      await page.fill('#reg-guest-idNumber', '11010519491231002X');
      assert.equal(await page.inputValue('#reg-guest-birthday'), '1949-12-31');
      assert.equal(await page.inputValue('#reg-guest-gender'), 'FEMALE');
      assert.match(await page.getByTestId('id-hint').innerText(), /校验通过/);
      assert.equal(await page.inputValue('#reg-guest-nationality'), 'CN');
      await screenshot(page, 'register-autofill');
    } finally {
      await context.close();
    }
  });

  it("shows the server's error next to the ID field for a bad check digit and keeps the input", async () => {
    const { context, page } = await getStack().signedInPage('frontdesk');
    try {
      await page.goto(`${getStack().url}/register`);
      await fillGuest(page, { idNumber: '110105194912310021', name: '校验位', phone: '139 1234 0001' });
      assert.match(await page.getByTestId('id-hint').innerText(), /校验位/);
      await page.getByTestId('register-submit').click();
      const error = page.locator('[data-field-error="reg-guest-idNumber"]');
      await error.waitFor();
      assert.match(await error.innerText(), /校验位错误/);
      assert.equal(await page.getAttribute('#reg-guest-idNumber', 'aria-invalid'), 'true');
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'reg-guest-idNumber');
      // Nothing typed is lost.
      assert.equal(await page.inputValue('#reg-guest-name'), '校验位');
      assert.equal(await page.inputValue('#reg-stay-nightlyRate'), '488.50');
      await screenshot(page, 'register-error');
    } finally {
      await context.close();
    }
  });

  it('registers a new guest, then recognises the same guest instead of a duplicate', async () => {
    const { gql, token, signedInPage, url } = getStack();
    const idNumber = residentId('34010419880612345'.slice(0, 17));
    const guest = { idNumber, name: '测试客人', nameEn: 'Test Guest', phone: '+86 139-8765-4321' };
    const { context, page } = await signedInPage('frontdesk');
    try {
      await page.goto(`${url}/register`);
      await fillGuest(page, guest);
      await page.getByTestId('register-submit').click();
      const result = page.getByTestId('register-result');
      await result.waitFor();
      assert.match(await result.innerText(), /新建客户档案/);
      assert.equal(await result.locator('[data-created]').getAttribute('data-created'), 'true');
      await screenshot(page, 'register-created');

      // The same guest arrives again: suggestions show the profile, and the stay attaches to it.
      await page.getByRole('button', { name: '新登记' }).click();
      await fillGuest(page, guest);
      const candidate = page.getByTestId('candidate').filter({ hasText: guest.name });
      await candidate.waitFor();
      assert.match(await candidate.innerText(), /证件号相同/);
      await screenshot(page, 'register-duplicates');
      await page.getByTestId('register-submit').click();
      await result.waitFor();
      assert.match(await result.innerText(), /回头客/);
      assert.equal(await result.locator('[data-created]').getAttribute('data-created'), 'false');

      const manager = await token('manager');
      const found = await gql(
        'query($s: String) { customers(search: $s, first: 10) { edges { node { id name recentStays { id } } } } }',
        { s: guest.name },
        manager,
      );
      const same = found.customers.edges.filter((e) => e.node.name === guest.name);
      assert.equal(same.length, 1, 'one profile, not a duplicate');
      assert.equal(same[0].node.recentStays.length, 2);

      await result.getByTestId('result-card-link').click();
      await page.waitForURL(new RegExp(`/customers/${same[0].node.id}$`));
    } finally {
      await context.close();
    }
  });

  it('attaches the stay to a profile chosen from the suggestions', async () => {
    const { gql, token, customers, signedInPage, url } = getStack();
    const manager = await token('manager');
    const target = (await customers(30, 'id name kind status phones { number } recentStays(first: 50) { id }')).find(
      (n) => n.kind === 'INDIVIDUAL' && n.status !== 'MERGED' && n.phones.some((p) => /^\+861\d{10}$/.test(p.number)),
    );
    assert.ok(target);
    const phone = target.phones.find((p) => /^\+861\d{10}$/.test(p.number)).number.replace('+86', '');
    const { context, page } = await signedInPage('frontdesk');
    try {
      await page.goto(`${url}/register`);
      await page.selectOption('#reg-guest-idDocumentType', 'PASSPORT');
      await fillGuest(page, { idNumber: 'E12345678', name: target.name, phone });
      const candidate = page.getByTestId('candidate').filter({ hasText: target.name }).first();
      await candidate.waitFor();
      await candidate.getByRole('button', { name: '使用此档案' }).click();
      await page.getByTestId('chosen-profile').waitFor();
      await page.getByTestId('register-submit').click();
      const result = page.getByTestId('register-result');
      await result.waitFor();
      const errors = await page.locator('.field-error, .banner-error').allInnerTexts();
      assert.deepEqual(errors, []);
      assert.equal(await result.locator('[data-created]').getAttribute('data-created'), 'false');
      const after = await gql(`{ customer(id: "${target.id}") { recentStays(first: 50) { id } } }`, {}, manager);
      assert.equal(after.customer.recentStays.length, Math.min(50, target.recentStays.length + 1));
    } finally {
      await context.close();
    }
  });
}
