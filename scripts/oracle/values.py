"""Value conversions for the differential-test oracle.

fixture_value(v, dt)  JSON fixture value -> the Python value PySpark's createDataFrame expects
encode(v, dt)         collected PySpark value -> the canonical, type-tagged JSON form the
                      TypeScript harness compares (test/differential/canonical.ts is its twin)

Canonical form (no JSON numbers, so longs and decimals stay exact):
  null, true/false, "text"                 null, booleans, strings
  {"i": "123"}                             byte/short/int/long
  {"f": "1.5" | "NaN" | "Infinity" | "-Infinity" | "-0.0"}   float/double (repr of the double)
  {"d": "12.50"}                           decimal, plain notation at the type's scale
  {"b": "0aff"}                            binary as hex
  {"date": "2024-01-31"}                   date
  {"ts": "<micros>"} / {"ntz": "<micros>"} timestamp (UTC instant) / timestamp_ntz
  {"dti": "<micros>"} / {"ymi": "<months>"}  day-time / year-month interval
  [..]                                     array
  {"map": [[k, v], ...]}                   map, in Spark's entry order
  {"struct": [..]}                         struct, by position
"""

import calendar
import datetime
import decimal
import math

from pyspark.sql import types as T

_INTEGRAL = (T.ByteType, T.ShortType, T.IntegerType, T.LongType)
_FLOATING = (T.FloatType, T.DoubleType)
_STRINGS = (T.StringType, T.CharType, T.VarcharType)
_EPOCH = datetime.datetime(1970, 1, 1)


def fixture_value(v, dt):
    """A fixture cell (JSON) as the Python value createDataFrame accepts for `dt`."""
    if v is None:
        return None
    if isinstance(dt, _INTEGRAL):
        return int(v)
    if isinstance(dt, _FLOATING):
        return float(v)  # accepts "NaN", "Infinity", "-Infinity", "-0.0"
    if isinstance(dt, T.DecimalType):
        return decimal.Decimal(str(v))
    if isinstance(dt, T.BooleanType):
        return bool(v)
    if isinstance(dt, _STRINGS):
        return str(v)
    if isinstance(dt, T.BinaryType):
        return bytearray.fromhex(v["hex"])
    if isinstance(dt, T.DateType):
        return datetime.date.fromisoformat(v)
    if isinstance(dt, (T.TimestampType, T.TimestampNTZType)):
        return datetime.datetime.fromisoformat(v)  # naive; the process runs with TZ=UTC
    if isinstance(dt, T.ArrayType):
        return [fixture_value(x, dt.elementType) for x in v]
    if isinstance(dt, T.MapType):
        return {fixture_value(k, dt.keyType): fixture_value(x, dt.valueType) for k, x in v}
    if isinstance(dt, T.StructType):
        if isinstance(v, dict):
            return tuple(fixture_value(v.get(f.name), f.dataType) for f in dt.fields)
        return tuple(fixture_value(x, f.dataType) for x, f in zip(v, dt.fields))
    raise ValueError(f"fixture values of type {dt.simpleString()} are not supported")


def float_text(x):
    if math.isnan(x):
        return "NaN"
    if math.isinf(x):
        return "Infinity" if x > 0 else "-Infinity"
    return repr(x)


def _plain_decimal(d, scale):
    with decimal.localcontext() as ctx:
        ctx.prec = 200
        q = d.quantize(decimal.Decimal(1).scaleb(-scale)) if scale >= 0 else d
        return format(q, "f")


def _micros(dt):
    # naive datetimes from PySpark are local wall clock; the oracle process runs with TZ=UTC
    return str(calendar.timegm(dt.timetuple()) * 1_000_000 + dt.microsecond)


def encode(v, dt):
    """A collected value of type `dt` in the canonical JSON form."""
    if v is None:
        return None
    if isinstance(dt, T.BooleanType):
        return bool(v)
    if isinstance(dt, _INTEGRAL):
        return {"i": str(int(v))}
    if isinstance(dt, _FLOATING):
        return {"f": float_text(float(v))}
    if isinstance(dt, T.DecimalType):
        return {"d": _plain_decimal(v, dt.scale)}
    if isinstance(dt, _STRINGS):
        return str(v)
    if isinstance(dt, T.BinaryType):
        return {"b": bytes(v).hex()}
    if isinstance(dt, T.DateType):
        return {"date": v.isoformat()}
    if isinstance(dt, T.TimestampType):
        return {"ts": _micros(v)}
    if isinstance(dt, T.TimestampNTZType):
        return {"ntz": _micros(v)}
    if isinstance(dt, T.DayTimeIntervalType):
        return {"dti": str((v.days * 86_400 + v.seconds) * 1_000_000 + v.microseconds)}
    if isinstance(dt, T.ArrayType):
        return [encode(x, dt.elementType) for x in v]
    if isinstance(dt, T.MapType):
        return {"map": [[encode(k, dt.keyType), encode(x, dt.valueType)] for k, x in v.items()]}
    if isinstance(dt, T.StructType):
        return {"struct": [encode(v[i], f.dataType) for i, f in enumerate(dt.fields)]}
    return {"other": str(v)}


def encode_schema(schema):
    return [
        {"name": f.name, "type": f.dataType.simpleString(), "nullable": bool(f.nullable)}
        for f in schema.fields
    ]
