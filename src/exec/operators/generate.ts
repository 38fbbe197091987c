// Generate: explode / posexplode / inline / stack ... — each input row joined with the rows its
// generator produces (OUTER keeps rows that produce none, with nulls).
import type { GenerateNode } from "../../plan/logical/resolved.js";
import type { RGenerator } from "../../plan/expr/resolved.js";
import { evaluate } from "../eval/interpreter.js";
import { getValue } from "../batch/access.js";
import { batchToRows } from "../batch/batch-ops.js";
import type { ExecContext, Partitions } from "../physical/exec-context.js";
import { bindReferences } from "../physical/bind.js";
import { rowsToBatches } from "./row-utils.js";

export function execGenerate(node: GenerateNode, ctx: ExecContext, input: Partitions): Partitions {
  const gen = node.generator as RGenerator;
  const args = gen.args.map((a) => bindReferences(a, node.input.output));
  const types = node.output.map((a) => a.dataType);
  const nulls = node.generatorOutput.map(() => null);
  return input.map((part) => {
    const out: unknown[][] = [];
    for (const b of part) {
      const cols = args.map((a) => evaluate(a, b, ctx.eval));
      const rows = batchToRows(b);
      for (let k = 0; k < rows.length; k++) {
        const r = b.selection ? b.selection[k]! : k;
        const produced = gen.fn.generate(cols.map((c) => getValue(c, r)));
        if (produced.length === 0 && node.outer) out.push([...rows[k]!, ...nulls]);
        for (const p of produced) out.push([...rows[k]!, ...p]);
      }
    }
    return rowsToBatches(types, out, ctx.batchSize);
  });
}
