// Every math function of the registry (src/functions/math/) with NULL inputs and edge values:
// NaN, ±Infinity, -0.0, domain errors, integer limits, decimal scales and seeded randoms.
import { group, sql } from "../case.js";
import type { Fixture } from "../case.js";
import { nums, small } from "../fixtures.js";

/** Doubles at the edges of every unary function's domain. */
export const dvals: Fixture = {
  name: "dvals",
  schema: "id INT, x DOUBLE",
  rows: [[1, -1], [2, 0], [3, -0], [4, 0.5], [5, 1], [6, 2], [7, NaN], [8, Infinity], [9, -Infinity], [10, null], [11, 1e308], [12, -2.5]],
};

const ansiOff = { conf: { "spark.sql.ansi.enabled": "false" } };

export default group("functions-math", { fixtures: [dvals, nums, small], compareNames: false, compareNullability: false, compareShow: false }, [
  sql("trig", "SELECT id, sin(x), cos(x), tan(x), asin(x), acos(x), atan(x) FROM dvals ORDER BY id"),
  sql("hyperbolic", "SELECT id, sinh(x), cosh(x), tanh(x), asinh(x), acosh(x), atanh(x) FROM dvals ORDER BY id"),
  sql("reciprocal-trig", "SELECT id, cot(x), sec(x), csc(x) FROM dvals ORDER BY id"),
  sql("exp-family", "SELECT id, exp(x), expm1(x) FROM dvals ORDER BY id"),
  sql("log-family", "SELECT id, ln(x), log10(x), log2(x), log1p(x), log(x) FROM dvals ORDER BY id"),
  sql("log-two-args", "SELECT log(2, 8), log(10, 100), log(0, 5), log(1, 5), log(-1, 2), log(2, 0), log(CAST(NULL AS DOUBLE), 2), log(2, NULL), log(0.5, 0.25)"),
  sql("sqrt-cbrt", "SELECT id, sqrt(x), cbrt(x) FROM dvals ORDER BY id"),
  sql("pow-power", "SELECT pow(2, -1), pow(0, 0), pow(-8, 1.0D / 3), power(CAST('NaN' AS DOUBLE), 0), pow(1, CAST('NaN' AS DOUBLE)), power(NULL, 2), pow(2, 1024), pow(-0.0D, -1), typeof(pow(2, 3))"),
  sql("pow-column", "SELECT id, pow(x, 2), power(2, x), pow(x, 0.5) FROM dvals ORDER BY id"),
  sql("atan2-hypot", "SELECT atan2(0.0D, -0.0D), atan2(-0.0D, -0.0D), atan2(1, 0), atan2(NULL, 1), hypot(3, 4), hypot(CAST('Infinity' AS DOUBLE), CAST('NaN' AS DOUBLE)), hypot(NULL, 1), hypot(-0.0D, 0.0D)"),
  sql("atan2-hypot-column", "SELECT id, atan2(x, 1), atan2(1, x), hypot(x, 1) FROM dvals ORDER BY id"),
  sql("degrees-radians", "SELECT id, degrees(x), radians(x) FROM dvals ORDER BY id"),
  sql("constants", "SELECT e(), pi(), typeof(pi())"),
  sql("sign-signum", "SELECT id, sign(x), signum(x) FROM dvals ORDER BY id"),
  sql("sign-integral-decimal", "SELECT sign(-5), signum(0), sign(7L), sign(-2.50), typeof(sign(3)), typeof(signum(1.5))"),
  sql("rint", "SELECT rint(2.5D), rint(-2.5D), rint(3.5D), rint(-0.4D), rint(NULL), rint(CAST('NaN' AS DOUBLE)), rint(1e300D)"),
  sql("ceil-floor-double", "SELECT id, ceil(x), floor(x), ceiling(x) FROM dvals WHERE id NOT IN (7, 8, 9, 11) ORDER BY id"),
  sql("ceil-floor-double-extremes", "SELECT ceil(CAST('NaN' AS DOUBLE)), floor(CAST('Infinity' AS DOUBLE)), ceil(CAST('-Infinity' AS DOUBLE)), floor(1e308D), ceil(-1e300D)"),
  sql("ceil-floor-integral", "SELECT id, ceil(i), floor(l), ceil(dec), floor(dec), typeof(ceil(i)), typeof(floor(dec)) FROM nums ORDER BY id"),
  sql("ceil-floor-scale", "SELECT ceil(3.14159, 2), floor(-3.14159, 2), ceil(1234, -2), floor(1234, -2), ceiling(-0.5, 0), floor(2.5D, 0), ceil(CAST(NULL AS DECIMAL(5,2)), 1), typeof(ceil(3.14159, 2)), typeof(floor(12345L, -2))"),
  sql("round-double-half-up", "SELECT round(2.5D), round(-2.5D), round(0.5D), round(1.005D, 2), round(2.675D, 2), round(-0.4D), round(123.456D, -1), round(1e300D, 2)"),
  sql("round-double-specials", "SELECT id, round(x), round(x, 1), bround(x), bround(x, 1) FROM dvals ORDER BY id"),
  sql("bround-half-even", "SELECT bround(2.5D), bround(3.5D), bround(-2.5D), bround(0.125D, 2), bround(2.5), bround(25, -1), bround(35, -1), bround(-0.5)"),
  sql("round-integral", "SELECT round(125, -1), round(-125, -1), round(15L, -1), round(5Y, -1), round(1234S, -2), round(7, 2), typeof(round(125, -1)), typeof(round(5Y, -1))"),
  sql("round-decimal-scale", "SELECT round(1.2345, 2), round(-1.2355, 3), round(9.995, 2), round(99.5, 0), round(1.5, 5), typeof(round(1.2345, 2)), typeof(round(99.5, 0)), typeof(round(12.34, -1))"),
  sql("round-decimal-column", "SELECT id, round(dec), round(dec, 1), bround(dec, 1), round(dec, -2) FROM nums ORDER BY id"),
  sql("round-nulls", "SELECT round(NULL), round(CAST(NULL AS DOUBLE), 2), bround(CAST(NULL AS INT), -1), round(2.5, NULL)"),
  sql("round-int-overflow", "SELECT round(2147483647, -1)", { error: "ARITHMETIC_OVERFLOW" }),
  sql("round-int-overflow-ansi-off", "SELECT round(2147483647, -1), round(127Y, -1), bround(-9223372036854775808L, -1)", ansiOff),
  sql("greatest-least-nulls", "SELECT greatest(1, NULL, 3), least(NULL, 2, 1), greatest(CAST(NULL AS INT), NULL), least(CAST(NULL AS DOUBLE), CAST(NULL AS DOUBLE))"),
  sql("greatest-least-nan", "SELECT greatest(1D, CAST('NaN' AS DOUBLE)), least(1D, CAST('NaN' AS DOUBLE)), greatest(CAST('Infinity' AS DOUBLE), CAST('NaN' AS DOUBLE)), least(-0.0D, 0.0D), greatest(0.0D, -0.0D)"),
  sql("greatest-least-types", "SELECT greatest(1, 2L, 1.5), least(1, 2.5D), greatest('a', 'B', 'ä'), least(DATE'2024-01-01', DATE'2023-12-31'), greatest(true, false), least(1.10, 1.1), typeof(greatest(1, 2L, 1.5)), typeof(least(1Y, 2S))"),
  sql("greatest-least-column", "SELECT id, greatest(i, 0), least(l, 0L), greatest(d, 0D), least(dec, 0) FROM nums ORDER BY id"),
  sql("greatest-one-arg", "SELECT greatest(1)", { error: "WRONG_NUM_ARGS.WITHOUT_SUGGESTION" }),
  sql("least-type-mismatch", "SELECT least(1, array(1))", { error: "DATATYPE_MISMATCH.DATA_DIFF_TYPES" }),
  sql("pmod-signs", "SELECT pmod(7, 3), pmod(-7, 3), pmod(7, -3), pmod(-7, -3), pmod(NULL, 3), pmod(7, NULL), pmod(-7.5D, 2D), pmod(-7.5, 2), pmod(-2147483648, 3), pmod(CAST('NaN' AS DOUBLE), 2D)"),
  sql("pmod-types", "SELECT typeof(pmod(7Y, 3Y)), typeof(pmod(7, 3L)), typeof(pmod(7.5, 2)), typeof(pmod(1D, 2))"),
  sql("pmod-double-by-zero-ansi-off", "SELECT pmod(7D, 0D), pmod(7, 0), pmod(7.5, 0)", ansiOff),
  sql("factorial", "SELECT factorial(0), factorial(1), factorial(5), factorial(20), factorial(21), factorial(-1), factorial(NULL), factorial(CAST(3 AS TINYINT)), typeof(factorial(3))"),
  sql("bin", "SELECT bin(13), bin(-1), bin(0), bin(NULL), bin(9223372036854775807L), bin(-9223372036854775808L), bin(2.9D)"),
  sql("conv", "SELECT conv('100', 2, 10), conv('-10', 16, -10), conv('FF', 16, 2), conv('zz', 36, 16), conv('ff', 16, 10), conv(NULL, 2, 10), conv('1', 1, 10), conv('12a', 10, 10), conv('', 10, 2), conv('-1', 10, 16)"),
  sql("conv-overflow", "SELECT conv('18446744073709551616', 10, 16)", { error: "ARITHMETIC_OVERFLOW" }),
  sql("conv-overflow-ansi-off", "SELECT conv('18446744073709551616', 10, 16), conv('-18446744073709551616', 10, -16)", ansiOff),
  sql("isnan-nanvl", "SELECT id, isnan(x), nanvl(x, -1D), nanvl(x, NULL) FROM dvals ORDER BY id"),
  sql("isnan-nanvl-literals", "SELECT isnan(NULL), isnan(1), nanvl(CAST('NaN' AS DOUBLE), CAST('NaN' AS DOUBLE)), nanvl(1, 2), nanvl(CAST('NaN' AS FLOAT), 0), typeof(nanvl(1, 2))"),
  sql("width-bucket", "SELECT width_bucket(5.3, 0.2, 10.6, 5), width_bucket(-2.1, 1.3, 3.4, 3), width_bucket(8.1, 0.0, 5.7, 4), width_bucket(-0.9, 5.2, 0.5, 2), width_bucket(10.6, 0.2, 10.6, 5), width_bucket(0.2, 0.2, 10.6, 5)"),
  sql("width-bucket-invalid", "SELECT width_bucket(5, 0, 10, 0), width_bucket(5, 0, 10, -1), width_bucket(5, 3, 3, 2), width_bucket(CAST('NaN' AS DOUBLE), 0, 10, 5), width_bucket(NULL, 0, 10, 5), width_bucket(5, CAST('Infinity' AS DOUBLE), 10, 5)"),
  sql("rand-seeded", "SELECT rand(42), randn(42), random(7), rand(NULL), rand(0L), typeof(rand(1))", { compareShow: false }),
  sql("rand-bad-seed", "SELECT rand(1.5)", { error: "DATATYPE_MISMATCH.UNEXPECTED_INPUT_TYPE" }),
  sql("math-string-args", "SELECT sqrt('16'), abs('-3.5'), ceil('1.5'), exp('0'), pow('2', '3'), round('2.5')"),
  sql("math-string-invalid", "SELECT sqrt('abc')", { error: "CAST_INVALID_INPUT" }),
  sql("math-small-types", "SELECT id, abs(b), abs(h), sqrt(f), sign(f), ceil(f), round(f, 1), typeof(abs(b)), typeof(ceil(f)) FROM small WHERE id <> 2 ORDER BY id"),
  sql("abs-edges", "SELECT abs(-0.0D), abs(CAST('-Infinity' AS DOUBLE)), abs(CAST('NaN' AS DOUBLE)), abs(NULL), abs(-1.50), abs(CAST(-3.5 AS FLOAT)), typeof(abs(-1.50))"),
  sql("abs-bigint-min", "SELECT abs(-9223372036854775808L)", { error: "ARITHMETIC_OVERFLOW" }),
  sql("abs-tinyint-min", "SELECT abs(b) FROM small WHERE id = 2", { error: "ARITHMETIC_OVERFLOW" }),
  sql("abs-min-ansi-off", "SELECT abs(-9223372036854775808L), abs(-2147483648), abs(CAST(-128 AS TINYINT)), abs(CAST(-32768 AS SMALLINT))", ansiOff),
  sql("trig-decimal-int-args", "SELECT sin(1), cos(0.5), tan(1L), asin(0.5BD), degrees(1), radians(180), typeof(sin(1))"),
]);
