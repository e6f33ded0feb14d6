// Unit tests of the SPA's pure modules (money, phones, resident IDs, the
// check-in form, error mapping), loaded through Vite's SSR loader so the
// TypeScript sources run as they are, without a separate compile step.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createServer } from 'vite';
import { ROOT, residentId } from './harness.mjs';

let vite;
const load = (path) => vite.ssrLoadModule(path);

before(async () => {
  vite = await createServer({
    configFile: `${ROOT}/vite.config.ts`,
    root: `${ROOT}/web`,
    logLevel: 'error',
    server: { middlewareMode: true, hmr: false, ws: false },
    appType: 'custom',
  });
});
after(async () => {
  await vite?.close();
});

describe('money', () => {
  it('formats fen as yuan with grouping and two decimals', async () => {
    const { formatFen } = await load('/src/ui/format.ts');
    assert.equal(formatFen(123450), '¥1,234.50');
    assert.equal(formatFen(5), '¥0.05');
    assert.equal(formatFen(0), '¥0.00');
    assert.equal(formatFen(-199), '-¥1.99');
    assert.equal(formatFen(123456789012), '¥1,234,567,890.12');
    assert.equal(formatFen(null), '—');
  });

  it('turns typed yuan into integer fen without floating point', async () => {
    const { yuanToFen } = await load('/src/ui/format.ts');
    assert.equal(yuanToFen('488.50'), 48850);
    assert.equal(yuanToFen('0.1'), 10);
    assert.equal(yuanToFen('1,234.5'), 123450);
    assert.equal(yuanToFen('¥ 88'), 8800);
    assert.equal(yuanToFen('19.99'), 1999);
    assert.equal(yuanToFen('1.005'), null);
    assert.equal(yuanToFen('-5'), null);
    assert.equal(yuanToFen('abc'), null);
    assert.equal(yuanToFen(''), null);
  });

  it('adds calendar days across month and year ends', async () => {
    const { addDays } = await load('/src/ui/format.ts');
    assert.equal(addDays('2025-12-31', 1), '2026-01-01');
    assert.equal(addDays('2024-02-28', 1), '2024-02-29');
    assert.equal(addDays('2024-03-01', -1), '2024-02-29');
  });
});

describe('phones', () => {
  it('tells phone numbers from names', async () => {
    const { looksLikePhone } = await load('/src/ui/format.ts');
    for (const yes of ['13800138000', '+86 138-0013-8000', '(010) 6552 9988', '0086 138 0013 8000']) {
      assert.equal(looksLikePhone(yes), true, yes);
    }
    for (const no of ['8000', '张伟', 'zhang wei', 'a@b.cn', '138abc00138000', '']) {
      assert.equal(looksLikePhone(no), false, no);
    }
  });

  it('hides the middle digits in lists', async () => {
    const { maskPhone } = await load('/src/ui/phones.ts');
    assert.equal(maskPhone('138 0013 8000'), '138 **** 8000');
    assert.equal(maskPhone('+1 415-555-0100'), '+1 41*-***-0100');
    assert.equal(maskPhone('12345'), '12345');
  });
});

describe('resident ID numbers (GB 11643)', () => {
  it('derives birthday and gender from a valid number', async () => {
    const { checkResidentId } = await load('/src/frontdesk/residentId.ts');
    assert.deepEqual(checkResidentId('11010519491231002X'), { ok: true, birthday: '1949-12-31', gender: 'FEMALE' });
    assert.deepEqual(checkResidentId('11010519491231002x'), { ok: true, birthday: '1949-12-31', gender: 'FEMALE' });
    const male = checkResidentId(residentId('34010419900307123'));
    assert.deepEqual(male, { ok: true, birthday: '1990-03-07', gender: 'MALE' });
  });

  it('flags a wrong check digit, an impossible date and a wrong length', async () => {
    const { checkResidentId } = await load('/src/frontdesk/residentId.ts');
    assert.deepEqual(checkResidentId('110105194912310021'), {
      ok: false,
      problem: 'checkDigit',
      birthday: '1949-12-31',
      gender: 'FEMALE',
    });
    assert.equal(checkResidentId('110105194902300020').problem, 'date');
    assert.equal(checkResidentId('1101051949123100').problem, 'length');
    assert.equal(checkResidentId('11010519491231002Y').problem, 'length');
  });
});

