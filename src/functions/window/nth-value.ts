// nth_value(x, n [, ignoreNulls]): x at the n-th row of the frame. Spark evaluates it over the
// window frame; the window operator calls ranking/offset functions once per partition, so we
// use the frame Spark uses by default with ORDER BY — RANGE BETWEEN UNBOUNDED PRECEDING AND
// CURRENT ROW (the partition start through the current row's last peer). Without ORDER BY every
// row is a peer, giving the whole partition, also as Spark. Explicit frames are not honoured.
import { constantInt, defineWindow, peerEnds, valueOutOfRange } from "./window-helpers.js";
import { BooleanType, LongType, type DataType } from "../../types/data-type.js";
import { unexpectedType } from "../misc/bind-helpers.js";

export const nthValue = defineWindow({
  name: "nth_value",
  minArgs: 2,
  maxArgs: 3,
  bind: (args, _ctx, name) => {
    const t = args[0]!.dataType;
    const nth = constantInt(name, args, 1, "offset", LongType());
    if (!(nth > 0)) throw valueOutOfRange(name, args, "offset", "(0, 9223372036854775807]", `${nth}L`);
    let ignoreNulls = false;
    const inputTypes: DataType[] = [t, LongType()];
    if (args.length === 3) {
      const a = args[2]!;
      if (a.dataType.kind !== "boolean" || !a.foldable) throw unexpectedType(name, args, 2, '"BOOLEAN"');
      ignoreNulls = a.value === true;
      inputTypes.push(BooleanType());
    }
    return {
      returnType: t,
      nullable: true,
      inputTypes,
      evaluatePartition(a, n, peers, out) {
        const xs = a[0]!;
        const end = peerEnds(peers, n);
        // index of the nth (non-null) row of the partition, or n when there is none
        let at = n;
        if (!ignoreNulls) at = nth - 1 < n ? nth - 1 : n;
        else {
          let seen = 0;
          for (let i = 0; i < n; i++) {
            if (xs[i] !== null && xs[i] !== undefined && ++seen === nth) {
              at = i;
              break;
            }
          }
        }
        for (let i = 0; i < n; i++) out[i] = at <= end[i]! ? (xs[at] ?? null) : null;
      },
    };
  },
});
