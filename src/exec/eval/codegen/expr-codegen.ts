// Expression → JavaScript statements for the fused pipeline loop. Each node emits statements
// into the current block and yields two JS expressions: its value and its null flag ("false"
// when it cannot be null). Identifiers are synthetic (v12, n12, k3, d0); constants — literals,
// kernels, regexes, strings — live in the constants array K and never in the source.
//
// Evaluation order and short-circuits mirror the interpreter (row-compiler.ts) exactly:
// null-intolerant calls stop at the first null argument; AND/OR evaluate the right side only
// when the left does not decide; CASE branch values only for the taken branch; COALESCE stops at
// the first non-null; IN at the first match. Subtrees codegen does not handle (UDFs,
// higher-order functions, scalar subqueries) run through the interpreter's closure.

import type { RExpr } from "../../../plan/expr/resolved.js";
import type { DataType } from "../../../types/data-type.js";
import type { ColumnVector } from "../../batch/column-vector.js";
import { isTextType } from "../../batch/physical-type.js";
import { equalityFor } from "../../../functions/operators/compare-values.js";
import { compileRow } from "../row-compiler.js";
import { castKernel } from "../external.js";

/** How an input column is laid out in the batches a compiled variant accepts. */
export interface ColumnShape {
  readonly encoding: ColumnVector["encoding"];
  readonly nullable: boolean;
  readonly type: DataType;
}

export interface Gen {
  readonly v: string;
  readonly n: string;
}

const NUMBER_KINDS = new Set(["byte", "short", "integer", "date", "year_month_interval", "float", "double"]);
const BIGINT_KINDS = new Set(["long", "timestamp", "timestamp_ntz", "day_time_interval"]);

/** A well-typed initial value so V8 keeps locals monomorphic. */
export function defaultValue(t: DataType): string {
  if (NUMBER_KINDS.has(t.kind)) return "0";
  if (BIGINT_KINDS.has(t.kind) || (t.kind === "decimal" && t.precision <= 18)) return "0n";
  if (t.kind === "boolean") return "false";
  if (isTextType(t)) return '""';
  return "null";
}

export class ExprCodegen {
  readonly consts: unknown[] = [];
  private readonly constIndex = new Map<unknown, number>();
  readonly usedColumns = new Set<number>();
  usesRowState = false;
  private counter = 0;
  lines: string[] = [];

  constructor(private readonly shapes: readonly ColumnShape[]) {}

  /** Index of a constant in K (deduplicated by identity). */
  constant(value: unknown): string {
    let k = this.constIndex.get(value);
    if (k === undefined) {
      k = this.consts.length;
      this.consts.push(value);
      this.constIndex.set(value, k);
    }
    return `k${k}`;
  }

  private fresh(): number {
    return this.counter++;
  }

  emit(line: string): void {
    this.lines.push(line);
  }

  /** Runs `body` collecting its lines, returns them (for nested blocks). */
  private block(body: () => void): string[] {
    const saved = this.lines;
    this.lines = [];
    body();
    const out = this.lines;
    this.lines = saved;
    return out;
  }

  private emitBlock(head: string, body: string[], tail = "}"): void {
    this.emit(head);
    for (const l of body) this.emit("  " + l);
    this.emit(tail);
  }

  gen(e: RExpr): Gen {
    switch (e.kind) {
      case "alias":
        return this.gen(e.child);
      case "bound_ref":
        return this.column(e.ordinal, e.dataType);
      case "literal":
        return this.literal(e.value, e.dataType);
      case "call":
        return this.call(e.args, e.fn.kernel, e.fn.inline, e.fn.nullIntolerant, e.fn.nullable, e.dataType);
      case "cast": {
        const k = castKernel(e.child.dataType, e.dataType, e.evalMode, e.timeZone);
        return this.call([e.child], k, undefined, true, true, e.dataType);
      }
      case "and":
      case "or":
        return this.andOr(e.kind, e.left, e.right);
      case "not": {
        const c = this.gen(e.child);
        return { v: `(!${c.v})`, n: c.n };
      }
      case "is_null": {
        const c = this.gen(e.child);
        return { v: c.n, n: "false" };
      }
      case "is_not_null": {
        const c = this.gen(e.child);
        return { v: c.n === "false" ? "true" : `(!${c.n})`, n: "false" };
      }
      case "case_when":
        return this.caseWhen(e.branches, e.elseValue, e.dataType);
      case "coalesce":
        return this.coalesce(e.args, e.dataType);
      case "in":
        return this.inList(e.value, e.list);
      case "udf":
      case "higher_order":
      case "scalar_subquery":
      case "lambda_var":
        return this.interpreted(e);
      default:
        throw new Error(`internal error: ${e.kind} expression reached codegen unbound`);
    }
  }

