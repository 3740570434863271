import type { DocumentChart } from './documentModel';

/** The width of a drawn chart in CSS pixels; its height follows from its rows. */
export const chartWidth = 640;

const font = "'Liberation Sans', Arial, Helvetica, sans-serif";
const legendHeight = 28;
const labelWidth = 190;
const valueWidth = 120;
const barHeight = 14;
const barGap = 3;
const rowGap = 12;
const labelLimit = 30;

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

function shortLabel(label: string): string {
  return label.length > labelLimit ? `${label.slice(0, labelLimit - 1).trimEnd()}…` : label;
}

function rowHeight(chart: DocumentChart): number {
  return chart.series.length * (barHeight + barGap) - barGap + rowGap;
}

/** The height of a chart in CSS pixels. */
export function chartHeight(chart: DocumentChart): number {
  return legendHeight + chart.rows.length * rowHeight(chart) + 8;
}

/**
 * A chart as a standalone SVG document: legend on top, a label and a bar per series on each
 * row with its value written beside it, and a dashed reference line. Negative values draw as
 * no bar; every value keeps its text.
 */
export function chartSvg(chart: DocumentChart): string {
  const height = chartHeight(chart);
  const barsLeft = labelWidth + 10;
  const barsWidth = chartWidth - barsLeft - valueWidth;
  const largest = Math.max(
    1,
    chart.reference?.value ?? 0,
    ...chart.rows.flatMap((row) => row.values),
  );
  const x = (value: number): number => barsLeft + (Math.max(0, value) / largest) * barsWidth;
  const parts: string[] = [];
  let legendX = 0;
  chart.series.forEach((series) => {
    parts.push(
      `<rect x="${legendX}" y="6" width="12" height="12" fill="${series.color}"/>`,
      `<text x="${legendX + 16}" y="16">${escapeXml(series.name)}</text>`,
    );
    legendX += 28 + series.name.length * 7;
  });
  chart.rows.forEach((row, rowIndex) => {
    const top = legendHeight + rowIndex * rowHeight(chart);
    const middle = top + (rowHeight(chart) - rowGap) / 2;
    parts.push(
      `<text x="${labelWidth}" y="${middle + 4}" text-anchor="end">${escapeXml(shortLabel(row.label))}</text>`,
    );
    chart.series.forEach((series, seriesIndex) => {
      const y = top + seriesIndex * (barHeight + barGap);
      const value = row.values[seriesIndex] ?? 0;
      const end = x(value);
      parts.push(
        `<rect x="${barsLeft}" y="${y}" width="${(end - barsLeft).toFixed(1)}" height="${barHeight}" fill="${series.color}"/>`,
        `<text x="${(end + 4).toFixed(1)}" y="${y + barHeight - 3}">${escapeXml(row.texts[seriesIndex] ?? '')}</text>`,
      );
    });
  });
  if (chart.reference) {
    const referenceX = x(chart.reference.value).toFixed(1);
    parts.push(
      `<line x1="${referenceX}" y1="${legendHeight - 4}" x2="${referenceX}" y2="${height - 4}" stroke="#c92a2a" stroke-width="1.5" stroke-dasharray="4 3"/>`,
      `<text x="${referenceX}" y="${legendHeight - 8}" text-anchor="middle" fill="#c92a2a">${escapeXml(chart.reference.label)}</text>`,
    );
  }
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${chartWidth}" height="${height}" viewBox="0 0 ${chartWidth} ${height}" font-family="${font}" font-size="11" fill="#212529">`,
    `<rect width="${chartWidth}" height="${height}" fill="#ffffff"/>`,
    ...parts,
    '</svg>',
  ].join('');
}

/** A chart as a `data:` URL an image element shows. */
export function chartDataUrl(chart: DocumentChart): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(chartSvg(chart))}`;
}
