// rand([seed]) / random([seed]) uniform in [0, 1); randn([seed]) standard normal. Spark seeds
// XORShiftRandom with seed + partitionIndex per partition (see BoundScalar.perPartition).
import { SparkIllegalArgumentException } from "../../errors/spark-error.js";
import type { ArgInfo, BoundScalar } from "../function-definition.js";
import { defineScalar, unexpectedType } from "../misc/bind-helpers.js";
import { DoubleType, isIntegral } from "../../types/data-type.js";
import { XORShiftRandom } from "./xorshift-random.js";

function seedOf(name: string, args: readonly ArgInfo[]): bigint {
  if (args.length === 0) return BigInt(Math.floor(Math.random() * 2 ** 53)) - 2n ** 52n;
  const a = args[0]!;
  if (!a.foldable) {
    throw new SparkIllegalArgumentException("DATATYPE_MISMATCH.NON_FOLDABLE_INPUT", {
      sqlExpr: `"${name}(${a.sql ?? "?"})"`,
      inputName: "`seed`",
      inputType: '"INT" or "BIGINT"',
      inputExpr: `"${a.sql ?? "?"}"`,
    });
  }
  if (a.value === null || a.value === undefined) return 0n;
  if (!isIntegral(a.dataType) && a.dataType.kind !== "null") throw unexpectedType(name, args, 0, '("INT" or "BIGINT")');
  return BigInt(a.value as number | bigint);
}

function randDef(name: string, aliases: string[], draw: (r: XORShiftRandom) => number) {
  return defineScalar({
    name,
    aliases,
    minArgs: 0,
    maxArgs: 1,
    bind: (args, _ctx, fn): BoundScalar => {
      const seed = seedOf(fn, args);
      const perPartition = (partitionIndex: number) => {
        const rng = new XORShiftRandom(seed + BigInt(partitionIndex));
        return () => draw(rng);
      };
      return {
        returnType: DoubleType(),
        nullable: false,
        nullIntolerant: false,
        deterministic: false,
        inputTypes: [],
        kernel: perPartition(0),
        perPartition,
      };
    },
  });
}

export const rand = randDef("rand", ["random"], (r) => r.nextDouble());
export const randn = randDef("randn", [], (r) => r.nextGaussian());