describe('check-in form', () => {
  const t = (key) => key;

  it('needs the document, name, phone and stay before it asks the server', async () => {
    const { emptyForm, localErrors } = await load('/src/frontdesk/registration.ts');
    const errors = localErrors(emptyForm(), t);
    assert.deepEqual(Object.keys(errors).sort(), [
      'guest.idNumber',
      'guest.name',
      'guest.phone',
      'stay.nightlyRate',
      'stay.roomType',
    ]);
    const bad = localErrors(
      { ...emptyForm(), nightlyRate: '1.234', arrival: '2026-05-02', departure: '2026-05-01' },
      t,
    );
    assert.equal(bad['stay.nightlyRate'], 'register.rateInvalid');
    assert.equal(bad['stay.departure'], 'register.departureBeforeArrival');
  });

  it('builds the mutation input: fen, nulls for blanks, a tidy ID number, the chosen profile', async () => {
    const { emptyForm, toInput } = await load('/src/frontdesk/registration.ts');
    const form = {
      ...emptyForm(),
      idNumber: ' 110105 19491231 002x ',
      name: ' 王芳 ',
      phone: '139 1234 5678',
      gender: 'FEMALE',
      birthday: '1949-12-31',
      arrival: '2026-05-01',
      departure: '2026-05-03',
      roomType: '大床房',
      nightlyRate: '488.5',
    };
    const input = toInput(form, '42');
    assert.deepEqual(input, {
      guest: {
        idDocumentType: 'RESIDENT_ID',
        idNumber: '11010519491231002X',
        name: '王芳',
        nameEn: null,
        gender: 'FEMALE',
        birthday: '1949-12-31',
        phone: '139 1234 5678',
        email: null,
        address: null,
        employer: null,
        nationality: 'CN',
      },
      stay: {
        arrival: '2026-05-01',
        departure: '2026-05-03',
        roomType: '大床房',
        nightlyRate: 48850,
        channel: null,
        purpose: null,
        paymentMethod: null,
      },
      customerId: '42',
    });
  });

  it('makes version 4 UUIDs for idempotency keys', async () => {
    const { newIdempotencyKey } = await load('/src/frontdesk/registration.ts');
    const a = newIdempotencyKey();
    assert.match(a, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    assert.notEqual(a, newIdempotencyKey());
  });
});

describe('customer edit form', () => {
  const t = (key) => key;
  const card = {
    id: '7',
    kind: 'INDIVIDUAL',
    name: '张伟',
    nameEn: null,
    email: 'zw@example.cn',
    status: 'ACTIVE',
    statusReason: null,
    nature: 'INDIVIDUAL',
    nationality: 'CN',
    industry: null,
    region: null,
    channel: null,
    address: null,
    postcode: null,
    fax: null,
    homepage: null,
    frontDeskAccount: null,
    paymentMethod: null,
    notes: null,
    gender: 'MALE',
    birthday: '1990-03-07',
    employer: null,
    residence: null,
    businessScope: null,
    personInCharge: null,
    annualRoomVolume: null,
    contactFrequency: null,
    tags: ['VIP'],
    version: 3,
  };

  it('sends only what changed, null for what was cleared, nothing for the other kind\'s fields', async () => {
    const { draftOf, toUpdateInput } = await load('/src/customers/profileDraft.ts');
    const base = draftOf(card);
    const keep = { mode: 'keep' };
    assert.equal(toUpdateInput({ id: '7', version: 3, kind: 'INDIVIDUAL', draft: base, base, identity: keep }), null);
    const draft = {
      ...base,
      address: ' 上海市南京东路 1 号 ',
      email: '  ',
      nationality: 'hk',
      tags: ['VIP', '常住'],
      gender: '',
      personInCharge: '不该发送',
    };
    assert.deepEqual(toUpdateInput({ id: '7', version: 3, kind: 'INDIVIDUAL', draft, base, identity: keep }), {
      id: '7',
      expectedVersion: 3,
      address: '上海市南京东路 1 号',
      email: null,
      nationality: 'HK',
      tags: ['VIP', '常住'],
      gender: null,
    });
    const company = { ...base, annualRoomVolume: '1200', businessScope: '会议\n住宿', gender: 'FEMALE' };
    assert.deepEqual(toUpdateInput({ id: '8', version: 1, kind: 'CORPORATE', draft: company, base, identity: keep }), {
      id: '8',
      expectedVersion: 1,
      annualRoomVolume: 1200,
      businessScope: '会议\n住宿',
    });
  });

  it('sends the ID document only when it is replaced or cleared, tidied', async () => {
    const { draftOf, toUpdateInput } = await load('/src/customers/profileDraft.ts');
    const base = draftOf(card);
    const args = { id: '7', version: 3, kind: 'INDIVIDUAL', draft: base, base };
    assert.deepEqual(
      toUpdateInput({ ...args, identity: { mode: 'change', type: 'RESIDENT_ID', number: ' 110105 19491231 002x ' } }),
      { id: '7', expectedVersion: 3, idDocumentType: 'RESIDENT_ID', idNumber: '11010519491231002X' },
    );
    assert.deepEqual(toUpdateInput({ ...args, identity: { mode: 'clear' } }), {
      id: '7',
      expectedVersion: 3,
      idDocumentType: null,
      idNumber: null,
    });
    assert.equal(toUpdateInput({ ...args, kind: 'CORPORATE', identity: { mode: 'clear' } }), null);
  });

  it('checks what it can before asking the server', async () => {
    const { draftOf, localErrors } = await load('/src/customers/profileDraft.ts');
    const base = draftOf(card);
    const keep = { mode: 'keep' };
    assert.deepEqual(localErrors(base, base, 'INDIVIDUAL', keep, t), {});
    const bad = { ...base, name: ' ', status: 'LOST', annualRoomVolume: '-3' };
    assert.deepEqual(localErrors(bad, base, 'CORPORATE', { mode: 'change', type: 'PASSPORT', number: '' }, t), {
      name: 'errorCode.REQUIRED',
      statusReason: 'errorCode.REQUIRED',
      annualRoomVolume: 'edit.volumeInvalid',
      idNumber: 'errorCode.REQUIRED',
    });
  });

  it('after a CONFLICT keeps what the user changed and takes the rest from the newer record', async () => {
    const { draftOf, mergeDrafts } = await load('/src/customers/profileDraft.ts');
    const base = draftOf(card);
    const current = { ...base, postcode: '200001' };
    const fresh = { ...base, tags: ['他人添加'], postcode: '100000', nameEn: 'Wei' };
    assert.deepEqual(mergeDrafts(current, base, fresh), { ...fresh, postcode: '200001' });
  });

  it('splits typed tags on Chinese and Latin separators, without blanks or repeats', async () => {
    const { splitTags, addTags, errorFieldAlias } = await load('/src/customers/profileDraft.ts');
    assert.deepEqual(splitTags('VIP, 商务，常住、 VIP;;'), ['VIP', '商务', '常住']);
    assert.deepEqual(addTags(['VIP'], '常住，VIP'), ['VIP', '常住']);
    assert.equal(errorFieldAlias('tags.3'), 'tags');
    assert.equal(errorFieldAlias('idNumber'), 'idNumber');
  });
});

describe('card permissions', () => {
  it('lets every guest-serving role record preferences, but not key dates or edits', async () => {
    const { can } = await load('/src/auth/roles.ts');
    assert.equal(can('AGENT', 'editPreferences'), true);
    assert.equal(can('AGENT', 'editKeyDates'), false);
    assert.equal(can('AGENT', 'editCustomer'), false);
    for (const role of ['FRONT_DESK', 'SALES', 'MANAGER']) {
      assert.equal(can(role, 'editPreferences'), true, role);
      assert.equal(can(role, 'editKeyDates'), true, role);
    }
    assert.equal(can('ADMIN', 'editPreferences'), false);
    assert.equal(can(null, 'editPreferences'), false);
  });
});

describe('UserErrors', () => {
  it('puts each error beside its control and keeps the rest for the banner', async () => {
    const { splitUserErrors } = await load('/src/api/userErrors.ts');
    const t = (key) => `T:${key}`;
    const errors = [
      { field: ['guest', 'idNumber'], code: 'INVALID', message: '居民身份证号校验位错误' },
      { field: ['stay', 'departure'], code: 'INVALID', message: '离店日期必须晚于入住日期' },
      { field: null, code: 'FORBIDDEN', message: '没有权限' },
      { field: ['guest', 'unknownThing'], code: 'TOO_LONG', message: '太长' },
    ];
    const known = new Set(['guest.idNumber', 'stay.departure']);
    assert.deepEqual(splitUserErrors(errors, known, 'zh-CN', t), {
      fields: { 'guest.idNumber': '居民身份证号校验位错误', 'stay.departure': '离店日期必须晚于入住日期' },
      general: ['没有权限', '太长'],
    });
    const en = splitUserErrors(errors.slice(0, 1), known, 'en', t);
    assert.equal(en.fields['guest.idNumber'], 'T:errorCode.INVALID (居民身份证号校验位错误)');
  });
});

describe('i18n', () => {
  it('has every Chinese message in English too, with the same placeholders', async () => {
    const { zhCN } = await load('/src/i18n/zh-CN.ts');
    const { en } = await load('/src/i18n/en.ts');
    assert.deepEqual(Object.keys(en).sort(), Object.keys(zhCN).sort());
    const holes = (s) => (s.match(/\{\w+\}/g) ?? []).sort();
    for (const key of Object.keys(zhCN)) assert.deepEqual(holes(en[key]), holes(zhCN[key]), key);
  });

  it('translates every ErrorCode, role and enum value the schema has', async () => {
    const { zhCN } = await load('/src/i18n/zh-CN.ts');
    const { readFileSync } = await import('node:fs');
    const sdl = readFileSync(`${ROOT}/schema/schema.graphql`, 'utf8');
    const values = (name) => {
      const match = new RegExp(`enum ${name} \\{([^}]*)\\}`).exec(sdl);
      assert.ok(match, `enum ${name} in the schema`);
      return match[1].split(/\s+/).filter((v) => /^[A-Z_]+$/.test(v));
    };
    const prefixes = {
      ErrorCode: 'errorCode',
      Role: 'role',
      CustomerStatus: 'status',
      CustomerKind: 'kind',
      Gender: 'gender',
      IdDocumentType: 'idType',
      StayStatus: 'stayStatus',
      InteractionKind: 'interactionKind',
      InteractionPurpose: 'purpose',
      CallOutcome: 'outcome',
      ArticleStatus: 'articleStatus',
      ComplaintStatus: 'complaintStatus',
      ContractStatus: 'contractStatus',
      Severity: 'severity',
      PartnerKeyStatus: 'partnerKeyStatus',
      MemberTier: 'memberTier',
      CardStatus: 'cardStatus',
      LedgerAccount: 'ledgerAccount',
      LedgerKind: 'ledgerKind',
      UserStatus: 'userStatus',
      ProspectGrade: 'prospectGrade',
      ProspectStatus: 'prospectStatus',
      FollowUpTaskKind: 'followUpKind',
      FollowUpTaskStatus: 'followUpStatus',
      PerformanceMeasure: 'performanceMeasure',
      ValueClass: 'valueClass',
      ChurnReason: 'churnReason',
      SegmentDimension: 'segmentDimension',
      ReportKind: 'reportKind',
      ExportFormat: 'exportFormat',
    };
    // Every enum the schema has is shown to users somewhere: a new one must be listed here.
    const all = [...sdl.matchAll(/^enum (\w+) \{/gm)].map((m) => m[1]).sort();
    assert.deepEqual(all, Object.keys(prefixes).sort());
    for (const [enumName, prefix] of Object.entries(prefixes)) {
      for (const value of values(enumName)) assert.ok(`${prefix}.${value}` in zhCN, `${prefix}.${value}`);
    }
  });
});

describe('report downloads', () => {
  it('turns base64 into the exact bytes: a CSV keeps its UTF-8 BOM and Chinese, line breaks in the text are ignored', async () => {
    const { base64ToBytes } = await load('/src/reports/download.ts');
    const csv = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('客户,总收入（元）\r\n张伟,1234.50\r\n', 'utf8')]);
    const wrapped = csv.toString('base64').replace(/(.{20})/g, '$1\n');
    assert.deepEqual(Buffer.from(base64ToBytes(wrapped)), csv);
    const binary = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0xff, 0x80, 0x7f]);
    assert.deepEqual(Buffer.from(base64ToBytes(binary.toString('base64'))), binary);
    assert.equal(base64ToBytes('').length, 0);
  });
});

