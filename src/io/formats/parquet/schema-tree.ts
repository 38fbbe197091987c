// The Parquet schema as a tree (the footer stores it flattened, depth-first), with each node's
// maximum definition and repetition levels and each leaf's column index.

import { Repetition, type PhysicalType, type SchemaElement } from "./metadata.js";

interface NodeBase {
  readonly name: string;
  readonly repetition: Repetition;
  readonly element: SchemaElement;
  /** Definition level reached when this node is present (non-null). */
  readonly maxDef: number;
  /** Repetition level of this node (number of repeated ancestors, itself included). */
  readonly maxRep: number;
  /** Names from the root (excluded) to this node. */
  readonly path: readonly string[];
}

export interface PrimitiveNode extends NodeBase {
  readonly kind: "primitive";
  readonly physical: PhysicalType;
  /** Index of this leaf's column chunk in a row group. */
  readonly column: number;
}

export interface GroupNode extends NodeBase {
  readonly kind: "group";
  readonly children: readonly SchemaNode[];
}

export type SchemaNode = PrimitiveNode | GroupNode;

export class SchemaError extends Error {}

/** Rebuilds the tree from the flattened schema elements (element 0 is the root). */
export function buildSchemaTree(elements: readonly SchemaElement[]): GroupNode {
  if (elements.length === 0) throw new SchemaError("empty schema");
  let next = 0;
  let column = 0;
  const build = (parentDef: number, parentRep: number, path: readonly string[], isRoot: boolean, depth: number): SchemaNode => {
    if (next >= elements.length) throw new SchemaError("schema ends inside a group");
    if (depth > 100) throw new SchemaError("schema nested too deeply");
    const el = elements[next++]!;
    const repetition = isRoot ? Repetition.REQUIRED : (el.repetition ?? Repetition.OPTIONAL);
    const maxDef = parentDef + (repetition === Repetition.REQUIRED ? 0 : 1);
    const maxRep = parentRep + (repetition === Repetition.REPEATED ? 1 : 0);
    const myPath = isRoot ? [] : [...path, el.name];
    if (!isRoot && el.type !== undefined) {
      return { kind: "primitive", name: el.name, repetition, element: el, maxDef, maxRep, path: myPath, physical: el.type, column: column++ };
    }
    const children: SchemaNode[] = [];
    const count = el.numChildren ?? 0;
    if (count > elements.length - next) throw new SchemaError(`group ${el.name} claims ${count} children`);
    for (let i = 0; i < count; i++) children.push(build(maxDef, maxRep, myPath, false, depth + 1));
    return { kind: "group", name: el.name, repetition, element: el, maxDef, maxRep, path: myPath, children };
  };
  const root = build(0, 0, [], true, 0);
  if (root.kind !== "group") throw new SchemaError("schema root is not a group");
  return root;
}

/** Leaves under a node, in column order. */
export function leavesOf(node: SchemaNode, out: PrimitiveNode[] = []): PrimitiveNode[] {
  if (node.kind === "primitive") out.push(node);
  else for (const c of node.children) leavesOf(c, out);
  return out;
}

export const isListAnnotated = (n: SchemaNode): boolean =>
  n.element.logicalType?.type === "LIST" || n.element.convertedType === 3; // ConvertedType.LIST

export const isMapAnnotated = (n: SchemaNode): boolean =>
  n.element.logicalType?.type === "MAP" || n.element.convertedType === 1 || n.element.convertedType === 2;

/**
 * For a LIST-annotated group, whether its repeated child is itself the element (2-level and
 * legacy layouts) rather than a wrapper around it (3-level). Spark's backward-compatibility rule.
 */
export function repeatedIsElement(repeated: SchemaNode, listName: string): boolean {
  return (
    repeated.kind === "primitive" ||
    repeated.children.length > 1 ||
    repeated.name === "array" ||
    repeated.name === `${listName}_tuple`
  );
}
