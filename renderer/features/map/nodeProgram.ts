import type Sigma from 'sigma';
import { NodeCircleProgram } from 'sigma/rendering';
import type { RenderParams } from 'sigma/types';
import type { SigmaEdge, SigmaNode } from './sigmaGraph';

/** Whether sigma counts its camera as moving: the test of its own render, which hides links then. */
function cameraMoving(renderer: Sigma<SigmaNode, SigmaEdge>): boolean {
  const captor = renderer.getMouseCaptor();
  return (
    renderer.getCamera().isAnimated() ||
    captor.isMoving ||
    captor.draggedEvents > 0 ||
    captor.currentWheelDirection !== 0
  );
}

/**
 * Sigma's round nodes, drawn without their picking pass (the hidden copy that tells which node
 * is under the mouse) while the camera moves on a large map: on a software renderer that pass
 * costs a third of each frame of a pan, and nothing is hovered or clicked meanwhile. Sigma
 * redraws a large map in full as soon as the camera stops (see `hideEdgesOnMove`).
 */
export class NodeCircleWhileMovingProgram extends NodeCircleProgram<SigmaNode, SigmaEdge> {
  override render(params: RenderParams): void {
    const pick = this.pickProgram;
    const skip =
      pick !== null && this.renderer.getSetting('hideEdgesOnMove') && cameraMoving(this.renderer);
    if (!skip) {
      super.render(params);
      return;
    }
    this.pickProgram = null;
    try {
      super.render(params);
    } finally {
      this.pickProgram = pick;
    }
  }
}
