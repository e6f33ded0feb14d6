// Fails when web/src/gql is not what codegen makes from schema/schema.graphql
// and the operations. Regenerates into a temporary folder, so it works on a
// clean checkout and never touches the committed files.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const committed = 'web/src/gql';
const temp = mkdtempSync(join(tmpdir(), 'hotel-crm-codegen-'));
try {
  const run = spawnSync('node_modules/.bin/graphql-codegen', ['--config', 'web/codegen.ts', '--silent'], {
    stdio: 'inherit',
    env: { ...process.env, HOTEL_CRM_CODEGEN_OUT: `${temp}/` },
  });
  if (run.status !== 0) {
    console.error('codegen:check: codegen failed');
    process.exit(run.status ?? 1);
  }
  const list = (dir) => readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath ?? e.path, e.name)))
    .sort();
  const fresh = list(temp);
  const have = list(committed);
  const stale = [];
  for (const name of new Set([...fresh, ...have])) {
    const a = fresh.includes(name) ? readFileSync(join(temp, name), 'utf8') : null;
    const b = have.includes(name) ? readFileSync(join(committed, name), 'utf8') : null;
    if (a !== b) stale.push(name);
  }
  if (stale.length > 0) {
    console.error(`codegen:check: ${committed} is out of date (${stale.join(', ')}); run \`npm run codegen\` and commit.`);
    process.exit(1);
  }
  console.log(`codegen:check: ${committed} is up to date (${fresh.length} files).`);
} finally {
  rmSync(temp, { recursive: true, force: true });
}