  private column(o: number, t: DataType): Gen {
    const shape = this.shapes[o];
    if (shape === undefined) throw new Error(`internal error: bound reference to column ${o} of ${this.shapes.length}`);
    this.usedColumns.add(o);
    const id = this.fresh();
    const n = shape.nullable ? `n${id}` : "false";
    if (shape.nullable) this.emit(`const n${id} = m${o}[i] === 0;`);
    const guard = (read: string): string => (shape.nullable ? `${n} ? ${defaultValue(t)} : ${read}` : read);
    switch (shape.encoding) {
      case "flat":
        this.emit(`const v${id} = ${t.kind === "boolean" ? `d${o}[i] === 1` : `d${o}[i]`};`);
        break;
      case "strings":
        this.emit(`const v${id} = ${guard(`d${o}[i]`)};`);
        break;
      case "dict":
        this.emit(`const v${id} = ${guard(`t${o}[x${o}[i]]`)};`);
        break;
      case "utf8":
        // text decodes in place; binary takes the generic read
        this.emit(
          isTextType(shape.type)
            ? `const v${id} = ${guard(`$s.decodeUtf8(b${o}, f${o}[i], f${o}[i + 1])`)};`
            : `const v${id} = $s.getValue(c${o}, i);`,
        );
        break;
      case "boxed":
        this.emit(`const v${id} = $s.getValue(c${o}, i);`);
        break;
    }
    return { v: `v${id}`, n };
  }

  private literal(value: unknown, t: DataType): Gen {
    if (value === null || value === undefined) return { v: defaultValue(t), n: "true" };
    switch (typeof value) {
      case "number":
        if (Object.is(value, -0)) return { v: "(-0)", n: "false" };
        if (Number.isNaN(value)) return { v: "NaN", n: "false" };
        return { v: value < 0 ? `(${value})` : String(value), n: "false" };
      case "bigint":
        return { v: value < 0n ? `(${value}n)` : `${value}n`, n: "false" };
      case "boolean":
        return { v: String(value), n: "false" };
      default:
        return { v: this.constant(value), n: "false" };
    }
  }

  private call(
    args: readonly RExpr[],
    kernel: (...a: any[]) => unknown,
    inline: ((a: readonly string[]) => string) | undefined,
    nullIntolerant: boolean,
    mayReturnNull: boolean,
    t: DataType,
  ): Gen {
    const id = this.fresh();
    const k = this.constant(kernel);
    if (!nullIntolerant) {
      const vals = args.map((a) => {
        const g = this.gen(a);
        return g.n === "false" ? g.v : g.n === "true" ? "null" : `(${g.n} ? null : ${g.v})`;
      });
      this.emit(`const v${id} = ${k}(${vals.join(", ")});`);
      return { v: `v${id}`, n: mayReturnNull ? `(v${id} == null)` : "false" };
    }
    this.emit(`let n${id} = true;`);
    this.emit(`let v${id} = ${defaultValue(t)};`);
    const vals: string[] = [];
    const nest = (a: number): void => {
      if (a === args.length) {
        const expr = inline ? inline(vals) : `${k}(${vals.join(", ")})`;
        this.emit(`v${id} = ${expr};`);
        this.emit(mayReturnNull ? `n${id} = v${id} == null;` : `n${id} = false;`);
        return;
      }
      const g = this.gen(args[a]!);
      vals.push(g.v);
      if (g.n === "false") nest(a + 1);
      else if (g.n !== "true") this.emitBlock(`if (!${g.n}) {`, this.block(() => nest(a + 1)));
      // a constant null argument: the result stays null, later arguments are not evaluated
    };
    nest(0);
    return { v: `v${id}`, n: `n${id}` };
  }

  private andOr(kind: "and" | "or", left: RExpr, right: RExpr): Gen {
    const id = this.fresh();
    const isAnd = kind === "and";
    this.emit(`let n${id} = false;`);
    this.emit(`let v${id} = ${isAnd ? "false" : "true"};`);
    const l = this.gen(left);
    // AND continues when left is not FALSE; OR when left is not TRUE
    const undecided = (g: Gen): string => {
      const t = isAnd ? g.v : `!${g.v}`;
      return g.n === "false" ? t : g.n === "true" ? "true" : `${g.n} || ${t}`;
    };
    this.emitBlock(
      `if (${undecided(l)}) {`,
      this.block(() => {
        const r = this.gen(right);
        const nulls = [l.n, r.n].filter((x) => x !== "false");
        const nExpr = nulls.length === 0 ? "false" : nulls.includes("true") ? "true" : nulls.join(" || ");
        this.emitBlock(`if (${undecided(r)}) {`, [`n${id} = ${nExpr};`, `v${id} = ${isAnd ? `!n${id}` : "false"};`]);
      }),
    );
    return { v: `v${id}`, n: `n${id}` };
  }

