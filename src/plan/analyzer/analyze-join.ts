// Joins: ON conditions, USING / NATURAL (join keys appear once, coalesced for full outer
// joins, as Spark does), and output nullability per join type.

import { AnalysisException, quoteId } from "../../errors/spark-error.js";
import type { Join } from "../logical/unresolved.js";
import type { NamedExpr, RPlan } from "../logical/resolved.js";
import type { RExpr } from "../expr/resolved.js";
import { joinOutput } from "../logical/plan-transform.js";
import { newExprId } from "../expr/expr-id.js";
import type { Analyzer } from "./analyzer.js";
import { matchName } from "./scope.js";
import { attrOf, projectOf } from "./analyze-project.js";

// One definition of a join's output nullability, shared with the optimizer.
export { joinOutput };

export function analyzeJoin(an: Analyzer, p: Join): RPlan {
  const left = an.analyze(p.left);
  const right = an.analyze(p.right);
  let using = p.usingColumns ? [...p.usingColumns] : null;
  if (p.natural) {
    const rightNames = new Set(right.output.map((a) => a.name.toLowerCase()));
    using = left.output.filter((a) => rightNames.has(a.name.toLowerCase())).map((a) => a.name);
  }
  if (using) return usingJoin(an, p, left, right, using);

  const both = [...left.output, ...right.output];
  const condition = p.condition ? an.resolve(p.condition, both) : null;
  const joinType = p.joinType === "inner" && !condition ? "cross" : p.joinType;
  return { kind: "join", left, right, joinType: joinType === "cross" && condition ? "inner" : joinType, condition, output: joinOutput(p.joinType, left.output, right.output) };
}

function usingJoin(an: Analyzer, p: Join, left: RPlan, right: RPlan, using: string[]): RPlan {
  const pairs = using.map((name) => {
    const l = matchName([name], left.output, an.env.caseSensitive);
    const r = matchName([name], right.output, an.env.caseSensitive);
    if (!l || !r) {
      throw new AnalysisException("UNRESOLVED_USING_COLUMN_FOR_JOIN", {
        colName: quoteId(name),
        side: !l ? "left" : "right",
        suggestion: (!l ? left : right).output.map((a) => quoteId(a.name)).join(", "),
      });
    }
    return [l.attr, r.attr] as const;
  });
  let condition: RExpr | null = null;
  for (const [l, r] of pairs) {
    const eq = an.exprs.resolve(
      { kind: "unresolved_function", name: "==", args: [{ kind: "unresolved_attribute", nameParts: ["__l"] }, { kind: "unresolved_attribute", nameParts: ["__r"] }], isDistinct: false },
      { input: [{ ...l, name: "__l", qualifier: [] }, { ...r, name: "__r", qualifier: [] }] },
    );
    condition = condition ? { kind: "and", left: condition, right: eq, dataType: eq.dataType, nullable: true } : eq;
  }
  const join: RPlan = { kind: "join", left, right, joinType: p.joinType, condition, output: joinOutput(p.joinType, left.output, right.output) };
  // Semi/anti joins output only the left side, but still keys first (Spark's USING order).
  const leftKeys = new Set(pairs.map(([l]) => l.exprId));
  const rightKeys = new Set(pairs.map(([, r]) => r.exprId));
  const joined = join.output;
  const byId = (id: number) => joined.find((a) => a.exprId === id)!;
  const keys: NamedExpr[] = pairs.map(([l, r]) => {
    if (p.joinType === "right_outer") return byId(r.exprId);
    if (p.joinType === "full_outer") {
      const lj = byId(l.exprId);
      const rj = byId(r.exprId);
      return { kind: "alias", child: { kind: "coalesce", args: [lj, rj], dataType: lj.dataType, nullable: lj.nullable && rj.nullable }, name: l.name, exprId: newExprId(), dataType: lj.dataType, nullable: lj.nullable && rj.nullable };
    }
    return byId(l.exprId);
  });
  const rest = [
    ...joined.filter((a) => left.output.some((x) => x.exprId === a.exprId) && !leftKeys.has(a.exprId)),
    ...joined.filter((a) => right.output.some((x) => x.exprId === a.exprId) && !rightKeys.has(a.exprId)),
  ];
  const proj = projectOf(join, [...keys, ...rest]);
  // Keep both sides' key attributes reachable (df1.id / df2.id after a USING join).
  return { ...proj, output: proj.output.map(attrOf) };
}
