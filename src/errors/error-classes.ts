// Message templates for the Spark error classes we raise, worded as Spark 4 words them.
// Add a class here when code starts raising it; keep alphabetical order.

export interface ErrorClassTemplate {
  readonly message: string;
  readonly sqlState?: string;
}

export const ERROR_CLASSES: Readonly<Record<string, ErrorClassTemplate>> = {
  ARITHMETIC_OVERFLOW: {
    message:
      "<message>.<alternative> If necessary set <config> to \"false\" to bypass this error.",
    sqlState: "22003",
  },
  BINARY_ARITHMETIC_OVERFLOW: {
    message:
      "<value1> <symbol> <value2> caused overflow. Use <functionName> to ignore overflow problem and return NULL.",
    sqlState: "22003",
  },
  CANNOT_DETERMINE_TYPE: {
    message:
      "Some of types cannot be determined after inferring.",
  },
  CANNOT_INFER_EMPTY_SCHEMA: {
    message:
      "Can not infer schema from an empty dataset.",
  },
  CANNOT_INFER_SCHEMA_FOR_TYPE: {
    message:
      "Can not infer schema for type: `<data_type>`.",
  },
  CANNOT_MERGE_SCHEMAS: {
    message:
      "Failed merging schemas:\nInitial schema:\n<left>\nSchema that cannot be merged with the initial schema:\n<right>.",
    sqlState: "42KD9",
  },
  CANNOT_MERGE_TYPE: {
    message:
      "Can not merge type `<data_type1>` and `<data_type2>`.",
  },
  CANNOT_MODIFY_STATIC_CONFIG: {
    message:
      "Cannot modify the value of the static Spark config: <key>.",
    sqlState: "46110",
  },
  CANNOT_PARSE_TIMESTAMP: {
    message:
      "<message>. Use <func> to tolerate invalid input string and return NULL instead.",
    sqlState: "22007",
  },
  CAST_INVALID_INPUT: {
    message:
      "The value <expression> of the type <sourceType> cannot be cast to <targetType> because it is malformed. Correct the value as per the syntax, or change its target type. Use `try_cast` to tolerate malformed input and return NULL instead.",
    sqlState: "22018",
  },
  CAST_OVERFLOW: {
    message:
      "The value <value> of the type <sourceType> cannot be cast to <targetType> due to an overflow. Use `try_cast` to tolerate overflow and return NULL instead.",
    sqlState: "22003",
  },
  CAST_OVERFLOW_IN_TABLE_INSERT: {
    message:
      "Fail to assign a value of <sourceType> type to the <targetType> type column or variable <columnName> due to an overflow. Use `try_cast` on the input value to tolerate overflow and return NULL instead.",
    sqlState: "22003",
  },
  CATALOG_NOT_FOUND: {
    message:
      "The catalog <catalogName> not found. Consider to set the SQL config <config> to a catalog plugin.",
    sqlState: "42P08",
  },
  "CODEC_NOT_AVAILABLE.WITH_AVAILABLE_CODECS_SUGGESTION": {
    message:
      "The codec <codecName> is not available. Available codecs are <availableCodecs>.",
    sqlState: "56038",
  },
  "COLLECTION_SIZE_LIMIT_EXCEEDED.PARAMETER": {
    message:
      "Can't create array with <numberOfElements> elements which exceeding the array size limit <maxRoundedArrayLength>, the value of parameter(s) <parameter> in <functionName> is invalid.",
    sqlState: "54000",
  },
  COLUMN_ALREADY_EXISTS: {
    message:
      "The column <columnName> already exists. Choose another name or rename the existing column.",
    sqlState: "42711",
  },
  COLUMN_NOT_DEFINED_IN_TABLE: {
    message:
      "<colType> column <colName> is not defined in table <tableName>, defined table columns are: <tableCols>.",
    sqlState: "42703",
  },
  COMPARATOR_RETURNS_NULL: {
    message:
      "The comparator has returned a NULL for a comparison between <firstValue> and <secondValue>. It should return a positive integer for \"greater than\", 0 for \"equal\" and a negative integer for \"less than\". To revert to deprecated behavior where NULL is treated as 0 (equal), you must set \"spark.sql.legacy.allowNullComparisonResultInArraySort\" to \"true\".",
    sqlState: "22004",
  },
  CONVERSION_INVALID_INPUT: {
    message:
      "The value <str> (<fmt>) cannot be converted to <targetType> because it is malformed. Correct the value as per the syntax, or change its format. Use <suggestion> to tolerate malformed input and return NULL instead.",
    sqlState: "22018",
  },
  "DATATYPE_MISMATCH.ARRAY_FUNCTION_DIFF_TYPES": {
    message:
      "Cannot resolve <sqlExpr> due to data type mismatch: Input to <functionName> should have been <dataType> followed by a value with same element type, but it's [<leftType>, <rightType>].",
    sqlState: "42K09",
  },
  "DATATYPE_MISMATCH.BINARY_ARRAY_DIFF_TYPES": {
    message:
      "Cannot resolve <sqlExpr> due to data type mismatch: Input to function <functionName> should have been two <arrayType> with same element type, but it's [<leftType>, <rightType>].",
    sqlState: "42K09",
  },
  "DATATYPE_MISMATCH.BINARY_OP_DIFF_TYPES": {
    message:
      "Cannot resolve <sqlExpr> due to data type mismatch: the left and right operands of the binary operator have incompatible types (<left> and <right>).",
    sqlState: "42K09",
  },
  "DATATYPE_MISMATCH.BINARY_OP_WRONG_TYPE": {
    message:
      "Cannot resolve <sqlExpr> due to data type mismatch: the binary operator requires the input type <inputType>, not <actualDataType>.",
    sqlState: "42K09",
  },
  "DATATYPE_MISMATCH.CAST_WITH_CONF_SUGGESTION": {
    message:
      "Cannot resolve <sqlExpr> due to data type mismatch: cannot cast <srcType> to <targetType> with ANSI mode on. If you have to cast <srcType> to <targetType>, you can set <config> as <configVal>.",
    sqlState: "42K09",
  },
  "DATATYPE_MISMATCH.CAST_WITH_FUNC_SUGGESTION": {
    message:
      "Cannot resolve <sqlExpr> due to data type mismatch: cannot cast <srcType> to <targetType>. To convert values from <srcType> to <targetType>, you can use the functions <functionNames> instead.",
    sqlState: "42K09",
  },
  "DATATYPE_MISMATCH.CAST_WITHOUT_SUGGESTION": {
    message:
      "Cannot resolve <sqlExpr> due to data type mismatch: cannot cast <srcType> to <targetType>.",
    sqlState: "42K09",
  },
  "DATATYPE_MISMATCH.CREATE_MAP_KEY_DIFF_TYPES": {
    message:
      "Cannot resolve <sqlExpr> due to data type mismatch: The given keys of function <functionName> should all be the same type, but they are <dataType>.",
    sqlState: "42K09",
  },
  "DATATYPE_MISMATCH.CREATE_MAP_VALUE_DIFF_TYPES": {
    message:
      "Cannot resolve <sqlExpr> due to data type mismatch: The given values of function <functionName> should all be the same type, but they are <dataType>.",
    sqlState: "42K09",
  },
  "DATATYPE_MISMATCH.CREATE_NAMED_STRUCT_WITHOUT_FOLDABLE_STRING": {
    message:
      "Cannot resolve <sqlExpr> due to data type mismatch: Only foldable `STRING` expressions are allowed to appear at odd position, but they are <inputExprs>.",
    sqlState: "42K09",
  },
  "DATATYPE_MISMATCH.DATA_DIFF_TYPES": {
    message:
      "Cannot resolve <sqlExpr> due to data type mismatch: Input to <functionName> should all be the same type, but it's <dataType>.",
    sqlState: "42K09",
  },
  "DATATYPE_MISMATCH.HASH_MAP_TYPE": {
    message:
      "Cannot resolve <sqlExpr> due to data type mismatch: Input to the function <functionName> cannot contain elements of the \"MAP\" type. In Spark, same maps may have different hashcode, thus hash expressions are prohibited on \"MAP\" elements. To restore previous behavior set \"spark.sql.legacy.allowHashOnMapType\" to \"true\".",
    sqlState: "42K09",
  },
  "DATATYPE_MISMATCH.INVALID_ARG_VALUE": {
    message:
      "Cannot resolve <sqlExpr> due to data type mismatch: The <inputName> value must to be a <requireType> literal of <validValues>, but got <inputValue>.",
    sqlState: "42K09",
  },
  "DATATYPE_MISMATCH.INVALID_JSON_SCHEMA": {
    message:
      "Cannot resolve <sqlExpr> due to data type mismatch: Input schema <schema> must be a struct, an array, a map or a variant.",
    sqlState: "42K09",
  },
  "DATATYPE_MISMATCH.INVALID_MAP_KEY_TYPE": {
    message:
      "Cannot resolve <sqlExpr> due to data type mismatch: The key of map cannot be/contain <keyType>.",
    sqlState: "42K09",
  },
  "DATATYPE_MISMATCH.INVALID_ORDERING_TYPE": {
    message:
      "Cannot resolve <sqlExpr> due to data type mismatch: The <functionName> does not support ordering on type <dataType>.",
    sqlState: "42K09",
  },
  "DATATYPE_MISMATCH.MAP_CONCAT_DIFF_TYPES": {
    message:
      "Cannot resolve <sqlExpr> due to data type mismatch: The <functionName> should all be of type map, but it's <dataType>.",
    sqlState: "42K09",
  },
  "DATATYPE_MISMATCH.MAP_FUNCTION_DIFF_TYPES": {
    message:
      "Cannot resolve <sqlExpr> due to data type mismatch: Input to <functionName> should have been <dataType> followed by a value with same key type, but it's [<leftType>, <rightType>].",
    sqlState: "42K09",
  },
  "DATATYPE_MISMATCH.NON_FOLDABLE_INPUT": {
    message:
      "Cannot resolve <sqlExpr> due to data type mismatch: the input <inputName> should be a foldable <inputType> expression; however, got <inputExpr>.",
    sqlState: "42K09",
  },
  "DATATYPE_MISMATCH.NON_STRING_TYPE": {
    message: "Cannot resolve <sqlExpr> due to data type mismatch: all arguments of the function <funcName> must be strings.",
    sqlState: "42K09",
  },
  "DATATYPE_MISMATCH.NULL_TYPE": {
    message:
      "Cannot resolve <sqlExpr> due to data type mismatch: Null typed values cannot be used as arguments of <functionName>.",
    sqlState: "42K09",
  },
  "DATATYPE_MISMATCH.RANGE_FRAME_MULTI_ORDER": {
    message:
      "Cannot resolve <sqlExpr> due to data type mismatch: A range window frame with value boundaries cannot be used in a window specification with multiple order by expressions: <orderSpec>.",
    sqlState: "42K09",
  },
  "DATATYPE_MISMATCH.SPECIFIED_WINDOW_FRAME_UNACCEPTED_TYPE": {
    message:
      "Cannot resolve <sqlExpr> due to data type mismatch: The data type of the <location> bound <exprType> does not match the expected data type <expectedType>.",
    sqlState: "42K09",
  },
  "DATATYPE_MISMATCH.SPECIFIED_WINDOW_FRAME_WRONG_COMPARISON": {
    message:
      "Cannot resolve <sqlExpr> due to data type mismatch: The lower bound of a window frame must be <comparison> to the upper bound.",
    sqlState: "42K09",
  },
  "DATATYPE_MISMATCH.STACK_COLUMN_DIFF_TYPES": {
    message:
      "Cannot resolve <sqlExpr> due to data type mismatch: The data type of the column (<columnIndex>) do not have the same type: <leftType> (<leftParamIndex>) <> <rightType> (<rightParamIndex>).",
    sqlState: "42K09",
  },
  "DATATYPE_MISMATCH.UNEXPECTED_CLASS_TYPE": {
    message:
      "Cannot resolve <sqlExpr> due to data type mismatch: class <className> not found.",
    sqlState: "42K09",
  },
  "DATATYPE_MISMATCH.UNEXPECTED_INPUT_TYPE": {
    message:
      "Cannot resolve <sqlExpr> due to data type mismatch: The <paramIndex> parameter requires the <requiredType> type, however <inputSql> has the type <inputType>.",
    sqlState: "42K09",
  },
  "DATATYPE_MISMATCH.UNEXPECTED_NULL": {
    message:
      "Cannot resolve <sqlExpr> due to data type mismatch: The <exprName> must not be null.",
    sqlState: "42K09",
  },
  "DATATYPE_MISMATCH.VALUE_OUT_OF_RANGE": {
    message:
      "Cannot resolve <sqlExpr> due to data type mismatch: The <exprName> must be between <valueRange> (current value = <currentValue>).",
    sqlState: "42K09",
  },
  "DATATYPE_MISMATCH.WRONG_NUM_ARG_TYPES": {
    message:
      "Cannot resolve <sqlExpr> due to data type mismatch: The expression requires <expectedNum> argument types but the actual number is <actualNum>.",
    sqlState: "42K09",
  },
  DATATYPE_MISSING_SIZE: {
    message: "DataType <type> requires a length parameter, for example <type>(10). Please specify the length.",
    sqlState: "42K01",
  },
  "DATETIME_FIELD_OUT_OF_BOUNDS.WITH_SUGGESTION": {
    message:
      "<rangeMessage>. If necessary set <ansiConfig> to \"false\" to bypass this error.",
    sqlState: "22023",
  },
  DECIMAL_PRECISION_EXCEEDS_MAX_PRECISION: {
    message:
      "Decimal precision <precision> exceeds max precision <maxPrecision>.",
    sqlState: "22003",
  },
  DIVIDE_BY_ZERO: {
    message:
      "Division by zero. Use `try_divide` to tolerate divisor being 0 and return NULL instead. If necessary set <config> to \"false\" to bypass this error.",
    sqlState: "22012",
  },
  DUPLICATED_MAP_KEY: {
    message:
      "Duplicate map key <key> was found, please check the input data. If you want to remove the duplicated keys, you can set <mapKeyDedupPolicy> to \"LAST_WIN\" so that the key inserted at last takes precedence.",
    sqlState: "23505",
  },
  EXPECT_PERMANENT_VIEW_NOT_TEMP: {
    message:
      "'<operation>' expects a permanent view but <viewName> is a temp view.",
    sqlState: "42809",
  },
  "EXPECT_TABLE_NOT_VIEW.NO_ALTERNATIVE": {
    message:
      "'<operation>' expects a table but <viewName> is a view. ",
    sqlState: "42809",
  },
  "EXPECT_TABLE_NOT_VIEW.USE_ALTER_VIEW": {
    message:
      "'<operation>' expects a table but <viewName> is a view. Please use ALTER VIEW instead.",
    sqlState: "42809",
  },
  "EXPECT_VIEW_NOT_TABLE.NO_ALTERNATIVE": {
    message:
      "The table <tableName> does not support <operation>. ",
    sqlState: "42809",
  },
  "EXPECT_VIEW_NOT_TABLE.USE_ALTER_TABLE": {
    message:
      "The table <tableName> does not support <operation>. Please use ALTER TABLE instead.",
    sqlState: "42809",
  },
  FAILED_FUNCTION_CALL: {
    message: "Failed preparing of the function <funcName> for call. Please, double check function's arguments.",
    sqlState: "38000",
  },
  "FAILED_READ_FILE.CANNOT_READ_FILE_FOOTER": {
    message:
      "Encountered error while reading file <path>. Could not read footer. Please ensure that the file is in either ORC or Parquet format.\nIf not, please convert it to a valid format. If the file is in the valid format, please check if it is corrupt.\nIf it is, you can choose to either ignore it or fix the corruption.",
    sqlState: "KD001",
  },
  "FAILED_READ_FILE.NO_HINT": {
    message:
      "Encountered error while reading file <path>.",
    sqlState: "KD001",
  },
  "FAILED_READ_FILE.PARQUET_COLUMN_DATA_TYPE_MISMATCH": {
    message:
      "Encountered error while reading file <path>. Data type mismatches when reading Parquet column <column>. Expected Spark type <expectedType>, actual Parquet type <actualType>.",
    sqlState: "KD001",
  },
  FAISCA_HLL_PRECISION: {
    message:
      "HLL++ requires at least 4 bits for addressing. Use a lower error, at most 39%.",
  },
  FAISCA_UNSUPPORTED_REGEX: {
    message:
      "The Java regular expression <pattern> uses <construct>, an unsupported Java regex construct in this engine.",
    sqlState: "0A000",
  },
  FAISCA_UNSUPPORTED_STATIC_PARTITION: {
    message:
      "Static partition values must be the leading partition columns of <tableName>; got <partitions>.",
    sqlState: "0A000",
  },
  FAISCA_UNSUPPORTED_TVF_ARGUMENTS: {
    message: "The table-valued function <name> needs integer literal arguments.",
    sqlState: "0A000",
  },
  ILLEGAL_ARGUMENT_SEQUENCE: {
    message:
      "Illegal sequence boundaries: <start> to <stop> by <step>",
  },
  ILLEGAL_DAY_OF_WEEK: {
    message:
      "Illegal input for day of week: <string>.",
    sqlState: "22009",
  },
  "INCOMPATIBLE_DATA_FOR_TABLE.CANNOT_SAFELY_CAST": {
    message:
      "Cannot write incompatible data for the table <tableName>: Cannot safely cast <colName> <srcType> to <targetType>.",
    sqlState: "KD000",
  },
  "INCOMPATIBLE_DATA_FOR_TABLE.EXTRA_COLUMNS": {
    message:
      "Cannot write incompatible data for the table <tableName>: Cannot write extra columns <extraColumns>.",
    sqlState: "KD000",
  },
  "INCOMPLETE_TYPE_DEFINITION.ARRAY": {
    message: "Incomplete complex type: The definition of \"ARRAY\" type is incomplete. You must provide an element type. For example: \"ARRAY<elementType>\".",
    sqlState: "42K01",
  },
  "INCOMPLETE_TYPE_DEFINITION.MAP": {
    message: "Incomplete complex type: The definition of \"MAP\" type is incomplete. You must provide a key type and a value type. For example: \"MAP<TIMESTAMP, INT>\".",
    sqlState: "42K01",
  },
  "INCOMPLETE_TYPE_DEFINITION.STRUCT": {
    message: "Incomplete complex type: The definition of \"STRUCT\" type is incomplete. You must provide at least one field type. For example: \"STRUCT<name STRING, phone DECIMAL(10, 0)>\".",
    sqlState: "42K01",
  },
  "INCONSISTENT_BEHAVIOR_CROSS_VERSION.DATETIME_PATTERN_RECOGNITION": {
    message:
      "You may get a different result due to the upgrading to Spark >= 3.0:\nFail to recognize <pattern> pattern in the DateTimeFormatter.\n1) You can set <config> to \"LEGACY\" to restore the behavior before Spark 3.0.\n2) You can form a valid datetime pattern with the guide from '<docroot>/sql-ref-datetime-pattern.html'.",
    sqlState: "42K0B",
  },
  "INCONSISTENT_BEHAVIOR_CROSS_VERSION.DATETIME_WEEK_BASED_PATTERN": {
    message:
      "You may get a different result due to the upgrading to Spark >= 3.0:\nAll week-based patterns are unsupported since Spark 3.0, detected week-based character: <c>.\nPlease use the SQL function EXTRACT instead.",
    sqlState: "42K0B",
  },
  "INSERT_COLUMN_ARITY_MISMATCH.NOT_ENOUGH_DATA_COLUMNS": {
    message:
      "Cannot write to <tableName>, the reason is not enough data columns:\nTable columns: <tableColumns>.\nData columns: <dataColumns>.",
    sqlState: "21S01",
  },
  "INSERT_COLUMN_ARITY_MISMATCH.TOO_MANY_DATA_COLUMNS": {
    message:
      "Cannot write to <tableName>, the reason is too many data columns:\nTable columns: <tableColumns>.\nData columns: <dataColumns>.",
    sqlState: "21S01",
  },
  "INTERVAL_ARITHMETIC_OVERFLOW.WITH_SUGGESTION": {
    message:
      "Integer overflow while operating with intervals. Use <functionName> to tolerate overflow and return NULL instead.",
    sqlState: "22015",
  },
  INTERVAL_DIVIDED_BY_ZERO: {
    message: "Division by zero. Use `try_divide` to tolerate divisor being 0 and return NULL instead.",
    sqlState: "22012",
  },
  INVALID_ARRAY_INDEX: {
    message:
      "The index <indexValue> is out of bounds. The array has <arraySize> elements. Use the SQL function `get()` to tolerate accessing element at invalid index and return NULL instead.",
    sqlState: "22003",
  },
  INVALID_ARRAY_INDEX_IN_ELEMENT_AT: {
    message:
      "The index <indexValue> is out of bounds. The array has <arraySize> elements. Use `try_element_at` to tolerate accessing element at invalid index and return NULL instead.",
    sqlState: "22003",
  },
  INVALID_BUCKET_COUNT: {
    message:
      "Number of buckets should be greater than 0 but less than or equal to bucketing.maxBuckets (`<bucketingMaxBuckets>`). Got `<numBuckets>`.",
    sqlState: "22003",
  },
  "INVALID_DATETIME_PATTERN.ILLEGAL_CHARACTER": {
    message:
      "Unrecognized datetime pattern: <pattern>. Illegal pattern character found in datetime pattern: <c>. Please provide legal character.",
    sqlState: "22007",
  },
  "INVALID_DATETIME_PATTERN.LENGTH": {
    message:
      "Unrecognized datetime pattern: <pattern>. Too many letters in datetime pattern: <pattern>. Please reduce pattern length.",
    sqlState: "22007",
  },
  "INVALID_DATETIME_PATTERN.WITH_SUGGESTION": {
    message:
      "Unrecognized datetime pattern: <pattern>. You can form a valid datetime pattern with the guide from '<docroot>/sql-ref-datetime-pattern.html'.",
    sqlState: "22007",
  },
  INVALID_ESC: {
    message: "Found an invalid escape string: <invalidEscape>. The escape string must contain only one character.",
    sqlState: "42604",
  },
  INVALID_EXTRACT_FIELD: {
    message:
      "Cannot extract <field> from <expr>.",
    sqlState: "42601",
  },
  "INVALID_FORMAT.ESC_AT_THE_END": {
    message:
      "The format is invalid: <format>. The escape character is not allowed to end with.",
    sqlState: "42601",
  },
  "INVALID_FORMAT.ESC_IN_THE_MIDDLE": {
    message:
      "The format is invalid: <format>. The escape character is not allowed to precede <char>.",
    sqlState: "42601",
  },
  "INVALID_FORMAT.MISMATCH_INPUT": {
    message:
      "The format is invalid: <format>. The input <inputType> <input> does not match the format.",
    sqlState: "42601",
  },
  "INVALID_FRACTION_OF_SECOND": {
    message:
      "Valid range for seconds is [0, 60] (inclusive), but the provided value is <secAndMicros>. To avoid this error, use `try_make_timestamp`, which returns NULL on error. If you do not want to use the session default timestamp version of this function, use `try_make_timestamp_ntz` or `try_make_timestamp_ltz`.",
    sqlState: "22023",
  },
  INVALID_IDENTIFIER: {
    message: "The unquoted identifier <ident> is invalid and must be back quoted as: `<ident>`.\nUnquoted identifiers can only contain ASCII letters ('a' - 'z', 'A' - 'Z'), digits ('0' - '9'), and underbar ('_').\nUnquoted identifiers must also not start with a digit.\nDifferent data sources and meta stores may impose additional restrictions on valid identifiers.",
    sqlState: "42602",
  },
  INVALID_INDEX_OF_ZERO: {
    message:
      "The index 0 is invalid. An index shall be either < 0 or > 0 (the first element has index 1).",
    sqlState: "22003",
  },
  "INVALID_INLINE_TABLE.NUM_COLUMNS_MISMATCH": {
    message: "Invalid inline table. Inline table expected <expectedNumCols> columns but found <actualNumCols> columns in row <rowIndex>.",
    sqlState: "42000",
  },
  "INVALID_INTERVAL_FORMAT.UNSUPPORTED_FROM_TO_EXPRESSION": {
    message: "Error parsing '<input>' to interval. Please ensure that the value provided is in a valid format for defining an interval. You can reference the documentation for the correct format. Cannot support (interval '<input>' <from> to <to>) expression.",
    sqlState: "22006",
  },
  INVALID_INTERVAL_WITH_MICROSECONDS_ADDITION: {
    message:
      "Cannot add an interval to a date because its microseconds part is not 0. To resolve this, cast the input date to a timestamp, which supports the addition of intervals with non-zero microseconds.",
    sqlState: "22006",
  },
  INVALID_JSON_DATA_TYPE: {
    message:
      "Failed to convert the JSON string '<invalidType>' to a data type. Please enter a valid data type.",
    sqlState: "2203G",
  },
  INVALID_JSON_SCHEMA_MAP_TYPE: {
    message:
      "Input schema <jsonSchema> can only contain STRING as a key type for a MAP.",
    sqlState: "22032",
  },
  INVALID_NUMERIC_LITERAL_RANGE: {
    message: "Numeric literal <rawStrippedQualifier> is outside the valid range for <typeName> with minimum value of <minValue> and maximum value of <maxValue>. Please adjust the value accordingly.",
    sqlState: "22003",
  },
  "INVALID_PARAMETER_VALUE.BINARY_FORMAT": {
    message:
      "The value of parameter(s) <parameter> in <functionName> is invalid: expects one of binary formats 'base64', 'hex', 'utf-8', but got <invalidFormat>.",
    sqlState: "22023",
  },
  "INVALID_PARAMETER_VALUE.CHARSET": {
    message:
      "The value of parameter(s) <parameter> in <functionName> is invalid: expects one of the <charsets>, but got <charset>.",
    sqlState: "22023",
  },
  "INVALID_PARAMETER_VALUE.LENGTH": {
    message:
      "The value of parameter(s) <parameter> in <functionName> is invalid: Expects `length` greater than or equal to 0, but got <length>.",
    sqlState: "22023",
  },
  "INVALID_PARAMETER_VALUE.PATTERN": {
    message:
      "The value of parameter(s) <parameter> in <functionName> is invalid: <value>.",
    sqlState: "22023",
  },
  "INVALID_PARAMETER_VALUE.REGEX_GROUP_INDEX": {
    message:
      "The value of parameter(s) <parameter> in <functionName> is invalid: Expects group index between 0 and <groupCount>, but got <groupIndex>.",
    sqlState: "22023",
  },
  "INVALID_PARAMETER_VALUE.START": {
    message:
      "The value of parameter(s) <parameter> in <functionName> is invalid: Expects a positive or a negative value for `start`, but got 0.",
    sqlState: "22023",
  },
  "INVALID_PARTITION_OPERATION.PARTITION_SCHEMA_IS_EMPTY": {
    message:
      "The partition command is invalid. Table <name> is not partitioned.",
    sqlState: "42601",
  },
  INVALID_SET_SYNTAX: {
    message: "Expected format is 'SET', 'SET key', or 'SET key=value'. If you want to include special characters in key, or include semicolon in value, please use backquotes, e.g., SET `key`=`value`.",
    sqlState: "42000",
  },
  "INVALID_SQL_SYNTAX.REPETITIVE_WINDOW_DEFINITION": {
    message: "Invalid SQL syntax: The definition of window <windowName> is repetitive.",
    sqlState: "42000",
  },
  "INVALID_SQL_SYNTAX.UNRESOLVED_WINDOW_REFERENCE": {
    message: "Invalid SQL syntax: Cannot resolve window reference <windowName>.",
    sqlState: "42000",
  },
  INVALID_TEMP_OBJ_REFERENCE: {
    message:
      "Cannot create the persistent object <objName> of the type <obj> because it references to the temporary object <tempObjName> of the type <tempObj>. Please make the temporary object <tempObjName> persistent, or make the persistent object <objName> temporary.",
    sqlState: "42K0F",
  },
  INVALID_TIMEZONE: {
    message:
      "The timezone: <timeZone> is invalid. The timezone must be either a region-based zone ID or a zone offset. Region IDs must have the form 'area/city', such as 'America/Los_Angeles'. Zone offsets must be in the format '(+|-)HH', '(+|-)HH:mm’ or '(+|-)HH:mm:ss', e.g '-08' , '+01:00' or '-13:33:33', and must be in the range from -18:00 to +18:00. 'Z' and 'UTC' are accepted as synonyms for '+00:00'.",
    sqlState: "22009",
  },
  INVALID_TYPED_LITERAL: {
    message: "The value of the typed literal <valueType> is invalid: <value>.",
    sqlState: "42604",
  },
  LOCATION_ALREADY_EXISTS: {
    message:
      "Cannot name the managed table as <identifier>, as its associated location <location> already exists. Please pick a different table name, or remove the existing location first.",
    sqlState: "42710",
  },
  MALFORMED_CHARACTER_CODING: {
    message: "Invalid value found when performing <function> with <charset>",
    sqlState: "22000",
  },
  "MALFORMED_RECORD_IN_PARSING.WITHOUT_SUGGESTION": {
    message:
      "Malformed records are detected in record parsing: <badRecord>.\nParse Mode: <failFastMode>. To process malformed records as null result, try setting the option 'mode' as 'PERMISSIVE'.",
    sqlState: "22023",
  },
  NEGATIVE_VALUES_IN_FREQUENCY_EXPRESSION: {
    message: "Found the negative value in <frequencyExpression>: <negativeValue>, but expected a positive integral value.",
    sqlState: "22003",
  },
  NULL_MAP_KEY: {
    message:
      "Cannot use null as map key.",
    sqlState: "2200E",
  },
  NESTED_AGGREGATE_FUNCTION: {
    message:
      "It is not allowed to use an aggregate function in the argument of another aggregate function. Please use the inner aggregate function in a sub-query.",
    sqlState: "42607",
  },
  NOT_BOOL: {
    message: "Argument `<arg_name>` should be a bool, got <arg_type>.",
  },
  NOT_INT: {
    message: "Argument `<arg_name>` should be an int, got <arg_type>.",
  },
  NUMERIC_VALUE_OUT_OF_RANGE: {
    message:
      " <value> cannot be represented as Decimal(<precision>, <scale>). If necessary set <config> to \"false\" to bypass this error, and return NULL instead.",
    sqlState: "22003",
  },
  "NUMERIC_VALUE_OUT_OF_RANGE.WITH_SUGGESTION": {
    message:
      " <value> cannot be represented as Decimal(<precision>, <scale>). If necessary set <config> to \"false\" to bypass this error, and return NULL instead.",
    sqlState: "22003",
  },
  ORDER_BY_POS_OUT_OF_RANGE: {
    message: "ORDER BY position <index> is not in select list (valid range is [1, <size>]).",
    sqlState: "42805",
  },
  PARQUET_TYPE_ILLEGAL: {
    message:
      "Illegal Parquet type: <parquetType>.",
    sqlState: "42846",
  },
  PARQUET_TYPE_NOT_SUPPORTED: {
    message:
      "Parquet type not yet supported: <parquetType>.",
    sqlState: "42846",
  },
  PARSE_EMPTY_STATEMENT: {
    message: "Syntax error, unexpected empty statement.",
    sqlState: "42617",
  },
  PARSE_SYNTAX_ERROR: {
    message: "Syntax error at or near <error><hint>.",
    sqlState: "42601",
  },
  PARTITIONS_NOT_FOUND: {
    message:
      "The partition(s) <partitionList> cannot be found in table <tableName>.\nVerify the partition specification and table name.\nTo tolerate the error on drop use ALTER TABLE … DROP IF EXISTS PARTITION.",
    sqlState: "428FT",
  },
  PATH_ALREADY_EXISTS: {
    message:
      "Path <outputPath> already exists. Set mode as \"overwrite\" to overwrite the existing path.",
    sqlState: "42K04",
  },
  PATH_NOT_FOUND: {
    message:
      "Path does not exist: <path>.",
    sqlState: "42K03",
  },
  REMAINDER_BY_ZERO: {
    message:
      "Remainder by zero. Use `try_mod` to tolerate divisor being 0 and return NULL instead. If necessary set <config> to \"false\" to bypass this error.",
    sqlState: "22012",
  },
  REQUIRES_SINGLE_PART_NAMESPACE: {
    message:
      "<sessionCatalog> requires a single-part namespace, but got <namespace>.",
    sqlState: "42K05",
  },
  SCHEMA_ALREADY_EXISTS: {
    message:
      "Cannot create schema <schemaName> because it already exists.\nChoose a different name, drop the existing schema, or add the IF NOT EXISTS clause to tolerate pre-existing schema.",
    sqlState: "42P06",
  },
  SCHEMA_NOT_EMPTY: {
    message:
      "Cannot drop a schema <schemaName> because it contains objects.\nUse DROP SCHEMA ... CASCADE to drop the schema and all its objects.",
    sqlState: "2BP01",
  },
  SCHEMA_NOT_FOUND: {
    message:
      "The schema <schemaName> cannot be found. Verify the spelling and correctness of the schema and catalog.\nIf you did not qualify the name with a catalog, verify the current_schema() output, or qualify the name with the correct catalog.\nTo tolerate the error on drop use DROP SCHEMA IF EXISTS.",
    sqlState: "42704",
  },
  SORT_BY_WITHOUT_BUCKETING: {
    message: "sortBy must be used together with bucketBy.",
    sqlState: "42601",
  },
  TABLE_OR_VIEW_ALREADY_EXISTS: {
    message:
      "Cannot create table or view <relationName> because it already exists.\nChoose a different name, drop or replace the existing object, or add the IF NOT EXISTS clause to tolerate pre-existing objects.",
    sqlState: "42P07",
  },
  TABLE_OR_VIEW_NOT_FOUND: {
    message:
      "The table or view <relationName> cannot be found. Verify the spelling and correctness of the schema and catalog.\nIf you did not qualify the name with a schema, verify the current_schema() output, or qualify the name with the correct schema and catalog.\nTo tolerate the error on drop use DROP VIEW IF EXISTS or DROP TABLE IF EXISTS.",
    sqlState: "42P01",
  },
  TEMP_TABLE_OR_VIEW_ALREADY_EXISTS: {
    message:
      "Cannot create the temporary view <relationName> because it already exists.\nChoose a different name, drop or replace the existing view.",
    sqlState: "42P07",
  },
  UNABLE_TO_INFER_SCHEMA: {
    message:
      "Unable to infer schema for <format>. It must be specified manually.",
    sqlState: "42KD9",
  },
  UNBOUND_SQL_PARAMETER: {
    message: "Found the unbound parameter: <name>. Please, fix `args` and provide a mapping of the parameter to either a SQL literal or collection constructor functions such as `map()`, `array()`, `struct()`.",
    sqlState: "42P02",
  },
  UNCLOSED_BRACKETED_COMMENT: {
    message: "Found an unclosed bracketed comment. Please, append */ at the end of the comment.",
    sqlState: "42601",
  },
  UNRESOLVABLE_TABLE_VALUED_FUNCTION: {
    message: "Could not resolve <name> to a table-valued function.\nPlease make sure that <name> is defined as a table-valued function and that all required parameters are provided correctly.\nIf <name> is not defined, please create the table-valued function before using it.\nFor more information about defining table-valued functions, please refer to the Apache Spark documentation.",
    sqlState: "42883",
  },
  "UNRESOLVED_COLUMN.WITHOUT_SUGGESTION": {
    message: "A column, variable, or function parameter with name <objectName> cannot be resolved.",
    sqlState: "42703",
  },
  "UNRESOLVED_COLUMN.WITH_SUGGESTION": {
    message:
      "A column, variable, or function parameter with name <objectName> cannot be resolved. Did you mean one of the following? [<proposal>].",
    sqlState: "42703",
  },
  UNRESOLVED_ROUTINE: {
    message:
      "Cannot resolve routine <routineName> on search path <searchPath>.",
    sqlState: "42883",
  },
  UNSUPPORTED_CHAR_OR_VARCHAR_AS_STRING: {
    message:
      "The char/varchar type can't be used in the table schema.\nIf you want Spark treat them as string type as same as Spark 3.0 and earlier, please set \"spark.sql.legacy.charVarcharAsString\" to \"true\".",
    sqlState: "0A000",
  },
  UNSUPPORTED_DATATYPE: {
    message: "Unsupported data type <typeName>.",
    sqlState: "0A000",
  },
  UNSUPPORTED_DATA_TYPE_FOR_DATASOURCE: {
    message:
      "The <format> datasource doesn't support the column <columnName> of the type <columnType>.",
    sqlState: "0A000",
  },
  "UNSUPPORTED_FEATURE.DROP_DATABASE": {
    message:
      "The feature is not supported: Drop the default database <database>.",
    sqlState: "0A000",
  },
  "UNSUPPORTED_FEATURE.TABLE_OPERATION": {
    message:
      "The feature is not supported: Table <tableName> does not support <operation>. Please check the current catalog and namespace to make sure the qualified table name is expected, and also check the catalog implementation which is configured by \"spark.sql.catalog\".",
    sqlState: "0A000",
  },
  UNSUPPORTED_GROUPING_EXPRESSION: {
    message: "grouping()/grouping_id() can only be used with GroupingSets/Cube/Rollup.",
    sqlState: "42K0E",
  },
  USER_RAISED_EXCEPTION: {
    message:
      "<errorMessage>",
    sqlState: "P0001",
  },
  WRONG_COMMAND_FOR_OBJECT_TYPE: {
    message:
      "The operation <operation> requires a <requiredType>. But <objectName> is a <foundType>. Use <alternative> instead.",
    sqlState: "42809",
  },
  "WRONG_NUM_ARGS.WITHOUT_SUGGESTION": {
    message:
      "The <functionName> requires <expectedNum> parameters but the actual number is <actualNum>. Please, refer to '<docroot>/sql-ref-functions.html' for a fix.",
    sqlState: "42605",
  },
  _LEGACY_ERROR_TEMP_0029: {
    message: "Cannot mix year-month and day-time fields: <literal>.",
  },
  _LEGACY_ERROR_TEMP_0064: {
    message: "<msg>.",
  },
  _LEGACY_ERROR_TEMP_1034: {
    message: "It is not allowed to use window functions inside <clauseName> clause.",
  },
  _LEGACY_ERROR_TEMP_1035: {
    message: "Cannot specify window frame for <prettyName> function.",
  },
  _LEGACY_ERROR_TEMP_1036: {
    message: "Window Frame <wf> must match the required frame <required>.",
  },
  _LEGACY_ERROR_TEMP_1037: {
    message:
      "Window function <wf> requires window to be ordered, please add ORDER BY clause. For example SELECT <wf>(value_expr) OVER (PARTITION BY window_partition ORDER BY window_ordering) from table.",
  },
  _LEGACY_ERROR_TEMP_1068: {
    message:
      "<database> is a system preserved database, you cannot use it as current database. To access global temporary views, you should use qualified name with the GLOBAL_TEMP_DATABASE, e.g. SELECT * FROM <database>.viewName.",
  },
  _LEGACY_ERROR_TEMP_1166: {
    message: "Bucketing column '<bucketCol>' should not be part of partition columns '<partitionCols>'.",
  },
  _LEGACY_ERROR_TEMP_1167: {
    message: "Bucket sorting column '<sortCol>' should not be part of partition columns '<partitionCols>'.",
  },
  _LEGACY_ERROR_TEMP_1228: {
    message: "Decimal scale (<scale>) cannot be greater than precision (<precision>).",
  },
  _LEGACY_ERROR_TEMP_1312: {
    message: "'<operation>' does not support bucketBy right now.",
  },
  _LEGACY_ERROR_TEMP_1313: {
    message: "'<operation>' does not support bucketBy and sortBy right now.",
  },
  _LEGACY_ERROR_TEMP_2013: {
    message:
      "Negative values found in <frequencyExpression>",
  },
  _LEGACY_ERROR_TEMP_2128: {
    message: "The key array and value array of MapData must have the same length.",
  },
};
