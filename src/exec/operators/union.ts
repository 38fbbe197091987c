// Union (ALL): partitions of every child, in order.
import type { ExecContext, Partitions } from "../physical/exec-context.js";

export function execUnion(_ctx: ExecContext, inputs: Partitions[]): Partitions {
  return inputs.flat();
}
