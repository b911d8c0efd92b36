// The TypeScript types (declared once in wasm/src/gongkai.d.ts, attached to the exports) compile
// under --strict against a program that uses every export.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));

test('the .d.ts types the whole API (tsc --strict)', () => {
  const tsc = path.join(here, 'node_modules/.bin/tsc');
  try {
    execFileSync(tsc, ['--noEmit', '--strict', '--target', 'es2022', '--module', 'es2022', '--lib', 'esnext,dom',
      '--moduleResolution', 'bundler', '--skipLibCheck', 'false', path.join(here, 'types-check.ts')],
    { stdio: 'pipe' });
  } catch (e) {
    assert.fail(`${e.stdout}${e.stderr}`);
  }
});
