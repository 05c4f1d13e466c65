// The wizard's Prompter on VS Code's QuickPick, InputBox, open dialog and progress notification.

import * as vscode from 'vscode';
import {
  isSeparator, type Answer, type BrowseOptions, type ConfirmOptions, type InputOptions, type PickEntry, type PickItem, type PickManyOptions,
  type PickOptions, type ProgressOptions, type Prompter, type SelectButton, type StepPosition, type Validation,
} from './prompter';

type Item<T> = vscode.QuickPickItem & { entry?: PickItem<T> };

/** What accepting does: finish with an answer, or keep the prompt open and say why. */
type Acceptance<R> = { value: R } | { refuse: string };

interface QuickPickSetup<T, R> {
  canSelectMany: boolean;
  isSelected?: (item: PickItem<T>) => boolean;
  buttons?: readonly SelectButton<T>[];
  accept: (active: readonly Item<T>[], selected: readonly Item<T>[]) => Acceptance<R> | undefined;
}

const SEVERITIES: Record<Validation['severity'], vscode.InputBoxValidationSeverity> = {
  error: vscode.InputBoxValidationSeverity.Error,
  warning: vscode.InputBoxValidationSeverity.Warning,
  info: vscode.InputBoxValidationSeverity.Info,
};

/**
 * Prompts stay open when the focus moves elsewhere (a notification, another window), so only Escape, Back or an
 * answer closes them; each title starts with the wizard's name.
 */
export class VsCodePrompter implements Prompter {
  constructor(private readonly wizardTitle: string, private readonly log: vscode.LogOutputChannel) {}

  pick<T>(options: PickOptions<T>): Promise<Answer<T>> {
    return this.quickPick<T, T>(options, {
      canSelectMany: false,
      accept: (active) => {
        const entry = active[0]?.entry;
        if (entry === undefined) {
          return undefined;
        }
        return entry.disabled !== undefined ? { refuse: `${stripIcons(entry.label)} cannot be used: ${entry.disabled}` } : { value: entry.value };
      },
    });
  }

  pickMany<T>(options: PickManyOptions<T>): Promise<Answer<T[]>> {
    return this.quickPick<T, T[]>(options, {
      canSelectMany: true,
      isSelected: options.isSelected,
      ...(options.buttons !== undefined ? { buttons: options.buttons } : {}),
      accept: (_active, selected) => {
        const values = selected.flatMap((item) => (item.entry !== undefined ? [item.entry.value] : []));
        return values.length === 0 ? { refuse: options.emptyMessage } : { value: values };
      },
    });
  }

  confirm(options: ConfirmOptions): Promise<Answer<true>> {
    const confirmItem: PickItem<true | undefined> = { ...options.confirm, value: true, alwaysShow: true };
    return this.quickPick<true | undefined, true>({ ...options, items: [confirmItem, ...options.details] }, {
      canSelectMany: false,
      // The details only inform: accepting one of them does nothing.
      accept: (active) => (active[0]?.entry === confirmItem ? { value: true } : undefined),
    });
  }

  input(options: InputOptions): Promise<Answer<string>> {
    const box = vscode.window.createInputBox();
    this.decorate(box, options);
    box.value = options.value;
    box.prompt = options.prompt;
    box.placeholder = options.placeholder;
    box.buttons = options.back ? [vscode.QuickInputButtons.Back] : [];
    let latest = 0;
    const validate = async (value: string): Promise<Validation | undefined> => {
      const run = ++latest;
      const result = await options.validate(value);
      if (run === latest) {
        box.validationMessage = result === undefined ? undefined : { message: result.message, severity: SEVERITIES[result.severity] };
      }
      return result;
    };
    return new Promise<Answer<string>>((resolve, reject) => {
      const finish = this.finisher(box, resolve);
      box.onDidTriggerButton((button) => button === vscode.QuickInputButtons.Back && finish('back'));
      box.onDidChangeValue((value) => void validate(value).catch(reject));
      box.onDidAccept(async () => {
        const value = box.value;
        box.busy = true;
        try {
          const result = await validate(value);
          if (result?.severity !== 'error') {
            finish({ value });
          }
        } catch (error) {
          reject(error);
        } finally {
          box.busy = false;
        }
      });
      box.onDidHide(() => finish(undefined));
      box.show();
      void validate(box.value).catch(reject);
    });
  }

  async browse(options: BrowseOptions): Promise<string | undefined> {
    const picked = await vscode.window.showOpenDialog({
      title: `${this.wizardTitle}: ${options.title}`,
      openLabel: options.openLabel,
      canSelectFiles: true,
      canSelectFolders: false,
      canSelectMany: false,
      filters: { 'OpenAPI (YAML, JSON)': [...options.extensions] },
      ...(vscode.workspace.workspaceFolders?.[0] ? { defaultUri: vscode.workspace.workspaceFolders[0].uri } : {}),
    });
    return picked?.[0]?.toString();
  }

