// Plan trees as explain() prints them: one node per line, children under "+- " / ":- ",
// attributes as name#exprId, in Spark's style.

import type { RPlan } from "./resolved.js";
import { childrenOf } from "./resolved.js";
import type { RExpr, RSortOrder } from "../expr/resolved.js";
import { callSql, exprSql } from "../analyzer/expr-sql.js";
import { transformUp } from "../expr/transform.js";

/** An expression with attributes printed as name#id (Spark's explain form). */
export function exprWithIds(e: RExpr): string {
  const shown = transformUp(e, (x) => (x.kind === "attribute" ? { ...x, name: `${x.name}#${x.exprId}` } : x));
  if (shown.kind === "alias") return `${exprSqlDeep(shown.child)} AS ${shown.name}#${shown.exprId}`;
  return exprSqlDeep(shown);
}

function exprSqlDeep(e: RExpr): string {
  if (e.kind === "call" || e.kind === "aggregate") {
    // Rebuild call text from children so attribute ids appear.
    const args = e.args.map(exprSqlDeep);
    if (e.kind === "aggregate") return `${e.name}(${e.isDistinct ? "distinct " : ""}${args.join(", ")})`;
    return callSql(e.name, args);
  }
  if (e.kind === "alias") return `${exprSqlDeep(e.child)} AS ${e.name}#${e.exprId}`;
  if (e.kind === "cast") return `cast(${exprSqlDeep(e.child)} as ${e.dataType.kind === "decimal" ? `decimal(${e.dataType.precision},${e.dataType.scale})` : e.dataType.kind})`;
  return exprSql(e);
}

export const sortOrderText = (o: RSortOrder) =>
  `${exprWithIds(o.child)} ${o.ascending ? "ASC" : "DESC"} NULLS ${o.nullsFirst ? "FIRST" : "LAST"}`;

const list = (es: readonly RExpr[]) => "[" + es.map(exprWithIds).join(", ") + "]";

export function nodeLine(p: RPlan): string {
  switch (p.kind) {
    case "local_scan":
      return `LocalRelation ${list(p.output)}`;
    case "range_scan":
      return `Range (${p.start}, ${p.end}, step=${p.step}, splits=Some(${p.numPartitions}))`;
    case "file_scan":
      return `Relation [${p.output.map(exprWithIds).join(",")}] ${p.format}`;
    case "project":
      return `Project ${list(p.projectList)}`;
    case "filter":
      return `Filter ${exprWithIds(p.condition)}`;
    case "aggregate":
      return `Aggregate ${list(p.groupingExprs)}, ${list(p.aggregateExprs)}`;
    case "expand":
      return `Expand [${p.projections.map(list).join(", ")}], ${list(p.output)}`;
    case "sort":
      return `Sort [${p.order.map(sortOrderText).join(", ")}], ${p.global}`;
    case "limit":
      return `GlobalLimit ${p.limit}`;
    case "offset":
      return `Offset ${p.offset}`;
    case "tail":
      return `Tail ${p.limit}`;
    case "join":
      return `Join ${p.joinType.replace("_", "").replace("leftouter", "LeftOuter").replace("rightouter", "RightOuter").replace("fullouter", "FullOuter").replace("leftsemi", "LeftSemi").replace("leftanti", "LeftAnti").replace(/^inner$/, "Inner").replace(/^cross$/, "Cross")}${p.condition ? ", " + exprWithIds(p.condition) : ""}`;
    case "union":
      return `Union false, false`;
    case "set_op":
      return `${p.opType === "intersect" ? "Intersect" : "Except"} ${p.isAll}`;
    case "window":
      return `Window ${list(p.windowExprs)}, ${list(p.partitionSpec)}, [${p.orderSpec.map(sortOrderText).join(", ")}]`;
    case "generate":
      return `Generate ${exprWithIds(p.generator)}, ${p.outer}, ${list(p.generatorOutput)}`;
    case "sample":
      return `Sample ${p.lowerBound}, ${p.upperBound}, ${p.withReplacement}, ${p.seed}`;
    case "repartition":
      return p.partitionExprs.length ? `RepartitionByExpression ${list(p.partitionExprs)}, ${p.numPartitions}` : `Repartition ${p.numPartitions}, ${p.shuffle}`;
    case "cached_scan":
      return `InMemoryRelation ${list(p.output)}`;
  }
}

export function treeString(p: RPlan, line: (p: RPlan) => string = nodeLine): string {
  const out: string[] = [];
  const walk = (node: RPlan, prefix: string, childPrefix: string) => {
    out.push(prefix + line(node));
    const kids = childrenOf(node);
    kids.forEach((k, i) => {
      const last = i === kids.length - 1;
      walk(k, childPrefix + (last ? "+- " : ":- "), childPrefix + (last ? "   " : ":  "));
    });
  };
  walk(p, "", "");
  return out.join("\n");
}
