import { format } from 'date-fns';
import type { Locale } from '../../../shared/i18n';
import {
  writeGephiArchive,
  writeKumuWorkbook,
  writeMapSvg,
  type MapMeasures,
  type MapModel,
  type Positions,
} from '../../../shared/map';

/** The size of exported pictures, in pixels: wide enough for a slide or an A4 page. */
export const pictureSize = { width: 1600, height: 1000 } as const;

/** Beyond this many nodes only the largest are named in a picture, so names stay legible. */
const labelledNodes = 150;

/** What an export needs from the map on screen. */
export type MapSnapshot = {
  model: MapModel;
  positions: Positions;
  sizes: Record<string, number>;
  measures: MapMeasures | null;
  title: string;
};

/** The kinds of file the map can be exported as. */
export const mapFileKinds = ['png', 'svg', 'kumu', 'gephi'] as const;
export type MapFileKind = (typeof mapFileKinds)[number];

const extensions: Record<MapFileKind, string> = {
  png: 'png',
  svg: 'svg',
  kumu: 'xlsx',
  gephi: 'zip',
};

/** The extension of a kind of export. */
export function extensionOf(kind: MapFileKind): string {
  return extensions[kind];
}

/** The suggested file name of an export, e.g. `mappa-rete-2026-03-15.svg`. */
export function mapFileName(kind: MapFileKind, now: Date): string {
  const suffix = kind === 'kumu' ? '-kumu' : kind === 'gephi' ? '-gephi' : '';
  return `mappa-rete${suffix}-${format(now, 'yyyy-MM-dd')}.${extensions[kind]}`;
}

/** The map as an SVG document. */
export function mapSvg(snapshot: MapSnapshot): string {
  const byImportance = [...snapshot.model.nodes].sort(
    (a, b) => (snapshot.sizes[b.id] ?? 0) - (snapshot.sizes[a.id] ?? 0),
  );
  return writeMapSvg({
    model: snapshot.model,
    positions: snapshot.positions,
    sizes: snapshot.sizes,
    ...pictureSize,
    title: snapshot.title,
    labelled: new Set(byImportance.slice(0, labelledNodes).map((node) => node.id)),
  });
}

/** Rasterises an SVG document into PNG bytes of the picture's size. */
export async function pngOf(svg: string): Promise<Uint8Array> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image(pictureSize.width, pictureSize.height);
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = pictureSize.width;
    canvas.height = pictureSize.height;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('No 2D canvas');
    context.drawImage(image, 0, 0, pictureSize.width, pictureSize.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('The canvas gave no PNG');
    return new Uint8Array(await blob.arrayBuffer());
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** The bytes of an export of the map. */
export async function mapFileBytes(
  kind: MapFileKind,
  snapshot: MapSnapshot,
  locale: Locale,
  now: Date,
): Promise<Uint8Array> {
  switch (kind) {
    case 'svg':
      return new TextEncoder().encode(mapSvg(snapshot));
    case 'png':
      return pngOf(mapSvg(snapshot));
    case 'kumu':
      return writeKumuWorkbook(snapshot.model, locale);
    case 'gephi':
      return writeGephiArchive(snapshot.model, snapshot.measures, locale, now);
  }
}
