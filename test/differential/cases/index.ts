// Every differential case, file by file.
import type { DiffCase } from "../case.js";
import aggregates from "./aggregates.js";
import arithmetic from "./arithmetic.js";
import casts from "./casts.js";
import castsMatrix from "./casts-matrix.js";
import conditional from "./conditional.js";
import dataframe from "./dataframe.js";
import dates from "./dates.js";
import decimals from "./decimals.js";
import errors from "./errors.js";
import fileReading from "./file-reading.js";
import floats from "./floats.js";
import functionsAggregate from "./functions-aggregate.js";
import functionsCollection from "./functions-collection.js";
import functionsConditional from "./functions-conditional.js";
import functionsDatetime from "./functions-datetime.js";
import functionsGenerators from "./functions-generators.js";
import functionsHashMisc from "./functions-hash-misc.js";
import functionsJson from "./functions-json.js";
import functionsMath from "./functions-math.js";
import functionsOperators from "./functions-operators.js";
import functionsString from "./functions-string.js";
import functionsWindow from "./functions-window.js";
import generators from "./generators.js";
import joins from "./joins.js";
import naming from "./naming.js";
import nullability from "./nullability.js";
import nulls from "./nulls.js";
import schemas from "./schemas.js";
import setops from "./setops.js";
import show from "./show.js";
import sorting from "./sorting.js";
import strings from "./strings.js";
import subqueries from "./subqueries.js";
import windows from "./windows.js";

export const ALL_CASES: DiffCase[] = [
  ...arithmetic, ...nulls, ...floats, ...strings, ...casts, ...conditional, ...decimals,
  ...aggregates, ...sorting, ...joins, ...setops, ...windows, ...subqueries, ...generators,
  ...dates, ...show, ...schemas, ...naming, ...nullability, ...errors, ...dataframe,
  ...functionsString, ...functionsCollection, ...functionsJson, ...functionsHashMisc, ...functionsGenerators,
  ...functionsMath, ...functionsOperators, ...functionsConditional, ...functionsDatetime, ...functionsAggregate,
  ...functionsWindow, ...castsMatrix, ...fileReading,
];
