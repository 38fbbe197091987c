// Internal value of a MapType: parallel key and value arrays (Spark's MapData). Keys are
// unique and never null; entry order is insertion order (what Spark prints and collects).
export class MapData {
  constructor(
    readonly keys: unknown[],
    readonly values: unknown[],
  ) {
    if (keys.length !== values.length) {
      throw new Error(`MapData has ${keys.length} keys but ${values.length} values`);
    }
  }

  get size(): number {
    return this.keys.length;
  }
}
