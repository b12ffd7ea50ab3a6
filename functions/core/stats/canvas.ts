import type { RgbImage } from "./png-encoder.js";

/** An RGB colour, each channel 0-255. */
export type Rgb = readonly [r: number, g: number, b: number];

/** A canvas is just the image the PNG encoder takes: drawing writes straight into `pixels`. */
export type Canvas = RgbImage;

export function createCanvas(width: number, height: number, background: Rgb): Canvas {
  const canvas: Canvas = { width, height, pixels: new Uint8Array(width * height * 3) };
  fillRect(canvas, 0, 0, width, height, background);
  return canvas;
}

/** Writes one pixel; coordinates outside the canvas are ignored so callers never need to clip. */
export function setPixel(canvas: Canvas, x: number, y: number, color: Rgb): void {
  const px = Math.floor(x);
  const py = Math.floor(y);
  if (px < 0 || py < 0 || px >= canvas.width || py >= canvas.height) return;
  const i = (py * canvas.width + px) * 3;
  canvas.pixels[i] = color[0];
  canvas.pixels[i + 1] = color[1];
  canvas.pixels[i + 2] = color[2];
}

/** Reads one pixel (undefined outside the canvas); used by tests and handy for debugging layouts. */
export function getPixel(canvas: Canvas, x: number, y: number): Rgb | undefined {
  if (x < 0 || y < 0 || x >= canvas.width || y >= canvas.height) return undefined;
  const i = (Math.floor(y) * canvas.width + Math.floor(x)) * 3;
  return [canvas.pixels[i] ?? 0, canvas.pixels[i + 1] ?? 0, canvas.pixels[i + 2] ?? 0];
}

/** Fills the rectangle [x, x+w) x [y, y+h), clipped to the canvas; non-positive sizes draw nothing. */
export function fillRect(canvas: Canvas, x: number, y: number, w: number, h: number, color: Rgb): void {
  const x0 = Math.max(0, Math.round(x));
  const y0 = Math.max(0, Math.round(y));
  const x1 = Math.min(canvas.width, Math.round(x + w));
  const y1 = Math.min(canvas.height, Math.round(y + h));
  for (let py = y0; py < y1; py++) {
    for (let px = x0; px < x1; px++) {
      const i = (py * canvas.width + px) * 3;
      canvas.pixels[i] = color[0];
      canvas.pixels[i + 1] = color[1];
      canvas.pixels[i + 2] = color[2];
    }
  }
}

/**
 * Draws a 1px line between two points inclusive. Charts only need axis-aligned lines, but diagonal ones fall back to a
 * simple DDA rather than throwing, so a caller's mistake still produces a picture.
 */
export function drawLine(canvas: Canvas, x0: number, y0: number, x1: number, y1: number, color: Rgb): void {
  if (y0 === y1) {
    fillRect(canvas, Math.min(x0, x1), y0, Math.abs(x1 - x0) + 1, 1, color);
    return;
  }
  if (x0 === x1) {
    fillRect(canvas, x0, Math.min(y0, y1), 1, Math.abs(y1 - y0) + 1, color);
    return;
  }
  const steps = Math.max(Math.abs(x1 - x0), Math.abs(y1 - y0));
  for (let s = 0; s <= steps; s++) {
    setPixel(canvas, Math.round(x0 + ((x1 - x0) * s) / steps), Math.round(y0 + ((y1 - y0) * s) / steps), color);
  }
}