  private caseWhen(branches: readonly { condition: RExpr; value: RExpr }[], elseValue: RExpr | null, t: DataType): Gen {
    const id = this.fresh();
    this.emit(`let n${id} = true;`);
    this.emit(`let v${id} = ${defaultValue(t)};`);
    const assign = (e: RExpr): void => {
      const g = this.gen(e);
      this.emit(`n${id} = ${g.n};`);
      this.emit(`v${id} = ${g.v};`);
    };
    const branch = (b: number): void => {
      if (b === branches.length) {
        if (elseValue) assign(elseValue);
        return;
      }
      const c = this.gen(branches[b]!.condition);
      const taken = c.n === "false" ? c.v : c.n === "true" ? "false" : `!${c.n} && ${c.v}`;
      const yes = this.block(() => assign(branches[b]!.value));
      const no = this.block(() => branch(b + 1));
      if (no.length === 0) this.emitBlock(`if (${taken}) {`, yes);
      else {
        this.emitBlock(`if (${taken}) {`, yes, "} else {");
        for (const l of no) this.emit("  " + l);
        this.emit("}");
      }
    };
    branch(0);
    return { v: `v${id}`, n: `n${id}` };
  }

  private coalesce(args: readonly RExpr[], t: DataType): Gen {
    const id = this.fresh();
    this.emit(`let n${id} = true;`);
    this.emit(`let v${id} = ${defaultValue(t)};`);
    const step = (a: number): void => {
      if (a === args.length) return;
      const g = this.gen(args[a]!);
      if (g.n === "false") {
        this.emit(`n${id} = false;`);
        this.emit(`v${id} = ${g.v};`);
        return;
      }
      if (g.n === "true") return step(a + 1);
      const rest = this.block(() => step(a + 1));
      this.emitBlock(`if (!${g.n}) {`, [`n${id} = false;`, `v${id} = ${g.v};`], rest.length ? "} else {" : "}");
      if (rest.length) {
        for (const l of rest) this.emit("  " + l);
        this.emit("}");
      }
    };
    step(0);
    return { v: `v${id}`, n: `n${id}` };
  }

  private inList(value: RExpr, list: readonly RExpr[]): Gen {
    const id = this.fresh();
    const t = value.dataType;
    const simpleEq = NUMBER_KINDS.has(t.kind) && t.kind !== "float" && t.kind !== "double";
    const primitive = simpleEq || BIGINT_KINDS.has(t.kind) || isTextType(t) || t.kind === "boolean" || t.kind === "decimal";
    const eqK = primitive ? "" : this.constant(equalityFor(t));
    const eq = (a: string, b: string): string =>
      primitive ? `${a} === ${b}` : `${eqK}(${a}, ${b})`;
    this.emit(`let n${id} = true;`);
    this.emit(`let v${id} = false;`);
    const g = this.gen(value);
    const body = this.block(() => {
      this.emit(`n${id} = false;`);
      this.emit(`let s${id} = false;`);
      const inner = this.block(() => {
        for (const item of list) {
          const x = this.gen(item);
          if (x.n === "true") {
            this.emit(`s${id} = true;`);
            continue;
          }
          const cond = x.n === "false" ? eq(g.v, x.v) : `!${x.n} && ${eq(g.v, x.v)}`;
          this.emitBlock(`if (${cond}) {`, [`v${id} = true;`, `break L${id};`]);
          if (x.n !== "false") this.emit(`if (${x.n}) s${id} = true;`);
        }
      });
      this.emitBlock(`L${id}: {`, inner);
      this.emit(`if (!v${id} && s${id}) n${id} = true;`);
    });
    if (g.n === "false") for (const l of body) this.emit(l);
    else if (g.n !== "true") this.emitBlock(`if (!${g.n}) {`, body);
    return { v: `v${id}`, n: `n${id}` };
  }

  private interpreted(e: RExpr): Gen {
    const id = this.fresh();
    this.usesRowState = true;
    const f = this.constant(compileRow(e));
    this.emit(`const v${id} = ${f}(st, i);`);
    return { v: `v${id}`, n: `(v${id} === null)` };
  }
}

/** Number of nodes in an expression tree, counting stops past `limit` (codegen falls back to
 *  the interpreter above it). Iterative so deep trees cannot overflow the stack here. */
export function countNodes(root: RExpr, limit = Infinity): number {
  let n = 0;
  const stack: RExpr[] = [root];
  while (stack.length > 0 && n <= limit) {
    const e = stack.pop()!;
    n++;
    switch (e.kind) {
      case "alias":
      case "not":
      case "is_null":
      case "is_not_null":
      case "cast":
        stack.push(e.child);
        break;
      case "and":
      case "or":
        stack.push(e.left, e.right);
        break;
      case "call":
      case "udf":
      case "coalesce":
      case "higher_order":
        stack.push(...e.args);
        break;
      case "case_when":
        for (const b of e.branches) stack.push(b.condition, b.value);
        if (e.elseValue) stack.push(e.elseValue);
        break;
      case "in":
        stack.push(e.value, ...e.list);
        break;
      default:
        break;
    }
  }
  return n;
}
