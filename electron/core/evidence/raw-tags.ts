// What a metadata reader found in a file, as plain values, before any interpretation. The reader adapter in
// electron/main fills this in; everything that decides what the values mean lives in the core.

export interface RawCaptureTags {
  dateTimeOriginal?: string;
  subSecTimeOriginal?: string;
  offsetTimeOriginal?: string;
  createDate?: string;
  subSecTimeDigitized?: string;
  offsetTimeDigitized?: string;
  modifyDate?: string;
  offsetTime?: string;
  gpsLatitude?: number;
  gpsLongitude?: number;
  gpsLatitudeRef?: string;
  gpsLongitudeRef?: string;
  gpsAltitude?: number;
  gpsAltitudeRef?: number;
  gpsDateStamp?: string;
  gpsTimeStamp?: readonly number[] | string;
  gpsMapDatum?: string;
  make?: string;
  model?: string;
  serial?: string;
  software?: string;
  orientation?: number;
  width?: number;
  height?: number;
  hasThumbnail?: boolean;
  xmpHistory?: boolean;
  xmpCreatorTool?: string;
  /** Set when the reader failed on the file's metadata (the file itself may still be a valid image). */
  readError?: string;
  /** Creation time of a video from its mvhd box, in UTC (ISO 8601). */
  videoCreatedUtc?: string;
}
