// Field paths (`status`, `customer.email`, `items[].sku`) as a tree, compiled once per action.

export interface FieldTree {
  /** The path ends here: the whole value is selected. */
  whole: boolean;
  children: Map<string, FieldTree>;
}

export function fieldTree(paths: readonly string[]): FieldTree {
  const root: FieldTree = { whole: false, children: new Map() };
  for (const path of paths) {
    let node = root;
    for (const key of path.trim().replaceAll('[]', '').split('.')) {
      let child = node.children.get(key);
      if (!child) {
        child = { whole: false, children: new Map() };
        node.children.set(key, child);
      }
      node = child;
    }
    node.whole = true;
  }
  return root;
}
