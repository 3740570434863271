import {
  chartDataUrl,
  chartHeight,
  chartWidth,
  type DocumentChart,
  type OfficialDocument,
} from '../../../../shared/documents';

/** Pixels per CSS pixel of a chart's picture: twice, so it stays sharp when printed. */
const pictureScale = 2;

/** A chart drawn into PNG bytes through the page's own SVG renderer and a canvas. */
async function chartPicture(chart: DocumentChart): Promise<Uint8Array | null> {
  const image = new Image();
  image.src = chartDataUrl(chart);
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = chartWidth * pictureScale;
  canvas.height = chartHeight(chart) * pictureScale;
  const context = canvas.getContext('2d');
  if (!context) return null;
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  return blob ? new Uint8Array(await blob.arrayBuffer()) : null;
}

/**
 * The document with a PNG picture on every chart, for the DOCX writer (which cannot draw);
 * a chart that cannot be drawn here keeps none, and the DOCX gives its description instead.
 */
export async function withChartPictures(source: OfficialDocument): Promise<OfficialDocument> {
  const blocks = await Promise.all(
    source.blocks.map(async (block) =>
      block.kind === 'chart'
        ? { ...block, png: await chartPicture(block.chart).catch(() => null) }
        : block,
    ),
  );
  return { ...source, blocks };
}
