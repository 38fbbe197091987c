// Every differential case, file by file.
import type { DiffCase } from "../case.js";
import arithmetic from "./arithmetic.js";

export const ALL_CASES: DiffCase[] = [...arithmetic];
