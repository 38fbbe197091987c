// cume_dist(): the fraction of partition rows ordered at or before the current row's peer
// group, (last peer index + 1) / rows (DOUBLE NOT NULL).
import { defineWindow, peerEnds } from "./window-helpers.js";
import { DoubleType } from "../../types/data-type.js";

export const cumeDist = defineWindow({
  name: "cume_dist",
  minArgs: 0,
  bind: () => ({
    returnType: DoubleType(),
    nullable: false,
    evaluatePartition(_args, n, peers, out) {
      const end = peerEnds(peers, n);
      for (let i = 0; i < n; i++) out[i] = (end[i]! + 1) / n;
    },
  }),
});
