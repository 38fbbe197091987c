// Nested columns: plans how a requested Spark type is read from a Parquet subtree (Spark's
// 3-level lists and maps, legacy 2-level lists, repeated fields, pruned or missing struct
// fields) and reassembles rows from the leaves' repetition/definition levels (Dremel record
// assembly). Values come out as internal values (unknown[] for arrays and structs, MapData).

import type { DataType } from "../../../types/data-type.js";
import type { ColumnVector } from "../../../exec/batch/column-vector.js";
import { getValue } from "../../../exec/batch/access.js";
import { MapData } from "../../../values/map-data.js";
import { Repetition } from "./metadata.js";
import { isListAnnotated, repeatedIsElement, type GroupNode, type PrimitiveNode, type SchemaNode } from "./schema-tree.js";
import { ColumnTypeMismatch } from "./leaf-vector.js";

/** How one requested value is read. `leaves` index into ReadPlan.leaves. */
export type Assembly =
  | { readonly k: "leaf"; readonly def: number; readonly optional: boolean; readonly leaf: number }
  | { readonly k: "struct"; readonly def: number; readonly optional: boolean; readonly first: number; readonly fields: readonly (Assembly | null)[] }
  | {
      readonly k: "list" | "map";
      readonly def: number;
      readonly optional: boolean;
      readonly first: number;
      /** Definition level reached when the list has at least one element. */
      readonly elemDef: number;
      /** Repetition level that starts a new element of this list. */
      readonly rep: number;
      readonly element: Assembly;
      readonly value: Assembly | null;
    }
  | { readonly k: "missing" };

export interface LeafRef {
  readonly node: PrimitiveNode;
  readonly type: DataType;
}

/** Finds a child by name: exact match first, then case-insensitive (Spark's default). */
export function findChild(g: GroupNode, name: string): SchemaNode | undefined {
  return g.children.find((c) => c.name === name) ?? g.children.find((c) => c.name.toLowerCase() === name.toLowerCase());
}

const firstLeafOf = (a: Assembly): number => (a.k === "leaf" ? a.leaf : a.k === "missing" ? -1 : a.first);

class Planner {
  readonly leaves: LeafRef[] = [];

  constructor(readonly columnName: string) {}

  private mismatch(node: SchemaNode, type: DataType): never {
    throw new ColumnTypeMismatch(node.path.join("."), type, node.kind === "group" ? "group" : "primitive");
  }

  /** A node read as `type` (a repeated node is read as a non-null array of itself). */
  plan(node: SchemaNode, type: DataType): Assembly {
    const optional = node.repetition === Repetition.OPTIONAL;
    if (node.repetition === Repetition.REPEATED) {
      if (type.kind !== "array") return this.mismatch(node, type);
      const element = this.asElement(node, type.elementType);
      return this.listOf("list", node.maxDef - 1, false, node, element, null);
    }
    if (node.kind === "primitive") {
      if (type.kind === "array" || type.kind === "map" || type.kind === "struct") return this.mismatch(node, type);
      this.leaves.push({ node, type });
      return { k: "leaf", def: node.maxDef, optional, leaf: this.leaves.length - 1 };
    }
    if (type.kind === "array") {
      const rep = node.children.length === 1 ? node.children[0]! : undefined;
      if (!rep || rep.repetition !== Repetition.REPEATED || !isListAnnotated(node) && rep.kind !== "group") return this.mismatch(node, type);
      const element = repeatedIsElement(rep, node.name) ? this.asElement(rep, type.elementType) : this.plan((rep as GroupNode).children[0]!, type.elementType);
      return this.listOf("list", node.maxDef, optional, rep, element, null);
    }
    if (type.kind === "map") {
      const kv = node.children.length === 1 ? node.children[0]! : undefined;
      if (!kv || kv.kind !== "group" || kv.repetition !== Repetition.REPEATED || kv.children.length < 1) return this.mismatch(node, type);
      const key = this.plan(kv.children[0]!, type.keyType);
      const value = kv.children[1] ? this.plan(kv.children[1], type.valueType) : null;
      return this.listOf("map", node.maxDef, optional, kv, key, value);
    }
    if (type.kind === "struct") return this.struct(node, type, node.maxDef, optional);
    return this.mismatch(node, type);
  }

