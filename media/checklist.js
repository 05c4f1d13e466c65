// @ts-check
// The checklist webview: renders the state the host posts and posts the user's requests back. Every string that
// came from a file reaches the DOM through textContent or an attribute value, never as markup.
'use strict';

/** @typedef {import('../src/extension/checklist/protocol').ChecklistState} ChecklistState */
/** @typedef {import('../src/extension/checklist/protocol').PracticeView} PracticeView */
/** @typedef {import('../src/extension/checklist/protocol').FindingView} FindingView */
/** @typedef {import('../src/extension/checklist/protocol').ConnectionView} ConnectionView */
/** @typedef {import('../src/extension/checklist/protocol').CapabilityView} CapabilityView */
/** @typedef {import('../src/extension/checklist/protocol').HostMessage} HostMessage */
/** @typedef {import('../src/extension/checklist/protocol').WebviewMessage} WebviewMessage */
/** @typedef {import('../src/extension/checklist/protocol').UiState} UiState */
/** @typedef {import('../src/extension/checklist/protocol').WebviewApi} WebviewApi */
/** @typedef {'pass' | 'fail' | 'warning' | 'not-applicable' | 'error' | 'info'} IconName */

(function () {
  const vscode = /** @type {{ acquireVsCodeApi(): WebviewApi }} */ (/** @type {unknown} */ (globalThis)).acquireVsCodeApi();
  const app = /** @type {HTMLElement} */ (document.getElementById('app'));
  const announcer = /** @type {HTMLElement} */ (document.getElementById('announcer'));
  const SVG_NS = 'http://www.w3.org/2000/svg';
  const UI_POST_DELAY_MS = 400;

  /** Open sections; undefined until the first state (then the saved state or the defaults). */
  /** @type {Set<string> | undefined} */
  let expanded;
  /** The sections of the last render: one that appears later (a new action file) opens if it would by default. */
  /** @type {Set<string>} */
  let known = new Set();
  /** Where to scroll back to once the content is tall enough (a restored panel fills up as the scan runs). */
  /** @type {number | undefined} */
  let pendingScroll;
  /** @type {ChecklistState | undefined} */
  let current;
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  let uiTimer;
  /** What each button asks the host for; kept beside the DOM so no request is ever parsed back out of markup. */
  /** @type {WeakMap<Element, WebviewMessage>} */
  const requests = new WeakMap();

  const STATUS_TEXT = { pass: 'Pass', fail: 'Fail', warning: 'Warning', 'not-applicable': 'Not applicable' };
  /** 16×16 outline icons drawn with currentColor, so the theme's colours apply. */
  /** @type {Record<IconName, Array<[string, Record<string, string>]>>} */
  const ICONS = {
    pass: [['circle', { cx: '8', cy: '8', r: '6.5' }], ['path', { d: 'M5 8.3l2 2 4-4.3' }]],
    fail: [['circle', { cx: '8', cy: '8', r: '6.5' }], ['path', { d: 'M5.7 5.7l4.6 4.6M10.3 5.7l-4.6 4.6' }]],
    error: [['circle', { cx: '8', cy: '8', r: '6.5' }], ['path', { d: 'M5.7 5.7l4.6 4.6M10.3 5.7l-4.6 4.6' }]],
    warning: [['path', { d: 'M8 1.9l6.4 11.6H1.6z' }], ['path', { d: 'M8 6.2v3.4M8 11.4v.2' }]],
    'not-applicable': [['circle', { cx: '8', cy: '8', r: '6.5' }], ['path', { d: 'M5 8h6' }]],
    info: [['circle', { cx: '8', cy: '8', r: '6.5' }], ['path', { d: 'M8 7.4v3.8M8 4.8v.2' }]],
  };

  /**
   * Creates an element. `text` becomes a text node; `attrs` are set with setAttribute (never an event handler or
   * a URL attribute); children are nodes or strings (text).
   * @param {string} tag
   * @param {{ className?: string, text?: string, attrs?: Record<string, string> }} [props]
   * @param {Array<Node | string | undefined | false>} [children]
   * @returns {HTMLElement}
   */
  function h(tag, props = {}, children = []) {
    const element = document.createElement(tag);
    if (props.className) element.className = props.className;
    if (props.text !== undefined) element.textContent = props.text;
    for (const [name, value] of Object.entries(props.attrs ?? {})) element.setAttribute(name, value);
    for (const child of children) {
      if (child) element.append(child);
    }
    return element;
  }

  /**
   * @param {IconName} name
   * @param {string} label the screen reader's name for it
   */
  function icon(name, label) {
    const svg = document.createElementNS(SVG_NS, 'svg');
    svg.setAttribute('viewBox', '0 0 16 16');
    svg.setAttribute('class', `icon icon-${name}`);
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-label', label);
    for (const [tag, attrs] of ICONS[name]) {
      const shape = document.createElementNS(SVG_NS, tag);
      for (const [attr, value] of Object.entries(attrs)) shape.setAttribute(attr, value);
      svg.append(shape);
    }
    return svg;
  }

  /**
   * A button that posts `message` when pressed (click, Enter or Space).
   * @param {WebviewMessage} message
   * @param {{ className: string, focusKey: string, label?: string, disabled?: boolean }} options
   * @param {Array<Node | string | undefined | false>} children
   */
  function requestButton(message, options, children) {
    const attrs = /** @type {Record<string, string>} */ ({ type: 'button', 'data-focus-key': options.focusKey });
    if (options.label) attrs['aria-label'] = options.label;
    const button = h('button', { className: options.className, attrs }, children);
    if (options.disabled) button.setAttribute('disabled', '');
    requests.set(button, message);
    return button;
  }

  /** @param {number} count @param {string} one @param {string} many */
  function plural(count, one, many) {
    return `${count} ${count === 1 ? one : many}`;
  }

  /** @param {Record<'error' | 'warning' | 'info', number>} counts */
  function countsText(counts) {
    const parts = [];
    if (counts.error) parts.push(plural(counts.error, 'error', 'errors'));
    if (counts.warning) parts.push(plural(counts.warning, 'warning', 'warnings'));
    if (counts.info) parts.push(plural(counts.info, 'note', 'notes'));
    return parts.join(', ');
  }

  /**
   * A collapsible section whose open state is remembered under `id`.
   * @param {string} id
   * @param {Node[]} summary
   * @param {Array<Node | undefined | false>} body
   * @param {string} className
   */
  function section(id, summary, body, className) {
    const details = h('details', { className, attrs: { 'data-section': id } }, [
      h('summary', { attrs: { 'data-focus-key': `summary:${id}` } }, summary),
      h('div', { className: 'section-body' }, body),
    ]);
    if (expanded?.has(id)) details.setAttribute('open', '');
    return details;
  }

  /**
   * Findings grouped by file; each one a button that opens the file at its line.
   * @param {FindingView[]} findings
   * @param {string} context for screen-reader labels, e.g. the practice's title
   */
  function findingList(findings, context) {
    /** @type {Map<string, FindingView[]>} */
    const byFile = new Map();
    for (const finding of findings) {
      const group = byFile.get(finding.file) ?? [];
      group.push(finding);
      byFile.set(finding.file, group);
    }
    const groups = [...byFile.values()].map((group) => {
      const label = group[0]?.label ?? '';
      return h('li', { className: 'file-group' }, [
        h('div', { className: 'file-label', text: label }),
        h('ul', { className: 'findings', attrs: { role: 'list', 'aria-label': `${context}: findings in ${label}` } }, group.map((finding) => h('li', {}, [
          requestButton({ type: 'reveal', file: finding.file, line: finding.line, column: finding.column }, {
            className: 'finding',
            focusKey: `finding:${finding.file}:${finding.line}:${finding.column}:${finding.ruleId}`,
            label: `${finding.severity}: ${finding.message} (${finding.ruleId}), ${label} line ${finding.line}. Open in the editor.`,
          }, [
            icon(finding.severity, finding.severity),
            h('span', { className: 'location', text: `Ln ${finding.line}, Col ${finding.column}` }),
            h('span', { className: 'finding-body' }, [
              h('span', { className: 'message', text: finding.message }),
              h('span', { className: 'meta' }, [
                h('code', { className: 'rule', text: finding.ruleId }),
                finding.fixable && h('span', { className: 'tag', text: 'quick fix' }),
              ]),
            ]),
          ]),
        ]))),
      ]);
    });
    return h('ul', { className: 'file-groups', attrs: { role: 'list' } }, groups);
  }

  /** @param {PracticeView} practice */
  function practiceSection(practice) {
    const counts = countsText(practice.counts);
    const status = STATUS_TEXT[practice.status];
    return h('li', {}, [section(`practice:${practice.id}`, [
      icon(practice.status, status),
      h('span', { className: 'practice-title', text: practice.title }),
      h('span', { className: `status status-${practice.status}`, text: counts ? `${status} · ${counts}` : status }),
    ], [
      h('p', { className: 'why', text: practice.why }),
      practice.notApplicableReason !== undefined && h('p', { className: 'muted', text: `Not applicable: ${practice.notApplicableReason}` }),
      practice.findings.length > 0 ? findingList(practice.findings, practice.title) : practice.status === 'pass' && h('p', { className: 'muted', text: 'No findings: every file meets this practice.' }),
    ], 'practice')]);
  }

  /**
   * @param {string} title
   * @param {CapabilityView[]} items
   * @param {ConnectionView} connection
   */
  function capabilityGroup(title, items, connection) {
    if (items.length === 0) return undefined;
    return h('div', { className: 'capability-group' }, [
      h('h4', { text: title }),
      h('ul', { className: 'capabilities', attrs: { role: 'list', 'aria-label': `${connection.name}: ${title}` } }, items.map((item) => h('li', {}, [
        requestButton({ type: 'reveal', file: connection.file, line: item.line, column: 1 }, {
          className: 'capability',
          focusKey: `action:${connection.file}:${item.actionId}:${item.line}`,
          label: `${item.summary} (${item.method} ${item.path}, ${item.actionId}${item.confirm ? ', asks the user first' : ''}${item.personalData ? ', personal data' : ''}${item.admin ? ', admin' : ''}). Open the action.`,
        }, [
          h('span', { className: 'summary-text', text: item.summary }),
          h('span', { className: 'endpoint' }, [h('span', { className: 'method', text: item.method }), h('span', { className: 'path', text: item.path })]),
          h('code', { className: 'rule', text: item.actionId }),
          item.confirm && h('span', { className: 'tag', text: 'asks first' }),
          item.personalData && h('span', { className: 'tag tag-personal', text: 'personal data' }),
          item.admin && h('span', { className: 'tag tag-admin', text: 'admin' }),
        ]),
      ]))),
    ]);
  }

  /** @param {ConnectionView} connection */
  function connectionSection(connection) {
    return h('li', {}, [section(`connection:${connection.file}`, [
      h('span', { className: 'connection-name', text: connection.name }),
      h('span', { className: 'muted', text: connection.label }),
    ], [
      h('p', { className: 'connection-facts' }, [
        h('code', { text: connection.baseUrl }),
        `, authenticated with ${connection.auth}.`,
      ]),
      capabilityGroup('Can read', connection.can.read, connection),
      capabilityGroup('Can change', connection.can.change, connection),
      capabilityGroup('Can delete or cancel', connection.can.delete, connection),
      connection.can.read.length + connection.can.change.length + connection.can.delete.length === 0 && h('p', { className: 'muted', text: 'No actions yet: the bot can call nothing here.' }),
      h('div', { className: 'capability-group' }, [
        h('h4', { text: 'Cannot' }),
        h('ul', { className: 'plain', attrs: { role: 'list', 'aria-label': `${connection.name}: cannot` } }, connection.cannot.map((text) => h('li', { text }))),
      ]),
      connection.personalData.length > 0 && h('div', { className: 'capability-group' }, [
        h('h4', { text: 'Personal data that flows through it' }),
        h('ul', { className: 'plain', attrs: { role: 'list', 'aria-label': `${connection.name}: personal data` } }, connection.personalData.map((text) => h('li', { text }))),
      ]),
    ], 'connection')]);
  }

  /** @param {ChecklistState} state */
  function manualChecks(state) {
    const titles = new Map(state.practices.map((p) => [p.id, p.title]));
    return h('ul', { className: 'manual', attrs: { role: 'list' } }, state.manualChecks.map((check) => {
      const box = /** @type {HTMLInputElement} */ (h('input', { attrs: { type: 'checkbox', 'data-focus-key': `manual:${check.id}` } }));
      box.checked = check.checked;
      requests.set(box, { type: 'toggleManual', id: check.id, checked: check.checked });
      return h('li', {}, [h('label', { className: 'manual-check' }, [
        box,
        h('span', { text: check.title }),
        h('span', { className: 'tag', text: titles.get(check.practice) ?? check.practice }),
      ])]);
    }));
  }

  /** @param {ChecklistState} state */
  function header(state) {
    const totals = state.totals;
    const fixLabel = state.fixAll.files > 0
      ? `Fix all safe problems in workspace (${plural(state.fixAll.findings, 'problem', 'problems')} in ${plural(state.fixAll.files, 'file', 'files')})`
      : 'Fix all safe problems in workspace';
    const fixNote = !state.trusted
      ? 'Restricted Mode: nothing is written in an untrusted workspace, so fixing and exporting to a file are off; Export copies the report to the clipboard.'
      : state.fixAll.files === 0 ? 'No problem has a safe automatic fix; secrets move with the quick fix on each one.' : 'You see which files change before anything is applied. Secrets are moved one by one with their quick fix.';
    return h('header', { className: 'header' }, [
      h('h1', { text: 'Security checklist' }),
      h('p', { className: 'muted', text: [
        state.workspace,
        plural(state.connections.length, 'connection', 'connections'),
        plural(totals.error, 'error', 'errors'),
        plural(totals.warning, 'warning', 'warnings'),
        `${plural(totals.actionFiles, 'action file', 'action files')} and ${plural(totals.sourceFiles, 'other file', 'other files')} checked`,
      ].join(' · ') }),
      h('div', { className: 'toolbar' }, [
        requestButton({ type: 'fixAllSafe' }, { className: 'primary', focusKey: 'button:fix', disabled: !state.trusted || state.fixAll.files === 0 }, [fixLabel]),
        requestButton({ type: 'export' }, { className: 'secondary', focusKey: 'button:export' }, ['Export as Markdown']),
      ]),
      h('p', { className: 'muted note', text: fixNote }),
    ]);
  }

  /** @param {ChecklistState} state */
  function view(state) {
    const fragment = document.createDocumentFragment();
    fragment.append(
      header(state),
      h('section', { attrs: { 'aria-labelledby': 'practices-heading' } }, [
        h('h2', { text: 'Best practices', attrs: { id: 'practices-heading' } }),
        h('ul', { className: 'sections', attrs: { role: 'list' } }, state.practices.map(practiceSection)),
      ]),
    );
    if (state.definitionFindings.length > 0) {
      fragment.append(h('section', { attrs: { 'aria-labelledby': 'definition-heading' } }, [
        h('h2', { text: 'File structure', attrs: { id: 'definition-heading' } }),
        h('p', { className: 'muted', text: 'Syntax and schema problems in the files themselves. Fix them first: what they hide, the practices above cannot judge.' }),
        findingList(state.definitionFindings, 'File structure'),
      ]));
    }
    fragment.append(
      h('section', { attrs: { 'aria-labelledby': 'capabilities-heading' } }, [
        h('h2', { text: 'What the bot can and cannot do', attrs: { id: 'capabilities-heading' } }),
        state.connections.length > 0
          ? h('ul', { className: 'sections', attrs: { role: 'list' } }, state.connections.map(connectionSection))
          : h('p', { className: 'muted', text: 'No action definitions yet (files named *.actions.yaml, *.actions.yml or *.actions.json).' }),
      ]),
      h('section', { attrs: { 'aria-labelledby': 'manual-heading' } }, [
        h('h2', { text: 'Checks no file can prove', attrs: { id: 'manual-heading' } }),
        h('p', { className: 'muted', text: 'Tick what your team has in place; the ticks are remembered for this workspace and go into the export.' }),
        manualChecks(state),
      ]),
      h('footer', { className: 'muted', text: `Updated ${new Date(state.generatedAt).toLocaleTimeString()}.` }),
    );
    return fragment;
  }

  /** Every section of the state, with whether it is open by default: failing practices and every connection are. @param {ChecklistState} state */
  function sectionsOf(state) {
    return new Map([
      ...state.practices.map((p) => /** @type {[string, boolean]} */ ([`practice:${p.id}`, p.status === 'fail'])),
      ...state.connections.map((c) => /** @type {[string, boolean]} */ ([`connection:${c.file}`, true])),
    ]);
  }

  /** The focused control's key, so a re-render can give the focus back to its successor. */
  function focusedKey() {
    const active = document.activeElement;
    return active instanceof Element ? active.getAttribute('data-focus-key') : null;
  }

  /** @param {string | null} key */
  function restoreFocus(key) {
    if (key === null) return;
    for (const element of app.querySelectorAll('[data-focus-key]')) {
      if (element.getAttribute('data-focus-key') === key && element instanceof HTMLElement) {
        element.focus({ preventScroll: true });
        return;
      }
    }
  }

  /**
   * @param {ChecklistState} state
   * @param {UiState | undefined} hostUi the host's copy, used when this webview has no saved state of its own
   */
  function render(state, hostUi) {
    const sections = sectionsOf(state);
    const opening = [...sections].filter(([, open]) => open).map(([id]) => id);
    if (expanded === undefined) {
      const saved = vscode.getState() ?? hostUi;
      expanded = new Set(saved ? saved.expanded : opening);
      pendingScroll = saved?.scrollY || undefined;
    } else {
      for (const id of opening) if (!known.has(id)) expanded.add(id);
    }
    known = new Set(sections.keys());
    const focus = focusedKey();
    const keepScroll = window.scrollY;
    const previous = current;
    current = state;
    app.replaceChildren(view(state));
    app.removeAttribute('aria-busy');
    restoreFocus(focus);
    window.scrollTo(0, pendingScroll ?? keepScroll);
    if (pendingScroll !== undefined && Math.abs(window.scrollY - pendingScroll) < 2) pendingScroll = undefined;
    if (previous && (previous.totals.error !== state.totals.error || previous.totals.warning !== state.totals.warning)) {
      announcer.textContent = `Checklist updated: ${plural(state.totals.error, 'error', 'errors')}, ${plural(state.totals.warning, 'warning', 'warnings')}.`;
    }
  }

  /** Saves the UI state in the webview (survives hide and reload) and, a little later, with the host (survives close). */
  function saveUi() {
    /** @type {UiState} */
    const ui = { expanded: [...(expanded ?? [])], scrollY: Math.max(0, Math.round(window.scrollY)) };
    vscode.setState(ui);
    if (uiTimer !== undefined) clearTimeout(uiTimer);
    uiTimer = setTimeout(() => vscode.postMessage({ type: 'setUiState', ui }), UI_POST_DELAY_MS);
  }

  app.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target.closest('button') : null;
    const message = target ? requests.get(target) : undefined;
    if (message && !(target instanceof HTMLButtonElement && target.disabled)) vscode.postMessage(message);
  });

  app.addEventListener('change', (event) => {
    const box = event.target instanceof HTMLInputElement ? event.target : undefined;
    const message = box ? requests.get(box) : undefined;
    if (box && message?.type === 'toggleManual') vscode.postMessage({ ...message, checked: box.checked });
  });

  // `toggle` does not bubble: listen in the capture phase.
  app.addEventListener('toggle', (event) => {
    const details = event.target;
    const id = details instanceof HTMLDetailsElement ? details.getAttribute('data-section') : null;
    // A re-render fires `toggle` for every section it creates open: only a real change is saved.
    if (!(details instanceof HTMLDetailsElement) || id === null || expanded === undefined || details.open === expanded.has(id)) return;
    if (details.open) expanded.add(id);
    else expanded.delete(id);
    saveUi();
  }, true);

  // The user taking over ends the wait for the restored scroll position.
  for (const type of ['wheel', 'keydown', 'pointerdown']) {
    window.addEventListener(type, () => { pendingScroll = undefined; }, { passive: true });
  }

  let scrollQueued = false;
  window.addEventListener('scroll', () => {
    if (scrollQueued || current === undefined || pendingScroll !== undefined) return;
    scrollQueued = true;
    requestAnimationFrame(() => {
      scrollQueued = false;
      saveUi();
    });
  });

  window.addEventListener('message', (event) => {
    const message = /** @type {HostMessage | undefined} */ (event.data);
    if (message && message.type === 'state') render(message.state, message.ui);
  });

  vscode.postMessage({ type: 'ready' });
})();
