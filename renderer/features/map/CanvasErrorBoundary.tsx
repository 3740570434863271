import { Alert } from '@mantine/core';
import { Component, type ReactNode } from 'react';

type CanvasErrorBoundaryProps = {
  /** What to say when the map cannot be drawn. */
  message: string;
  children: ReactNode;
};

type CanvasErrorBoundaryState = { failed: boolean };

/**
 * Keeps a failure of the drawing (no WebGL, a renderer error) from taking the page down: the
 * organization list and the relationships table stay usable.
 */
export class CanvasErrorBoundary extends Component<
  CanvasErrorBoundaryProps,
  CanvasErrorBoundaryState
> {
  override state: CanvasErrorBoundaryState = { failed: false };

  static getDerivedStateFromError(): CanvasErrorBoundaryState {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    console.error(error);
  }

  override render(): ReactNode {
    if (this.state.failed) return <Alert color="orange">{this.props.message}</Alert>;
    return this.props.children;
  }
}
