// explain("codegen"): the generated source of every fused filter/project pipeline in the plan,
// in Spark's "Found N WholeStageCodegen subtrees" layout.
import type { RPlan } from "../plan/logical/resolved.js";
import { childrenOf } from "../plan/logical/resolved.js";
import { bindReferences } from "../exec/physical/bind.js";
import { explainCodegen } from "../exec/eval/codegen/pipeline.js";
import { nodeLine } from "../plan/logical/tree-string.js";

export function codegenExplain(plan: RPlan): string {
  const subtrees: { title: string; source: string }[] = [];
  const walk = (p: RPlan): void => {
    if (p.kind === "project" || p.kind === "filter") {
      const filterNode = p.kind === "filter" ? p : p.input.kind === "filter" ? p.input : null;
      const input = filterNode ? filterNode.input : p.kind === "project" ? p.input : p;
      const filters = filterNode ? [bindReferences(filterNode.condition, input.output)] : [];
      const projections = p.kind === "project" ? p.projectList.map((e) => bindReferences(e, input.output)) : null;
      const source = explainCodegen({ inputTypes: input.output.map((a) => a.dataType), filters, projections });
      subtrees.push({ title: nodeLine(p), source });
      walk(input);
      return;
    }
    childrenOf(p).forEach(walk);
  };
  walk(plan);
  let out = `Found ${subtrees.length} WholeStageCodegen subtrees.\n`;
  subtrees.forEach((s, i) => {
    out += `== Subtree ${i + 1} / ${subtrees.length} ==\n*(${i + 1}) ${s.title}\n\nGenerated code:\n${s.source}\n\n`;
  });
  return out;
}
