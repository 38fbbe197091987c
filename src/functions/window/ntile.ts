// ntile(n): splits the ordered partition into n buckets numbered 1..n whose sizes differ by at
// most one, the larger buckets first (INT NOT NULL). n must be a constant in (0, 2^31 - 1].
import { constantInt, defineWindow, valueOutOfRange } from "./window-helpers.js";
import { IntegerType } from "../../types/data-type.js";
import { unexpectedType } from "../misc/bind-helpers.js";

export const ntile = defineWindow({
  name: "ntile",
  minArgs: 1,
  bind: (args, _ctx, name) => {
    if (args[0]!.dataType.kind === "null") throw unexpectedType(name, args, 0, '"INT"'); // ntile(NULL): VOID is not INT
    const buckets = constantInt(name, args, 0, "buckets", IntegerType());
    if (!(buckets > 0 && buckets <= 2147483647)) {
      throw valueOutOfRange(name, args, "buckets", "(0, 2147483647]", String(buckets));
    }
    return {
      returnType: IntegerType(),
      nullable: false,
      inputTypes: [IntegerType()],
      evaluatePartition(_args, n, _peers, out) {
        const size = Math.floor(n / buckets);
        const extra = n % buckets; // the first `extra` buckets hold size + 1 rows
        let i = 0;
        for (let b = 1; b <= buckets && i < n; b++) {
          const rows = size + (b <= extra ? 1 : 0);
          for (let k = 0; k < rows; k++) out[i++] = b;
        }
      },
    };
  },
});
