// explode / posexplode / inline / LATERAL VIEW and collection functions on nested data.
import { group, sql } from "../case.js";
import { nested } from "../fixtures.js";

export default group("generators", { fixtures: [nested], compareNames: false, compareNullability: false }, [
  sql("explode-array", "SELECT id, explode(arr) AS x FROM nested"),
  sql("explode-outer", "SELECT id, explode_outer(arr) AS x FROM nested"),
  sql("explode-map", "SELECT id, explode(m) FROM nested"),
  sql("posexplode", "SELECT id, posexplode(arr) FROM nested"),
  sql("lateral-view", "SELECT id, x FROM nested LATERAL VIEW explode(arr) t AS x"),
  sql("lateral-view-outer", "SELECT id, x FROM nested LATERAL VIEW OUTER explode(arr) t AS x"),
  sql("inline", "SELECT inline(array(named_struct('a', 1, 'b', 'x'), named_struct('a', 2, 'b', 'y')))"),
  sql("explode-literal", "SELECT explode(array(3, 1, 2)) AS v ORDER BY v"),
  sql("nested-select", "SELECT id, arr, m, st, st.x, st.y, arr[0], m['a'] FROM nested WHERE id IN (1, 4) ORDER BY id"),
  sql("array-functions", "SELECT id, size(arr), array_contains(arr, 2), array_max(arr), array_distinct(arr), sort_array(arr, false) FROM nested ORDER BY id"),
  sql("map-functions", "SELECT id, map_keys(m), map_values(m), size(m), element_at(m, 'b') FROM nested ORDER BY id"),
  sql("array-index-out-of-bounds", "SELECT element_at(arr, 10) FROM nested WHERE id = 1", { error: "INVALID_ARRAY_INDEX_IN_ELEMENT_AT" }),
  sql("array-subscript-out-of-bounds", "SELECT arr[5] FROM nested WHERE id = 1", { error: "INVALID_ARRAY_INDEX" }),
  sql("try-element-at", "SELECT id, try_element_at(arr, 10), try_element_at(arr, 1) FROM nested ORDER BY id"),
  sql("struct-construct", "SELECT struct(1 AS a, 'x' AS b), named_struct('p', 1.5D, 'q', NULL), array(1, NULL), map(1, 'a')"),
  sql("transform-filter", "SELECT id, transform(arr, x -> x * 10), filter(arr, x -> x > 1), aggregate(arr, 0, (acc, x) -> acc + coalesce(x, 0)) FROM nested ORDER BY id", {}),
  sql("flatten-sequence", "SELECT flatten(array(array(1, 2), array(3))), sequence(1, 5, 2), array_repeat('a', 3), arrays_zip(array(1, 2), array('x'))"),
]);
