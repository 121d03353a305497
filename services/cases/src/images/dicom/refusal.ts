/** Why a file is refused; the uploader sees the code and the message, nothing is stored. */
export type DicomRefusalCode =
  | 'NOT_DICOM'
  | 'TRUNCATED'
  | 'UNSUPPORTED_TRANSFER_SYNTAX'
  | 'TOO_LARGE'
  | 'HEADER_TOO_LARGE'
  | 'NO_PIXEL_DATA'
  | 'INVALID_PIXEL_DATA'
  | 'WRONG_SOP_CLASS'
  | 'STUDY_DATE_OUT_OF_RANGE'
  | 'UNREADABLE_HEADER'
  | 'MISSING_UID'
  | 'DUPLICATE_INSTANCE';

export class DicomRefusal extends Error {
  constructor(
    readonly code: DicomRefusalCode,
    message: string,
  ) {
    super(message);
    this.name = 'DicomRefusal';
  }
}
