// A Prompter that answers from a script, records every prompt, and fails on an unexpected one (no VS Code needed).

import * as assert from 'assert';
import {
  isSeparator, type Answer, type BrowseOptions, type ConfirmOptions, type InputOptions, type PickEntry, type PickItem, type PickManyOptions,
  type PickOptions, type ProgressOptions, type Prompter, type StepPosition,
} from '../../../src/extension/wizard/prompter';

/** A prompt as the script sees it: its kind, position, title, and (for picks) the resolved items. */
export type Prompt =
  | { kind: 'pick'; options: PickOptions<unknown>; items: readonly PickEntry<unknown>[] }
  | { kind: 'pickMany'; options: PickManyOptions<unknown>; items: readonly PickEntry<unknown>[] }
  | { kind: 'input'; options: InputOptions }
  | { kind: 'confirm'; options: ConfirmOptions }
  | { kind: 'browse'; options: BrowseOptions };

/** One scripted answer: checks the prompt it gets and returns what the user did. */
export type Reply = (prompt: Prompt) => Promise<Answer<unknown> | string | undefined>;

/** What the prompter saw, for assertions after the run. */
export interface Seen {
  kind: Prompt['kind'];
  title: string;
  position?: StepPosition;
}

export class ScriptedPrompter implements Prompter {
  readonly seen: Seen[] = [];
  readonly errors: string[] = [];
  readonly warnings: string[] = [];
  readonly progress: ProgressOptions[] = [];
  private next = 0;

  constructor(private readonly script: readonly Reply[]) {}

  /** Every reply was used. */
  assertDone(): void {
    assert.strictEqual(this.next, this.script.length, `${this.script.length - this.next} scripted replies left; prompts seen: ${this.titles()}`);
  }

  titles(): string {
    return this.seen.map((s) => `${s.kind}:${s.title}${s.position ? ` ${s.position.step}/${s.position.totalSteps}${s.position.back ? ' <' : ''}` : ''}`).join(', ');
  }

  async pick<T>(options: PickOptions<T>): Promise<Answer<T>> {
    return this.ask({ kind: 'pick', options: options as PickOptions<unknown>, items: await options.items }) as Promise<Answer<T>>;
  }

  async pickMany<T>(options: PickManyOptions<T>): Promise<Answer<T[]>> {
    return this.ask({ kind: 'pickMany', options: options as PickManyOptions<unknown>, items: await options.items }) as Promise<Answer<T[]>>;
  }

  input(options: InputOptions): Promise<Answer<string>> {
    return this.ask({ kind: 'input', options }) as Promise<Answer<string>>;
  }

  confirm(options: ConfirmOptions): Promise<Answer<true>> {
    return this.ask({ kind: 'confirm', options }) as Promise<Answer<true>>;
  }

  async browse(options: BrowseOptions): Promise<string | undefined> {
    const reply = await this.ask({ kind: 'browse', options });
    assert.ok(reply === undefined || typeof reply === 'string', 'a browse reply is a URI or undefined');
    return reply;
  }

  /** Set to cancel every task run with progress at its first check. */
  cancelProgress = false;

  async withProgress<R>(options: ProgressOptions, task: (isCancelled: () => Promise<boolean>) => Promise<R>): Promise<R | undefined> {
    this.progress.push(options);
    const result = await task(async () => this.cancelProgress);
    return this.cancelProgress ? undefined : result;
  }

  showError(message: string): void {
    this.errors.push(message);
  }

  showWarning(message: string): void {
    this.warnings.push(message);
  }

  private async ask(prompt: Prompt): Promise<Answer<unknown> | string | undefined> {
    const position = prompt.kind === 'browse' ? undefined : { step: prompt.options.step, totalSteps: prompt.options.totalSteps, back: prompt.options.back };
    this.seen.push({ kind: prompt.kind, title: prompt.options.title, ...(position ? { position } : {}) });
    const reply = this.script[this.next++];
    assert.ok(reply, `unexpected ${prompt.kind} "${prompt.options.title}" after ${this.script.length} replies; seen: ${this.titles()}`);
    return reply(prompt);
  }
}

/** The choosable items of a pick (separators left out). */
export function itemsOf(prompt: Prompt): PickItem<unknown>[] {
  assert.ok(prompt.kind === 'pick' || prompt.kind === 'pickMany' || prompt.kind === 'confirm', `${prompt.kind} has no items`);
  const entries = prompt.kind === 'confirm' ? prompt.options.details : prompt.items;
  return entries.filter((entry): entry is PickItem<unknown> => !isSeparator(entry));
}

