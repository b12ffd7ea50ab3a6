import { drawText, GLYPH_HEIGHT, textWidth } from "./bitmap-font.js";
import { type Canvas, createCanvas, drawLine, fillRect, type Rgb } from "./canvas.js";
import { encodePng } from "./png-encoder.js";

/**
 * Stacked daily bar chart (answered at the bottom, declined on top) for the admin stats message, rendered to PNG
 * without native dependencies so it runs as-is in Lambda.
 *
 * Text is drawn with the built-in 5x7 bitmap font, which covers ASCII only: pass ASCII titles and day labels
 * (e.g. "11-20"); any other character (Cyrillic, emoji …) is drawn as a small box instead of failing.
 */

export type DayStats = { label: string; answered: number; declined: number };

export type DailyChartInput = {
  title: string;
  days: readonly DayStats[];
  /** Pixels; default 800. */
  width?: number;
  /** Pixels; default 400. */
  height?: number;
};

export type Rect = { x: number; y: number; width: number; height: number };

/** One day's bar; a segment with zero height means that count was zero. */
export type BarLayout = {
  /** Centre of the day's slot, where its x label is centred. */
  centerX: number;
  answered: Rect;
  declined: Rect;
  total: number;
};

export type ChartLayout = {
  width: number;
  height: number;
  /** Pixel size of one font dot for labels; the title uses textScale + 1. */
  textScale: number;
  /** Legend on the title row when both fit, otherwise on its own row below the title. */
  legend: { x: number; y: number; beside: boolean };
  title: { text: string; x: number; y: number };
  /** Bars are drawn inside this rectangle; the axes sit just left of and just below it. */
  plot: Rect;
  /** The value at the top of the plot: the largest daily total (at least 1 so the scale never divides by zero). */
  yMax: number;
  bars: BarLayout[];
  /** Every labelStep-th day gets an x label, so labels never overlap. */
  labelStep: number;
  /** Scale of the totals printed above bars; 0 when they do not fit the bar slots. */
  valueScale: number;
};

export const CHART_COLORS = {
  background: [255, 255, 255],
  text: [33, 37, 41],
  muted: [110, 117, 125],
  grid: [226, 229, 233],
  axis: [120, 126, 133],
  answered: [46, 160, 90],
  declined: [232, 93, 51],
} as const satisfies Record<string, Rgb>;

export const DEFAULT_WIDTH = 800;
export const DEFAULT_HEIGHT = 400;
// Below this there is no room for the header and axis labels; above it the pixel buffer gets needlessly large
// (Telegram photos are downscaled anyway).
const MIN_WIDTH = 160;
const MIN_HEIGHT = 120;
const MAX_SIDE = 4096;
/** Fraction of a day's slot taken by its bar; the rest is the gap between bars. */
const BAR_FILL = 0.7;
const LEGEND_ENTRIES = [
  { text: "answered", color: CHART_COLORS.answered },
  { text: "declined", color: CHART_COLORS.declined },
] as const;

/** Negative, NaN or infinite counts would break the scale; treat them as zero. */
function safeCount(value: number): number {
  return Number.isFinite(value) && value > 0 ? value : 0;
}

function formatCount(value: number): string {
  return String(Math.round(value));
}

/** Shortens text with ".." until it fits maxWidth at scale (the bitmap font has no ellipsis glyph). */
function fitText(text: string, maxWidth: number, scale: number): string {
  if (textWidth(text, scale) <= maxWidth) return text;
  const chars = Array.from(text);
  while (chars.length > 0 && textWidth(`${chars.join("")}..`, scale) > maxWidth) chars.pop();
  return chars.length > 0 ? `${chars.join("")}..` : "";
}

function legendWidth(scale: number): number {
  const square = GLYPH_HEIGHT * scale;
  return LEGEND_ENTRIES.reduce(
    (sum, entry, i) => sum + square + 3 * scale + textWidth(entry.text, scale) + (i > 0 ? 10 * scale : 0),
    0,
  );
}

/**
 * Places each day's stacked bar inside `plot`. Pure geometry, exported so tests can check pixels against it. Heights
 * are proportional to yMax; a non-zero count always gets at least 1px so it does not vanish next to large days.
 */
