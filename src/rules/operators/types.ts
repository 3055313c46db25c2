import type { Node } from 'yaml';
import type { EventType, StoredEvent } from '../../types.js';
import type { ParseCtx } from '../parse-ctx.js';

/**
 * One condition a trigger's `when` may hold. `parse` reads and checks the YAML
 * value (reporting problems through ctx, returning undefined on failure);
 * `test` decides an event; `describe` says in words what matched, for explain.
 */
export interface Operator<P> {
  key: string;
  types: readonly EventType[];
  help: string;
  parse(node: Node | null, ctx: ParseCtx): P | undefined;
  test(event: StoredEvent, param: P): boolean;
  describe(param: P): string;
}

export type AnyOperator = Operator<unknown>;

/** Erase the parameter type so operators with different parameters share one registry. */
export const defineOperator = <P>(op: Operator<P>): AnyOperator => op as unknown as AnyOperator;
