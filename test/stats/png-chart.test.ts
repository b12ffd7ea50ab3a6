import { inflateSync, crc32 as zlibCrc32 } from "node:zlib";
import { describe, expect, it } from "vitest";
import { drawText, textWidth } from "../../functions/core/stats/bitmap-font.js";
import { createCanvas, drawLine, fillRect, getPixel, setPixel } from "../../functions/core/stats/canvas.js";
import { crc32, encodePng } from "../../functions/core/stats/png-encoder.js";
import {
  CHART_COLORS,
  type DayStats,
  drawDailyChart,
  layoutBars,
  layoutChart,
  type Rect,
  renderDailyChart,
} from "../../functions/core/stats/render-daily-chart.js";

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

type Chunk = { type: string; data: Uint8Array; crc: number; crcInput: Uint8Array };

/** Splits PNG bytes into chunks independently of the encoder, so a layout bug there shows up here. */
function readChunks(png: Uint8Array): Chunk[] {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const chunks: Chunk[] = [];
  let offset = SIGNATURE.length;
  while (offset < png.length) {
    const length = view.getUint32(offset);
    const type = String.fromCharCode(...png.subarray(offset + 4, offset + 8));
    chunks.push({
      type,
      data: png.subarray(offset + 8, offset + 8 + length),
      crc: view.getUint32(offset + 8 + length),
      crcInput: png.subarray(offset + 4, offset + 8 + length),
    });
    offset += 12 + length;
  }
  expect(offset).toBe(png.length);
  return chunks;
}

type Decoded = { width: number; height: number; bitDepth: number; colorType: number; raw: Uint8Array };

function decode(png: Uint8Array): Decoded {
  const chunks = readChunks(png);
  const ihdr = chunks[0];
  if (ihdr?.type !== "IHDR") throw new Error("first chunk is not IHDR");
  const view = new DataView(ihdr.data.buffer, ihdr.data.byteOffset, ihdr.data.byteLength);
  const idat = Buffer.concat(chunks.filter((c) => c.type === "IDAT").map((c) => c.data));
  return {
    width: view.getUint32(0),
    height: view.getUint32(4),
    bitDepth: ihdr.data[8] ?? -1,
    colorType: ihdr.data[9] ?? -1,
    raw: new Uint8Array(inflateSync(idat)),
  };
}

/** RGB of (x, y) from inflated scanlines; valid because the encoder only uses filter 0. */
function pixelAt(image: Decoded, x: number, y: number): number[] {
  const i = y * (1 + image.width * 3) + 1 + x * 3;
  return Array.from(image.raw.subarray(i, i + 3));
}

function center(rect: Rect): [number, number] {
  return [Math.floor(rect.x + rect.width / 2), Math.floor(rect.y + rect.height / 2)];
}

function expectValidPng(png: Uint8Array, width: number, height: number): Decoded {
  expect(Array.from(png.subarray(0, 8))).toEqual(SIGNATURE);
  const chunks = readChunks(png);
  expect(chunks.map((c) => c.type)).toEqual(["IHDR", "IDAT", "IEND"]);
  for (const chunk of chunks) {
    expect(chunk.crc, `CRC of ${chunk.type}`).toBe(zlibCrc32(chunk.crcInput));
  }
  const image = decode(png);
  expect(image).toMatchObject({ width, height, bitDepth: 8, colorType: 2 });
  expect(image.raw.length).toBe(height * (1 + width * 3));
  for (let y = 0; y < height; y++) expect(image.raw[y * (1 + width * 3)], `filter byte of row ${y}`).toBe(0);
  return image;
}

const days = (n: number, make: (i: number) => Omit<DayStats, "label">): DayStats[] =>
  Array.from({ length: n }, (_, i) => ({ label: `11-${String((i % 30) + 1).padStart(2, "0")}`, ...make(i) }));

describe("png encoder", () => {
  it("should compute the standard CRC-32", () => {
    expect(crc32(new TextEncoder().encode("123456789"))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array())).toBe(0);
  });

  it("should round-trip exact pixels through a valid PNG", () => {
    const pixels = Uint8Array.from([255, 0, 0, 0, 255, 0, 0, 0, 255, 1, 2, 3, 250, 251, 252, 9, 8, 7]);
    const image = expectValidPng(encodePng({ width: 3, height: 2, pixels }), 3, 2);
    expect(pixelAt(image, 0, 0)).toEqual([255, 0, 0]);
    expect(pixelAt(image, 2, 0)).toEqual([0, 0, 255]);
    expect(pixelAt(image, 0, 1)).toEqual([1, 2, 3]);
    expect(pixelAt(image, 2, 1)).toEqual([9, 8, 7]);
  });

  it("should reject a pixel buffer that does not match the size", () => {
    expect(() => encodePng({ width: 2, height: 2, pixels: new Uint8Array(11) })).toThrow(RangeError);
    expect(() => encodePng({ width: 0, height: 2, pixels: new Uint8Array(0) })).toThrow(RangeError);
  });
});

