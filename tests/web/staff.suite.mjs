import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { it } from 'node:test';
import { PASSWORD, screenshot } from './harness.mjs';

// Own users only: the demo users (admin, manager, sales, agent, frontdesk) serve every suite.
const CREATE_USER = `mutation($input: CreateUserInput!) {
  createUser(input: $input) { user { id username } errors { code message } }
}`;
const ME = '{ me { username } }';

async function newUser(stack, adminToken, stem, displayName) {
  const username = `${stem}-${randomUUID().slice(0, 8)}`;
  const data = await stack.gql(
    CREATE_USER,
    { input: { username, role: 'SALES', displayName, department: '销售部', password: PASSWORD } },
    adminToken,
  );
  assert.deepEqual(data.createUser.errors, []);
  return data.createUser.user;
}

function row(page, username) {
  return page.getByTestId(`staff-user-${username}`);
}

async function findInList(page, username) {
  await page.fill('#staff-filter-search', username);
  await row(page, username).waitFor();
  return row(page, username);
}

export function staffSuite(getStack) {
  it('an admin creates an account and sees its generated password once', async () => {
    const stack = getStack();
    const { context, page } = await stack.signedInPage('admin');
    const username = `newhire-${randomUUID().slice(0, 8)}`;
    try {
      await page.locator('nav a[href="/admin/users"]').click();
      await page.getByTestId('create-user-form').waitFor();
      await page.fill('#new-username', username);
      await page.fill('#new-display-name', '新同事');
      await page.selectOption('#new-role', 'AGENT');
      await page.getByTestId('create-user-form').locator('button[type="submit"]').click();
      const shown = page.getByTestId('issued-password-value');
      await shown.waitFor();
      const password = (await shown.innerText()).trim();
      assert.ok(password.length >= 12);
      await screenshot(page, 'staff-password-issued');
      const login = await stack.gql(
        'mutation($input: LoginInput!) { login(input: $input) { token errors { message } } }',
        { input: { username, password } },
      );
      assert.ok(login.login.token);
      await page.getByTestId('issued-password').getByRole('button', { name: '已记下' }).click();
      await page.getByTestId('issued-password').waitFor({ state: 'detached' });
      assert.ok(!(await page.content()).includes(password));
      assert.match(await (await findInList(page, username)).innerText(), /新同事/);
    } finally {
      await context.close();
    }
  });

  it('a manager hands a leaver’s customers over; then the admin deactivates the leaver, who cannot sign in', async () => {
    const stack = getStack();
    const adminToken = await stack.token('admin');
    const leaver = await newUser(stack, adminToken, 'leaver', '离职销售');
    const heir = await newUser(stack, adminToken, 'heir', '接手销售');
    const leaverToken = await stack.token(leaver.username);
    for (const name of ['交接客户甲', '交接客户乙']) {
      await stack.createCustomer({ kind: 'INDIVIDUAL', name }, leaverToken);
    }

    // While the leaver owns customers, deactivation is refused and says what is left.
    const admin = await stack.signedInPage('admin');
    try {
      await admin.page.goto(`${stack.url}/admin/users`);
      const leaverRow = await findInList(admin.page, leaver.username);
      await leaverRow.getByRole('button', { name: '停用' }).click();
      await leaverRow.getByRole('button', { name: '确定' }).click();
      const conflict = leaverRow.getByTestId('deactivate-conflict');
      await conflict.waitFor();
      assert.match(await conflict.innerText(), /离职销售 仍负责 2 个客户，请先办理客户交接再停用/);
      assert.match(await leaverRow.innerText(), /在职/);
      await screenshot(admin.page, 'staff-deactivate-conflict');
      assert.equal(
        await conflict.getByRole('link').getAttribute('href'),
        `/handover?from=${encodeURIComponent(leaver.id)}`,
      );
    } finally {
      await admin.context.close();
    }

    // The manager hands over: the preview says what moves, the result what moved.
    const manager = await stack.signedInPage('manager');
    try {
      await manager.page.locator('nav a[href="/handover"]').click();
      await manager.page.getByTestId('handover-form').waitFor();
      await manager.page.selectOption('#handover-from', leaver.id);
      const preview = manager.page.getByTestId('handover-preview');
      await preview.waitFor();
      assert.equal(await preview.locator('[data-kind="customers"] dd').innerText(), '2');
      await manager.page.selectOption('#handover-to', heir.id);
      await manager.page.getByRole('button', { name: '交接', exact: true }).click();
      await manager.page.getByRole('button', { name: '确定交接' }).click();
      const result = manager.page.getByTestId('handover-result');
      await result.waitFor();
      assert.match(await result.innerText(), /接手销售/);
      assert.equal(await result.locator('[data-kind="customers"] dd').innerText(), '2');
      await manager.page.waitForFunction(
        () => document.querySelector('[data-testid="handover-preview"] [data-kind="customers"] dd')?.textContent === '0',
      );
      await screenshot(manager.page, 'handover-done');
    } finally {
      await manager.context.close();
    }

    // Emptied, the leaver can be deactivated; the heir, who now owns the customers, cannot.
    const again = await stack.signedInPage('admin');
    try {
      await again.page.goto(`${stack.url}/admin/users`);
      const heirRow = await findInList(again.page, heir.username);
      await heirRow.getByRole('button', { name: '停用' }).click();
      await heirRow.getByRole('button', { name: '确定' }).click();
      await heirRow.getByTestId('deactivate-conflict').waitFor();
      assert.match(await heirRow.getByTestId('deactivate-conflict').innerText(), /接手销售 仍负责 2 个客户/);

      const leaverRow = await findInList(again.page, leaver.username);
      await leaverRow.getByRole('button', { name: '停用' }).click();
      await leaverRow.getByRole('button', { name: '确定' }).click();
      await again.page.waitForFunction(
        (u) => document.querySelector(`[data-testid="staff-user-${u}"]`)?.textContent?.includes('已停用'),
        leaver.username,
      );
      assert.ok(await leaverRow.getByRole('button', { name: '启用' }).isVisible());
    } finally {
      await again.context.close();
    }

    // The leaver's token stopped at once, and the sign-in form says the account is deactivated.
    const stale = await fetch(`${stack.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${leaverToken}` },
      body: JSON.stringify({ query: ME }),
    });
    assert.equal((await stale.json()).errors[0].extensions.code, 'UNAUTHENTICATED');
    const context = await stack.browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN' });
    try {
      const page = await context.newPage();
      await page.goto(`${stack.url}/signin`);
      await page.fill('#username', leaver.username);
      await page.fill('#password', PASSWORD);
      await page.press('#password', 'Enter');
      await page.waitForFunction(() => document.body.textContent?.includes('该账号已停用'));
      assert.match(new URL(page.url()).pathname, /^\/signin/);
      await screenshot(page, 'signin-deactivated');
    } finally {
      await context.close();
    }
  });
}
