// Seeded mutations of real files (half-typed text, pasted junk, deep nesting, huge lines): the fuzz corpus shared by the fuzzer, the bench and CLI checks.

import * as fs from 'fs';
import * as path from 'path';
import { CORPUS_DIR, FIXTURES_DIR, PROJECT_ROOT } from './fixtures';
import { seededRandom } from './seeded-random';

export interface SeedFile {
  /** A file name that decides how the engine reads it: `*.actions.{yaml,json}` or a bot script/config. */
  name: string;
  text: string;
}

/** One edit; `at` is a fraction of the text's length, so a mutation applies to any text (and shrinks well). */
export type Mutation =
  | { op: 'insert'; at: number; text: string }
  | { op: 'delete'; at: number; length: number }
  | { op: 'duplicate'; at: number; length: number; times: number }
  | { op: 'repeat'; at: number; text: string; times: number }
  | { op: 'nest'; at: number; style: NestStyle; depth: number; closed: boolean }
  | { op: 'truncate'; at: number };

export type NestStyle = 'flow-seq' | 'flow-map' | 'json-map' | 'block-map' | 'block-seq' | 'collection-key';

export const NEST_STYLES: readonly NestStyle[] = ['flow-seq', 'flow-map', 'json-map', 'block-map', 'block-seq', 'collection-key'];

/** Characters that matter to YAML, JSON, dotenv and the secret scanner, plus unicode that breaks naive code. */
export const INTERESTING_CHARS = [
  ...':{}[],-?#&*!|>\'"%@`\\/=$ \n\r\t.0123456789aZ_',
  'é', '中', '😀', '\uD83D', '\uDE00', '\uFEFF', '\u2028', '\u202E', '\u0000', '\u00A0',
];

/** Snippets a user pastes or half-types. */
export const INTERESTING_SNIPPETS = [
  '${env:', '${env:API_KEY}', 'http://', 'https://user:pass@api.example.com', 'sk_live_4eC39HqLyjWDarjtT1zdp7dc',
  'ghp_1234567890abcdefghijklmnopqrstuvwxyz', '- ', ': ', '? ', '&a ', '*a', '<<: *a', '!!str ', '|\n', '>-\n', '---\n',
  '...\n', '{', '}', '[', ']', '"', '\'', '#', '\r\n', '\t', 'null', '~', '1e999', '0x', 'true', '# secure-actions-disable-line',
  'const apiKey = "', 'os.environ["', 'process.env.', 'password: ', 'token: ',
];