describe("canvas and font", () => {
  it("should clip drawing outside the canvas", () => {
    const canvas = createCanvas(4, 3, [0, 0, 0]);
    setPixel(canvas, -1, 0, [9, 9, 9]);
    setPixel(canvas, 4, 0, [9, 9, 9]);
    fillRect(canvas, -5, -5, 6, 6, [1, 1, 1]);
    drawLine(canvas, 3, -10, 3, 10, [2, 2, 2]);
    expect(getPixel(canvas, 0, 0)).toEqual([1, 1, 1]);
    expect(getPixel(canvas, 1, 1)).toEqual([0, 0, 0]);
    expect(getPixel(canvas, 0, 1)).toEqual([0, 0, 0]); // x = width must not wrap into the next row
    expect(getPixel(canvas, 3, 2)).toEqual([2, 2, 2]);
    expect(getPixel(canvas, 4, 0)).toBeUndefined();
    expect(canvas.pixels.length).toBe(4 * 3 * 3);
  });

  it("should measure text by code points at any scale", () => {
    expect(textWidth("", 2)).toBe(0);
    expect(textWidth("1", 1)).toBe(5);
    expect(textWidth("11-20", 2)).toBe((5 * 6 - 1) * 2);
    expect(textWidth("😀", 1)).toBe(5);
  });

  it("should draw unknown characters as boxes without throwing", () => {
    const canvas = createCanvas(60, 12, [255, 255, 255]);
    expect(() => drawText(canvas, 1, 1, "Жё😀\u0000", [0, 0, 0])).not.toThrow();
    // The box's top edge is the glyph's second row: columns 1..5 of row 2.
    for (let x = 1; x <= 5; x++) expect(getPixel(canvas, x, 2)).toEqual([0, 0, 0]);
    // Text running off the canvas is clipped, not an error.
    expect(() => drawText(canvas, 50, 8, "overflow", [0, 0, 0], 3)).not.toThrow();
  });

  it("should draw a known glyph", () => {
    const canvas = createCanvas(5, 7, [255, 255, 255]);
    drawText(canvas, 0, 0, "-", [0, 0, 0]);
    const dark = (y: number) => [0, 1, 2, 3, 4].filter((x) => getPixel(canvas, x, y)?.[0] === 0).length;
    expect([0, 1, 2, 3, 4, 5, 6].map(dark)).toEqual([0, 0, 0, 5, 0, 0, 0]);
  });
});

describe("layoutBars", () => {
  const plot = { x: 10, y: 20, width: 100, height: 100 };

  it("should stack declined on top of answered, proportional to yMax", () => {
    const [first, second] = layoutBars(
      [
        { label: "a", answered: 6, declined: 4 },
        { label: "b", answered: 5, declined: 0 },
      ],
      plot,
      10,
    );
    // Slots are 50px; bars are 70% of a slot (35px) centred in it.
    expect(first).toEqual({
      centerX: 35,
      answered: { x: 18, y: 60, width: 35, height: 60 },
      declined: { x: 18, y: 20, width: 35, height: 40 },
      total: 10,
    });
    expect(second?.answered).toEqual({ x: 68, y: 70, width: 35, height: 50 });
    expect(second?.declined.height).toBe(0);
  });

  it("should keep tiny non-zero counts visible without exceeding the plot", () => {
    const [bar] = layoutBars([{ label: "a", answered: 12345, declined: 1 }], plot, 12346);
    expect(bar?.declined.height).toBe(1);
    expect((bar?.answered.height ?? 0) + (bar?.declined.height ?? 0)).toBe(plot.height);
    expect(bar?.declined.y).toBe(plot.y);
  });

  it("should treat negative and non-finite counts as zero", () => {
    const [bar] = layoutBars([{ label: "a", answered: -3, declined: Number.NaN }], plot, 1);
    expect(bar?.answered.height).toBe(0);
    expect(bar?.declined.height).toBe(0);
    expect(bar?.total).toBe(0);
  });
});

