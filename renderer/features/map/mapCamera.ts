import type Sigma from 'sigma';
import type { SigmaEdge, SigmaNode } from './sigmaGraph';

/** Arrow-key pans glide, so that the camera counts as moving while they last. */
const panDuration = 120;

/** The camera moves of the map's buttons and keys. */
export class MapCamera {
  /** Where the arrow keys are taking the camera, so that quick presses add up. */
  private panTarget: { x: number; y: number } | null = null;

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

  /**
   * Moves the camera by a share of the view. It glides rather than jumps: while it moves, a
   * large map is drawn without its links and labels, so a held arrow key pans smoothly.
   */
  pan(dx: number, dy: number): void {
    const camera = this.sigma.getCamera();
    const state = camera.getState();
    const from = camera.isAnimated() && this.panTarget ? this.panTarget : state;
    const target = { x: from.x + dx * state.ratio, y: from.y + dy * state.ratio };
    this.panTarget = target;
    void camera.animate(target, { duration: panDuration, easing: 'quadraticOut' });
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
