import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Decimal, roundUnscaled, digitCount, unscaledToString } from "../../src/values/decimal.js";
import {
  decimalResultType, decimalForType, adjustPrecisionScale, decimalTypeOfLiteral, widerDecimalType,
  type DecimalArithmeticOp,
} from "../../src/values/decimal-rules.js";
import { bindDecimalArithmetic } from "../../src/values/decimal-arithmetic.js";
import { SparkArithmeticException } from "../../src/errors/spark-error.js";
import {
  ByteType, ShortType, IntegerType, LongType, DecimalType, DoubleType, FloatType, StringType, type DataType,
} from "../../src/types/data-type.js";

const here = new URL(".", import.meta.url).pathname;

test("Decimal.parse / fromString / toString", () => {
  assert.equal(Decimal.fromString("12.50").toString(), "12.50");
  assert.equal(Decimal.fromString("12.50").scale, 2);
  assert.equal(Decimal.fromString(" -0.001 ").toString(), "-0.001");
  assert.equal(Decimal.fromString(".5").toString(), "0.5");
  assert.equal(Decimal.fromString("5.").toString(), "5");
  assert.equal(Decimal.fromString("1.5e3").toString(), "1500");
  assert.equal(Decimal.fromString("1.5E-3").toString(), "0.0015");
  assert.equal(Decimal.fromString("+7").toString(), "7");
  assert.equal(Decimal.parse("abc"), null);
  assert.equal(Decimal.parse("1.2.3"), null);
  assert.equal(Decimal.parse("."), null);
  assert.equal(Decimal.parse(""), null);
  assert.equal(Decimal.parse("0x1A"), null);
  assert.throws(() => Decimal.fromString("x"));
});

test("Decimal.fromNumber goes through Java's Double.toString digits", () => {
  assert.equal(Decimal.fromNumber(0.1).toString(), "0.1");
  assert.equal(Decimal.fromNumber(1e-7).toString(), "0.00000010"); // BigDecimal("1.0E-7")
  assert.equal(Decimal.fromNumber(1.5e10).toString(), "15000000000");
  assert.equal(Decimal.fromNumber(-2.5).toString(), "-2.5");
  assert.equal(Decimal.fromNumber(Math.fround(0.1)).toString(), "0.10000000149011612");
  assert.throws(() => Decimal.fromNumber(NaN));
});

test("Decimal precision, compare, equals", () => {
  assert.equal(Decimal.fromString("123.45").precision(), 5);
  assert.equal(Decimal.fromString("0.001").precision(), 1);
  assert.deepEqual(Decimal.fromString("0.001").typePrecisionScale(), { precision: 3, scale: 3 });
  assert.equal(Decimal.fromString("0").precision(), 1);
  assert.equal(Decimal.fromString("1.50").compare(Decimal.fromString("1.5")), 0);
  assert.ok(Decimal.fromString("1.50").equals(Decimal.fromString("1.5")));
  assert.equal(Decimal.fromString("-2").compare(Decimal.fromString("1.999")), -1);
  assert.equal(Decimal.fromString("10").compare(Decimal.fromString("9.99999")), 1);
  assert.equal(digitCount(10n ** 37n), 38);
  assert.equal(digitCount(10n ** 38n - 1n), 38);
  assert.equal(digitCount(-999n), 3);
});

test("rounding modes: HALF_UP (round) and HALF_EVEN (bround) as Spark", () => {
  // round(2.5)=3, bround(2.5)=2, round(-2.5)=-3, bround(-3.5)=-4 (checked in PySpark)
  assert.equal(roundUnscaled(25n, 1, 0, "HALF_UP"), 3n);
  assert.equal(roundUnscaled(25n, 1, 0, "HALF_EVEN"), 2n);
  assert.equal(roundUnscaled(-25n, 1, 0, "HALF_UP"), -3n);
  assert.equal(roundUnscaled(-35n, 1, 0, "HALF_EVEN"), -4n);
  assert.equal(roundUnscaled(-24n, 1, 0, "HALF_UP"), -2n);
  assert.equal(roundUnscaled(15n, 1, 0, "FLOOR"), 1n);
  assert.equal(roundUnscaled(-15n, 1, 0, "FLOOR"), -2n);
  assert.equal(roundUnscaled(-15n, 1, 0, "CEILING"), -1n);
  assert.equal(roundUnscaled(12n, 0, 2), 1200n);
  assert.equal(Decimal.fromString("1.005").setScale(2).toString(), "1.01");
  assert.equal(Decimal.fromString("12345.678").toPrecision(5, 2), null);
  assert.equal(Decimal.fromString("123.455").toPrecision(5, 2)!.toString(), "123.46");
});

function parseType(s: string): DataType {
  const m = /^decimal\((\d+),(\d+)\)$/.exec(s);
  if (m) return DecimalType(Number(m[1]), Number(m[2]));
  return { tinyint: ByteType(), smallint: ShortType(), int: IntegerType(), bigint: LongType() }[s]!;
}

test("decimal result types match Spark for every operator over a type matrix", () => {
  const lines = readFileSync(join(here, "fixtures/spark-decimal-result-types.txt"), "utf8").split("\n");
  let n = 0;
  for (const line of lines) {
    if (!line || line.startsWith("#")) continue;
    const [lhs, expected] = line.split(" => ");
    const [a, op, b] = lhs!.split(" ");
    const ta = decimalForType(parseType(a!))!;
    const tb = decimalForType(parseType(b!))!;
    const t = decimalResultType(op as DecimalArithmeticOp, ta, tb);
    assert.equal(`decimal(${t.precision},${t.scale})`, expected, line);
    n++;
  }
  assert.ok(n > 1000);
});

