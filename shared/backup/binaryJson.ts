const bytesTag = '$regiaBytes';

/** Text every line holding binary values contains (as the tag's JSON key). */
export const binaryTag = `"${bytesTag}":`;

/** JSON.stringify replacer: binary values (attachments) travel as tagged base64 strings. */
export function encodeBinary(_key: string, value: unknown): unknown {
  if (value instanceof Uint8Array) {
    let binary = '';
    for (let index = 0; index < value.length; index += 0x8000) {
      binary += String.fromCharCode(...value.subarray(index, index + 0x8000));
    }
    return { [bytesTag]: btoa(binary) };
  }
  return value;
}

/** JSON.parse reviver: turns the tagged base64 strings back into bytes. */
export function decodeBinary(_key: string, value: unknown): unknown {
  if (typeof value === 'object' && value !== null && Object.keys(value).length === 1) {
    const encoded: unknown = (value as Record<string, unknown>)[bytesTag];
    if (typeof encoded === 'string')
      return Uint8Array.from(atob(encoded), (char: string) => char.charCodeAt(0));
  }
  return value;
}
