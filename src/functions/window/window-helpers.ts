// Shared pieces of the ranking / offset window functions: arity-checked definitions, constant
// integer arguments (ntile buckets, lag/lead offsets, nth_value's n) and peer-group bounds.
import type { ArgInfo, BoundWindowFunction, FunctionContext, WindowFunctionDef } from "../function-definition.js";
import { callSql, checkArity, typeSql, unexpectedType } from "../misc/bind-helpers.js";
import { AnalysisException } from "../../errors/spark-error.js";
import { isIntegral, type DataType } from "../../types/data-type.js";

export function defineWindow(spec: {
  name: string;
  minArgs: number;
  maxArgs?: number;
  bind: (args: readonly ArgInfo[], ctx: FunctionContext, name: string) => BoundWindowFunction;
}): WindowFunctionDef {
  return {
    kind: "window",
    name: spec.name,
    bind(args, ctx) {
      checkArity(spec.name, args, spec.minArgs, spec.maxArgs ?? spec.minArgs);
      return spec.bind(args, ctx, spec.name);
    },
  };
}

/** A constant integral argument (the analyzer passes literals with `foldable` and `value`). */
export function constantInt(
  name: string,
  args: readonly ArgInfo[],
  i: number,
  inputName: string,
  inputType: DataType,
  sqlArgs: readonly ArgInfo[] = args,
): number {
  const a = args[i]!;
  if (!isIntegral(a.dataType) && a.dataType.kind !== "null") throw unexpectedType(name, args, i, typeSql(inputType));
  if (!a.foldable) {
    throw new AnalysisException("DATATYPE_MISMATCH.NON_FOLDABLE_INPUT", {
      sqlExpr: callSql(name, sqlArgs),
      inputName: "`" + inputName + "`",
      inputType: typeSql(inputType),
      inputExpr: `"${a.sql ?? "?"}"`,
    });
  }
  return a.value === null || a.value === undefined ? 0 : Number(a.value as number | bigint);
}

export function valueOutOfRange(name: string, args: readonly ArgInfo[], exprName: string, range: string, current: string): AnalysisException {
  return new AnalysisException("DATATYPE_MISMATCH.VALUE_OUT_OF_RANGE", {
    sqlExpr: callSql(name, args),
    exprName,
    valueRange: range,
    currentValue: current,
  });
}

/** peerEnd[i]: index of the last row in row i's peer group. */
export function peerEnds(peerGroupStarts: Uint8Array, n: number): Int32Array {
  const end = new Int32Array(n);
  for (let i = n - 1; i >= 0; i--) end[i] = i === n - 1 || peerGroupStarts[i + 1] ? i : end[i + 1]!;
  return end;
}