/** A text nested `depth` levels deep in one style, optionally closed again. */
export function nested(style: NestStyle, depth: number, closed: boolean): string {
  switch (style) {
    case 'flow-seq':
      return '['.repeat(depth) + (closed ? ']'.repeat(depth) : '');
    case 'flow-map':
      return '{a: '.repeat(depth) + (closed ? `1${'}'.repeat(depth)}` : '');
    case 'json-map':
      return '{"a":'.repeat(depth) + (closed ? `1${'}'.repeat(depth)}` : '');
    case 'collection-key':
      return '{'.repeat(depth) + (closed ? '}'.repeat(depth) : '');
    case 'block-map':
      return Array.from({ length: depth }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n') + (closed ? ' 1\n' : '');
    case 'block-seq':
      return '- '.repeat(depth) + (closed ? 'x\n' : '');
  }
}

export function applyMutation(text: string, mutation: Mutation): string {
  const at = Math.min(text.length, Math.floor(mutation.at * (text.length + 1)));
  switch (mutation.op) {
    case 'insert':
      return text.slice(0, at) + mutation.text + text.slice(at);
    case 'delete':
      return text.slice(0, at) + text.slice(at + mutation.length);
    case 'duplicate':
      return text.slice(0, at) + text.slice(at, at + mutation.length).repeat(mutation.times + 1) + text.slice(at + mutation.length);
    case 'repeat':
      return text.slice(0, at) + mutation.text.repeat(mutation.times) + text.slice(at);
    case 'nest':
      return text.slice(0, at) + nested(mutation.style, mutation.depth, mutation.closed) + text.slice(at);
    case 'truncate':
      return text.slice(0, at);
  }
}

export function applyMutations(text: string, mutations: readonly Mutation[]): string {
  return mutations.reduce(applyMutation, text);
}

/** One random mutation; sizes stay small enough for a file of a few KB, except the rare huge line or deep nest. */
export function randomMutation(random: () => number): Mutation {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const at = random();
  const kind = random();
  if (kind < 0.3) {
    const text = random() < 0.5 ? pick(INTERESTING_CHARS) : pick(INTERESTING_SNIPPETS);
    return { op: 'insert', at, text };
  }
  if (kind < 0.5) {
    return { op: 'delete', at, length: 1 + Math.floor(random() * (random() < 0.8 ? 8 : 400)) };
  }
  if (kind < 0.62) {
    return { op: 'duplicate', at, length: 1 + Math.floor(random() * 200), times: 1 + Math.floor(random() * 5) };
  }
  if (kind < 0.74) {
    const text = random() < 0.5 ? pick(INTERESTING_CHARS) : pick(INTERESTING_SNIPPETS);
    return { op: 'repeat', at, text, times: 2 + Math.floor(random() * (random() < 0.9 ? 200 : 3000)) };
  }
  if (kind < 0.88) {
    return { op: 'nest', at, style: pick(NEST_STYLES), depth: 1 + Math.floor(random() * (random() < 0.8 ? 60 : 3000)), closed: random() < 0.5 };
  }
  return { op: 'truncate', at: 0.2 + random() * 0.8 };
}

const SEED_FILE = /\.(ya?ml|json|js|ts|py|sh)$/;
const OPENAPI_SNIPPET_CHARS = 6000;

/**
 * The real files mutations start from, sorted by name: every fixture, the example bot (actions, scripts, config,
 * OpenAPI) and the head of each spec in ../shared/corpus/openapi, named as action files so every rule reads them.
 */
export function seedFiles(): SeedFile[] {
  const files: SeedFile[] = [];
  for (const file of walk(FIXTURES_DIR).concat(walk(path.join(PROJECT_ROOT, 'examples')))) {
    if (SEED_FILE.test(file) && !file.includes(`${path.sep}fuzz${path.sep}`)) {
      files.push({ name: path.basename(file), text: fs.readFileSync(file, 'utf8') });
    }
  }
  const openapiDir = path.join(CORPUS_DIR, 'openapi');
  for (const name of fs.existsSync(openapiDir) ? fs.readdirSync(openapiDir).sort() : []) {
    const match = /^(.*)\.(ya?ml|json)$/.exec(name);
    if (match) {
      const text = fs.readFileSync(path.join(openapiDir, name), 'utf8');
      const cut = text.lastIndexOf('\n', OPENAPI_SNIPPET_CHARS);
      files.push({ name: `${match[1]}.actions.${match[2]}`, text: text.length > OPENAPI_SNIPPET_CHARS ? text.slice(0, cut + 1) : text });
    }
  }
  return files;
}

/** `count` mutated files, the same for the same seed: 1 to 4 mutations each, over a seed file picked at random. */
export function mutatedCorpus(seed: number, count: number, seeds: readonly SeedFile[] = seedFiles()): SeedFile[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, i) => {
    const base = seeds[Math.floor(random() * seeds.length)] as SeedFile;
    const mutations = Array.from({ length: 1 + Math.floor(random() * 4) }, () => randomMutation(random));
    return { name: `${String(i).padStart(4, '0')}-${base.name}`, text: applyMutations(base.text, mutations) };
  });
}

/** Writes a corpus into `dir` (created if needed), one file each; returns the paths. */
export function writeCorpus(dir: string, files: readonly SeedFile[]): string[] {
  fs.mkdirSync(dir, { recursive: true });
  return files.map((file) => {
    const target = path.join(dir, file.name);
    fs.writeFileSync(target, file.text);
    return target;
  });
}

function walk(dir: string): string[] {
  if (!fs.existsSync(dir)) {
    return [];
  }
  return fs.readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      return entry.isDirectory() ? walk(full) : [full];
    });
}
