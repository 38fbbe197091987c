// Collection (array / map / struct) functions: registered here.
import { registerFunction } from "../registry.js";
import type { FunctionDef } from "../function-definition.js";
import { array, namedStruct, struct } from "./array.js";
import { arrayDistinct, arrayExcept, arrayIntersect, arrayUnion } from "./array-sets.js";
import { arrayContains, arrayPosition, arrayRemove, arraysOverlap } from "./array-search.js";
import { arrayJoin, arrayMax, arrayMin, arraySort, sortArray } from "./array-ordering.js";
import { arrayRepeat, arraysZip, flatten, sequence, shuffle, slice } from "./array-shape.js";
import { elementAt, get, tryElementAt } from "./element-at.js";
import { map, mapConcat, mapContainsKey, mapEntries, mapFromArrays, mapFromEntries, mapKeys, mapValues, strToMap } from "./map.js";
import { cardinality, size } from "./size.js";

export const COLLECTION_FUNCTIONS: readonly FunctionDef[] = [
  array, struct, namedStruct, arrayDistinct, arrayExcept, arrayIntersect, arrayUnion, arrayContains, arrayPosition,
  arrayRemove, arraysOverlap, arrayJoin, arrayMax, arrayMin, arraySort, sortArray, arrayRepeat, arraysZip, flatten,
  sequence, shuffle, slice, elementAt, get, tryElementAt, map, mapConcat, mapContainsKey, mapEntries, mapFromArrays,
  mapFromEntries, mapKeys, mapValues, strToMap, size, cardinality,
];
for (const f of COLLECTION_FUNCTIONS) registerFunction(f);
