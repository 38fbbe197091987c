// Internal values (literals, local rows, subquery values) on their way to a worker thread:
// structured clone drops class prototypes, so MapData is boxed here and the project's value
// classes through the runtime's wire encoding.

import { MapData } from "../../values/map-data.js";
import { fromWire, toWire } from "../../runtime/serde/wire.js";

const MAP_TAG = "\u0000faisca.map";

export function encodeInternal(v: unknown): unknown {
  if (typeof v !== "object" || v === null) return v;
  if (v instanceof MapData) return { [MAP_TAG]: true, k: v.keys.map(encodeInternal), v: v.values.map(encodeInternal) };
  if (Array.isArray(v)) return v.map(encodeInternal);
  return toWire(v);
}

export function decodeInternal(v: unknown): unknown {
  if (typeof v !== "object" || v === null) return v;
  if (ArrayBuffer.isView(v)) return v;
  if (Array.isArray(v)) return v.map(decodeInternal);
  const o = v as Record<string, unknown>;
  if (o[MAP_TAG] === true) return new MapData((o.k as unknown[]).map(decodeInternal), (o.v as unknown[]).map(decodeInternal));
  return fromWire(v);
}
