// explain("formatted"): Spark's two-part layout — an outline of the physical plan with each
// operator numbered (children first, left to right), then one section per operator listing its
// output/input attributes and its arguments ("Condition :", "Keys [n]:", "Join type:", ...).
import { fileScanLocation, pushedFiltersText } from "./file-sources.js";
import { simpleString } from "../types/type-strings.js";
import type { RPlan } from "../plan/logical/resolved.js";
import { childrenOf } from "../plan/logical/resolved.js";
import type { RExpr } from "../plan/expr/resolved.js";
import { exprWithIds, nodeLine, sortOrderText } from "../plan/logical/tree-string.js";
import { physicalLine } from "./physical-explain.js";

const counted = (label: string, es: readonly RExpr[]) => `${label} [${es.length}]: [${es.map(exprWithIds).join(", ")}]`;

/** The operator's name as the outline shows it: the first word of its physical line. */
function operatorName(p: RPlan): string {
  const line = physicalLine(p);
  if (p.kind === "file_scan") return `Scan ${p.format}`;
  const m = /^[A-Za-z]+/.exec(line);
  return m ? m[0] : line;
}

function containsAggregate(e: unknown): boolean {
  if (e === null || typeof e !== "object") return false;
  if ((e as { kind?: string }).kind === "aggregate") return true;
  return Object.values(e).some(containsAggregate);
}

function details(p: RPlan): string[] {
  const kids = childrenOf(p);
  const input = kids.length === 1 ? [counted("Input", kids[0]!.output)] : [];
  switch (p.kind) {
    case "local_scan":
    case "range_scan":
    case "cached_scan":
      return [counted("Output", p.output), `Arguments: ${nodeLine(p)}`];
    case "file_scan": {
      const lines = [counted("Output", p.output), `Batched: true`, `Location: ${fileScanLocation(p)}`];
      lines.push(`PushedFilters: [${pushedFiltersText(p)}]`);
      lines.push(`ReadSchema: struct<${p.output.map((a) => `${a.name}:${simpleString(a.dataType)}`).join(",")}>`);
      return lines;
    }
    case "filter":
      return [...input, `Condition : ${exprWithIds(p.condition)}`];
    case "project":
      return [counted("Output", p.projectList), ...input];
    case "aggregate":
      return [
        ...input,
        counted("Keys", p.groupingExprs),
        counted("Functions", p.aggregateExprs.filter(containsAggregate)),
        counted("Results", p.output),
      ];
    case "sort":
      return [...input, `Arguments: [${p.order.map(sortOrderText).join(", ")}], ${p.global}, 0`];
    case "join":
      return [
        counted("Left output", p.left.output),
        counted("Right output", p.right.output),
        `Join type: ${p.joinType.split("_").map((w) => w[0]!.toUpperCase() + w.slice(1)).join("")}`,
        `Join condition: ${p.condition ? exprWithIds(p.condition) : "None"}`,
      ];
    case "window":
      return [
        ...input,
        counted("Arguments", p.windowExprs),
        counted("Partition", p.partitionSpec),
        `Order: [${p.orderSpec.map(sortOrderText).join(", ")}]`,
      ];
    case "union":
    case "set_op":
      return [counted("Output", p.output), ...kids.map((k, i) => counted(`Input ${i + 1}`, k.output))];
    default:
      return [...input, `Arguments: ${physicalLine(p).replace(/^[A-Za-z]+\s*/, "")}`];
  }
}

export function formattedExplain(root: RPlan): string {
  const ids = new Map<RPlan, number>();
  const order: RPlan[] = [];
  const number = (p: RPlan) => {
    for (const k of childrenOf(p)) number(k);
    order.push(p);
    ids.set(p, order.length);
  };
  number(root);

  const outline: string[] = [];
  const walk = (p: RPlan, prefix: string, childPrefix: string) => {
    outline.push(`${prefix}${operatorName(p)} (${ids.get(p)})`);
    const kids = childrenOf(p);
    kids.forEach((k, i) => {
      const last = i === kids.length - 1;
      walk(k, childPrefix + (last ? "+- " : ":- "), childPrefix + (last ? "   " : ":  "));
    });
  };
  walk(root, "", "");

  const sections = order.map((p, i) => [`(${i + 1}) ${operatorName(p)}`, ...details(p)].join("\n"));
  return "== Physical Plan ==\n" + outline.join("\n") + "\n\n\n" + sections.join("\n\n") + "\n\n";
}
