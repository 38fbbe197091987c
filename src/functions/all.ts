// Imports every function category so each registers itself in the one registry
// (src/functions/registry.ts). Import this module once before looking functions up.
import "./string/index.js";
import "./math/index.js";
import "./hash/index.js";
import "./collection/index.js";
import "./generators/index.js";
import "./conditional/index.js";
import "./misc/index.js";
import "./operators/index.js";
import "./aggregate/index.js";
import "./window/index.js";
import "./datetime/index.js";
import "./json/index.js";
