// Globals that exist in every runtime Regia's shared code runs in (Node 20, Chromium, Electron).
// shared/ compiles against the ES library only, so that nothing DOM- or Node-specific leaks in;
// these few are declared here by hand.
declare function atob(data: string): string;
declare function btoa(data: string): string;
declare class URL {
  constructor(url: string, base?: string);
  readonly href: string;
  readonly origin: string;
  readonly protocol: string;
  readonly username: string;
  readonly password: string;
  readonly hostname: string;
  readonly pathname: string;
}
declare class TextEncoder {
  encode(input?: string): Uint8Array<ArrayBuffer>;
}
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean });
  decode(input?: Uint8Array): string;
}
