import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, mkdtempSync } from "node:fs";
import { execFileSync, spawnSync } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { formatDouble, formatFloat } from "../../src/values/java-format.js";
import { sampleValues, doubleHex, floatHex, doubleFromHex, floatFromHex } from "./java-format-cases.js";

const here = new URL(".", import.meta.url).pathname;

test("formatDouble: well-known Java 17 outputs", () => {
  const cases: [number, string][] = [
    [1, "1.0"], [100, "100.0"], [1e10, "1.0E10"], [1.234e-5, "1.234E-5"], [NaN, "NaN"],
    [Infinity, "Infinity"], [-Infinity, "-Infinity"], [-0, "-0.0"], [0, "0.0"], [0.1, "0.1"],
    [1e7, "1.0E7"], [9999999, "9999999.0"], [0.001, "0.001"], [0.0001, "1.0E-4"],
    [1e23, "9.999999999999999E22"], // Java 17's FloatingDecimal; JDK 19+ prints 1.0E23
    [2 ** 62, "4.6116860184273879E18"], // whole numbers keep an extra digit in Java 17
    [Number.MAX_VALUE, "1.7976931348623157E308"], [Number.MIN_VALUE, "4.9E-324"], [-1.5, "-1.5"],
  ];
  for (const [x, s] of cases) assert.equal(formatDouble(x), s, `Double.toString(${x})`);
});

test("formatFloat: float-precision digits", () => {
  assert.equal(formatFloat(Math.fround(0.1)), "0.1");
  assert.equal(formatFloat(0.1), "0.1");
  assert.equal(formatFloat(1e10), "1.0E10");
  assert.equal(formatFloat(3.4028234663852886e38), "3.4028235E38");
  assert.equal(formatFloat(1.4e-45), "1.4E-45");
  assert.equal(formatFloat(-0), "-0.0");
  assert.equal(formatFloat(NaN), "NaN");
  assert.equal(formatFloat(16777216), "1.6777216E7");
});

test("formatDouble/formatFloat match the recorded Java 17 fixture", () => {
  const lines = readFileSync(join(here, "fixtures/java17-tostring.txt"), "utf8").split("\n");
  let n = 0;
  for (const line of lines) {
    if (!line || line.startsWith("#")) continue;
    const [kind, hex, expected] = line.split(" ");
    const got = kind === "d" ? formatDouble(doubleFromHex(hex!)) : formatFloat(floatFromHex(hex!));
    assert.equal(got, expected, `${kind} ${hex}`);
    n++;
  }
  assert.ok(n > 10000);
});

const hasJava = spawnSync("javac", ["-version"]).status === 0;

test("formatDouble/formatFloat match a live Java oracle", { skip: hasJava ? false : "javac not on PATH" }, () => {
  const dir = mkdtempSync(join(tmpdir(), "jfo-"));
  execFileSync("javac", ["-d", dir, join(here, "oracle/JavaFormatOracle.java")]);
  const { doubles, floats } = sampleValues(30000, Date.now() % 100000);
  const input = doubles.map((d) => "d " + doubleHex(d)).concat(floats.map((f) => "f " + floatHex(f)));
  const out = execFileSync("java", ["-cp", dir, "JavaFormatOracle"], { input: input.join("\n"), maxBuffer: 1 << 28 })
    .toString()
    .split("\n");
  doubles.forEach((d, i) => assert.equal(formatDouble(d), out[i], input[i]));
  floats.forEach((f, i) => assert.equal(formatFloat(f), out[doubles.length + i], input[doubles.length + i]));
});