export function layoutBars(days: readonly DayStats[], plot: Rect, yMax: number): BarLayout[] {
  if (days.length === 0) return [];
  const slot = plot.width / days.length;
  const barWidth = Math.max(1, Math.min(Math.floor(slot * BAR_FILL), 64));
  const bottom = plot.y + plot.height;
  const scaled = (value: number) => Math.round((Math.min(value, yMax) / yMax) * plot.height);

  return days.map((day, i) => {
    const answered = safeCount(day.answered);
    const declined = safeCount(day.declined);
    let answeredHeight = scaled(answered);
    let declinedHeight = scaled(answered + declined) - answeredHeight;
    if (answered > 0 && answeredHeight < 1) answeredHeight = 1;
    if (declined > 0 && declinedHeight < 1) declinedHeight = 1;
    // The 1px minimums may push a full-height bar past the top: take the excess from the taller segment.
    const excess = answeredHeight + declinedHeight - plot.height;
    if (excess > 0) {
      if (answeredHeight >= declinedHeight) answeredHeight -= excess;
      else declinedHeight -= excess;
    }

    const centerX = plot.x + (i + 0.5) * slot;
    const x = Math.min(Math.max(plot.x, Math.round(centerX - barWidth / 2)), plot.x + plot.width - barWidth);
    return {
      centerX,
      answered: { x, y: bottom - answeredHeight, width: barWidth, height: answeredHeight },
      declined: { x, y: bottom - answeredHeight - declinedHeight, width: barWidth, height: declinedHeight },
      total: answered + declined,
    };
  });
}

/** Computes every position the renderer uses; pure, so tests can assert geometry without decoding pixels. */
export function layoutChart(input: DailyChartInput): ChartLayout {
  const width = input.width ?? DEFAULT_WIDTH;
  const height = input.height ?? DEFAULT_HEIGHT;
  for (const [name, value, min] of [
    ["width", width, MIN_WIDTH],
    ["height", height, MIN_HEIGHT],
  ] as const) {
    if (!Number.isInteger(value) || value < min || value > MAX_SIDE) {
      throw new RangeError(`Chart ${name} must be an integer from ${min} to ${MAX_SIDE}, got ${value}`);
    }
  }

  // Telegram shows an 800px photo at roughly phone width, where 1-dot text is unreadable: grow text with the image.
  const s = Math.max(1, Math.min(Math.floor(width / 400), Math.floor(height / 200)));
  const titleScale = s + 1;
  const margin = 8 * s;
  const lineHeight = GLYPH_HEIGHT * s;

  // Header: title on the left, legend on the right of the same row if both fit, otherwise legend on the next row.
  const titleHeight = GLYPH_HEIGHT * titleScale;
  const legendW = legendWidth(s);
  const contentWidth = width - 2 * margin;
  const beside = textWidth(input.title, titleScale) + 12 * s + legendW <= contentWidth;
  const titleText = fitText(input.title, beside ? contentWidth - legendW - 12 * s : contentWidth, titleScale);
  const legend = beside
    ? { x: width - margin - legendW, y: margin + Math.floor((titleHeight - lineHeight) / 2), beside }
    : { x: margin, y: margin + titleHeight + 4 * s, beside };
  const headerBottom = beside ? margin + titleHeight : legend.y + lineHeight;

  const dataMax = input.days.reduce((max, day) => Math.max(max, safeCount(day.answered) + safeCount(day.declined)), 0);
  const yMax = Math.max(1, Math.ceil(dataMax));
  const yLabelWidth = Math.max(textWidth("0", s), textWidth(formatCount(yMax), s));

  // Room above the plot for the totals over the tallest bars; room below for the x labels.
  const plotTop = headerBottom + lineHeight + 6 * s;
  const plotBottom = height - margin - lineHeight - 4 * s;
  const plotLeft = margin + yLabelWidth + 4 * s;
  const plot = { x: plotLeft, y: plotTop, width: width - margin - plotLeft, height: plotBottom - plotTop };

  const bars = layoutBars(input.days, plot, yMax);
  const slot = input.days.length > 0 ? plot.width / input.days.length : plot.width;
  const maxLabelWidth = input.days.reduce((max, day) => Math.max(max, textWidth(day.label, s)), 0);
  const labelStep = Math.max(1, Math.ceil((maxLabelWidth + 4 * s) / slot));
  const maxValueWidth = (scale: number) =>
    bars.reduce((max, bar) => Math.max(max, textWidth(formatCount(bar.total), scale)), 0);
  const valueScale = maxValueWidth(s) + 2 * s <= slot ? s : maxValueWidth(1) + 2 <= slot ? 1 : 0;

  return {
    width,
    height,
    textScale: s,
    legend,
    title: { text: titleText, x: margin, y: margin },
    plot,
    yMax,
    bars,
    labelStep,
    valueScale,
  };
}

