// stack(n, v1, ..., vk): k values laid into n rows of ceil(k / n) columns col0, col1, ...;
// missing cells are null. Column i's type is the common type of the values in it.
import type { GeneratorFunctionDef } from "../function-definition.js";
import { checkArity, dataTypeMismatch, typeSql, unexpectedType } from "../misc/bind-helpers.js";
import { findWiderCommonType } from "../../plan/analyzer/type-coercion/index.js";
import { IntegerType, NullType, isIntegral, type DataType } from "../../types/data-type.js";

export const stack: GeneratorFunctionDef = {
  kind: "generator",
  name: "stack",
  bind(args) {
    checkArity("stack", args, 2, Infinity);
    const n0 = args[0]!;
    if (!isIntegral(n0.dataType) || !n0.foldable || n0.value === null) throw unexpectedType("stack", args, 0, '"INT"');
    const rows = Number(n0.value);
    const values = args.slice(1);
    const cols = Math.ceil(values.length / rows);
    const types: DataType[] = [];
    for (let c = 0; c < cols; c++) {
      const colTypes = [];
      for (let r = 0; r < rows; r++) {
        const a = values[r * cols + c];
        if (a) colTypes.push(a.dataType);
      }
      const t = findWiderCommonType(colTypes);
      if (!t) {
        throw dataTypeMismatch("STACK_COLUMN_DIFF_TYPES", "stack", args, {
          columnIndex: String(c),
          leftParamIndex: "1",
          leftType: typeSql(colTypes[0]!),
          rightParamIndex: "2",
          rightType: typeSql(colTypes[1] ?? NullType()),
        });
      }
      types.push(t);
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