describe("renderDailyChart", () => {
  it("should render bars in the answered and declined colours where the layout puts them", () => {
    const input = {
      title: "Daily stats",
      days: [
        { label: "11-20", answered: 80, declined: 20 },
        { label: "11-21", answered: 10, declined: 5 },
        { label: "11-22", answered: 0, declined: 0 },
      ],
    };
    const layout = layoutChart(input);
    const image = expectValidPng(renderDailyChart(input), 800, 400);
    const [tall] = layout.bars;
    if (!tall) throw new Error("no bars");
    expect(tall.answered.height).toBeGreaterThan(tall.declined.height);
    expect(tall.declined.y).toBe(layout.plot.y); // the tallest bar reaches the top of the scale
    expect(pixelAt(image, ...center(tall.answered))).toEqual([...CHART_COLORS.answered]);
    expect(pixelAt(image, ...center(tall.declined))).toEqual([...CHART_COLORS.declined]);
    // Just above the tall bar's stack, between bars, and below the x axis there is no bar colour.
    const [cx] = center(tall.answered);
    for (const [x, y] of [
      [cx, tall.declined.y - 1],
      [tall.answered.x + tall.answered.width, layout.plot.y + layout.plot.height - 2],
      [cx, layout.plot.y + layout.plot.height + 1],
    ] as const) {
      expect(pixelAt(image, x, y)).not.toEqual([...CHART_COLORS.answered]);
      expect(pixelAt(image, x, y)).not.toEqual([...CHART_COLORS.declined]);
    }
  });

  it("should honour a custom size", () => {
    expectValidPng(
      renderDailyChart({ title: "x", days: days(3, () => ({ answered: 1, declined: 1 })), width: 320, height: 200 }),
      320,
      200,
    );
    expect(() => renderDailyChart({ title: "x", days: [], width: 10 })).toThrow(RangeError);
  });

  it("should render an empty chart with a 'no data' note", () => {
    const image = expectValidPng(renderDailyChart({ title: "Stats", days: [] }), 800, 400);
    const { plot } = layoutChart({ title: "Stats", days: [] });
    // Somewhere in the middle of the plot the muted "no data" text is drawn.
    let found = false;
    for (let y = plot.y; y < plot.y + plot.height && !found; y++) {
      for (let x = plot.x; x < plot.x + plot.width && !found; x++) {
        found = pixelAt(image, x, y).join() === CHART_COLORS.muted.join();
      }
    }
    expect(found).toBe(true);
  });

  it("should handle all zeros and a single day", () => {
    const zeros = drawDailyChart({ title: "Zeros", days: days(7, () => ({ answered: 0, declined: 0 })) });
    const countColor = ([r, g, b]: readonly number[]) => {
      let n = 0;
      for (let i = 0; i < zeros.pixels.length; i += 3) {
        if (zeros.pixels[i] === r && zeros.pixels[i + 1] === g && zeros.pixels[i + 2] === b) n++;
      }
      return n;
    };
    // No bars: the only bar colours are the two legend squares.
    const square = (7 * layoutChart({ title: "Zeros", days: [] }).textScale) ** 2;
    expect(countColor(CHART_COLORS.answered)).toBe(square);
    expect(countColor(CHART_COLORS.declined)).toBe(square);
    const one = layoutChart({ title: "One", days: days(1, () => ({ answered: 3, declined: 1 })) });
    expect(one.bars).toHaveLength(1);
    expect(one.bars[0]?.answered.width).toBeLessThanOrEqual(64);
    expect(() => renderDailyChart({ title: "One", days: days(1, () => ({ answered: 3, declined: 1 })) })).not.toThrow();
  });

  it("should keep 60 days of large values inside the plot and thin out the x labels", () => {
    const input = { title: "60 days", days: days(60, (i) => ({ answered: 12345 - i * 100, declined: i * 37 })) };
    expect(() => expectValidPng(renderDailyChart(input), 800, 400)).not.toThrow();
    const { plot, bars, labelStep, yMax } = layoutChart(input);
    expect(yMax).toBe(12345);
    expect(labelStep).toBeGreaterThan(1);
    let previousRight = -1;
    for (const bar of bars) {
      for (const rect of [bar.answered, bar.declined]) {
        expect(rect.x).toBeGreaterThanOrEqual(plot.x);
        expect(rect.x + rect.width).toBeLessThanOrEqual(plot.x + plot.width);
        expect(rect.y).toBeGreaterThanOrEqual(plot.y);
        expect(rect.y + rect.height).toBeLessThanOrEqual(plot.y + plot.height);
      }
      expect(bar.answered.x).toBeGreaterThan(previousRight); // bars do not overlap
      previousRight = bar.answered.x + bar.answered.width - 1;
    }
  });

  it("should accept non-ASCII titles and labels, drawing boxes", () => {
    const input = { title: "Статистика 📊 за неделю", days: [{ label: "пн", answered: 2, declined: 1 }] };
    expect(() => expectValidPng(renderDailyChart(input), 800, 400)).not.toThrow();
  });

  it("should shorten a title that cannot fit", () => {
    const layout = layoutChart({ title: "A".repeat(200), days: [] });
    expect(layout.title.text.endsWith("..")).toBe(true);
    expect(textWidth(layout.title.text, layout.textScale + 1)).toBeLessThanOrEqual(layout.width - 2 * layout.title.x);
  });
});
