// Loads the node builds of the package (CommonJS) for the ES-module tests: the default entry
// (`gongkai`), the full one (`gongkai/full`, with blacklist screening and the assessment) and the
// catalogue one (`gongkai/catalogue`, the default entry with the catalogue check) and the notice
// one (`gongkai/notice`, the default entry with the notice reader).
import { createRequire } from 'node:module';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));
export const root = path.resolve(here, '../..');
export const pkgDir = process.env.GONGKAI_PKG ?? path.join(root, 'wasm/pkg');
const require = createRequire(import.meta.url);
export const gongkai = require(path.join(pkgDir, 'node/gongkai.js'));
export const full = require(path.join(pkgDir, 'full/node/gongkai.js'));
export const catalogue = require(path.join(pkgDir, 'catalogue/node/gongkai.js'));
export const notice = require(path.join(pkgDir, 'notice/node/gongkai.js'));

/**
 * The golden vectors of tests/vectors/*.json and of the real-notice corpus,
 * tests/vectors/real/*.json (the same files the Rust and C suites read); `file` is the path
 * under tests/vectors.
 */
export function vectors() {
  const dir = path.join(root, 'tests/vectors');
  return ['', 'real']
    .flatMap((sub) =>
      readdirSync(path.join(dir, sub))
        .filter((f) => f.endsWith('.json'))
        .map((f) => (sub ? `${sub}/${f}` : f)),
    )
    .sort()
    .map((file) => ({ file, ...JSON.parse(readFileSync(path.join(dir, file), 'utf8')) }));
}

export function readVector(name) {
  return JSON.parse(readFileSync(path.join(root, 'tests/vectors', name), 'utf8'));
}

/** The sample blacklist (examples/data/yunjiang-blacklist.jsonl) as EngineConfig.blacklist. */
export function sampleBlacklist() {
  return readFileSync(path.join(root, 'examples/data/yunjiang-blacklist.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line));
}

/** The vectors of a folder under tests/vectors (`catalogue`, `decision`), with their file names. */
export function vectorsIn(sub) {
  const dir = path.join(root, 'tests/vectors', sub);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => ({ file, ...JSON.parse(readFileSync(path.join(dir, file), 'utf8')) }));
}
