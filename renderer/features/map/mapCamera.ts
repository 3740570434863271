import type Sigma from 'sigma';
import type { SigmaEdge, SigmaNode } from './sigmaGraph';

/** The camera moves of the map's buttons and keys. */
export class MapCamera {
  constructor(private readonly sigma: Sigma<SigmaNode, SigmaEdge>) {}

  /** Shows the whole map. */
  fit(): void {
    void this.sigma.getCamera().animatedReset({ duration: 300 });
  }

  /** Zooms in or out. */
  zoom(zoomIn: boolean): void {
    const camera = this.sigma.getCamera();
    void (zoomIn
      ? camera.animatedZoom({ duration: 200 })
      : camera.animatedUnzoom({ duration: 200 }));
  }

  /** Centres the camera on a node, closer. */
  focus(node: string): void {
    const display = this.sigma.getNodeDisplayData(node);
    if (!display) return;
    void this.sigma
      .getCamera()
      .animate({ x: display.x, y: display.y, ratio: 0.6 }, { duration: 400 });
  }
}