function expectKind<K extends Prompt['kind']>(prompt: Prompt, kind: K, title?: RegExp): Extract<Prompt, { kind: K }> {
  assert.strictEqual(prompt.kind, kind, `expected a ${kind}, got ${prompt.kind} "${prompt.options.title}"`);
  if (title) {
    assert.match(prompt.options.title, title);
  }
  return prompt as Extract<Prompt, { kind: K }>;
}

function activeItem(prompt: Extract<Prompt, { kind: 'pick' }>): PickItem<unknown> {
  const items = itemsOf(prompt);
  const active = items.find((item) => prompt.options.isActive?.(item)) ?? items[0];
  assert.ok(active, `"${prompt.options.title}" has no item`);
  return active;
}

function enabled(item: PickItem<unknown>, title: string): { value: unknown } {
  assert.strictEqual(item.disabled, undefined, `"${item.label}" in "${title}" is disabled: ${item.disabled ?? ''}`);
  return { value: item.value };
}

/** Accepts what the prompt offers: the active item, the preselected items, the prefilled value (which must be valid), Create. */
export function accept(kind: Prompt['kind'], title?: RegExp, check?: (prompt: Prompt) => void): Reply {
  return async (prompt) => {
    expectKind(prompt, kind, title);
    check?.(prompt);
    switch (prompt.kind) {
      case 'pick':
        return enabled(activeItem(prompt), prompt.options.title);
      case 'pickMany': {
        const selected = itemsOf(prompt).filter((item) => prompt.options.isSelected(item));
        assert.ok(selected.length > 0, prompt.options.emptyMessage);
        return { value: selected.map((item) => item.value) };
      }
      case 'input':
        return typeInto(prompt, prompt.options.value);
      case 'confirm':
        return { value: true };
      case 'browse':
        return undefined;
    }
  };
}

/** Picks the first item whose label matches. */
export function choose(label: RegExp, title?: RegExp): Reply {
  return async (prompt) => {
    const pick = expectKind(prompt, 'pick', title);
    const item = itemsOf(pick).find((candidate) => label.test(candidate.label));
    assert.ok(item, `no item like ${label} in "${pick.options.title}": ${itemsOf(pick).map((i) => i.label).join(' | ')}`);
    return enabled(item, pick.options.title);
  };
}

/** Selects exactly the items the predicate accepts. */
export function select(predicate: (item: PickItem<unknown>) => boolean, title?: RegExp): Reply {
  return async (prompt) => ({ value: itemsOf(expectKind(prompt, 'pickMany', title)).filter(predicate).map((item) => item.value) });
}

/** Presses the title-bar button with this tooltip, then accepts its selection. */
export function press(tooltip: RegExp, title?: RegExp): Reply {
  return async (prompt) => {
    const pick = expectKind(prompt, 'pickMany', title);
    const button = (pick.options.buttons ?? []).find((candidate) => tooltip.test(candidate.tooltip));
    assert.ok(button, `no button like ${tooltip}`);
    return { value: button.select(itemsOf(pick)).map((item) => item.value) };
  };
}

/** Types `text` into an input and accepts it; an error-severity validation fails the test. */
export function type(text: string, title?: RegExp): Reply {
  return async (prompt) => typeInto(expectKind(prompt, 'input', title), text);
}

/** Answers the open dialog with this URI. */
export function browseTo(uri: string): Reply {
  return async (prompt) => {
    expectKind(prompt, 'browse');
    return uri;
  };
}

/** Presses Back; the prompt must show the Back button. */
export function back(kind: Prompt['kind'], title?: RegExp): Reply {
  return async (prompt) => {
    expectKind(prompt, kind, title);
    assert.ok(prompt.kind !== 'browse' && prompt.options.back, `"${prompt.options.title}" has no Back button`);
    return 'back';
  };
}

/** Presses Escape. */
export function escape(kind: Prompt['kind'], title?: RegExp): Reply {
  return async (prompt) => {
    expectKind(prompt, kind, title);
    return undefined;
  };
}

/** Runs `check` on the prompt, then answers with `then`. */
export function inspect(check: (prompt: Prompt) => void | Promise<void>, then: Reply): Reply {
  return async (prompt) => {
    await check(prompt);
    return then(prompt);
  };
}

async function typeInto(prompt: Extract<Prompt, { kind: 'input' }>, text: string): Promise<Answer<string>> {
  const validation = await prompt.options.validate(text);
  assert.ok(validation?.severity !== 'error', `"${text}" is refused in "${prompt.options.title}": ${validation?.message ?? ''}`);
  return { value: text };
}
