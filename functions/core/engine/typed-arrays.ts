/** A copy of `array`, at least twice as long and long enough to hold index `needed`; new places hold `fill`. */
export function grownInt32(array: Int32Array, needed: number, fill = 0): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(Math.max(array.length * 2, needed + 1));
  bigger.set(array);
  if (fill !== 0) bigger.fill(fill, array.length);
  return bigger;
}

/** A copy of `array`, at least twice as long and long enough to hold index `needed`. */
export function grownUint16(array: Uint16Array, needed: number): Uint16Array<ArrayBuffer> {
  const bigger = new Uint16Array(Math.max(array.length * 2, needed + 1));
  bigger.set(array);
  return bigger;
}

/**
 * A growing list of 32-bit integers that keeps its storage when cleared. Building the index fills and clears such
 * lists hundreds of thousands of times; a plain array set to length 0 gives its storage back and regrows it.
 */
export class IntList {
  values: Int32Array<ArrayBuffer>;
  length = 0;

  constructor(capacity = 256) {
    this.values = new Int32Array(capacity);
  }

  push(value: number): void {
    if (this.length === this.values.length) this.values = grownInt32(this.values, this.length);
    this.values[this.length++] = value;
  }

  /** Makes room for `more` values after the current ones. */
  reserve(more: number): void {
    if (this.length + more > this.values.length) this.values = grownInt32(this.values, this.length + more);
  }

  clear(): void {
    this.length = 0;
  }

  /** A copy of the values as a plain array. */
  toArray(): number[] {
    return Array.from(this.values.subarray(0, this.length));
  }
}
