// mode(x [, deterministic]): the most frequent non-null value; NULL over no rows. Among values
// with equal counts, deterministic = true picks the smallest (as Spark); otherwise we pick the
// first seen (Spark's pick follows its hash map and is unspecified).
import { defineAggregate } from "./agg-helpers.js";
import { canonicalKey, compareInternal } from "../../values/internal.js";
import { BooleanType } from "../../types/data-type.js";
import { unexpectedType } from "../misc/bind-helpers.js";

interface Acc {
  counts: Map<unknown, { value: unknown; n: number }>;
}

export const mode = defineAggregate({
  name: "mode",
  minArgs: 1,
  maxArgs: 2,
  bind: (args, _c, _d, name) => {
    const t = args[0]!.dataType;
    let deterministic = false;
    if (args.length === 2) {
      const a = args[1]!;
      if (a.dataType.kind !== "boolean" || !a.foldable) throw unexpectedType(name, args, 1, '"BOOLEAN"');
      deterministic = a.value === true;
    }
    const add = (s: Acc, v: unknown, n: number): void => {
      const k = canonicalKey(v, t);
      const e = s.counts.get(k);
      if (e) e.n += n;
      else s.counts.set(k, { value: v, n });
    };
    return {
      returnType: t,
      nullable: true,
      inputTypes: args.length === 2 ? [t, BooleanType()] : [t],
      skipNulls: false,
      init: (): Acc => ({ counts: new Map() }),
      update: (acc: unknown, a) => {
        if (a[0] !== null && a[0] !== undefined) add(acc as Acc, a[0], 1);
        return acc;
      },
      merge: (a: unknown, b: unknown) => {
        const r: Acc = { counts: new Map() };
        for (const e of (a as Acc).counts.values()) add(r, e.value, e.n);
        for (const e of (b as Acc).counts.values()) add(r, e.value, e.n);
        return r;
      },
      finish: (acc: unknown) => {
        let best: { value: unknown; n: number } | null = null;
        for (const e of (acc as Acc).counts.values()) {
          if (!best || e.n > best.n || (deterministic && e.n === best.n && compareInternal(e.value, best.value, t) < 0)) best = e;
        }
        return best ? best.value : null;
      },
    };
  },
});
