// Shared by the scaffold tests: load a corpus or inline spec, scaffold it, read the result back as data.

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { parse } from 'yaml';
import { loadOpenApi, type LoadedSpec } from '../../../src/engine/openapi';
import { scaffoldActions, type ScaffoldOptions, type ScaffoldResult } from '../../../src/engine/scaffold';
import { CORPUS_DIR } from '../../helpers/fixtures';

export const OPENAPI_DIR = path.join(CORPUS_DIR, 'openapi');

/** Every spec in the corpus (MANIFEST.tsv excluded), sorted. */
export const CORPUS_SPECS = fs.readdirSync(OPENAPI_DIR).filter((name) => /\.(ya?ml|json)$/.test(name)).sort();

export function loadSpecText(fileName: string, text: string): LoadedSpec {
  const result = loadOpenApi({ text, fileName });
  assert.ok(result.ok, JSON.stringify(result.problems));
  return result.spec;
}

export function corpusSpec(file: string): LoadedSpec {
  return loadSpecText(file, fs.readFileSync(path.join(OPENAPI_DIR, file), 'utf8'));
}

export interface ActionParameter {
  name: string;
  in: string;
  required?: boolean;
  description?: string;
  schema: Record<string, unknown>;
}

export interface Action {
  id: string;
  description: string;
  method: string;
  path: string;
  personalData: boolean;
  confirm: boolean;
  allowSensitive?: boolean;
  audit: boolean;
  parameters?: ActionParameter[];
  response: { fields: string[]; mask: string[]; maxBytes: number };
}

/** The shape the generator writes (read back from its YAML). */
export interface ActionDocument {
  version: number;
  connection: {
    name: string;
    baseUrl: string;
    auth: Record<string, unknown>;
    tls: { verify: boolean };
    timeoutMs: number;
    rateLimit: { requests: number; per: string };
    retry: { max: number; backoff: string };
    circuitBreaker: { failures: number; cooldownMs: number };
  };
  actions: Action[];
}

export interface Scaffolded {
  result: ScaffoldResult;
  /** The generated file read back with the yaml package. */
  doc: ActionDocument;
}

export function scaffold(spec: LoadedSpec, options: ScaffoldOptions = {}): Scaffolded {
  const result = scaffoldActions(spec, options);
  return { result, doc: parse(result.text) as ActionDocument };
}

/** A small OpenAPI 3.0 document from paths and components, as JSON text. */
export function oas3(parts: { paths: unknown; components?: unknown; servers?: unknown; security?: unknown; title?: string }): string {
  return JSON.stringify({ openapi: '3.0.3', info: { title: parts.title ?? 'Orders API', version: '1' }, ...parts });
}