describe('dashboard periods and filters', () => {
  it('computes the preset periods from the hotel date, across year ends', async () => {
    const { presetPeriod, matchingPreset } = await load('/src/reports/filters.ts');
    assert.deepEqual(presetPeriod('last12', '2026-11-25'), { from: '2025-12-01', to: '2026-11-25' });
    assert.deepEqual(presetPeriod('last12', '2026-01-31'), { from: '2025-02-01', to: '2026-01-31' });
    assert.deepEqual(presetPeriod('last12', '2026-12-01'), { from: '2026-01-01', to: '2026-12-01' });
    assert.deepEqual(presetPeriod('thisYear', '2026-03-15'), { from: '2026-01-01', to: '2026-03-15' });
    assert.deepEqual(presetPeriod('lastYear', '2026-03-15'), { from: '2025-01-01', to: '2025-12-31' });
    assert.deepEqual(presetPeriod('all', '2026-03-15'), { from: '', to: '' });
    assert.equal(matchingPreset('2025-01-01', '2025-12-31', '2026-03-15'), 'lastYear');
    assert.equal(matchingPreset('', '', '2026-03-15'), 'all');
    assert.equal(matchingPreset('2025-01-02', '2025-12-31', '2026-03-15'), null);
  });

  it('reads the filters from the address (defaults for what is missing or unknown) and writes them back', async () => {
    const { readFilters, filtersHref } = await load('/src/reports/filters.ts');
    const defaults = readFilters(new URLSearchParams(''), '2026-11-25');
    assert.equal(defaults.from, '2025-12-01');
    assert.equal(defaults.to, '2026-11-25');
    assert.equal(defaults.property, '');
    assert.equal(defaults.measure, 'TOTAL_REVENUE');
    const open = readFilters(new URLSearchParams('from=&to=&measure=NONSENSE&property=城西店'), '2026-11-25');
    assert.equal(open.from, '');
    assert.equal(open.to, '');
    assert.equal(open.measure, 'TOTAL_REVENUE');
    assert.equal(open.property, '城西店');
    assert.equal(open.dimension, 'MARKET_SEGMENT');
    assert.equal(readFilters(new URLSearchParams('dimension=CHANNEL'), '2026-11-25').dimension, 'CHANNEL');
    assert.equal(readFilters(new URLSearchParams('dimension=channel'), '2026-11-25').dimension, 'MARKET_SEGMENT');
    const chosen = { ...defaults, property: '城西店', dimension: 'COUNTRY', measure: 'VISITS', department: '前厅部' };
    const href = filtersHref(chosen);
    assert.match(href, /^\/dashboard\?/);
    assert.deepEqual(readFilters(new URL(href, 'http://x').searchParams, '2026-11-25'), chosen);
    assert.equal(filtersHref({ ...defaults, from: '', to: '' }), '/dashboard?from=&to=');
  });
});

