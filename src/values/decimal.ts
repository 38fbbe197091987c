// Exact decimal value users see for DecimalType: an unscaled bigint and a scale (value =
// unscaled × 10^-scale). Never converted through a JS number.
export class Decimal {
  constructor(
    readonly unscaled: bigint,
    readonly scale: number,
  ) {}

  toString(): string {
    const neg = this.unscaled < 0n;
    const digits = (neg ? -this.unscaled : this.unscaled).toString();
    if (this.scale === 0) return (neg ? "-" : "") + digits;
    const padded = digits.padStart(this.scale + 1, "0");
    const cut = padded.length - this.scale;
    return (neg ? "-" : "") + padded.slice(0, cut) + "." + padded.slice(cut);
  }

  toJSON(): string {
    return this.toString();
  }
}
