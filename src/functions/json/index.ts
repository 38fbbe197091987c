// JSON functions: each in its own file; registered here.
import { registerFunction } from "../registry.js";
import { getJsonObjectFn } from "./get-json-object.js";
import { fromJson } from "./from-json.js";
import { toJson } from "./to-json.js";
import { schemaOfJson } from "./schema-of-json.js";
import { jsonTuple } from "./json-tuple.js";

for (const def of [getJsonObjectFn, fromJson, toJson, schemaOfJson, jsonTuple]) registerFunction(def);
