// DataFrameNaFunctions: na.fill / na.drop / na.replace as projections and filters, applying
// each value only to columns of a compatible type, as Spark does.

import type { NAFill, NADrop, NAReplace } from "../logical/unresolved.js";
import type { NamedExpr, RPlan } from "../logical/resolved.js";
import type { AttributeRef, RExpr } from "../expr/resolved.js";
import { newExprId } from "../expr/expr-id.js";
import { isNumeric, isStringLike, type DataType } from "../../types/data-type.js";
import type { Analyzer } from "./analyzer.js";
import { implicitCast } from "./implicit-cast.js";
import { projectOf } from "./analyze-project.js";
import { inferType as inferLiteralType } from "../../types/infer-type.js";
import { toInternal } from "../../values/internal.js";

function targets(input: RPlan, cols: readonly string[]): AttributeRef[] {
  if (cols.length === 0) return [...input.output];
  const wanted = new Set(cols.map((c) => c.toLowerCase()));
  return input.output.filter((a) => wanted.has(a.name.toLowerCase()));
}

function compatible(value: unknown, t: DataType): boolean {
  if (typeof value === "number" || typeof value === "bigint") return isNumeric(t);
  if (typeof value === "string") return isStringLike(t);
  if (typeof value === "boolean") return t.kind === "boolean";
  return false;
}

function literal(an: Analyzer, value: unknown, to: DataType): RExpr {
  const t = inferLiteralType(value);
  const lit: RExpr = { kind: "literal", value: toInternal(value, t), dataType: t, nullable: value === null };
  return implicitCast(lit, to, { ...an.env.fnCtx, ansi: false });
}

export function analyzeNAFill(an: Analyzer, p: NAFill): RPlan {
  const input = an.analyze(p.input);
  const perCol = new Map<string, unknown>();
  const cols = targets(input, p.cols);
  if (p.values.length === 1) for (const c of cols) perCol.set(c.name.toLowerCase(), p.values[0]);
  else p.cols.forEach((c, i) => perCol.set(c.toLowerCase(), p.values[i]));
  const list: NamedExpr[] = input.output.map((a) => {
    const v = perCol.get(a.name.toLowerCase());
    if (v === undefined || !compatible(v, a.dataType) || !cols.includes(a)) return a;
    const fill = literal(an, v, a.dataType);
    // For float/double columns Spark's fill also replaces NaN: coalesce(nanvl(c, null), v).
    const source: RExpr =
      a.dataType.kind === "double" || a.dataType.kind === "float"
        ? {
            kind: "call",
            name: "nanvl",
            sql: `nanvl(${a.name}, NULL)`,
            args: [a],
            dataType: a.dataType,
            nullable: true,
            fn: { returnType: a.dataType, nullable: true, nullIntolerant: true, kernel: (x: number) => (Number.isNaN(x) ? null : x) },
          }
        : a;
    // Nullability as Spark reports it: filled string and floating columns become NOT NULL;
    // other numeric columns keep theirs (the fill value goes through a cast Spark deems nullable).
    const nullable = isNumeric(a.dataType) && a.dataType.kind !== "double" && a.dataType.kind !== "float" ? a.nullable : false;
    return {
      kind: "alias",
      child: { kind: "coalesce", args: [source, fill], dataType: a.dataType, nullable },
      name: a.name,
      exprId: newExprId(),
      dataType: a.dataType,
      nullable,
    };
  });
  return projectOf(input, list);
}

export function analyzeNADrop(an: Analyzer, p: NADrop): RPlan {
  const input = an.analyze(p.input);
  const cols = targets(input, p.cols);
  const min = p.minNonNulls ?? cols.length;
  // Count non-null (and non-NaN) values among cols per row.
  const kernel = (...vals: unknown[]) => vals.filter((v) => v !== null && !(typeof v === "number" && Number.isNaN(v))).length >= min;
  const condition: RExpr = {
    kind: "call",
    name: "na_drop",
    sql: `atleastnnonnulls(${min})`,
    args: cols,
    dataType: { kind: "boolean" },
    nullable: false,
    fn: { returnType: { kind: "boolean" }, nullable: false, nullIntolerant: false, kernel },
  };
  return { kind: "filter", input, condition, output: input.output };
}

export function analyzeNAReplace(an: Analyzer, p: NAReplace): RPlan {
  const input = an.analyze(p.input);
  const cols = targets(input, p.cols);
  const list: NamedExpr[] = input.output.map((a) => {
    if (!cols.includes(a)) return a;
    const reps = p.replacements.filter((r) => r.oldValue === null || compatible(r.oldValue, a.dataType));
    if (reps.length === 0) return a;
    const branches = reps.map((r) => ({
      condition:
        r.oldValue === null
          ? ({ kind: "is_null", child: a, dataType: { kind: "boolean" }, nullable: false } as RExpr)
          : an.exprs.resolve(
              { kind: "unresolved_function", name: "==", args: [{ kind: "unresolved_attribute", nameParts: ["__c"] }, { kind: "literal", value: r.oldValue, dataType: inferLiteralType(r.oldValue) }], isDistinct: false },
              { input: [{ ...a, name: "__c" }] },
            ),
      value: literal(an, r.newValue, a.dataType),
    }));
    return {
      kind: "alias",
      child: { kind: "case_when", branches, elseValue: a, dataType: a.dataType, nullable: true },
      name: a.name,
      exprId: newExprId(),
      dataType: a.dataType,
      nullable: true,
    };
  });
  return projectOf(input, list);
}
