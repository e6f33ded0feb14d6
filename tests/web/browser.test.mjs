// Browser tests in real headless Chromium against a real server.
// One server and one browser for the run (see harness.mjs); the suites are
// plain modules so that `node --test tests/web/` runs this file alone.
import { after, before, describe } from 'node:test';
import { startStack } from './harness.mjs';
import { accountsContractsSuite } from './accounts-contracts.suite.mjs';
import { complaintsSuite } from './complaints.suite.mjs';
import { consoleSuite } from './console.suite.mjs';
import { knowledgeSuite } from './knowledge.suite.mjs';
import { lookupSuite } from './lookup.suite.mjs';
import { membershipSuite } from './membership.suite.mjs';
import { partnersSuite } from './partners.suite.mjs';
import { profileSuite } from './profile.suite.mjs';
import { registrationSuite } from './registration.suite.mjs';
import { signInSuite, throttlingSuite } from './signin.suite.mjs';
import { staffSuite } from './staff.suite.mjs';
import { accountsProspectsSuite } from './accounts-prospects.suite.mjs';
import { reportsSuite } from './reports.suite.mjs';
import { accountsEventsSuite } from './accounts-events.suite.mjs';

let stack = null;
const getStack = () => {
  if (!stack) throw new Error('stack not started');
  return stack;
};

before(async () => {
  stack = await startStack();
}, { timeout: 180_000 });

after(async () => {
  await stack?.stop();
});

describe('sign-in', () => signInSuite(getStack));
describe('lookup and customer card', () => lookupSuite(getStack));
describe('guest registration', () => registrationSuite(getStack));
describe('preferences, key dates and the profile', () => profileSuite(getStack));
describe('call-centre console', () => consoleSuite(getStack));
describe('knowledge base', () => knowledgeSuite(getStack));
describe('complaints', () => complaintsSuite(getStack));
describe('membership', () => membershipSuite(getStack));
describe('partner keys', () => partnersSuite(getStack));
describe('contacts, care calendar and contracts', () => accountsContractsSuite(getStack));
describe('staff and handover', () => staffSuite(getStack));
describe('prospects, follow-ups and feedback', () => accountsProspectsSuite(getStack));
describe('events, grade changes and tasks made by hand', () => accountsEventsSuite(getStack));
describe("managers' dashboard", () => reportsSuite(getStack));
describe('sign-in throttling', () => throttlingSuite(getStack));
