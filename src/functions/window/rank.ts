// rank() (gaps after ties), dense_rank() (no gaps) — INT NOT NULL — and percent_rank()
// = (rank - 1) / (rows - 1), 0 for a one-row partition (DOUBLE NOT NULL). Ties are the
// ORDER BY peer groups.
import { defineWindow } from "./window-helpers.js";
import { DoubleType, IntegerType } from "../../types/data-type.js";

export const rank = defineWindow({
  name: "rank",
  minArgs: 0,
  maxArgs: Infinity, // Spark's rank takes the ORDER BY expressions as hidden children
  bind: () => ({
    returnType: IntegerType(),
    nullable: false,
    evaluatePartition(_args, n, peers, out) {
      let r = 0;
      for (let i = 0; i < n; i++) {
        if (peers[i] || i === 0) r = i + 1;
        out[i] = r;
      }
    },
  }),
});

export const denseRank = defineWindow({
  name: "dense_rank",
  minArgs: 0,
  maxArgs: Infinity,
  bind: () => ({
    returnType: IntegerType(),
    nullable: false,
    evaluatePartition(_args, n, peers, out) {
      let r = 0;
      for (let i = 0; i < n; i++) {
        if (peers[i] || i === 0) r++;
        out[i] = r;
      }
    },
  }),
});

export const percentRank = defineWindow({
  name: "percent_rank",
  minArgs: 0,
  maxArgs: Infinity,
  bind: () => ({
    returnType: DoubleType(),
    nullable: false,
    evaluatePartition(_args, n, peers, out) {
      let r = 0;
      for (let i = 0; i < n; i++) {
        if (peers[i] || i === 0) r = i + 1;
        out[i] = n > 1 ? (r - 1) / (n - 1) : 0;
      }
    },
  }),
});
