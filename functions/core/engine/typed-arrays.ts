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