test("decimal arithmetic values match Spark on 1500 random cases", () => {
  const lines = readFileSync(join(here, "fixtures/spark-decimal-arithmetic.txt"), "utf8").split("\n");
  let n = 0;
  for (const line of lines) {
    if (!line || line.startsWith("#")) continue;
    const [lhs, rhs] = line.split(" => ");
    const [p1, s1, u1, op, p2, s2, u2] = lhs!.split(" ");
    const [rt, val] = rhs!.split(" ");
    const b = bindDecimalArithmetic(op as DecimalArithmeticOp, DecimalType(+p1!, +s1!), DecimalType(+p2!, +s2!), {
      failOnError: false,
    });
    assert.equal(`decimal(${b.resultType.precision},${b.resultType.scale})`, rt, line);
    const r = b.kernel(BigInt(u1!), BigInt(u2!));
    if (val === "null") assert.equal(r, null, line);
    else {
      assert.notEqual(r, null, line);
      assert.ok(Decimal.fromString(val!).equals(new Decimal(r!, b.resultType.scale)), `${line} got ${unscaledToString(r!, b.resultType.scale)}`);
    }
    n++;
  }
  assert.equal(n, 1500);
});

test("decimal arithmetic: known Spark values and ANSI errors", () => {
  const d = (p: number, s: number) => DecimalType(p, s);
  const div = bindDecimalArithmetic("/", d(10, 0), d(10, 0), { failOnError: true });
  assert.deepEqual(div.resultType, d(21, 11));
  assert.equal(unscaledToString(div.kernel(2n, 3n)!, 11), "0.66666666667");
  const div2 = bindDecimalArithmetic("/", d(5, 2), d(5, 0), { failOnError: true });
  assert.equal(unscaledToString(div2.kernel(-105n, 2n)!, div2.resultType.scale), "-0.52500000");
  const mod = bindDecimalArithmetic("%", d(5, 1), d(5, 0), { failOnError: true });
  assert.equal(unscaledToString(mod.kernel(-75n, 2n)!, mod.resultType.scale), "-1.5");
  const pmod = bindDecimalArithmetic("pmod", d(5, 1), d(5, 0), { failOnError: true });
  assert.equal(unscaledToString(pmod.kernel(-75n, 2n)!, pmod.resultType.scale), "0.5");
  const add = bindDecimalArithmetic("+", d(38, 0), d(38, 0), { failOnError: true });
  assert.throws(
    () => add.kernel(10n ** 38n - 1n, 1n),
    (e: unknown) =>
      e instanceof SparkArithmeticException &&
      e.message ===
        '[NUMERIC_VALUE_OUT_OF_RANGE.WITH_SUGGESTION]  100000000000000000000000000000000000000 cannot be represented as Decimal(38, 0). If necessary set "spark.sql.ansi.enabled" to "false" to bypass this error, and return NULL instead. SQLSTATE: 22003',
  );
  const tryAdd = bindDecimalArithmetic("+", d(38, 0), d(38, 0), { failOnError: false });
  assert.equal(tryAdd.kernel(10n ** 38n - 1n, 1n), null);
  assert.throws(() => div.kernel(1n, 0n), /\[DIVIDE_BY_ZERO\] Division by zero\. Use `try_divide`/);
  assert.throws(() => mod.kernel(1n, 0n), /\[REMAINDER_BY_ZERO\] Remainder by zero\. Use `try_mod`/);
  assert.equal(bindDecimalArithmetic("/", d(10, 0), d(10, 0), { failOnError: false }).kernel(1n, 0n), null);
  const big = bindDecimalArithmetic("/", d(38, 0), d(2, 1), { failOnError: true });
  assert.throws(() => big.kernel(10n ** 38n - 1n, 1n), /999999999999999999999999999999999999990\.0+ cannot be represented as Decimal\(38, 6\)/);
});

test("type helpers: forType, literal types, adjust, wider", () => {
  assert.deepEqual(decimalForType(ByteType()), DecimalType(3, 0));
  assert.deepEqual(decimalForType(ShortType()), DecimalType(5, 0));
  assert.deepEqual(decimalForType(IntegerType()), DecimalType(10, 0));
  assert.deepEqual(decimalForType(LongType()), DecimalType(20, 0));
  assert.deepEqual(decimalForType(FloatType()), DecimalType(14, 7));
  assert.deepEqual(decimalForType(DoubleType()), DecimalType(30, 15));
  assert.equal(decimalForType(StringType()), null);
  // typeof(1.5) = decimal(2,1), typeof(0.00001) = decimal(5,5), typeof(123.4500) = decimal(7,4)
  assert.deepEqual(decimalTypeOfLiteral(15n, 1), DecimalType(2, 1));
  assert.deepEqual(decimalTypeOfLiteral(1n, 5), DecimalType(5, 5));
  assert.deepEqual(decimalTypeOfLiteral(1234500n, 4), DecimalType(7, 4));
  assert.deepEqual(adjustPrecisionScale(77, 39), DecimalType(38, 6));
  assert.deepEqual(widerDecimalType(DecimalType(10, 2), DecimalType(5, 4)), DecimalType(12, 4));
});