function fill(canvas: Canvas, rect: Rect, color: Rgb): void {
  fillRect(canvas, rect.x, rect.y, rect.width, rect.height, color);
}

/** Draws the chart onto a new canvas; split from renderDailyChart so tests can read pixels without decoding PNG. */
export function drawDailyChart(input: DailyChartInput): Canvas {
  const layout = layoutChart(input);
  const { plot, textScale: s } = layout;
  const canvas = createCanvas(layout.width, layout.height, CHART_COLORS.background);
  const plotBottom = plot.y + plot.height;
  const plotRight = plot.x + plot.width - 1;

  drawText(canvas, layout.title.x, layout.title.y, layout.title.text, CHART_COLORS.text, s + 1);

  let legendX = layout.legend.x;
  for (const entry of LEGEND_ENTRIES) {
    const square = GLYPH_HEIGHT * s;
    fillRect(canvas, legendX, layout.legend.y, square, square, entry.color);
    legendX += square + 3 * s;
    legendX += drawText(canvas, legendX, layout.legend.y, entry.text, CHART_COLORS.text, s) + 10 * s;
  }

  // Gridlines at quarters of the scale; only 0 and the maximum are labelled (quarters of e.g. 12345 are not round).
  for (let q = 1; q <= 4; q++) {
    const y = plotBottom - Math.round((q / 4) * plot.height);
    drawLine(canvas, plot.x, y, plotRight, y, CHART_COLORS.grid);
  }
  const half = Math.floor((GLYPH_HEIGHT * s) / 2);
  for (const [value, y] of [
    [0, plotBottom],
    [layout.yMax, plot.y],
  ] as const) {
    // With no data or only zeros the top label would be a made-up "1": leave it out.
    if (value !== 0 && layout.bars.every((bar) => bar.total === 0)) continue;
    const text = formatCount(value);
    drawText(canvas, plot.x - 4 * s - textWidth(text, s), y - half, text, CHART_COLORS.muted, s);
  }

  for (const [i, bar] of layout.bars.entries()) {
    fill(canvas, bar.answered, CHART_COLORS.answered);
    fill(canvas, bar.declined, CHART_COLORS.declined);

    if (layout.valueScale > 0 && bar.total > 0) {
      const text = formatCount(bar.total);
      const w = textWidth(text, layout.valueScale);
      const top = bar.declined.height > 0 ? bar.declined.y : bar.answered.y;
      const y = top - GLYPH_HEIGHT * layout.valueScale - 2 * layout.valueScale;
      drawText(canvas, Math.round(bar.centerX - w / 2), y, text, CHART_COLORS.muted, layout.valueScale);
    }

    const label = input.days[i]?.label ?? "";
    if (i % layout.labelStep === 0 && label !== "") {
      const w = textWidth(label, s);
      const x = Math.min(Math.max(0, Math.round(bar.centerX - w / 2)), layout.width - w);
      drawText(canvas, x, plotBottom + 4 * s, label, CHART_COLORS.muted, s);
    }
  }

  // Axes last so bars never cover them: y axis just left of the plot, x axis on the row just below it.
  drawLine(canvas, plot.x - 1, plot.y, plot.x - 1, plotBottom, CHART_COLORS.axis);
  drawLine(canvas, plot.x - 1, plotBottom, plotRight, plotBottom, CHART_COLORS.axis);

  if (layout.bars.length === 0) {
    const text = "no data";
    const scale = s + 1;
    const x = plot.x + Math.round((plot.width - textWidth(text, scale)) / 2);
    const y = plot.y + Math.round((plot.height - GLYPH_HEIGHT * scale) / 2);
    drawText(canvas, x, y, text, CHART_COLORS.muted, scale);
  }

  return canvas;
}

/** Renders the daily answered/declined chart as PNG bytes, ready to send as a Telegram photo. */
export function renderDailyChart(input: DailyChartInput): Uint8Array {
  return encodePng(drawDailyChart(input));
}