  private struct(node: GroupNode, type: DataType & { kind: "struct" }, def: number, optional: boolean): Assembly {
    const fields = type.fields.map((f) => {
      const child = findChild(node, f.name);
      return child ? this.plan(child, f.dataType) : null;
    });
    const present = fields.find((f) => f !== null && f.k !== "missing");
    if (!present) return { k: "missing" };
    return { k: "struct", def, optional, first: firstLeafOf(present), fields };
  }

  /** A repeated node as the element of a list: present whenever reached. */
  private asElement(node: SchemaNode, type: DataType): Assembly {
    if (node.kind === "primitive") {
      if (type.kind === "array" || type.kind === "map" || type.kind === "struct") return this.mismatch(node, type);
      this.leaves.push({ node, type });
      return { k: "leaf", def: node.maxDef, optional: false, leaf: this.leaves.length - 1 };
    }
    if (type.kind !== "struct") return this.mismatch(node, type);
    return this.struct(node, type, node.maxDef, false);
  }

  private listOf(k: "list" | "map", def: number, optional: boolean, repeated: SchemaNode, element: Assembly, value: Assembly | null): Assembly {
    const first = firstLeafOf(element) >= 0 ? firstLeafOf(element) : value ? firstLeafOf(value) : -1;
    if (first < 0) return { k: "missing" };
    return { k, def, optional, first, elemDef: repeated.maxDef, rep: repeated.maxRep, element, value };
  }
}

/** Plans reading top-level field `node` as `type`; the leaves to decode come with it. */
export function planAssembly(node: SchemaNode, type: DataType): { assembly: Assembly; leaves: LeafRef[] } {
  const p = new Planner(node.name);
  const assembly = p.plan(node, type);
  return { assembly, leaves: p.leaves };
}

/** Decoded leaves: levels plus dense values as vectors of the requested leaf types. */
export interface AssemblyLeaf {
  readonly def: Uint8Array | null;
  readonly rep: Uint8Array | null;
  readonly numLevels: number;
  readonly values: ColumnVector;
}

/** Reassembles `numRows` rows of a nested column. */
export function assembleRows(assembly: Assembly, leaves: readonly AssemblyLeaf[], numRows: number): unknown[] {
  const level = new Int32Array(leaves.length);
  const value = new Int32Array(leaves.length);
  const defAt = (l: number): number => {
    const d = leaves[l]!.def;
    return d === null ? 0 : d[level[l]!]!;
  };
  const skip = (a: Assembly): void => {
    switch (a.k) {
      case "leaf":
        level[a.leaf]!++;
        return;
      case "struct":
        for (const f of a.fields) if (f) skip(f);
        return;
      case "list":
      case "map":
        skip(a.element);
        if (a.value) skip(a.value);
        return;
      case "missing":
        return;
    }
  };
  const read = (a: Assembly): unknown => {
    if (a.k === "missing") return null;
    const first = a.k === "leaf" ? a.leaf : a.first;
    if (level[first]! >= leaves[first]!.numLevels) throw new Error("nested column levels end before all rows were read");
    const d = defAt(first);
    if (a.optional && d < a.def) {
      skip(a);
      return null;
    }
    switch (a.k) {
      case "leaf": {
        level[a.leaf]!++;
        return getValue(leaves[a.leaf]!.values, value[a.leaf]!++);
      }
      case "struct":
        return a.fields.map((f) => (f ? read(f) : null));
      case "list":
      case "map": {
        if (d < a.elemDef) {
          skip(a);
          return a.k === "map" ? new MapData([], []) : [];
        }
        const rep = leaves[first]!.rep!;
        const n = leaves[first]!.numLevels;
        const keys: unknown[] = [];
        const vals: unknown[] = [];
        do {
          keys.push(read(a.element));
          if (a.k === "map") vals.push(a.value ? read(a.value) : null);
        } while (level[first]! < n && rep[level[first]!]! >= a.rep && rep[level[first]!]! === a.rep);
        return a.k === "map" ? new MapData(keys, vals) : keys;
      }
    }
  };
  const out = new Array<unknown>(numRows);
  for (let r = 0; r < numRows; r++) out[r] = read(assembly);
  return out;
}
