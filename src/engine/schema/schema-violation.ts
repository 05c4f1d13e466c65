// The schema validators' result type: one readable problem per JSON path.

import type { JsonPath } from '../model/types';

/**
 * One schema problem. `path` locates it in the validated value; `onKey` says the range to show is the
 * property's key rather than its value (an unknown property, or the object that lacks a required property).
 * `message` is one line that never echoes a value from the document (values may be secrets).
 */
export interface SchemaViolation {
  path: JsonPath;
  onKey: boolean;
  message: string;
}
