// Fetches two large real OpenAPI specs from npm (never committed) into a local cache and prints their paths.
//
//   node scripts/fetch-large-specs.mjs                 # two lines: the GitHub and the Kubernetes spec
//   node scripts/fetch-large-specs.mjs --print-json    # {"github": "...", "kubernetes": "..."}
//
// Cache: $XDG_CACHE_HOME/secure-actions/specs/<pkg>@<version>/ (default ~/.cache/...); a cached file is reused
// without touching the network. Versions are pinned so measurements stay comparable.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

/** What to fetch: the npm package, and how to find the spec inside its tarball. */
export const SPECS = {
  // GitHub's REST API: generated/ holds plain and .deref variants for several products; the plain api.github.com one.
  github: { pkg: '@octokit/openapi', version: '23.0.2', member: (entries) => entries.find((e) => /(^|\/)generated\/api\.github\.com\.json$/.test(e)) },
  // Kubernetes 1.13 as Swagger 2.0, gzipped.
  kubernetes: { pkg: 'kubernetes-client', version: '9.0.0', member: (entries) => entries.find((e) => e.endsWith('lib/specs/swagger-1.13.json.gz')) },
};

export function defaultCacheDir() {
  return join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'secure-actions', 'specs');
}

/** Fetches (or reuses) both specs and returns their absolute paths. Throws with a readable message on failure. */
export function fetchLargeSpecs(cacheDir = defaultCacheDir()) {
  const result = {};
  for (const [name, spec] of Object.entries(SPECS)) {
    result[name] = fetchSpec(spec, cacheDir);
  }
  return result;
}

function fetchSpec({ pkg, version, member }, cacheDir) {
  const folder = resolve(cacheDir, `${pkg.replace('/', '+')}@${version}`);
  const cached = existsSync(folder) ? readdirSync(folder).find((f) => f.endsWith('.json')) : undefined;
  if (cached) {
    return join(folder, cached);
  }
  mkdirSync(cacheDir, { recursive: true });
  // A private work folder per process, so two concurrent runs never see each other's half-written files.
  const work = resolve(cacheDir, `.work-${process.pid}-${Date.now()}`);
  mkdirSync(work, { recursive: true });
  try {
    const packed = run('npm', ['pack', `${pkg}@${version}`, '--silent', '--pack-destination', work], work).trim().split('\n').pop();
    const tarball = join(work, packed);
    const entry = member(run('tar', ['-tzf', tarball], work).split('\n').map((line) => line.trim()).filter(Boolean));
    if (!entry) {
      throw new Error(`${pkg}@${version}: the expected spec file is not in the package.`);
    }
    run('tar', ['-xzf', tarball, entry], work);
    const extracted = join(work, entry);
    const fileName = entry.split('/').pop().replace(/\.gz$/, '');
    const data = entry.endsWith('.gz') ? gunzipSync(readFileSync(extracted)) : readFileSync(extracted);
    const staged = join(work, fileName);
    writeFileSync(staged, data);
    mkdirSync(folder, { recursive: true });
    const target = join(folder, fileName);
    renameSync(staged, target);
    return target;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function run(command, args, cwd) {
  try {
    return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], shell: process.platform === 'win32', maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    const detail = String(error.stderr || error.message).trim().split('\n').slice(-3).join(' ');
    throw new Error(`${command} ${args[0]} failed: ${detail}`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const paths = fetchLargeSpecs();
    process.stdout.write(process.argv.includes('--print-json') ? `${JSON.stringify(paths)}\n` : `${paths.github}\n${paths.kubernetes}\n`);
  } catch (error) {
    process.stderr.write(`fetch-large-specs: ${error.message}\n`);
    process.exitCode = 1;
  }
}