  async withProgress<R>(options: ProgressOptions, task: (isCancelled: () => Promise<boolean>) => Promise<R>): Promise<R | undefined> {
    if (!options.show) {
      return task(async () => false);
    }
    return vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: `Secure Actions: ${options.title}`, cancellable: true },
      async (_progress, token) => {
        // Yielding lets the notification reach the window before synchronous work, and a Cancel click reach the token.
        const isCancelled = (): Promise<boolean> => new Promise((resolve) => setImmediate(() => resolve(token.isCancellationRequested)));
        const result = await task(isCancelled);
        return token.isCancellationRequested ? undefined : result;
      },
    );
  }

  showError(message: string): void {
    this.notify(vscode.window.showErrorMessage, message);
  }

  showWarning(message: string): void {
    this.notify(vscode.window.showWarningMessage, message);
  }

  private notify(show: typeof vscode.window.showErrorMessage, message: string): void {
    const showLog = 'Show Log';
    void show(`Secure Actions: ${message}`, showLog).then((choice) => choice === showLog && this.log.show());
  }

  private quickPick<T, R>(options: PickOptions<T>, setup: QuickPickSetup<T, R>): Promise<Answer<R>> {
    const quickPick = vscode.window.createQuickPick<Item<T>>();
    this.decorate(quickPick, options);
    quickPick.placeholder = options.placeholder;
    quickPick.canSelectMany = setup.canSelectMany;
    quickPick.matchOnDescription = options.matchOnDescription ?? false;
    quickPick.matchOnDetail = options.matchOnDetail ?? false;
    const selectButtons = (setup.buttons ?? []).map((button) => ({ button, input: { iconPath: new vscode.ThemeIcon(button.icon), tooltip: button.tooltip } }));
    quickPick.buttons = [...(options.back ? [vscode.QuickInputButtons.Back] : []), ...selectButtons.map((b) => b.input)];
    const placeholder = options.placeholder;
    return new Promise<Answer<R>>((resolve, reject) => {
      const finish = this.finisher(quickPick, resolve);
      let items: Item<T>[] = [];
      quickPick.onDidTriggerButton((pressed) => {
        if (pressed === vscode.QuickInputButtons.Back) {
          finish('back');
          return;
        }
        const select = selectButtons.find((b) => b.input === pressed)?.button.select;
        if (select !== undefined) {
          const chosen = new Set(select(items.flatMap((item) => (item.entry ? [item.entry] : []))));
          quickPick.selectedItems = items.filter((item) => item.entry !== undefined && chosen.has(item.entry));
          quickPick.placeholder = placeholder;
        }
      });
      quickPick.onDidAccept(() => {
        const outcome = setup.accept(quickPick.activeItems, quickPick.selectedItems);
        if (outcome === undefined) {
          return;
        }
        if ('refuse' in outcome) {
          // The placeholder shows only while the filter is empty.
          quickPick.value = '';
          quickPick.placeholder = outcome.refuse;
          return;
        }
        finish(outcome);
      });
      quickPick.onDidHide(() => finish(undefined));
      quickPick.busy = true;
      quickPick.show();
      Promise.resolve(options.items).then((entries) => {
        items = entries.map(toQuickPickItem);
        quickPick.items = items;
        const active = items.find((item) => item.entry !== undefined && options.isActive?.(item.entry));
        if (active !== undefined) {
          quickPick.activeItems = [active];
        }
        if (setup.isSelected !== undefined) {
          const isSelected = setup.isSelected;
          quickPick.selectedItems = items.filter((item) => item.entry !== undefined && isSelected(item.entry));
        }
        quickPick.busy = false;
      }, (error: unknown) => {
        finish(undefined);
        reject(error);
      });
    });
  }

  private decorate(input: vscode.QuickInput, position: StepPosition & { title: string }): void {
    input.title = `${this.wizardTitle}: ${position.title}`;
    input.step = position.step;
    input.totalSteps = position.totalSteps;
    input.ignoreFocusOut = true;
  }

  /** Resolves once, then disposes the input (hiding it, which would otherwise resolve again as a cancel). */
  private finisher<A>(input: vscode.QuickInput, resolve: (answer: A) => void): (answer: A) => void {
    let done = false;
    return (answer) => {
      if (done) {
        return;
      }
      done = true;
      resolve(answer);
      input.dispose();
    };
  }
}

function toQuickPickItem<T>(entry: PickEntry<T>): Item<T> {
  if (isSeparator(entry)) {
    return { label: entry.separator, kind: vscode.QuickPickItemKind.Separator };
  }
  return {
    label: entry.label,
    description: entry.description,
    detail: entry.disabled !== undefined ? `$(circle-slash) Not available: ${entry.disabled}` : entry.detail,
    alwaysShow: entry.alwaysShow,
    entry,
  };
}

function stripIcons(label: string): string {
  return label.replace(/\$\([a-z0-9-]+\)\s*/gi, '');
}
