// format_string / printf: a subset of java.util.Formatter — %[index$][flags][width][.precision]
// conversion with conversions s S d x X o e E f g G c b B h % n and flags - 0 + space , ( #.
import { defineScalar, expectString, unexpectedType } from "../misc/bind-helpers.js";
import { StringType, type DataType } from "../../types/data-type.js";
import { formatDouble, formatFloat } from "../../values/java-format.js";
import { decimalText, javaDecimalOf, rescale } from "../math/decimal-digits.js";

const SPEC = /%(\d+\$)?([-#+ 0,(<]*)?(\d+)?(\.\d+)?([a-zA-Z%])/g;

/** Java's String.valueOf of an internal value of type t (what %s prints). */
export function javaString(v: unknown, t: DataType): string {
  if (v === null || v === undefined) return "null";
  switch (t.kind) {
    case "double":
      return formatDouble(v as number);
    case "float":
      return formatFloat(v as number);
    case "decimal":
      return decimalText(v as bigint, t.scale);
    case "array":
      return "[" + (v as unknown[]).map((x) => javaString(x, t.elementType)).join(",") + "]";
    default:
      return String(v);
  }
}

function group(intPart: string): string {
  return intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

function fixed(x: number | bigint, t: DataType, prec: number): { neg: boolean; text: string } {
  let unscaled: bigint;
  let scale: number;
  if (typeof x === "bigint") {
    unscaled = x;
    scale = t.kind === "decimal" ? t.scale : 0;
  } else {
    ({ unscaled, scale } = javaDecimalOf(x));
  }
  const r = rescale(unscaled, scale, prec, "HALF_UP");
  const neg = unscaled < 0n || (typeof x === "number" && Object.is(x, -0));
  return { neg, text: decimalText(r < 0n ? -r : r, prec) };
}

function scientific(x: number, prec: number, upper: boolean): { neg: boolean; text: string } {
  const { unscaled, scale } = javaDecimalOf(x);
  const neg = unscaled < 0n;
  const abs = neg ? -unscaled : unscaled;
  if (abs === 0n) return { neg, text: (prec > 0 ? "0." + "0".repeat(prec) : "0") + (upper ? "E+00" : "e+00") };
  const digits = abs.toString();
  let exp = digits.length - 1 - scale;
  let r = rescale(abs, digits.length - 1, prec, "HALF_UP");
  if (r.toString().length > prec + 1) {
    r /= 10n;
    exp++;
  }
  const s = r.toString();
  const mant = prec > 0 ? s[0] + "." + s.slice(1) : s;
  const e = (exp < 0 ? "-" : "+") + String(Math.abs(exp)).padStart(2, "0");
  return { neg, text: mant + (upper ? "E" : "e") + e };
}

/** Spark lets java.util.IllegalFormatException through unwrapped; we keep its message. */
function fail(msg: string): never {
  throw new IllegalFormatError(msg);
}

export class IllegalFormatError extends Error {
  override readonly name = "IllegalArgumentException";
}

export function formatJava(fmt: string, values: readonly unknown[], types: readonly DataType[]): string {
  let ordinary = 0;
  let last = -1;
  return fmt.replace(SPEC, (_m, idx: string | undefined, flags = "", width: string | undefined, precision: string | undefined, conv: string) => {
    if (conv === "%") return pad("%", flags, width);
    if (conv === "n") return "\n";
    let i: number;
    if (flags.includes("<")) i = last;
    else if (idx) i = parseInt(idx, 10) - 1;
    else i = ordinary++;
    last = i;
    if (i < 0 || i >= values.length) fail(`Format specifier '${_m}'`);
    const v = values[i];
    const t = types[i]!;
    const prec = precision ? parseInt(precision.slice(1), 10) : -1;
    let body: string;
    let neg = false;
    let numeric = false;
    const lower = conv.toLowerCase();
    if (v === null && lower !== "b") {
      body = "null";
    } else {
      switch (lower) {
        case "s":
          body = javaString(v, t);
          if (prec >= 0) body = body.slice(0, prec);
          break;
        case "b":
          body = v === null ? "false" : typeof v === "boolean" ? String(v) : "true";
          break;
        case "h":
          body = javaString(v, t).length.toString(16);
          break;
        case "c":
          body = typeof v === "number" ? String.fromCodePoint(v) : String(v).slice(0, 1);
          break;
        case "d": {
          if (typeof v !== "bigint" && !(typeof v === "number" && isIntegralType(t))) {
            fail(`d != ${javaClass(t)}`);
          }
          const b = BigInt(v as number | bigint);
          neg = b < 0n;
          body = (neg ? -b : b).toString();
          if (flags.includes(",")) body = group(body);
          numeric = true;
          break;
        }
        case "x":
        case "o": {
          if (!isIntegralType(t)) fail(`${conv} != ${javaClass(t)}`);
          const bits = t.kind === "long" ? 64 : t.kind === "integer" ? 32 : t.kind === "short" ? 16 : 8;
          const u = BigInt.asUintN(bits, BigInt(v as number | bigint));
          body = u.toString(lower === "x" ? 16 : 8);
          if (flags.includes("#")) body = (lower === "x" ? "0x" : "0") + body;
          break;
        }
        case "f":
        case "e":
        case "g": {
          if (!(t.kind === "double" || t.kind === "float" || t.kind === "decimal")) fail(`${conv} != ${javaClass(t)}`);
          const x = v as number | bigint;
          if (typeof x === "number" && !Number.isFinite(x)) {
            body = Number.isNaN(x) ? "NaN" : x > 0 ? "Infinity" : "-Infinity";
            if (x < 0) {
              neg = true;
              body = "Infinity";
            }
          } else if (lower === "e") {
            const num = typeof x === "bigint" ? Number(decimalText(x, (t as { scale: number }).scale)) : x;
            ({ neg, text: body } = scientific(num, prec < 0 ? 6 : prec, conv === "E"));
          } else {
            ({ neg, text: body } = fixed(x, t, prec < 0 ? 6 : prec));
            if (flags.includes(",")) {
              const [a, b] = body.split(".");
              body = group(a!) + (b !== undefined ? "." + b : "");
            }
          }
          numeric = true;
          break;
        }
        default:
          fail(`Conversion = '${conv}'`);
      }
    }
    if (numeric) {
      let sign = neg ? "-" : flags.includes("+") ? "+" : flags.includes(" ") ? " " : "";
      if (neg && flags.includes("(")) {
        sign = "(";
        body += ")";
      }
      if (flags.includes("0") && width && !flags.includes("-")) {
        body = body.padStart(parseInt(width, 10) - sign.length, "0");
      }
      body = sign + body;
    }
    if (conv === conv.toUpperCase() && conv !== "%" && lower !== "e" && lower !== "g") body = body.toUpperCase();
    return pad(body, flags, width);
  });
}

function pad(s: string, flags: string, width: string | undefined): string {
  if (!width) return s;
  const w = parseInt(width, 10);
  return flags.includes("-") ? s.padEnd(w, " ") : s.padStart(w, " ");
}

const isIntegralType = (t: DataType): boolean =>
  t.kind === "byte" || t.kind === "short" || t.kind === "integer" || t.kind === "long";

function javaClass(t: DataType): string {
  const names: Partial<Record<DataType["kind"], string>> = {
    double: "java.lang.Double",
    float: "java.lang.Float",
    string: "org.apache.spark.unsafe.types.UTF8String",
    decimal: "org.apache.spark.sql.types.Decimal",
    boolean: "java.lang.Boolean",
    integer: "java.lang.Integer",
    long: "java.lang.Long",
  };
  return names[t.kind] ?? t.kind;
}

export const formatString = defineScalar({
  name: "format_string",
  aliases: ["printf"],
  minArgs: 1,
  maxArgs: Infinity,
  bind: (args, _ctx, name) => {
    if (args[0]!.dataType.kind !== "string" && args[0]!.dataType.kind !== "null") {
      expectString(name, args, 0);
    }
    const types = args.slice(1).map((a) => a.dataType);
    for (let i = 1; i < args.length; i++) {
      if (args[i]!.dataType.kind === "map" || args[i]!.dataType.kind === "struct") {
        throw unexpectedType(name, args, i, '"ATOMIC"');
      }
    }
    return {
      returnType: StringType(),
      nullable: args[0]!.nullable,
      nullIntolerant: false,
      inputTypes: [StringType(), ...types],
      kernel: (fmt: string | null, ...xs: unknown[]) => (fmt === null ? null : formatJava(fmt, xs, types)),
    };
  },
});
