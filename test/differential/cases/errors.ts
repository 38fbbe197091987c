// Error classes for bad SQL, unknown columns / functions / tables and type errors.
import { group, sql } from "../case.js";
import { emp, nums } from "../fixtures.js";

export default group("errors", { fixtures: [emp, nums] }, [
  sql("parse-typo-keyword", "SELEC 1", { error: "PARSE_SYNTAX_ERROR", compareError: "parameters" }),
  sql("parse-missing-expression", "SELECT 1 +", { error: "PARSE_SYNTAX_ERROR", compareError: "parameters" }),
  sql("parse-unbalanced-paren", "SELECT (1 + 2 FROM emp", { error: "PARSE_SYNTAX_ERROR" }),
  // WHERE is not reserved: Spark reads it as the alias of emp.
  sql("where-keyword-as-alias", "SELECT 1 FROM emp WHERE", { expectedToFail: "parser: non-reserved keywords (here WHERE) are not accepted as a table alias" }),
  sql("parse-trailing-garbage", "SELECT 1 FROM emp WHERE id = ", { error: "PARSE_SYNTAX_ERROR" }),
  sql("parse-unclosed-string", "SELECT 'abc", { error: "PARSE_SYNTAX_ERROR" }),
  sql("unresolved-column-suggestion", "SELECT nme FROM emp", { error: "UNRESOLVED_COLUMN.WITH_SUGGESTION", compareError: "parameters", expectedToFail: "UNRESOLVED_COLUMN proposal: Spark lists unqualified names ranked by similarity" }),
  sql("unresolved-column-no-from", "SELECT nope", { error: "UNRESOLVED_COLUMN.WITHOUT_SUGGESTION", compareError: "parameters" }),
  sql("unresolved-qualified-column", "SELECT e.nope FROM emp e", { error: "UNRESOLVED_COLUMN.WITH_SUGGESTION" }),
  sql("unresolved-column-in-where", "SELECT id FROM emp WHERE salry > 1", { error: "UNRESOLVED_COLUMN.WITH_SUGGESTION" }),
  sql("unresolved-routine", "SELECT no_such_fn(1)", { error: "UNRESOLVED_ROUTINE", compareError: "parameters" }),
  sql("unresolved-routine-on-column", "SELECT lenght(name) FROM emp", { error: "UNRESOLVED_ROUTINE" }),
  sql("table-not-found", "SELECT * FROM no_such_table", { error: "TABLE_OR_VIEW_NOT_FOUND", compareError: "parameters" }),
  sql("table-not-found-in-join", "SELECT * FROM emp JOIN missing m ON emp.id = m.id", { error: "TABLE_OR_VIEW_NOT_FOUND" }),
  sql("wrong-arg-count", "SELECT upper('a', 'b')", { error: "WRONG_NUM_ARGS.WITHOUT_SUGGESTION" }),
  sql("type-mismatch-boolean-plus", "SELECT true + 1", { error: "DATATYPE_MISMATCH.BINARY_OP_DIFF_TYPES" }),
  sql("where-not-boolean", "SELECT id FROM emp WHERE name", { error: "DATATYPE_MISMATCH.FILTER_NOT_BOOLEAN" }),
  sql("aggregate-in-where", "SELECT id FROM emp WHERE sum(salary) > 1", { error: "INVALID_WHERE_CONDITION" }),
  sql("nested-aggregate", "SELECT sum(max(salary)) FROM emp", { error: "NESTED_AGGREGATE_FUNCTION" }),
  sql("group-by-position-out-of-range", "SELECT dept FROM emp GROUP BY 5", { error: "GROUP_BY_POS_OUT_OF_RANGE" }),
  sql("order-by-position-out-of-range", "SELECT dept FROM emp ORDER BY 3", { error: "ORDER_BY_POS_OUT_OF_RANGE", expectedToFail: "ORDER BY position out of range is not rejected (ORDER_BY_POS_OUT_OF_RANGE)" }),
  sql("string-arith-invalid", "SELECT 'abc' + 1", { error: "CAST_INVALID_INPUT" }),
  sql("string-integer-arith", "SELECT '10' + 1, 5 - '1', typeof('10' + 1)", { compareNullability: false }),
  sql("string-fraction-times-int", "SELECT '2.5' * 2", { error: "CAST_INVALID_INPUT" }),
  sql("cast-unsupported", "SELECT CAST(array(1) AS INT)", { error: "DATATYPE_MISMATCH.CAST_WITHOUT_SUGGESTION" }),
  sql("divide-by-zero-message", "SELECT 1 / 0", { error: "DIVIDE_BY_ZERO", compareError: "message" }),
  sql("cast-invalid-message", "SELECT CAST('abc' AS INT)", { error: "CAST_INVALID_INPUT", compareError: "parameters" }),
  sql("overflow-message", "SELECT 2147483647 + 1", { error: "ARITHMETIC_OVERFLOW", compareError: "parameters" }),
]);