describe('console calls (keyed by callId)', () => {
  const call = (callId, receivedAt, matches = []) => ({
    callId,
    extension: '8001',
    phone: '+8613800138000',
    receivedAt,
    at: receivedAt,
    lookup: { normalizedPhone: '+8613800138000', matches, matchedContacts: [] },
  });
  const zhang = { id: '1', kind: 'INDIVIDUAL', name: '张伟', nameEn: null, namePinyin: 'zhang wei', status: 'ACTIVE', phones: [] };
  const li = { id: '2', kind: 'INDIVIDUAL', name: '李娜', nameEn: null, namePinyin: 'li na', status: 'ACTIVE', phones: [] };

  it('puts a newer RINGING on screen and keeps the older one for its wrap-up', async () => {
    const { callsReducer, EMPTY_CALLS, pendingWrapUps } = await load('/src/interactions/calls.ts');
    let state = callsReducer(EMPTY_CALLS, { type: 'ringing', call: call('a', '2026-03-01T10:00:00+08:00', [zhang]) });
    assert.equal(state.currentId, 'a');
    assert.equal(state.calls[0].customerId, '1', 'the only match is the caller');
    state = callsReducer(state, { type: 'draft', callId: 'a', draft: { summary: '问早餐时间' } });
    state = callsReducer(state, { type: 'ringing', call: call('b', '2026-03-01T10:01:00+08:00', [zhang, li]) });
    assert.equal(state.currentId, 'b');
    assert.equal(state.calls.find((c) => c.callId === 'b').customerId, null, 'several matches: the agent picks');
    assert.deepEqual(pendingWrapUps(state).map((c) => c.callId), ['a']);
    assert.equal(state.calls.find((c) => c.callId === 'a').draft.summary, '问早餐时间');
  });

  it('never lets a late or repeated event for an older call take the screen or change another call', async () => {
    const { callsReducer, EMPTY_CALLS } = await load('/src/interactions/calls.ts');
    let state = callsReducer(EMPTY_CALLS, { type: 'ringing', call: call('new', '2026-03-01T10:05:00+08:00', [li]) });
    // Delivered late (a reconnect): older than the call on screen.
    state = callsReducer(state, { type: 'ringing', call: call('old', '2026-03-01T10:00:00+08:00', [zhang]) });
    assert.equal(state.currentId, 'new');
    assert.deepEqual(state.calls.map((c) => c.callId), ['new', 'old']);
    // The same call twice: the first stands, with what was typed for it.
    state = callsReducer(state, { type: 'draft', callId: 'new', draft: { purpose: 'BOOKING' } });
    const again = callsReducer(state, { type: 'ringing', call: call('new', '2026-03-01T10:06:00+08:00', [zhang]) });
    assert.equal(again, state);
    // A save answered for the old call lands on the old call only.
    state = callsReducer(state, { type: 'saved', callId: 'old', draft: { purpose: 'INQUIRY', summary: '', followUpOn: '' } });
    assert.equal(state.calls.find((c) => c.callId === 'new').saved, null);
    assert.equal(state.calls.find((c) => c.callId === 'old').saved.purpose, 'INQUIRY');
    // Choosing someone who is not among the matches changes nothing.
    assert.equal(callsReducer(state, { type: 'choose', callId: 'new', customerId: '99' }).calls[0].customerId, '2');
  });

  it('restores only a well-formed saved state', async () => {
    const { restoreCalls, EMPTY_CALLS } = await load('/src/interactions/calls.ts');
    assert.deepEqual(restoreCalls('not json'), EMPTY_CALLS);
    assert.deepEqual(restoreCalls('{"calls": 3}'), EMPTY_CALLS);
    const saved = { calls: [{ callId: 'x', matches: [], draft: { purpose: '', summary: 'a', followUpOn: '' } }], currentId: 'gone' };
    const restored = restoreCalls(JSON.stringify(saved));
    assert.equal(restored.calls.length, 1);
    assert.equal(restored.currentId, null);
    assert.deepEqual(restored.calls[0].contacts, [], 'a call kept by an earlier console has no contacts');
  });
});

describe('live feed reconnects', () => {
  it('backs off exponentially with jitter, capped at 30 s', async () => {
    const { retryDelay } = await load('/src/interactions/liveFeed.ts');
    assert.equal(retryDelay(0, () => 0), 250);
    assert.equal(retryDelay(0, () => 1), 500);
    assert.equal(retryDelay(3, () => 0), 2000);
    assert.equal(retryDelay(3, () => 1), 4000);
    assert.equal(retryDelay(20, () => 1), 30_000);
    assert.equal(retryDelay(20, () => 0), 15_000);
    for (let retries = 0; retries < 8; retries += 1) {
      const d = retryDelay(retries);
      assert.ok(d >= retryDelay(retries, () => 0) && d <= retryDelay(retries, () => 1));
    }
  });

  it('reads a datetime-local value as the hotel clock', async () => {
    const { hotelLocalToIso, formatDuration } = await load('/src/ui/format.ts');
    assert.equal(hotelLocalToIso('2026-03-01T14:30'), '2026-03-01T14:30:00+08:00');
    assert.equal(hotelLocalToIso('2026-03-01'), null);
    assert.equal(formatDuration(65), '1:05');
    assert.equal(formatDuration(3725), '1:02:05');
  });
});
