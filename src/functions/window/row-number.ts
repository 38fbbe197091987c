// row_number(): 1, 2, 3, ... in the window's order (INT NOT NULL).
import { defineWindow } from "./window-helpers.js";
import { IntegerType } from "../../types/data-type.js";

export const rowNumber = defineWindow({
  name: "row_number",
  minArgs: 0,
  bind: () => ({
    returnType: IntegerType(),
    nullable: false,
    evaluatePartition(_args, n, _peers, out) {
      for (let i = 0; i < n; i++) out[i] = i + 1;
    },
  }),
});
