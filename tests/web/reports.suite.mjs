// The managers' dashboard in the browser: charts drawn (SVG) with tables whose figures are the
// API's, the dimension / measure / property filters, CSV and Excel export, empty and error states,
// and no dashboard for anyone else (no link, the route refused, the chart chunk never loaded).
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { it } from 'node:test';
import { screenshot } from './harness.mjs';

// Figures as the tables must show them, written here independently of the SPA's code.
const count = (n) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
const yuan = (fen) => {
  const abs = Math.abs(fen);
  return `${fen < 0 ? '-' : ''}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
};
const money = (fen) => (fen === null ? '—' : yuan(fen).replace(/^(-?)(\d+)/, (_, sign, whole) => `${sign}¥${count(whole)}`));
const percent = (ratio) => `${(ratio * 100).toFixed(1)}%`;

const SEGMENT = `key stays cancelled roomNights roomRevenue adr share`;
// The server's keys for "no value" / "no customer" / "no region", as the table words them.
const SPECIAL_KEYS = { '': '（未填写）', '(none)': '（未填写）', '(no customer)': '（无客户档案）', '(unknown)': '（未知地区）' };
const segmentCells = (r, key = SPECIAL_KEYS[r.key] ?? r.key) => [
  key,
  count(r.stays),
  count(r.cancelled),
  count(r.roomNights),
  money(r.roomRevenue),
  money(r.adr),
  percent(r.share),
];

/** The cells of a table's body rows, as the user reads them. */
const tableCells = (page, testId) =>
  page
    .getByTestId(testId)
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((tr) => [...tr.cells].map((cell) => cell.innerText.trim())));

/** Waits until the table shows `expected` (answers arrive after the filters change). */
async function expectTable(page, testId, expected) {
  const deadline = Date.now() + 10_000;
  let seen;
  while (Date.now() < deadline) {
    seen = await tableCells(page, testId).catch(() => null);
    if (JSON.stringify(seen) === JSON.stringify(expected)) return;
    await page.waitForTimeout(100);
  }
  assert.deepEqual(seen, expected, testId);
}

/** A drawn chart: an <svg> with marks in it inside the chart's box. */
async function expectChart(page, testId) {
  const svg = page.locator(`[data-testid="${testId}"] svg`);
  await svg.first().waitFor();
  const marks = await svg.first().locator('path, rect').count();
  assert.ok(marks > 3, `${testId}: ${marks} marks`);
}

export function reportsSuite(getStack) {
  let manager = null;
  const api = async (query, variables) => {
    manager ??= await getStack().token('manager');
    return getStack().gql(query, variables, manager);
  };
  const segments = async (dimension, period, property = null) =>
    (
      await api(`query($input: SegmentReportInput!) { segmentReport(input: $input) { ${SEGMENT} } }`, {
        input: { dimension, property, ...period },
      })
    ).segmentReport;

  it('shows the manager every chart with the table behind it, equal to the API', async () => {
    const { context, page } = await getStack().signedInPage('manager');
    try {
      await page.getByRole('link', { name: '经营看板' }).click();
      await page.waitForURL(/\/dashboard/);
      await page.getByTestId('dashboard').waitFor();
      const period = { from: await page.inputValue('#dashboard-from'), to: await page.inputValue('#dashboard-to') };
      assert.match(period.from, /^\d{4}-\d{2}-01$/);

      const months = await segments('ARRIVAL_MONTH', period);
      assert.ok(months.length >= 6, `demo stays in ${months.length} months of the last twelve`);
      await expectTable(page, 'table-trend', months.map((r) => segmentCells(r)));
      await expectTable(page, 'table-segments', (await segments('MARKET_SEGMENT', period)).map((r) => segmentCells(r)));
      const totals = await page.getByTestId('table-trend').locator('tfoot td').allInnerTexts();
      const revenue = months.reduce((sum, r) => sum + r.roomRevenue, 0);
      assert.equal(totals[3], money(revenue));

      const ranking = (
        await api(
          `query($input: CustomerRankingInput!) { customerRanking(input: $input) {
            rank customer { id name } valueClass roomNights adr roomRevenue otherRevenue totalRevenue visits lastVisit } }`,
          { input: { measure: 'TOTAL_REVENUE', first: 20, ...period } },
        )
      ).customerRanking;
      assert.ok(ranking.length > 0);
      const classes = { KEY: '重要客户', REGULAR: '常客', OCCASIONAL: '偶尔入住' };
      await expectTable(
        page,
        'table-ranking',
        ranking.map((r) => [
          String(r.rank),
          r.customer.name,
          classes[r.valueClass],
          count(r.roomNights),
          money(r.adr),
          money(r.roomRevenue),
          money(r.otherRevenue),
          money(r.totalRevenue),
          count(r.visits),
          r.lastVisit ?? '—',
        ]),
      );
      // The name leads to the customer's card.
      const first = page.getByTestId('table-ranking').locator('tbody tr').first().getByRole('link');
      assert.equal(await first.getAttribute('href'), `/customers/${ranking[0].customer.id}`);

      const churn = (
        await api(`{ churnRisks(first: 50) { customer { name } reasons previousSpend recentSpend explanation } }`)
      ).churnRisks;
      const reasons = { FREQUENCY_DROP: '频次下降', SPEND_DROP: '消费下降', DORMANT: '长期未入住' };
      if (churn.length > 0) {
        const cells = await tableCells(page, 'table-churn');
        assert.deepEqual(
          cells.map((c) => [c[0], c[1], c[4], c[5], c[7]]),
          churn.map((r) => [r.customer.name, r.reasons.map((x) => reasons[x]).join(''), money(r.previousSpend), money(r.recentSpend), r.explanation]),
        );
        await expectChart(page, 'chart-churn');
      } else {
        await page.getByTestId('empty-churn').waitFor();
      }

      const kpis = (
        await api(`query($input: StaffKpiInput!) { staffKpis(input: $input) { rank user { displayName } callsHandled complaintsHandled } }`, {
          input: period,
        })
      ).staffKpis;
      assert.ok(kpis.length > 0);
      const kpiCells = await tableCells(page, 'table-kpis');
      assert.deepEqual(
        kpiCells.map((c) => [c[0], c[1], c[3], c[4]]),
        kpis.map((r) => [String(r.rank), r.user.displayName, count(r.callsHandled), count(r.complaintsHandled)]),
      );

      for (const chart of ['chart-trend', 'chart-segments', 'chart-ranking', 'chart-kpis', 'chart-value']) await expectChart(page, chart);
      // The picture is named for screen readers and points at the table; it takes no Tab stop.
      assert.match(await page.getByTestId('chart-trend').getAttribute('aria-label'), /数据表/);
      assert.equal(await page.locator('[data-testid^="chart-"] [tabindex]:not([tabindex="-1"])').count(), 0);
      await screenshot(page, 'dashboard');
    } finally {
      await context.close();
    }
  });

  it('follows the dimension, the measure and the property, and keeps them in the address', async () => {
    const { context, page } = await getStack().signedInPage('manager');
    const sent = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/graphql') && request.method() === 'POST') sent.push(request.postDataJSON());
    });
    try {
      await page.goto(`${getStack().url}/dashboard?from=&to=`);
      await page.getByTestId('table-trend').waitFor();
      const all = { from: null, to: null };
      assert.equal(await page.locator('[data-preset="all"]').getAttribute('aria-pressed'), 'true');

      await page.selectOption('#segment-dimension', 'CHANNEL');
      await expectTable(page, 'table-segments', (await segments('CHANNEL', all)).map((r) => segmentCells(r)));
      assert.match(await page.getByTestId('report-segments').locator('h2').innerText(), /渠道/);
      await page.check('input[name="segment-shape"][value="bar"]');
      await expectChart(page, 'chart-segments');

      // World regions come from the server as UN M49 names; the table words them in Chinese.
      await page.selectOption('#segment-dimension', 'REGION');
      const regions = await segments('REGION', all);
      assert.ok(regions.some((r) => r.key === 'Eastern Asia'), 'the demo guests include Eastern Asia');
      const figuresOnly = (rows) => rows.map((cells) => cells.slice(1));
      const regionsBy = Date.now() + 10_000;
      let regionRows = await tableCells(page, 'table-segments');
      const wanted = JSON.stringify(figuresOnly(regions.map((r) => segmentCells(r))));
      while (JSON.stringify(figuresOnly(regionRows)) !== wanted && Date.now() < regionsBy) {
        await page.waitForTimeout(100);
        regionRows = await tableCells(page, 'table-segments');
      }
      assert.deepEqual(figuresOnly(regionRows), JSON.parse(wanted));
      assert.equal(regionRows[regions.findIndex((r) => r.key === 'Eastern Asia')][0], '东亚');
      for (const [label] of regionRows) assert.doesNotMatch(label, /^[A-Za-z]/, `${label} is worded in Chinese`);
      await page.selectOption('#segment-dimension', 'CHANNEL');

      const properties = (await segments('PROPERTY', all)).map((r) => r.key);
      assert.ok(properties.length > 0);
      const options = await page.locator('#dashboard-property option').evaluateAll((os) => os.map((o) => o.value));
      assert.deepEqual(options, ['', ...[...properties].sort((a, b) => a.localeCompare(b, 'zh-CN'))]);
      const property = properties[0];
      await page.selectOption('#dashboard-property', property);
      await expectTable(page, 'table-segments', (await segments('CHANNEL', all, property)).map((r) => segmentCells(r)));
      await expectTable(page, 'table-trend', (await segments('ARRIVAL_MONTH', all, property)).map((r) => segmentCells(r)));
      const asked = sent.filter((b) => b.variables?.input?.dimension === 'CHANNEL').map((b) => b.variables.input.property);
      assert.deepEqual(asked.slice(-1), [property]);

      await page.selectOption('#ranking-measure', 'VISITS');
      const byVisits = (
        await api(`query($input: CustomerRankingInput!) { customerRanking(input: $input) { rank customer { name } visits } }`, {
          input: { measure: 'VISITS', first: 20, property },
        })
      ).customerRanking;
      const deadline = Date.now() + 10_000;
      let shown = [];
      while (Date.now() < deadline) {
        shown = (await tableCells(page, 'table-ranking')).map((c) => [c[0], c[1], c[8]]);
        if (JSON.stringify(shown) === JSON.stringify(byVisits.map((r) => [String(r.rank), r.customer.name, count(r.visits)]))) break;
        await page.waitForTimeout(100);
      }
      assert.deepEqual(shown, byVisits.map((r) => [String(r.rank), r.customer.name, count(r.visits)]));
      assert.equal(await page.getByTestId('table-ranking').locator('th[aria-sort="descending"]').innerText(), '入住次数');

      // A reload (or a link sent to a colleague) shows the same report.
      await page.reload();
      await page.getByTestId('table-segments').waitFor();
      assert.equal(await page.inputValue('#segment-dimension'), 'CHANNEL');
      assert.equal(await page.inputValue('#dashboard-property'), property);
      assert.equal(await page.inputValue('#ranking-measure'), 'VISITS');

      // The KPI table re-sorts by a column from the keyboard; the ranking stays the server's.
      await page.click('[data-preset="last12"]');
      await page.getByTestId('table-kpis').waitFor();
      const calls = page.locator('button[data-sort="callsHandled"]');
      await calls.focus();
      await page.keyboard.press('Enter');
      assert.equal(await page.locator('th[aria-sort="descending"] button[data-sort="callsHandled"]').count(), 1);
      const values = (await tableCells(page, 'table-kpis')).map((c) => Number(c[3].replace(/,/g, '')));
      assert.deepEqual(values, [...values].sort((a, b) => b - a));

      // The table can be folded away and back, from the keyboard too.
      const toggle = page.getByTestId('report-trend').locator('button.table-toggle');
      await toggle.focus();
      await page.keyboard.press('Enter');
      assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
      assert.equal(await page.getByTestId('table-trend').isVisible(), false);
      await page.keyboard.press('Enter');
      assert.equal(await page.getByTestId('table-trend').isVisible(), true);
    } finally {
      await context.close();
    }
  });

  it('downloads the report as CSV (UTF-8 with BOM, yuan with 2 decimals) and as Excel', async () => {
    const { context, page } = await getStack().signedInPage('manager');
    try {
      await page.goto(`${getStack().url}/dashboard`);
      await page.getByTestId('table-trend').waitFor();
      const period = { from: await page.inputValue('#dashboard-from'), to: await page.inputValue('#dashboard-to') };
      const months = await segments('ARRIVAL_MONTH', period);

      const [csv] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId('export-trend').locator('button[data-format="CSV"]').click(),
      ]);
      assert.match(csv.suggestedFilename(), /\.csv$/);
      const bytes = await readFile(await csv.path());
      assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 BOM for Chinese Excel');
      const lines = bytes.subarray(3).toString('utf8').trim().split(/\r?\n/);
      assert.equal(lines.length, months.length + 1, 'a header and one line per month');
      assert.match(lines[0], /元/);
      for (const [i, r] of months.entries()) {
        const cells = lines[i + 1].split(',');
        assert.equal(cells[0], r.key);
        assert.ok(cells.includes(yuan(r.roomRevenue)), `${lines[i + 1]} has ${yuan(r.roomRevenue)}`);
        assert.ok(cells.includes(String(r.roomNights)), `${lines[i + 1]} has ${r.roomNights} nights`);
      }
      assert.match(await page.getByTestId('export-trend').locator('[role="status"]').innerText(), /已下载/);

      const [xlsx] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId('export-ranking').locator('button[data-format="XLSX"]').click(),
      ]);
      assert.match(xlsx.suggestedFilename(), /\.xlsx$/);
      const zip = await readFile(await xlsx.path());
      assert.equal(zip.subarray(0, 2).toString('latin1'), 'PK', 'an XLSX is a zip');
    } finally {
      await context.close();
    }
  });

  it('says so when a period has no stays, refuses a backwards period, and shows a failed report in the error banner', async () => {
    const { context, page } = await getStack().signedInPage('manager', {
      setup: (ctx) =>
        ctx.route('**/graphql', async (route) => {
          const body = route.request().postDataJSON();
          if (body?.query?.includes('customerRanking')) {
            await route.fulfill({
              status: 200,
              contentType: 'application/json',
              body: JSON.stringify({ data: null, errors: [{ message: 'Unexpected error.', extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'req-dash-1' } }] }),
            });
          } else {
            await route.continue();
          }
        }),
    });
    try {
      await page.goto(`${getStack().url}/dashboard?from=1990-01-01&to=1990-01-31`);
      await page.getByTestId('empty-trend').waitFor();
      await page.getByTestId('empty-segments').waitFor();
      assert.equal(await page.getByTestId('export-trend').locator('button[data-format="CSV"]').isDisabled(), true);
      const banner = page.getByTestId('report-ranking').locator('.banner-error');
      await banner.waitFor();
      assert.match(await banner.innerText(), /req-dash-1/);

      await page.fill('#dashboard-from', '1990-02-01');
      await page.getByTestId('period-error').waitFor();
      assert.equal(await page.getAttribute('#dashboard-from', 'aria-invalid'), 'true');
      assert.equal(await page.getByTestId('report-trend').count(), 0);
    } finally {
      await context.close();
    }
  });

  it('reads in English too', async () => {
    const { context, page } = await getStack().signedInPage('manager', { lang: 'en' });
    try {
      await page.goto(`${getStack().url}/dashboard`);
      await page.getByRole('heading', { name: 'Management dashboard' }).waitFor();
      assert.match(await page.getByTestId('report-trend').locator('h2').innerText(), /Room revenue and room nights/);
      await expectChart(page, 'chart-trend');
      assert.equal(await page.getByTestId('export-trend').locator('button[data-format="XLSX"]').innerText(), 'Export Excel');
    } finally {
      await context.close();
    }
  });

  it('gives no dashboard to anyone but a manager: no link, the route refused, the chart code never loaded', async () => {
    for (const username of ['agent', 'sales', 'frontdesk']) {
      const { context, page } = await getStack().signedInPage(username);
      const scripts = [];
      page.on('request', (request) => {
        if (request.resourceType() === 'script') scripts.push(request.url());
      });
      try {
        await page.getByRole('navigation').waitFor();
        assert.equal(await page.locator('nav a[href="/dashboard"]').count(), 0, username);
        await page.goto(`${getStack().url}/dashboard`);
        await page.locator('main .empty').waitFor();
        assert.match(await page.locator('main .empty').innerText(), /权限/);
        assert.equal(await page.getByTestId('dashboard').count(), 0);
        assert.deepEqual(scripts.filter((u) => /DashboardPage/.test(u)), [], `${username} loaded the dashboard chunk`);
      } finally {
        await context.close();
      }
    }
  });
}
