// Builds the single keyword regex that drives the scan, as a trie so the regex engine dispatches on each character.

const escapeChar = (ch: string): string => ch.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

interface TrieNode {
  children: Map<string, TrieNode>;
  terminal: boolean;
}

function render(node: TrieNode): string {
  const branches = [...node.children.entries()].map(([ch, child]) => escapeChar(ch) + render(child));
  if (branches.length === 0) {
    return '';
  }
  const group = branches.length === 1 && !node.terminal ? branches[0] ?? '' : `(?:${branches.join('|')})`;
  // Children before the terminal: the longest keyword wins at a given position.
  return node.terminal ? `${group.startsWith('(?:') ? group : `(?:${group})`}?` : group;
}

/**
 * A global regex matching any of `keywords` (all lower-case), longest first at each position. `flags` adds `i`
 * when the haystack cannot be lower-cased without changing offsets.
 */
export function buildKeywordRegex(keywords: readonly string[], flags: string): RegExp {
  const root: TrieNode = { children: new Map(), terminal: false };
  for (const keyword of keywords) {
    if (keyword === '' || keyword !== keyword.toLowerCase()) {
      throw new Error(`Secret detector keyword must be non-empty lower case: "${keyword}"`);
    }
    let node = root;
    for (const ch of keyword) {
      let child = node.children.get(ch);
      if (child === undefined) {
        child = { children: new Map(), terminal: false };
        node.children.set(ch, child);
      }
      node = child;
    }
    node.terminal = true;
  }
  return new RegExp(render(root), flags);
}
