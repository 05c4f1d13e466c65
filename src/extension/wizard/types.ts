// The wizard's state, its steps' shape, and the ports the steps reach the engine and the workspace through.

import type {
  classifyRisk, EngineConfig, EnvNames, Finding, lint, LoadedSpec, LoadResult, OAuthFlowKind, scaffoldActions, SpecProblem, toConnectionName,
  toEnvNames, toPlainText,
} from '../../engine';
import type { isPromptInjectionFinding } from '../../engine/rules/util/agent-text';
import type { isInsecureHttpUrl } from '../../engine/rules/util/urls';
import type { Prompter, StepPosition } from './prompter';

/** An OpenAPI file the wizard can read. */
export interface SpecFile {
  /** The file's URI, as a string. */
  uri: string;
  /** For lists and messages: the path relative to its workspace folder, else the absolute path. */
  label: string;
  /** Its folder relative to the workspace folder ('' at the root); undefined when the file is outside the workspace. */
  dirInWorkspace?: string;
  /** The workspace folder the result is written to (the file's own, else the first), as a URI string. */
  folder: string;
  size: number;
  /** What the first bytes declare, e.g. `OpenAPI 3.0.3`; undefined when not sniffed. */
  version?: string;
}

/** A `.env.example` or `.gitignore` change that Create will make. */
export interface SideFileChange {
  /** Relative to the workspace folder. */
  path: string;
  /** The file does not exist yet. */
  created: boolean;
  /** The lines added; empty: the file is left alone. */
  added: string[];
}

/** What the steps need from the workspace; workspace-port.ts implements it with VS Code's file system. */
export interface WizardWorkspace {
  /** Workspace files that declare `openapi:` or `swagger:` near their top (not action files, not node_modules). */
  findSpecFiles(): Promise<SpecFile[]>;
  /** A file picked in the open dialog, or why it cannot be used. */
  describeFile(uri: string): Promise<SpecFile | { error: string }>;
  /** Reads and loads the spec (`$ref`s to sibling files included); undefined when cancelled. */
  loadSpec(file: SpecFile, isCancelled: () => Promise<boolean>): Promise<LoadResult | undefined>;
  /** The env file's keys, each with whether it holds a non-empty value. Values never leave the port. */
  envKeys(file: SpecFile): Promise<ReadonlyMap<string, boolean>>;
  /** Whether `relativePath` exists in the result's workspace folder. */
  exists(file: SpecFile, relativePath: string): Promise<boolean>;
  /** The folder's configuration (rule severities, defaults). */
  engineConfig(file: SpecFile): EngineConfig;
  /** What `.env.example` and `.gitignore` will gain for these variable names. */
  planSideFiles(file: SpecFile, envNames: readonly string[]): Promise<{ envExample: SideFileChange; gitignore: SideFileChange }>;
}

/** The pure engine functions the steps call (passed in, so step files import types only). */
export interface WizardEngine {
  classifyRisk: typeof classifyRisk;
  scaffoldActions: typeof scaffoldActions;
  toConnectionName: typeof toConnectionName;
  toEnvNames: typeof toEnvNames;
  toPlainText: typeof toPlainText;
  /** A plain-http URL off this machine: the insecure-http-url rule's test, which the generator upgrades to https. */
  isInsecureHttpUrl: typeof isInsecureHttpUrl;
  lint: typeof lint;
  /** Findings about descriptions that speak to the model (copied from the spec): listed before the file is written. */
  isPromptInjectionFinding: typeof isPromptInjectionFinding;
  envNamePattern: RegExp;
}

export interface WizardDeps {
  prompter: Prompter;
  workspace: WizardWorkspace;
  engine: WizardEngine;
  /** The extension's log; never give it a secret value. */
  log: (line: string) => void;
}

export type EnvKey = keyof EnvNames;

export type ServerAnswer = { kind: 'url'; url: string; custom: boolean } | { kind: 'env' };

/** The authentication chosen: one of the spec's schemes (one OAuth flow of it), none, or a bearer placeholder. */
export interface AuthAnswer {
  id: string;
  kind: 'scheme' | 'none' | 'placeholder';
  scheme?: string;
  flow?: OAuthFlowKind;
  /** The variables it needs, in prompt order. */
  secrets: EnvKey[];
}

export interface OutputAnswer {
  /** Relative to the workspace folder, forward slashes. */
  path: string;
  overwrite: boolean;
}

/** What Create writes, computed by the summary step. */
export interface WizardResult {
  spec: SpecFile;
  output: OutputAnswer;
  text: string;
  envNames: string[];
  actions: number;
  /** Error findings of the generated file (zero unless the user chose an insecure option). */
  errors: Finding[];
}

/** Everything answered so far; going back keeps it, so each prompt starts from the earlier answer. */
export interface WizardState {
  spec?: SpecFile;
  /** Launched with a file (explorer context menu): there is no file step. */
  fixedSpec: boolean;
  loaded?: { uri: string; spec: LoadedSpec; problems: SpecProblem[] };
  connectionName?: string;
  server?: ServerAnswer;
  operations?: string[];
  auth?: AuthAnswer;
  envNames: Partial<EnvNames>;
  output?: OutputAnswer;
  result?: WizardResult;
}

/** 'next' moves on, 'back' returns to the previous prompt, undefined ends the wizard without writing anything. */
export type NextStep = 'next' | 'back';

export type Step = (state: WizardState, at: StepPosition) => Promise<NextStep | undefined>;
