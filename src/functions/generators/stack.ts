// stack(n, v1, ..., vk): k values laid into n rows of ceil(k / n) columns col0, col1, ...;
// missing cells are null. Column i's type is the type of its non-NULL values.
import type { GeneratorFunctionDef } from "../function-definition.js";
import { checkArity, dataTypeMismatch, requireConstantArg, typeSql, unexpectedType } from "../misc/bind-helpers.js";
import { IntegerType, NullType, dataTypeEquals, isIntegral, type DataType } from "../../types/data-type.js";

export const stack: GeneratorFunctionDef = {
  kind: "generator",
  name: "stack",
  bind(args) {
    checkArity("stack", args, 2, Infinity);
    const n0 = args[0]!;
    if (!isIntegral(n0.dataType)) throw unexpectedType("stack", args, 0, '"INT"');
    requireConstantArg("stack", args, 0, "n", "INT");
    const rows = n0.value === null ? 0 : Number(n0.value);
    if (rows <= 0) {
      throw dataTypeMismatch("VALUE_OUT_OF_RANGE", "stack", args, {
        exprName: "`n`",
        valueRange: "(0, 2147483647]",
        currentValue: String(n0.value),
      });
    }
    const values = args.slice(1);
    const cols = Math.ceil(values.length / rows);
    // Spark only casts NULLs to a column's type: other values of a column must share one type.
    const types: DataType[] = [];
    for (let c = 0; c < cols; c++) {
      let first = -1;
      for (let r = 0; r < rows; r++) {
        const i = r * cols + c;
        const a = values[i];
        if (!a || a.dataType.kind === "null") continue;
        if (first < 0) first = i;
        else if (!sameType(values[first]!.dataType, a.dataType)) {
          throw dataTypeMismatch("STACK_COLUMN_DIFF_TYPES", "stack", args, {
            columnIndex: String(c),
            leftParamIndex: String(first + 1),
            leftType: typeSql(values[first]!.dataType),
            rightParamIndex: String(i + 1),
            rightType: typeSql(a.dataType),
          });
        }
      }
      types.push(first < 0 ? NullType() : values[first]!.dataType);
    }
    return {
      outputNames: types.map((_, i) => `col${i}`),
      outputTypes: types,
      outputNullable: types.map((_, c) => values.some((a, i) => i % cols === c && a.nullable) || values.length % cols !== 0),
      inputTypes: [IntegerType(), ...values.map((_, i) => types[i % cols]!)],
      generate([, ...xs]) {
        const out: unknown[][] = [];
        for (let r = 0; r < rows; r++) {
          const row: unknown[] = [];
          for (let c = 0; c < cols; c++) row.push(r * cols + c < xs.length ? xs[r * cols + c] : null);
          out.push(row);
        }
        return out;
      },
    };
  },
};

const sameType = (a: DataType, b: DataType): boolean => dataTypeEquals(a, b, true);
