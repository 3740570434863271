import { edgeColor, organizationTypeColors } from './mapStyle';
import type { MapModel, Point, Positions } from './mapTypes';

/** What the SVG picture needs besides the map: where nodes are, how big, and the picture's size. */
export type MapPicture = {
  model: MapModel;
  positions: Positions;
  sizes: Record<string, number>;
  width: number;
  height: number;
  title: string;
  /** Nodes whose names are written; all of them when omitted. */
  labelled?: ReadonlySet<string>;
};

const escapeXml = (text: string): string =>
  text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;');

const round = (value: number): string => String(Math.round(value * 100) / 100);

/** Maps graph coordinates (y up, as on the canvas) into the picture, fitted with a margin. */
function fitting(picture: MapPicture): (point: Point) => Point {
  const points = picture.model.nodes.flatMap((node) => picture.positions[node.id] ?? []);
  const margin = 40;
  if (points.length === 0) return () => ({ x: picture.width / 2, y: picture.height / 2 });
  let [minX, maxX, minY, maxY] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const point of points) {
    minX = Math.min(minX, point.x);
    maxX = Math.max(maxX, point.x);
    minY = Math.min(minY, point.y);
    maxY = Math.max(maxY, point.y);
  }
  const spanX = maxX - minX || 1;
  const spanY = maxY - minY || 1;
  const scale = Math.min(
    (picture.width - 2 * margin) / spanX,
    (picture.height - 2 * margin) / spanY,
  );
  const offsetX = (picture.width - spanX * scale) / 2;
  const offsetY = (picture.height - spanY * scale) / 2;
  return (point) => ({
    x: offsetX + (point.x - minX) * scale,
    y: picture.height - (offsetY + (point.y - minY) * scale),
  });
}

/** The map as a standalone SVG picture for reports: links, nodes coloured by type, names. */
export function writeMapSvg(picture: MapPicture): string {
  const place = fitting(picture);
  const at = new Map(
    picture.model.nodes.flatMap((node) => {
      const point = picture.positions[node.id];
      return point ? [[node.id, place(point)] as const] : [];
    }),
  );
  const colours = [...new Set(picture.model.edges.filter((edge) => edge.directed).map(edgeColor))];
  const markers = colours.map(
    (colour, index) =>
      `<marker id="arrow${index}" viewBox="0 0 10 10" refX="10" refY="5" markerUnits="userSpaceOnUse" markerWidth="10" markerHeight="10" orient="auto-start-reverse"><path d="M0,0L10,5L0,10z" fill="${colour}"/></marker>`,
  );
  const edges = picture.model.edges.flatMap((edge) => {
    const source = at.get(edge.source);
    const target = at.get(edge.target);
    if (!source || !target) return [];
    const colour = edgeColor(edge);
    const width = Math.min(1 + Math.log2(1 + edge.weight), 5);
    const radius = picture.sizes[edge.target] ?? 4;
    const length = Math.hypot(target.x - source.x, target.y - source.y) || 1;
    // Arrows stop at the target's rim instead of under it.
    const end = edge.directed
      ? {
          x: target.x - ((target.x - source.x) / length) * radius,
          y: target.y - ((target.y - source.y) / length) * radius,
        }
      : target;
    const marker = edge.directed ? ` marker-end="url(#arrow${colours.indexOf(colour)})"` : '';
    return [
      `<line data-id="${escapeXml(edge.id)}" x1="${round(source.x)}" y1="${round(source.y)}" x2="${round(end.x)}" y2="${round(end.y)}" stroke="${colour}" stroke-width="${round(width)}" stroke-opacity="0.7"${marker}/>`,
    ];
  });
  const nodes = picture.model.nodes.flatMap((node) => {
    const point = at.get(node.id);
    if (!point) return [];
    const radius = picture.sizes[node.id] ?? 4;
    return [
      `<circle data-id="${escapeXml(node.id)}" cx="${round(point.x)}" cy="${round(point.y)}" r="${round(radius)}" fill="${organizationTypeColors[node.type]}" stroke="#ffffff" stroke-width="1"><title>${escapeXml(node.label)}</title></circle>`,
    ];
  });
  const labels = picture.model.nodes.flatMap((node) => {
    const point = at.get(node.id);
    if (!point || (picture.labelled && !picture.labelled.has(node.id))) return [];
    const radius = picture.sizes[node.id] ?? 4;
    return [
      `<text x="${round(point.x + radius + 3)}" y="${round(point.y + 4)}">${escapeXml(node.label)}</text>`,
    ];
  });
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" width="${picture.width}" height="${picture.height}" viewBox="0 0 ${picture.width} ${picture.height}" role="img">`,
    `<title>${escapeXml(picture.title)}</title>`,
    `<defs>${markers.join('')}</defs>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<g class="edges">${edges.join('')}</g>`,
    `<g class="nodes">${nodes.join('')}</g>`,
    `<g class="labels" font-family="DejaVu Sans, Arial, sans-serif" font-size="11" fill="#212529">${labels.join('')}</g>`,
    `</svg>`,
    '',
  ].join('\n');
}
