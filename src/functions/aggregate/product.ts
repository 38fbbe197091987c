// product(x): the product of the non-null values as DOUBLE (PySpark's F.product; Spark SQL has
// no `product` function name, the DataFrame API reaches it through this registry entry).
import { defineAggregate, doubleInput, valueAggregate } from "./agg-helpers.js";
import { DoubleType } from "../../types/data-type.js";

export const product = defineAggregate({
  name: "product",
  minArgs: 1,
  bind: (args, _c, _d, name) => {
    doubleInput(name, args, 0);
    return valueAggregate({
      returnType: DoubleType(),
      nullable: true,
      inputTypes: [DoubleType()],
      init: () => null,
      update: (acc: number | null, a) => (acc === null ? (a[0] as number) : acc * (a[0] as number)),
      merge: (a: number | null, b: number | null) => (a === null ? b : b === null ? a : a * b),
    });
  },
});
