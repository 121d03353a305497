/** dicom-character-set ships no types: the one function the image module uses. */
declare module 'dicom-character-set' {
  /** Decodes one element's value bytes with a (0008,0005) value; `vr` tells which delimiters reset the code extensions. */
  export function convertBytes(specificCharacterSet: string | undefined, bytes: Uint8Array, options?: { vr?: string }): string;
}
