// The wizard's only way to talk to the user: the steps call a Prompter; VS Code's is in vscode-prompter.ts, tests script a fake.

/** Where a prompt sits in the wizard: shown as "step/totalSteps", with a Back button when `back`. */
export interface StepPosition {
  step: number;
  totalSteps: number;
  back: boolean;
}

/** What the user did: answered, pressed Back, or (undefined) pressed Escape / closed the prompt. */
export type Answer<T> = { value: T } | 'back' | undefined;

/** One choice. Icons use codicon syntax (`$(trash)`) in label, description and detail. */
export interface PickItem<T> {
  label: string;
  description?: string;
  detail?: string;
  value: T;
  /** Why it cannot be chosen: shown with the item; accepting it keeps the prompt open. */
  disabled?: string;
  /** Shown whatever the user types into the filter. */
  alwaysShow?: boolean;
}

/** A group heading between items (QuickPickItemKind.Separator). */
export interface PickSeparator {
  separator: string;
}

export type PickEntry<T> = PickItem<T> | PickSeparator;

export function isSeparator<T>(entry: PickEntry<T>): entry is PickSeparator {
  return 'separator' in entry;
}

export interface PickOptions<T> extends StepPosition {
  /** The step's name ("Server"); the Prompter shows it after the wizard's own name. */
  title: string;
  placeholder: string;
  /** A promise shows the prompt at once, busy, until the items arrive. */
  items: readonly PickEntry<T>[] | Promise<readonly PickEntry<T>[]>;
  /** The item highlighted first (default: the first one). */
  isActive?: (item: PickItem<T>) => boolean;
  matchOnDescription?: boolean;
  matchOnDetail?: boolean;
}

/** A title-bar button of a multi-select that changes the selection in place (e.g. "Select all safe"). */
export interface SelectButton<T> {
  /** A codicon name, e.g. `shield`. */
  icon: string;
  tooltip: string;
  /** The new selection, from every item. */
  select: (items: readonly PickItem<T>[]) => PickItem<T>[];
}

export interface PickManyOptions<T> extends PickOptions<T> {
  isSelected: (item: PickItem<T>) => boolean;
  buttons?: readonly SelectButton<T>[];
  /** Shown, and accepting refused, while nothing is selected. */
  emptyMessage: string;
}

export type ValidationSeverity = 'error' | 'warning' | 'info';

/** An error blocks accepting; a warning or info is shown and the value can still be accepted. */
export interface Validation {
  message: string;
  severity: ValidationSeverity;
}

export interface InputOptions extends StepPosition {
  title: string;
  prompt: string;
  value: string;
  placeholder?: string;
  /** Run on every keystroke and on accept; a Promise is awaited (the newest value wins). */
  validate: (value: string) => Validation | undefined | Promise<Validation | undefined>;
}

/** A final check: what will happen, listed as items, and one item that confirms. */
export interface ConfirmOptions extends StepPosition {
  title: string;
  placeholder: string;
  confirm: { label: string; description?: string; detail?: string };
  /** Information only: accepting one of these does nothing. */
  details: readonly PickEntry<undefined>[];
}

export interface BrowseOptions {
  title: string;
  openLabel: string;
  /** Extensions without the dot, e.g. `['yaml', 'yml', 'json']`. */
  extensions: readonly string[];
}

export interface ProgressOptions {
  title: string;
  /** False: run the task without showing anything (small inputs finish before a notification could be read). */
  show: boolean;
}

/**
 * Everything the wizard's steps need from the UI. Every prompt resolves; none throws because the user cancelled.
 * Only vscode-prompter.ts implements it against VS Code.
 */
export interface Prompter {
  pick<T>(options: PickOptions<T>): Promise<Answer<T>>;
  pickMany<T>(options: PickManyOptions<T>): Promise<Answer<T[]>>;
  input(options: InputOptions): Promise<Answer<string>>;
  confirm(options: ConfirmOptions): Promise<Answer<true>>;
  /** The chosen file's URI as a string, or undefined when the dialog was dismissed. */
  browse(options: BrowseOptions): Promise<string | undefined>;
  /**
   * Runs `task`, cancellable by the user when shown; undefined when cancelled. `isCancelled` first lets pending UI
   * events in (a click on Cancel during synchronous work is seen only then).
   */
  withProgress<R>(options: ProgressOptions, task: (isCancelled: () => Promise<boolean>) => Promise<R>): Promise<R | undefined>;
  showError(message: string): void;
  showWarning(message: string): void;
}
