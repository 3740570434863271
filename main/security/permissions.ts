/**
 * Whether the renderer may use a web permission (camera, notifications, geolocation, …).
 * Regia needs none of them, so every request is denied.
 */
export function isPermissionGranted(_permission: string): boolean {
  return false;
}
