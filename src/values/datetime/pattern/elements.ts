// The compiled form of a datetime pattern: a list of printer/parser elements, the same shapes
// java.time's DateTimeFormatterBuilder produces for a pattern (which Spark uses).

export type NumberField =
  | "year" // proleptic year (Spark rewrites 'y' to 'u' when the pattern has no era)
  | "yearOfEra"
  | "month"
  | "day"
  | "dayOfYear"
  | "quarter"
  | "alignedDayOfWeekInMonth" // 'F'
  | "hourOfDay" // 'H'
  | "clockHourOfDay" // 'k'
  | "hourOfAmPm" // 'K'
  | "clockHourOfAmPm" // 'h'
  | "minute"
  | "second"
  | "modifiedJulianDay"; // 'g'

export type SignStyle = "normal" | "exceedsPad" | "notNegative";
export type TextField = "era" | "month" | "dayOfWeek" | "quarter" | "amPm";
export type TextStyle = "short" | "full" | "narrow";

export type PatternElement =
  | { readonly kind: "literal"; readonly text: string }
  | {
      readonly kind: "number";
      readonly field: NumberField;
      readonly minWidth: number;
      readonly maxWidth: number;
      readonly sign: SignStyle;
      /** Digits reserved for the fixed-width number fields that directly follow (adjacent parsing). */
      subsequentWidth: number;
    }
  | { readonly kind: "reducedYear"; readonly field: "year" | "yearOfEra" }
  | { readonly kind: "text"; readonly field: TextField; readonly style: TextStyle }
  | { readonly kind: "fraction"; readonly minWidth: number; readonly maxWidth: number }
  | { readonly kind: "offset"; readonly style: OffsetStyle; readonly noOffsetText: string }
  | { readonly kind: "localizedOffset"; readonly full: boolean }
  | { readonly kind: "zoneId" }
  | { readonly kind: "zoneName"; readonly full: boolean }
  | { readonly kind: "optional"; readonly elements: PatternElement[] };

/** java.time offset styles by index: "+HH", "+HHmm", "+HH:mm", "+HHMM", "+HH:MM", "+HHMMss", "+HH:MM:ss". */
export type OffsetStyle = "+HH" | "+HHmm" | "+HH:mm" | "+HHMM" | "+HH:MM" | "+HHMMss" | "+HH:MM:ss";

export const OFFSET_STYLES: readonly OffsetStyle[] = ["+HH", "+HHmm", "+HH:mm", "+HHMM", "+HH:MM", "+HHMMss", "+HH:MM:ss"];
