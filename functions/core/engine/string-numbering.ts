/** Dense numbers 0, 1, 2 … for distinct strings, in order of first sight (word numbers, term ids). */
export class StringNumbering {
  /** The strings, each at its number. */
  readonly strings: string[] = [];
  private readonly numbers = new Map<string, number>();

  /** The number of `value`; a new value gets the next one. */
  numberOf(value: string): number {
    let number = this.numbers.get(value);
    if (number === undefined) {
      number = this.strings.length;
      this.numbers.set(value, number);
      this.strings.push(value);
    }
    return number;
  }

  /** The number of `value`, or undefined when it has none. */
  find(value: string): number | undefined {
    return this.numbers.get(value);
  }

  get size(): number {
    return this.strings.length;
  }
}
